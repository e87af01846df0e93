#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/trashcan_branching_55.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    def __del__(self): rt.del_hook(self)

class Leaf:
    __slots__ = ('_m', '__weakref__')
    def __del__(self): rt.del_hook(self)

rt.setup(['f0', 'f1', 'f10', 'f11', 'f12', 'f13', 'f14', 'f15', 'f16', 'f17', 'f18', 'f19', 'f2', 'f20', 'f21', 'f22', 'f23', 'f24', 'f25', 'f26', 'f27', 'f28', 'f29', 'f3', 'f30', 'f31', 'f32', 'f33', 'f34', 'f35', 'f36', 'f37', 'f38', 'f39', 'f4', 'f40', 'f41', 'f42', 'f43', 'f44', 'f45', 'f46', 'f47', 'f48', 'f49', 'f5', 'f50', 'f51', 'f52', 'f53', 'f54', 'f6', 'f7', 'f8', 'f9', 'n0', 'n1', 'n10', 'n11', 'n12', 'n13', 'n14', 'n15', 'n16', 'n17', 'n18', 'n19', 'n2', 'n20', 'n21', 'n22', 'n23', 'n24', 'n25', 'n26', 'n27', 'n28', 'n29', 'n3', 'n30', 'n31', 'n32', 'n33', 'n34', 'n35', 'n36', 'n37', 'n38', 'n39', 'n4', 'n40', 'n41', 'n42', 'n43', 'n44', 'n45', 'n46', 'n47', 'n48', 'n49', 'n5', 'n50', 'n51', 'n52', 'n53', 'n54', 'n6', 'n7', 'n8', 'n9'], [], [N, Leaf], False)

# 8: new n0 N
rt.new(None, 'n0', N)
# 9: new f0 Leaf
rt.new(None, 'f0', Leaf)
# 10: set n0.1 f0
rt.set_(None, 'n0', 1, ('n', 'f0'))
# 11: del f0
rt.delete(None, 'f0')
# 12: new n1 N
rt.new(None, 'n1', N)
# 13: new f1 Leaf
rt.new(None, 'f1', Leaf)
# 14: set n1.1 f1
rt.set_(None, 'n1', 1, ('n', 'f1'))
# 15: del f1
rt.delete(None, 'f1')
# 16: new n2 N
rt.new(None, 'n2', N)
# 17: new f2 Leaf
rt.new(None, 'f2', Leaf)
# 18: set n2.1 f2
rt.set_(None, 'n2', 1, ('n', 'f2'))
# 19: del f2
rt.delete(None, 'f2')
# 20: new n3 N
rt.new(None, 'n3', N)
# 21: new f3 Leaf
rt.new(None, 'f3', Leaf)
# 22: set n3.1 f3
rt.set_(None, 'n3', 1, ('n', 'f3'))
# 23: del f3
rt.delete(None, 'f3')
# 24: new n4 N
rt.new(None, 'n4', N)
# 25: new f4 Leaf
rt.new(None, 'f4', Leaf)
# 26: set n4.1 f4
rt.set_(None, 'n4', 1, ('n', 'f4'))
# 27: del f4
rt.delete(None, 'f4')
# 28: new n5 N
rt.new(None, 'n5', N)
# 29: new f5 Leaf
rt.new(None, 'f5', Leaf)
# 30: set n5.1 f5
rt.set_(None, 'n5', 1, ('n', 'f5'))
# 31: del f5
rt.delete(None, 'f5')
# 32: new n6 N
rt.new(None, 'n6', N)
# 33: new f6 Leaf
rt.new(None, 'f6', Leaf)
# 34: set n6.1 f6
rt.set_(None, 'n6', 1, ('n', 'f6'))
# 35: del f6
rt.delete(None, 'f6')
# 36: new n7 N
rt.new(None, 'n7', N)
# 37: new f7 Leaf
rt.new(None, 'f7', Leaf)
# 38: set n7.1 f7
rt.set_(None, 'n7', 1, ('n', 'f7'))
# 39: del f7
rt.delete(None, 'f7')
# 40: new n8 N
rt.new(None, 'n8', N)
# 41: new f8 Leaf
rt.new(None, 'f8', Leaf)
# 42: set n8.1 f8
rt.set_(None, 'n8', 1, ('n', 'f8'))
# 43: del f8
rt.delete(None, 'f8')
# 44: new n9 N
rt.new(None, 'n9', N)
# 45: new f9 Leaf
rt.new(None, 'f9', Leaf)
# 46: set n9.1 f9
rt.set_(None, 'n9', 1, ('n', 'f9'))
# 47: del f9
rt.delete(None, 'f9')
# 48: new n10 N
rt.new(None, 'n10', N)
# 49: new f10 Leaf
rt.new(None, 'f10', Leaf)
# 50: set n10.1 f10
rt.set_(None, 'n10', 1, ('n', 'f10'))
# 51: del f10
rt.delete(None, 'f10')
# 52: new n11 N
rt.new(None, 'n11', N)
# 53: new f11 Leaf
rt.new(None, 'f11', Leaf)
# 54: set n11.1 f11
rt.set_(None, 'n11', 1, ('n', 'f11'))
# 55: del f11
rt.delete(None, 'f11')
# 56: new n12 N
rt.new(None, 'n12', N)
# 57: new f12 Leaf
rt.new(None, 'f12', Leaf)
# 58: set n12.1 f12
rt.set_(None, 'n12', 1, ('n', 'f12'))
# 59: del f12
rt.delete(None, 'f12')
# 60: new n13 N
rt.new(None, 'n13', N)
# 61: new f13 Leaf
rt.new(None, 'f13', Leaf)
# 62: set n13.1 f13
rt.set_(None, 'n13', 1, ('n', 'f13'))
# 63: del f13
rt.delete(None, 'f13')
# 64: new n14 N
rt.new(None, 'n14', N)
# 65: new f14 Leaf
rt.new(None, 'f14', Leaf)
# 66: set n14.1 f14
rt.set_(None, 'n14', 1, ('n', 'f14'))
# 67: del f14
rt.delete(None, 'f14')
# 68: new n15 N
rt.new(None, 'n15', N)
# 69: new f15 Leaf
rt.new(None, 'f15', Leaf)
# 70: set n15.1 f15
rt.set_(None, 'n15', 1, ('n', 'f15'))
# 71: del f15
rt.delete(None, 'f15')
# 72: new n16 N
rt.new(None, 'n16', N)
# 73: new f16 Leaf
rt.new(None, 'f16', Leaf)
# 74: set n16.1 f16
rt.set_(None, 'n16', 1, ('n', 'f16'))
# 75: del f16
rt.delete(None, 'f16')
# 76: new n17 N
rt.new(None, 'n17', N)
# 77: new f17 Leaf
rt.new(None, 'f17', Leaf)
# 78: set n17.1 f17
rt.set_(None, 'n17', 1, ('n', 'f17'))
# 79: del f17
rt.delete(None, 'f17')
# 80: new n18 N
rt.new(None, 'n18', N)
# 81: new f18 Leaf
rt.new(None, 'f18', Leaf)
# 82: set n18.1 f18
rt.set_(None, 'n18', 1, ('n', 'f18'))
# 83: del f18
rt.delete(None, 'f18')
# 84: new n19 N
rt.new(None, 'n19', N)
# 85: new f19 Leaf
rt.new(None, 'f19', Leaf)
# 86: set n19.1 f19
rt.set_(None, 'n19', 1, ('n', 'f19'))
# 87: del f19
rt.delete(None, 'f19')
# 88: new n20 N
rt.new(None, 'n20', N)
# 89: new f20 Leaf
rt.new(None, 'f20', Leaf)
# 90: set n20.1 f20
rt.set_(None, 'n20', 1, ('n', 'f20'))
# 91: del f20
rt.delete(None, 'f20')
# 92: new n21 N
rt.new(None, 'n21', N)
# 93: new f21 Leaf
rt.new(None, 'f21', Leaf)
# 94: set n21.1 f21
rt.set_(None, 'n21', 1, ('n', 'f21'))
# 95: del f21
rt.delete(None, 'f21')
# 96: new n22 N
rt.new(None, 'n22', N)
# 97: new f22 Leaf
rt.new(None, 'f22', Leaf)
# 98: set n22.1 f22
rt.set_(None, 'n22', 1, ('n', 'f22'))
# 99: del f22
rt.delete(None, 'f22')
# 100: new n23 N
rt.new(None, 'n23', N)
# 101: new f23 Leaf
rt.new(None, 'f23', Leaf)
# 102: set n23.1 f23
rt.set_(None, 'n23', 1, ('n', 'f23'))
# 103: del f23
rt.delete(None, 'f23')
# 104: new n24 N
rt.new(None, 'n24', N)
# 105: new f24 Leaf
rt.new(None, 'f24', Leaf)
# 106: set n24.1 f24
rt.set_(None, 'n24', 1, ('n', 'f24'))
# 107: del f24
rt.delete(None, 'f24')
# 108: new n25 N
rt.new(None, 'n25', N)
# 109: new f25 Leaf
rt.new(None, 'f25', Leaf)
# 110: set n25.1 f25
rt.set_(None, 'n25', 1, ('n', 'f25'))
# 111: del f25
rt.delete(None, 'f25')
# 112: new n26 N
rt.new(None, 'n26', N)
# 113: new f26 Leaf
rt.new(None, 'f26', Leaf)
# 114: set n26.1 f26
rt.set_(None, 'n26', 1, ('n', 'f26'))
# 115: del f26
rt.delete(None, 'f26')
# 116: new n27 N
rt.new(None, 'n27', N)
# 117: new f27 Leaf
rt.new(None, 'f27', Leaf)
# 118: set n27.1 f27
rt.set_(None, 'n27', 1, ('n', 'f27'))
# 119: del f27
rt.delete(None, 'f27')
# 120: new n28 N
rt.new(None, 'n28', N)
# 121: new f28 Leaf
rt.new(None, 'f28', Leaf)
# 122: set n28.1 f28
rt.set_(None, 'n28', 1, ('n', 'f28'))
# 123: del f28
rt.delete(None, 'f28')
# 124: new n29 N
rt.new(None, 'n29', N)
# 125: new f29 Leaf
rt.new(None, 'f29', Leaf)
# 126: set n29.1 f29
rt.set_(None, 'n29', 1, ('n', 'f29'))
# 127: del f29
rt.delete(None, 'f29')
# 128: new n30 N
rt.new(None, 'n30', N)
# 129: new f30 Leaf
rt.new(None, 'f30', Leaf)
# 130: set n30.1 f30
rt.set_(None, 'n30', 1, ('n', 'f30'))
# 131: del f30
rt.delete(None, 'f30')
# 132: new n31 N
rt.new(None, 'n31', N)
# 133: new f31 Leaf
rt.new(None, 'f31', Leaf)
# 134: set n31.1 f31
rt.set_(None, 'n31', 1, ('n', 'f31'))
# 135: del f31
rt.delete(None, 'f31')
# 136: new n32 N
rt.new(None, 'n32', N)
# 137: new f32 Leaf
rt.new(None, 'f32', Leaf)
# 138: set n32.1 f32
rt.set_(None, 'n32', 1, ('n', 'f32'))
# 139: del f32
rt.delete(None, 'f32')
# 140: new n33 N
rt.new(None, 'n33', N)
# 141: new f33 Leaf
rt.new(None, 'f33', Leaf)
# 142: set n33.1 f33
rt.set_(None, 'n33', 1, ('n', 'f33'))
# 143: del f33
rt.delete(None, 'f33')
# 144: new n34 N
rt.new(None, 'n34', N)
# 145: new f34 Leaf
rt.new(None, 'f34', Leaf)
# 146: set n34.1 f34
rt.set_(None, 'n34', 1, ('n', 'f34'))
# 147: del f34
rt.delete(None, 'f34')
# 148: new n35 N
rt.new(None, 'n35', N)
# 149: new f35 Leaf
rt.new(None, 'f35', Leaf)
# 150: set n35.1 f35
rt.set_(None, 'n35', 1, ('n', 'f35'))
# 151: del f35
rt.delete(None, 'f35')
# 152: new n36 N
rt.new(None, 'n36', N)
# 153: new f36 Leaf
rt.new(None, 'f36', Leaf)
# 154: set n36.1 f36
rt.set_(None, 'n36', 1, ('n', 'f36'))
# 155: del f36
rt.delete(None, 'f36')
# 156: new n37 N
rt.new(None, 'n37', N)
# 157: new f37 Leaf
rt.new(None, 'f37', Leaf)
# 158: set n37.1 f37
rt.set_(None, 'n37', 1, ('n', 'f37'))
# 159: del f37
rt.delete(None, 'f37')
# 160: new n38 N
rt.new(None, 'n38', N)
# 161: new f38 Leaf
rt.new(None, 'f38', Leaf)
# 162: set n38.1 f38
rt.set_(None, 'n38', 1, ('n', 'f38'))
# 163: del f38
rt.delete(None, 'f38')
# 164: new n39 N
rt.new(None, 'n39', N)
# 165: new f39 Leaf
rt.new(None, 'f39', Leaf)
# 166: set n39.1 f39
rt.set_(None, 'n39', 1, ('n', 'f39'))
# 167: del f39
rt.delete(None, 'f39')
# 168: new n40 N
rt.new(None, 'n40', N)
# 169: new f40 Leaf
rt.new(None, 'f40', Leaf)
# 170: set n40.1 f40
rt.set_(None, 'n40', 1, ('n', 'f40'))
# 171: del f40
rt.delete(None, 'f40')
# 172: new n41 N
rt.new(None, 'n41', N)
# 173: new f41 Leaf
rt.new(None, 'f41', Leaf)
# 174: set n41.1 f41
rt.set_(None, 'n41', 1, ('n', 'f41'))
# 175: del f41
rt.delete(None, 'f41')
# 176: new n42 N
rt.new(None, 'n42', N)
# 177: new f42 Leaf
rt.new(None, 'f42', Leaf)
# 178: set n42.1 f42
rt.set_(None, 'n42', 1, ('n', 'f42'))
# 179: del f42
rt.delete(None, 'f42')
# 180: new n43 N
rt.new(None, 'n43', N)
# 181: new f43 Leaf
rt.new(None, 'f43', Leaf)
# 182: set n43.1 f43
rt.set_(None, 'n43', 1, ('n', 'f43'))
# 183: del f43
rt.delete(None, 'f43')
# 184: new n44 N
rt.new(None, 'n44', N)
# 185: new f44 Leaf
rt.new(None, 'f44', Leaf)
# 186: set n44.1 f44
rt.set_(None, 'n44', 1, ('n', 'f44'))
# 187: del f44
rt.delete(None, 'f44')
# 188: new n45 N
rt.new(None, 'n45', N)
# 189: new f45 Leaf
rt.new(None, 'f45', Leaf)
# 190: set n45.1 f45
rt.set_(None, 'n45', 1, ('n', 'f45'))
# 191: del f45
rt.delete(None, 'f45')
# 192: new n46 N
rt.new(None, 'n46', N)
# 193: new f46 Leaf
rt.new(None, 'f46', Leaf)
# 194: set n46.1 f46
rt.set_(None, 'n46', 1, ('n', 'f46'))
# 195: del f46
rt.delete(None, 'f46')
# 196: new n47 N
rt.new(None, 'n47', N)
# 197: new f47 Leaf
rt.new(None, 'f47', Leaf)
# 198: set n47.1 f47
rt.set_(None, 'n47', 1, ('n', 'f47'))
# 199: del f47
rt.delete(None, 'f47')
# 200: new n48 N
rt.new(None, 'n48', N)
# 201: new f48 Leaf
rt.new(None, 'f48', Leaf)
# 202: set n48.1 f48
rt.set_(None, 'n48', 1, ('n', 'f48'))
# 203: del f48
rt.delete(None, 'f48')
# 204: new n49 N
rt.new(None, 'n49', N)
# 205: new f49 Leaf
rt.new(None, 'f49', Leaf)
# 206: set n49.1 f49
rt.set_(None, 'n49', 1, ('n', 'f49'))
# 207: del f49
rt.delete(None, 'f49')
# 208: new n50 N
rt.new(None, 'n50', N)
# 209: new f50 Leaf
rt.new(None, 'f50', Leaf)
# 210: set n50.1 f50
rt.set_(None, 'n50', 1, ('n', 'f50'))
# 211: del f50
rt.delete(None, 'f50')
# 212: new n51 N
rt.new(None, 'n51', N)
# 213: new f51 Leaf
rt.new(None, 'f51', Leaf)
# 214: set n51.1 f51
rt.set_(None, 'n51', 1, ('n', 'f51'))
# 215: del f51
rt.delete(None, 'f51')
# 216: new n52 N
rt.new(None, 'n52', N)
# 217: new f52 Leaf
rt.new(None, 'f52', Leaf)
# 218: set n52.1 f52
rt.set_(None, 'n52', 1, ('n', 'f52'))
# 219: del f52
rt.delete(None, 'f52')
# 220: new n53 N
rt.new(None, 'n53', N)
# 221: new f53 Leaf
rt.new(None, 'f53', Leaf)
# 222: set n53.1 f53
rt.set_(None, 'n53', 1, ('n', 'f53'))
# 223: del f53
rt.delete(None, 'f53')
# 224: new n54 N
rt.new(None, 'n54', N)
# 225: new f54 Leaf
rt.new(None, 'f54', Leaf)
# 226: set n54.1 f54
rt.set_(None, 'n54', 1, ('n', 'f54'))
# 227: del f54
rt.delete(None, 'f54')
# 228: set n0.0 n1
rt.set_(None, 'n0', 0, ('n', 'n1'))
# 229: set n1.0 n2
rt.set_(None, 'n1', 0, ('n', 'n2'))
# 230: set n2.0 n3
rt.set_(None, 'n2', 0, ('n', 'n3'))
# 231: set n3.0 n4
rt.set_(None, 'n3', 0, ('n', 'n4'))
# 232: set n4.0 n5
rt.set_(None, 'n4', 0, ('n', 'n5'))
# 233: set n5.0 n6
rt.set_(None, 'n5', 0, ('n', 'n6'))
# 234: set n6.0 n7
rt.set_(None, 'n6', 0, ('n', 'n7'))
# 235: set n7.0 n8
rt.set_(None, 'n7', 0, ('n', 'n8'))
# 236: set n8.0 n9
rt.set_(None, 'n8', 0, ('n', 'n9'))
# 237: set n9.0 n10
rt.set_(None, 'n9', 0, ('n', 'n10'))
# 238: set n10.0 n11
rt.set_(None, 'n10', 0, ('n', 'n11'))
# 239: set n11.0 n12
rt.set_(None, 'n11', 0, ('n', 'n12'))
# 240: set n12.0 n13
rt.set_(None, 'n12', 0, ('n', 'n13'))
# 241: set n13.0 n14
rt.set_(None, 'n13', 0, ('n', 'n14'))
# 242: set n14.0 n15
rt.set_(None, 'n14', 0, ('n', 'n15'))
# 243: set n15.0 n16
rt.set_(None, 'n15', 0, ('n', 'n16'))
# 244: set n16.0 n17
rt.set_(None, 'n16', 0, ('n', 'n17'))
# 245: set n17.0 n18
rt.set_(None, 'n17', 0, ('n', 'n18'))
# 246: set n18.0 n19
rt.set_(None, 'n18', 0, ('n', 'n19'))
# 247: set n19.0 n20
rt.set_(None, 'n19', 0, ('n', 'n20'))
# 248: set n20.0 n21
rt.set_(None, 'n20', 0, ('n', 'n21'))
# 249: set n21.0 n22
rt.set_(None, 'n21', 0, ('n', 'n22'))
# 250: set n22.0 n23
rt.set_(None, 'n22', 0, ('n', 'n23'))
# 251: set n23.0 n24
rt.set_(None, 'n23', 0, ('n', 'n24'))
# 252: set n24.0 n25
rt.set_(None, 'n24', 0, ('n', 'n25'))
# 253: set n25.0 n26
rt.set_(None, 'n25', 0, ('n', 'n26'))
# 254: set n26.0 n27
rt.set_(None, 'n26', 0, ('n', 'n27'))
# 255: set n27.0 n28
rt.set_(None, 'n27', 0, ('n', 'n28'))
# 256: set n28.0 n29
rt.set_(None, 'n28', 0, ('n', 'n29'))
# 257: set n29.0 n30
rt.set_(None, 'n29', 0, ('n', 'n30'))
# 258: set n30.0 n31
rt.set_(None, 'n30', 0, ('n', 'n31'))
# 259: set n31.0 n32
rt.set_(None, 'n31', 0, ('n', 'n32'))
# 260: set n32.0 n33
rt.set_(None, 'n32', 0, ('n', 'n33'))
# 261: set n33.0 n34
rt.set_(None, 'n33', 0, ('n', 'n34'))
# 262: set n34.0 n35
rt.set_(None, 'n34', 0, ('n', 'n35'))
# 263: set n35.0 n36
rt.set_(None, 'n35', 0, ('n', 'n36'))
# 264: set n36.0 n37
rt.set_(None, 'n36', 0, ('n', 'n37'))
# 265: set n37.0 n38
rt.set_(None, 'n37', 0, ('n', 'n38'))
# 266: set n38.0 n39
rt.set_(None, 'n38', 0, ('n', 'n39'))
# 267: set n39.0 n40
rt.set_(None, 'n39', 0, ('n', 'n40'))
# 268: set n40.0 n41
rt.set_(None, 'n40', 0, ('n', 'n41'))
# 269: set n41.0 n42
rt.set_(None, 'n41', 0, ('n', 'n42'))
# 270: set n42.0 n43
rt.set_(None, 'n42', 0, ('n', 'n43'))
# 271: set n43.0 n44
rt.set_(None, 'n43', 0, ('n', 'n44'))
# 272: set n44.0 n45
rt.set_(None, 'n44', 0, ('n', 'n45'))
# 273: set n45.0 n46
rt.set_(None, 'n45', 0, ('n', 'n46'))
# 274: set n46.0 n47
rt.set_(None, 'n46', 0, ('n', 'n47'))
# 275: set n47.0 n48
rt.set_(None, 'n47', 0, ('n', 'n48'))
# 276: set n48.0 n49
rt.set_(None, 'n48', 0, ('n', 'n49'))
# 277: set n49.0 n50
rt.set_(None, 'n49', 0, ('n', 'n50'))
# 278: set n50.0 n51
rt.set_(None, 'n50', 0, ('n', 'n51'))
# 279: set n51.0 n52
rt.set_(None, 'n51', 0, ('n', 'n52'))
# 280: set n52.0 n53
rt.set_(None, 'n52', 0, ('n', 'n53'))
# 281: set n53.0 n54
rt.set_(None, 'n53', 0, ('n', 'n54'))
# 282: del n1
rt.delete(None, 'n1')
# 283: del n2
rt.delete(None, 'n2')
# 284: del n3
rt.delete(None, 'n3')
# 285: del n4
rt.delete(None, 'n4')
# 286: del n5
rt.delete(None, 'n5')
# 287: del n6
rt.delete(None, 'n6')
# 288: del n7
rt.delete(None, 'n7')
# 289: del n8
rt.delete(None, 'n8')
# 290: del n9
rt.delete(None, 'n9')
# 291: del n10
rt.delete(None, 'n10')
# 292: del n11
rt.delete(None, 'n11')
# 293: del n12
rt.delete(None, 'n12')
# 294: del n13
rt.delete(None, 'n13')
# 295: del n14
rt.delete(None, 'n14')
# 296: del n15
rt.delete(None, 'n15')
# 297: del n16
rt.delete(None, 'n16')
# 298: del n17
rt.delete(None, 'n17')
# 299: del n18
rt.delete(None, 'n18')
# 300: del n19
rt.delete(None, 'n19')
# 301: del n20
rt.delete(None, 'n20')
# 302: del n21
rt.delete(None, 'n21')
# 303: del n22
rt.delete(None, 'n22')
# 304: del n23
rt.delete(None, 'n23')
# 305: del n24
rt.delete(None, 'n24')
# 306: del n25
rt.delete(None, 'n25')
# 307: del n26
rt.delete(None, 'n26')
# 308: del n27
rt.delete(None, 'n27')
# 309: del n28
rt.delete(None, 'n28')
# 310: del n29
rt.delete(None, 'n29')
# 311: del n30
rt.delete(None, 'n30')
# 312: del n31
rt.delete(None, 'n31')
# 313: del n32
rt.delete(None, 'n32')
# 314: del n33
rt.delete(None, 'n33')
# 315: del n34
rt.delete(None, 'n34')
# 316: del n35
rt.delete(None, 'n35')
# 317: del n36
rt.delete(None, 'n36')
# 318: del n37
rt.delete(None, 'n37')
# 319: del n38
rt.delete(None, 'n38')
# 320: del n39
rt.delete(None, 'n39')
# 321: del n40
rt.delete(None, 'n40')
# 322: del n41
rt.delete(None, 'n41')
# 323: del n42
rt.delete(None, 'n42')
# 324: del n43
rt.delete(None, 'n43')
# 325: del n44
rt.delete(None, 'n44')
# 326: del n45
rt.delete(None, 'n45')
# 327: del n46
rt.delete(None, 'n46')
# 328: del n47
rt.delete(None, 'n47')
# 329: del n48
rt.delete(None, 'n48')
# 330: del n49
rt.delete(None, 'n49')
# 331: del n50
rt.delete(None, 'n50')
# 332: del n51
rt.delete(None, 'n51')
# 333: del n52
rt.delete(None, 'n52')
# 334: del n53
rt.delete(None, 'n53')
# 335: del n54
rt.delete(None, 'n54')
# 336: del n0
rt.delete(None, 'n0')
# 337: expect log del n0, del n1, del n2, del n3, del n4, del n5, del n6, del n7, del n8, del n9, del n10, del n11, del n12, del n13, del n14, del n15, del n16, del n17, del n18, del n19, del n20, del n21, del n22, del n23, del n24, del n25, del n26, del n27, del n28, del n29, del n30, del n31, del n32, del n33, del n34, del n35, del n36, del n37, del n38, del n39, del n40, del n41, del n42, del n43, del n44, del n45, del n46, del n47, del n48, del n49, del f48, del f47, del f46, del f45, del f44, del f43, del f42, del f41, del f40, del f39, del f38, del f37, del f36, del f35, del f34, del f33, del f32, del f31, del f30, del f29, del f28, del f27, del f26, del f25, del f24, del f23, del f22, del f21, del f20, del f19, del f18, del f17, del f16, del f15, del f14, del f13, del f12, del f11, del f10, del f9, del f8, del f7, del f6, del f5, del f4, del f3, del f2, del f1, del f0, del f49, del n50, del n51, del n52, del n53, del n54, del f54, del f53, del f52, del f51, del f50
rt.expect(337, 'log', ('del n0', 'del n1', 'del n2', 'del n3', 'del n4', 'del n5', 'del n6', 'del n7', 'del n8', 'del n9', 'del n10', 'del n11', 'del n12', 'del n13', 'del n14', 'del n15', 'del n16', 'del n17', 'del n18', 'del n19', 'del n20', 'del n21', 'del n22', 'del n23', 'del n24', 'del n25', 'del n26', 'del n27', 'del n28', 'del n29', 'del n30', 'del n31', 'del n32', 'del n33', 'del n34', 'del n35', 'del n36', 'del n37', 'del n38', 'del n39', 'del n40', 'del n41', 'del n42', 'del n43', 'del n44', 'del n45', 'del n46', 'del n47', 'del n48', 'del n49', 'del f48', 'del f47', 'del f46', 'del f45', 'del f44', 'del f43', 'del f42', 'del f41', 'del f40', 'del f39', 'del f38', 'del f37', 'del f36', 'del f35', 'del f34', 'del f33', 'del f32', 'del f31', 'del f30', 'del f29', 'del f28', 'del f27', 'del f26', 'del f25', 'del f24', 'del f23', 'del f22', 'del f21', 'del f20', 'del f19', 'del f18', 'del f17', 'del f16', 'del f15', 'del f14', 'del f13', 'del f12', 'del f11', 'del f10', 'del f9', 'del f8', 'del f7', 'del f6', 'del f5', 'del f4', 'del f3', 'del f2', 'del f1', 'del f0', 'del f49', 'del n50', 'del n51', 'del n52', 'del n53', 'del n54', 'del f54', 'del f53', 'del f52', 'del f51', 'del f50'))
# 338: expect dead n0 f0 n1 f1 n2 f2 n3 f3 n4 f4 n5 f5 n6 f6 n7 f7 n8 f8 n9 f9 n10 f10 n11 f11 n12 f12 n13 f13 n14 f14 n15 f15 n16 f16 n17 f17 n18 f18 n19 f19 n20 f20 n21 f21 n22 f22 n23 f23 n24 f24 n25 f25 n26 f26 n27 f27 n28 f28 n29 f29 n30 f30 n31 f31 n32 f32 n33 f33 n34 f34 n35 f35 n36 f36 n37 f37 n38 f38 n39 f39 n40 f40 n41 f41 n42 f42 n43 f43 n44 f44 n45 f45 n46 f46 n47 f47 n48 f48 n49 f49 n50 f50 n51 f51 n52 f52 n53 f53 n54 f54
rt.expect(338, 'dead', ('n0', 'f0', 'n1', 'f1', 'n2', 'f2', 'n3', 'f3', 'n4', 'f4', 'n5', 'f5', 'n6', 'f6', 'n7', 'f7', 'n8', 'f8', 'n9', 'f9', 'n10', 'f10', 'n11', 'f11', 'n12', 'f12', 'n13', 'f13', 'n14', 'f14', 'n15', 'f15', 'n16', 'f16', 'n17', 'f17', 'n18', 'f18', 'n19', 'f19', 'n20', 'f20', 'n21', 'f21', 'n22', 'f22', 'n23', 'f23', 'n24', 'f24', 'n25', 'f25', 'n26', 'f26', 'n27', 'f27', 'n28', 'f28', 'n29', 'f29', 'n30', 'f30', 'n31', 'f31', 'n32', 'f32', 'n33', 'f33', 'n34', 'f34', 'n35', 'f35', 'n36', 'f36', 'n37', 'f37', 'n38', 'f38', 'n39', 'f39', 'n40', 'f40', 'n41', 'f41', 'n42', 'f42', 'n43', 'f43', 'n44', 'f44', 'n45', 'f45', 'n46', 'f46', 'n47', 'f47', 'n48', 'f48', 'n49', 'f49', 'n50', 'f50', 'n51', 'f51', 'n52', 'f52', 'n53', 'f53', 'n54', 'f54'))
rt.finish()
