#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/trashcan_chain_60_callbacks.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    pass

def _b1(self):
    pass

def _b2(self):
    pass

def _b3(self):
    pass

def _b4(self):
    pass

def _b5(self):
    pass

def _b6(self):
    pass

def _b7(self):
    pass

def _b8(self):
    pass

def _b9(self):
    pass

def _b10(self):
    pass

def _b11(self):
    pass

def _b12(self):
    pass

def _b13(self):
    pass

def _b14(self):
    pass

def _b15(self):
    pass

def _b16(self):
    pass

def _b17(self):
    pass

def _b18(self):
    pass

def _b19(self):
    pass

def _b20(self):
    pass

def _b21(self):
    pass

def _b22(self):
    pass

def _b23(self):
    pass

def _b24(self):
    pass

def _b25(self):
    pass

def _b26(self):
    pass

def _b27(self):
    pass

def _b28(self):
    pass

def _b29(self):
    pass

def _b30(self):
    pass

def _b31(self):
    pass

def _b32(self):
    pass

def _b33(self):
    pass

def _b34(self):
    pass

def _b35(self):
    pass

def _b36(self):
    pass

def _b37(self):
    pass

def _b38(self):
    pass

def _b39(self):
    pass

def _b40(self):
    pass

def _b41(self):
    pass

def _b42(self):
    pass

def _b43(self):
    pass

def _b44(self):
    pass

def _b45(self):
    pass

def _b46(self):
    pass

def _b47(self):
    pass

def _b48(self):
    pass

def _b49(self):
    pass

def _b50(self):
    pass

def _b51(self):
    pass

def _b52(self):
    pass

def _b53(self):
    pass

def _b54(self):
    pass

def _b55(self):
    pass

def _b56(self):
    pass

def _b57(self):
    pass

def _b58(self):
    pass

def _b59(self):
    pass

rt.setup(['n0', 'n1', 'n10', 'n11', 'n12', 'n13', 'n14', 'n15', 'n16', 'n17', 'n18', 'n19', 'n2', 'n20', 'n21', 'n22', 'n23', 'n24', 'n25', 'n26', 'n27', 'n28', 'n29', 'n3', 'n30', 'n31', 'n32', 'n33', 'n34', 'n35', 'n36', 'n37', 'n38', 'n39', 'n4', 'n40', 'n41', 'n42', 'n43', 'n44', 'n45', 'n46', 'n47', 'n48', 'n49', 'n5', 'n50', 'n51', 'n52', 'n53', 'n54', 'n55', 'n56', 'n57', 'n58', 'n59', 'n6', 'n7', 'n8', 'n9', 'w0', 'w1', 'w10', 'w11', 'w12', 'w13', 'w14', 'w15', 'w16', 'w17', 'w18', 'w19', 'w2', 'w20', 'w21', 'w22', 'w23', 'w24', 'w25', 'w26', 'w27', 'w28', 'w29', 'w3', 'w30', 'w31', 'w32', 'w33', 'w34', 'w35', 'w36', 'w37', 'w38', 'w39', 'w4', 'w40', 'w41', 'w42', 'w43', 'w44', 'w45', 'w46', 'w47', 'w48', 'w49', 'w5', 'w50', 'w51', 'w52', 'w53', 'w54', 'w55', 'w56', 'w57', 'w58', 'w59', 'w6', 'w7', 'w8', 'w9'], [_b0, _b1, _b2, _b3, _b4, _b5, _b6, _b7, _b8, _b9, _b10, _b11, _b12, _b13, _b14, _b15, _b16, _b17, _b18, _b19, _b20, _b21, _b22, _b23, _b24, _b25, _b26, _b27, _b28, _b29, _b30, _b31, _b32, _b33, _b34, _b35, _b36, _b37, _b38, _b39, _b40, _b41, _b42, _b43, _b44, _b45, _b46, _b47, _b48, _b49, _b50, _b51, _b52, _b53, _b54, _b55, _b56, _b57, _b58, _b59], [N], False)

# 7: new n0 N
rt.new(None, 'n0', N)
# 8: ref w0 n0 {}
rt.ref(None, 'w0', ('n', 'n0'), 0)
# 9: new n1 N
rt.new(None, 'n1', N)
# 10: ref w1 n1 {}
rt.ref(None, 'w1', ('n', 'n1'), 1)
# 11: new n2 N
rt.new(None, 'n2', N)
# 12: ref w2 n2 {}
rt.ref(None, 'w2', ('n', 'n2'), 2)
# 13: new n3 N
rt.new(None, 'n3', N)
# 14: ref w3 n3 {}
rt.ref(None, 'w3', ('n', 'n3'), 3)
# 15: new n4 N
rt.new(None, 'n4', N)
# 16: ref w4 n4 {}
rt.ref(None, 'w4', ('n', 'n4'), 4)
# 17: new n5 N
rt.new(None, 'n5', N)
# 18: ref w5 n5 {}
rt.ref(None, 'w5', ('n', 'n5'), 5)
# 19: new n6 N
rt.new(None, 'n6', N)
# 20: ref w6 n6 {}
rt.ref(None, 'w6', ('n', 'n6'), 6)
# 21: new n7 N
rt.new(None, 'n7', N)
# 22: ref w7 n7 {}
rt.ref(None, 'w7', ('n', 'n7'), 7)
# 23: new n8 N
rt.new(None, 'n8', N)
# 24: ref w8 n8 {}
rt.ref(None, 'w8', ('n', 'n8'), 8)
# 25: new n9 N
rt.new(None, 'n9', N)
# 26: ref w9 n9 {}
rt.ref(None, 'w9', ('n', 'n9'), 9)
# 27: new n10 N
rt.new(None, 'n10', N)
# 28: ref w10 n10 {}
rt.ref(None, 'w10', ('n', 'n10'), 10)
# 29: new n11 N
rt.new(None, 'n11', N)
# 30: ref w11 n11 {}
rt.ref(None, 'w11', ('n', 'n11'), 11)
# 31: new n12 N
rt.new(None, 'n12', N)
# 32: ref w12 n12 {}
rt.ref(None, 'w12', ('n', 'n12'), 12)
# 33: new n13 N
rt.new(None, 'n13', N)
# 34: ref w13 n13 {}
rt.ref(None, 'w13', ('n', 'n13'), 13)
# 35: new n14 N
rt.new(None, 'n14', N)
# 36: ref w14 n14 {}
rt.ref(None, 'w14', ('n', 'n14'), 14)
# 37: new n15 N
rt.new(None, 'n15', N)
# 38: ref w15 n15 {}
rt.ref(None, 'w15', ('n', 'n15'), 15)
# 39: new n16 N
rt.new(None, 'n16', N)
# 40: ref w16 n16 {}
rt.ref(None, 'w16', ('n', 'n16'), 16)
# 41: new n17 N
rt.new(None, 'n17', N)
# 42: ref w17 n17 {}
rt.ref(None, 'w17', ('n', 'n17'), 17)
# 43: new n18 N
rt.new(None, 'n18', N)
# 44: ref w18 n18 {}
rt.ref(None, 'w18', ('n', 'n18'), 18)
# 45: new n19 N
rt.new(None, 'n19', N)
# 46: ref w19 n19 {}
rt.ref(None, 'w19', ('n', 'n19'), 19)
# 47: new n20 N
rt.new(None, 'n20', N)
# 48: ref w20 n20 {}
rt.ref(None, 'w20', ('n', 'n20'), 20)
# 49: new n21 N
rt.new(None, 'n21', N)
# 50: ref w21 n21 {}
rt.ref(None, 'w21', ('n', 'n21'), 21)
# 51: new n22 N
rt.new(None, 'n22', N)
# 52: ref w22 n22 {}
rt.ref(None, 'w22', ('n', 'n22'), 22)
# 53: new n23 N
rt.new(None, 'n23', N)
# 54: ref w23 n23 {}
rt.ref(None, 'w23', ('n', 'n23'), 23)
# 55: new n24 N
rt.new(None, 'n24', N)
# 56: ref w24 n24 {}
rt.ref(None, 'w24', ('n', 'n24'), 24)
# 57: new n25 N
rt.new(None, 'n25', N)
# 58: ref w25 n25 {}
rt.ref(None, 'w25', ('n', 'n25'), 25)
# 59: new n26 N
rt.new(None, 'n26', N)
# 60: ref w26 n26 {}
rt.ref(None, 'w26', ('n', 'n26'), 26)
# 61: new n27 N
rt.new(None, 'n27', N)
# 62: ref w27 n27 {}
rt.ref(None, 'w27', ('n', 'n27'), 27)
# 63: new n28 N
rt.new(None, 'n28', N)
# 64: ref w28 n28 {}
rt.ref(None, 'w28', ('n', 'n28'), 28)
# 65: new n29 N
rt.new(None, 'n29', N)
# 66: ref w29 n29 {}
rt.ref(None, 'w29', ('n', 'n29'), 29)
# 67: new n30 N
rt.new(None, 'n30', N)
# 68: ref w30 n30 {}
rt.ref(None, 'w30', ('n', 'n30'), 30)
# 69: new n31 N
rt.new(None, 'n31', N)
# 70: ref w31 n31 {}
rt.ref(None, 'w31', ('n', 'n31'), 31)
# 71: new n32 N
rt.new(None, 'n32', N)
# 72: ref w32 n32 {}
rt.ref(None, 'w32', ('n', 'n32'), 32)
# 73: new n33 N
rt.new(None, 'n33', N)
# 74: ref w33 n33 {}
rt.ref(None, 'w33', ('n', 'n33'), 33)
# 75: new n34 N
rt.new(None, 'n34', N)
# 76: ref w34 n34 {}
rt.ref(None, 'w34', ('n', 'n34'), 34)
# 77: new n35 N
rt.new(None, 'n35', N)
# 78: ref w35 n35 {}
rt.ref(None, 'w35', ('n', 'n35'), 35)
# 79: new n36 N
rt.new(None, 'n36', N)
# 80: ref w36 n36 {}
rt.ref(None, 'w36', ('n', 'n36'), 36)
# 81: new n37 N
rt.new(None, 'n37', N)
# 82: ref w37 n37 {}
rt.ref(None, 'w37', ('n', 'n37'), 37)
# 83: new n38 N
rt.new(None, 'n38', N)
# 84: ref w38 n38 {}
rt.ref(None, 'w38', ('n', 'n38'), 38)
# 85: new n39 N
rt.new(None, 'n39', N)
# 86: ref w39 n39 {}
rt.ref(None, 'w39', ('n', 'n39'), 39)
# 87: new n40 N
rt.new(None, 'n40', N)
# 88: ref w40 n40 {}
rt.ref(None, 'w40', ('n', 'n40'), 40)
# 89: new n41 N
rt.new(None, 'n41', N)
# 90: ref w41 n41 {}
rt.ref(None, 'w41', ('n', 'n41'), 41)
# 91: new n42 N
rt.new(None, 'n42', N)
# 92: ref w42 n42 {}
rt.ref(None, 'w42', ('n', 'n42'), 42)
# 93: new n43 N
rt.new(None, 'n43', N)
# 94: ref w43 n43 {}
rt.ref(None, 'w43', ('n', 'n43'), 43)
# 95: new n44 N
rt.new(None, 'n44', N)
# 96: ref w44 n44 {}
rt.ref(None, 'w44', ('n', 'n44'), 44)
# 97: new n45 N
rt.new(None, 'n45', N)
# 98: ref w45 n45 {}
rt.ref(None, 'w45', ('n', 'n45'), 45)
# 99: new n46 N
rt.new(None, 'n46', N)
# 100: ref w46 n46 {}
rt.ref(None, 'w46', ('n', 'n46'), 46)
# 101: new n47 N
rt.new(None, 'n47', N)
# 102: ref w47 n47 {}
rt.ref(None, 'w47', ('n', 'n47'), 47)
# 103: new n48 N
rt.new(None, 'n48', N)
# 104: ref w48 n48 {}
rt.ref(None, 'w48', ('n', 'n48'), 48)
# 105: new n49 N
rt.new(None, 'n49', N)
# 106: ref w49 n49 {}
rt.ref(None, 'w49', ('n', 'n49'), 49)
# 107: new n50 N
rt.new(None, 'n50', N)
# 108: ref w50 n50 {}
rt.ref(None, 'w50', ('n', 'n50'), 50)
# 109: new n51 N
rt.new(None, 'n51', N)
# 110: ref w51 n51 {}
rt.ref(None, 'w51', ('n', 'n51'), 51)
# 111: new n52 N
rt.new(None, 'n52', N)
# 112: ref w52 n52 {}
rt.ref(None, 'w52', ('n', 'n52'), 52)
# 113: new n53 N
rt.new(None, 'n53', N)
# 114: ref w53 n53 {}
rt.ref(None, 'w53', ('n', 'n53'), 53)
# 115: new n54 N
rt.new(None, 'n54', N)
# 116: ref w54 n54 {}
rt.ref(None, 'w54', ('n', 'n54'), 54)
# 117: new n55 N
rt.new(None, 'n55', N)
# 118: ref w55 n55 {}
rt.ref(None, 'w55', ('n', 'n55'), 55)
# 119: new n56 N
rt.new(None, 'n56', N)
# 120: ref w56 n56 {}
rt.ref(None, 'w56', ('n', 'n56'), 56)
# 121: new n57 N
rt.new(None, 'n57', N)
# 122: ref w57 n57 {}
rt.ref(None, 'w57', ('n', 'n57'), 57)
# 123: new n58 N
rt.new(None, 'n58', N)
# 124: ref w58 n58 {}
rt.ref(None, 'w58', ('n', 'n58'), 58)
# 125: new n59 N
rt.new(None, 'n59', N)
# 126: ref w59 n59 {}
rt.ref(None, 'w59', ('n', 'n59'), 59)
# 127: set n0.0 n1
rt.set_(None, 'n0', 0, ('n', 'n1'))
# 128: set n1.0 n2
rt.set_(None, 'n1', 0, ('n', 'n2'))
# 129: set n2.0 n3
rt.set_(None, 'n2', 0, ('n', 'n3'))
# 130: set n3.0 n4
rt.set_(None, 'n3', 0, ('n', 'n4'))
# 131: set n4.0 n5
rt.set_(None, 'n4', 0, ('n', 'n5'))
# 132: set n5.0 n6
rt.set_(None, 'n5', 0, ('n', 'n6'))
# 133: set n6.0 n7
rt.set_(None, 'n6', 0, ('n', 'n7'))
# 134: set n7.0 n8
rt.set_(None, 'n7', 0, ('n', 'n8'))
# 135: set n8.0 n9
rt.set_(None, 'n8', 0, ('n', 'n9'))
# 136: set n9.0 n10
rt.set_(None, 'n9', 0, ('n', 'n10'))
# 137: set n10.0 n11
rt.set_(None, 'n10', 0, ('n', 'n11'))
# 138: set n11.0 n12
rt.set_(None, 'n11', 0, ('n', 'n12'))
# 139: set n12.0 n13
rt.set_(None, 'n12', 0, ('n', 'n13'))
# 140: set n13.0 n14
rt.set_(None, 'n13', 0, ('n', 'n14'))
# 141: set n14.0 n15
rt.set_(None, 'n14', 0, ('n', 'n15'))
# 142: set n15.0 n16
rt.set_(None, 'n15', 0, ('n', 'n16'))
# 143: set n16.0 n17
rt.set_(None, 'n16', 0, ('n', 'n17'))
# 144: set n17.0 n18
rt.set_(None, 'n17', 0, ('n', 'n18'))
# 145: set n18.0 n19
rt.set_(None, 'n18', 0, ('n', 'n19'))
# 146: set n19.0 n20
rt.set_(None, 'n19', 0, ('n', 'n20'))
# 147: set n20.0 n21
rt.set_(None, 'n20', 0, ('n', 'n21'))
# 148: set n21.0 n22
rt.set_(None, 'n21', 0, ('n', 'n22'))
# 149: set n22.0 n23
rt.set_(None, 'n22', 0, ('n', 'n23'))
# 150: set n23.0 n24
rt.set_(None, 'n23', 0, ('n', 'n24'))
# 151: set n24.0 n25
rt.set_(None, 'n24', 0, ('n', 'n25'))
# 152: set n25.0 n26
rt.set_(None, 'n25', 0, ('n', 'n26'))
# 153: set n26.0 n27
rt.set_(None, 'n26', 0, ('n', 'n27'))
# 154: set n27.0 n28
rt.set_(None, 'n27', 0, ('n', 'n28'))
# 155: set n28.0 n29
rt.set_(None, 'n28', 0, ('n', 'n29'))
# 156: set n29.0 n30
rt.set_(None, 'n29', 0, ('n', 'n30'))
# 157: set n30.0 n31
rt.set_(None, 'n30', 0, ('n', 'n31'))
# 158: set n31.0 n32
rt.set_(None, 'n31', 0, ('n', 'n32'))
# 159: set n32.0 n33
rt.set_(None, 'n32', 0, ('n', 'n33'))
# 160: set n33.0 n34
rt.set_(None, 'n33', 0, ('n', 'n34'))
# 161: set n34.0 n35
rt.set_(None, 'n34', 0, ('n', 'n35'))
# 162: set n35.0 n36
rt.set_(None, 'n35', 0, ('n', 'n36'))
# 163: set n36.0 n37
rt.set_(None, 'n36', 0, ('n', 'n37'))
# 164: set n37.0 n38
rt.set_(None, 'n37', 0, ('n', 'n38'))
# 165: set n38.0 n39
rt.set_(None, 'n38', 0, ('n', 'n39'))
# 166: set n39.0 n40
rt.set_(None, 'n39', 0, ('n', 'n40'))
# 167: set n40.0 n41
rt.set_(None, 'n40', 0, ('n', 'n41'))
# 168: set n41.0 n42
rt.set_(None, 'n41', 0, ('n', 'n42'))
# 169: set n42.0 n43
rt.set_(None, 'n42', 0, ('n', 'n43'))
# 170: set n43.0 n44
rt.set_(None, 'n43', 0, ('n', 'n44'))
# 171: set n44.0 n45
rt.set_(None, 'n44', 0, ('n', 'n45'))
# 172: set n45.0 n46
rt.set_(None, 'n45', 0, ('n', 'n46'))
# 173: set n46.0 n47
rt.set_(None, 'n46', 0, ('n', 'n47'))
# 174: set n47.0 n48
rt.set_(None, 'n47', 0, ('n', 'n48'))
# 175: set n48.0 n49
rt.set_(None, 'n48', 0, ('n', 'n49'))
# 176: set n49.0 n50
rt.set_(None, 'n49', 0, ('n', 'n50'))
# 177: set n50.0 n51
rt.set_(None, 'n50', 0, ('n', 'n51'))
# 178: set n51.0 n52
rt.set_(None, 'n51', 0, ('n', 'n52'))
# 179: set n52.0 n53
rt.set_(None, 'n52', 0, ('n', 'n53'))
# 180: set n53.0 n54
rt.set_(None, 'n53', 0, ('n', 'n54'))
# 181: set n54.0 n55
rt.set_(None, 'n54', 0, ('n', 'n55'))
# 182: set n55.0 n56
rt.set_(None, 'n55', 0, ('n', 'n56'))
# 183: set n56.0 n57
rt.set_(None, 'n56', 0, ('n', 'n57'))
# 184: set n57.0 n58
rt.set_(None, 'n57', 0, ('n', 'n58'))
# 185: set n58.0 n59
rt.set_(None, 'n58', 0, ('n', 'n59'))
# 186: del n1
rt.delete(None, 'n1')
# 187: del n2
rt.delete(None, 'n2')
# 188: del n3
rt.delete(None, 'n3')
# 189: del n4
rt.delete(None, 'n4')
# 190: del n5
rt.delete(None, 'n5')
# 191: del n6
rt.delete(None, 'n6')
# 192: del n7
rt.delete(None, 'n7')
# 193: del n8
rt.delete(None, 'n8')
# 194: del n9
rt.delete(None, 'n9')
# 195: del n10
rt.delete(None, 'n10')
# 196: del n11
rt.delete(None, 'n11')
# 197: del n12
rt.delete(None, 'n12')
# 198: del n13
rt.delete(None, 'n13')
# 199: del n14
rt.delete(None, 'n14')
# 200: del n15
rt.delete(None, 'n15')
# 201: del n16
rt.delete(None, 'n16')
# 202: del n17
rt.delete(None, 'n17')
# 203: del n18
rt.delete(None, 'n18')
# 204: del n19
rt.delete(None, 'n19')
# 205: del n20
rt.delete(None, 'n20')
# 206: del n21
rt.delete(None, 'n21')
# 207: del n22
rt.delete(None, 'n22')
# 208: del n23
rt.delete(None, 'n23')
# 209: del n24
rt.delete(None, 'n24')
# 210: del n25
rt.delete(None, 'n25')
# 211: del n26
rt.delete(None, 'n26')
# 212: del n27
rt.delete(None, 'n27')
# 213: del n28
rt.delete(None, 'n28')
# 214: del n29
rt.delete(None, 'n29')
# 215: del n30
rt.delete(None, 'n30')
# 216: del n31
rt.delete(None, 'n31')
# 217: del n32
rt.delete(None, 'n32')
# 218: del n33
rt.delete(None, 'n33')
# 219: del n34
rt.delete(None, 'n34')
# 220: del n35
rt.delete(None, 'n35')
# 221: del n36
rt.delete(None, 'n36')
# 222: del n37
rt.delete(None, 'n37')
# 223: del n38
rt.delete(None, 'n38')
# 224: del n39
rt.delete(None, 'n39')
# 225: del n40
rt.delete(None, 'n40')
# 226: del n41
rt.delete(None, 'n41')
# 227: del n42
rt.delete(None, 'n42')
# 228: del n43
rt.delete(None, 'n43')
# 229: del n44
rt.delete(None, 'n44')
# 230: del n45
rt.delete(None, 'n45')
# 231: del n46
rt.delete(None, 'n46')
# 232: del n47
rt.delete(None, 'n47')
# 233: del n48
rt.delete(None, 'n48')
# 234: del n49
rt.delete(None, 'n49')
# 235: del n50
rt.delete(None, 'n50')
# 236: del n51
rt.delete(None, 'n51')
# 237: del n52
rt.delete(None, 'n52')
# 238: del n53
rt.delete(None, 'n53')
# 239: del n54
rt.delete(None, 'n54')
# 240: del n55
rt.delete(None, 'n55')
# 241: del n56
rt.delete(None, 'n56')
# 242: del n57
rt.delete(None, 'n57')
# 243: del n58
rt.delete(None, 'n58')
# 244: del n59
rt.delete(None, 'n59')
# 245: del n0
rt.delete(None, 'n0')
# 246: expect log del n0, callback w0, del n1, callback w1, del n2, callback w2, del n3, callback w3, del n4, callback w4, del n5, callback w5, del n6, callback w6, del n7, callback w7, del n8, callback w8, del n9, callback w9, del n10, callback w10, del n11, callback w11, del n12, callback w12, del n13, callback w13, del n14, callback w14, del n15, callback w15, del n16, callback w16, del n17, callback w17, del n18, callback w18, del n19, callback w19, del n20, callback w20, del n21, callback w21, del n22, callback w22, del n23, callback w23, del n24, callback w24, del n25, callback w25, del n26, callback w26, del n27, callback w27, del n28, callback w28, del n29, callback w29, del n30, callback w30, del n31, callback w31, del n32, callback w32, del n33, callback w33, del n34, callback w34, del n35, callback w35, del n36, callback w36, del n37, callback w37, del n38, callback w38, del n39, callback w39, del n40, callback w40, del n41, callback w41, del n42, callback w42, del n43, callback w43, del n44, callback w44, del n45, callback w45, del n46, callback w46, del n47, callback w47, del n48, callback w48, del n49, callback w49, del n50, callback w50, del n51, callback w51, del n52, callback w52, del n53, callback w53, del n54, callback w54, del n55, callback w55, del n56, callback w56, del n57, callback w57, del n58, callback w58, del n59, callback w59
rt.expect(246, 'log', ('del n0', 'callback w0', 'del n1', 'callback w1', 'del n2', 'callback w2', 'del n3', 'callback w3', 'del n4', 'callback w4', 'del n5', 'callback w5', 'del n6', 'callback w6', 'del n7', 'callback w7', 'del n8', 'callback w8', 'del n9', 'callback w9', 'del n10', 'callback w10', 'del n11', 'callback w11', 'del n12', 'callback w12', 'del n13', 'callback w13', 'del n14', 'callback w14', 'del n15', 'callback w15', 'del n16', 'callback w16', 'del n17', 'callback w17', 'del n18', 'callback w18', 'del n19', 'callback w19', 'del n20', 'callback w20', 'del n21', 'callback w21', 'del n22', 'callback w22', 'del n23', 'callback w23', 'del n24', 'callback w24', 'del n25', 'callback w25', 'del n26', 'callback w26', 'del n27', 'callback w27', 'del n28', 'callback w28', 'del n29', 'callback w29', 'del n30', 'callback w30', 'del n31', 'callback w31', 'del n32', 'callback w32', 'del n33', 'callback w33', 'del n34', 'callback w34', 'del n35', 'callback w35', 'del n36', 'callback w36', 'del n37', 'callback w37', 'del n38', 'callback w38', 'del n39', 'callback w39', 'del n40', 'callback w40', 'del n41', 'callback w41', 'del n42', 'callback w42', 'del n43', 'callback w43', 'del n44', 'callback w44', 'del n45', 'callback w45', 'del n46', 'callback w46', 'del n47', 'callback w47', 'del n48', 'callback w48', 'del n49', 'callback w49', 'del n50', 'callback w50', 'del n51', 'callback w51', 'del n52', 'callback w52', 'del n53', 'callback w53', 'del n54', 'callback w54', 'del n55', 'callback w55', 'del n56', 'callback w56', 'del n57', 'callback w57', 'del n58', 'callback w58', 'del n59', 'callback w59'))
# 247: expect cleared w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21 w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36 w37 w38 w39 w40 w41 w42 w43 w44 w45 w46 w47 w48 w49 w50 w51 w52 w53 w54 w55 w56 w57 w58 w59
rt.expect(247, 'cleared', ('w0', 'w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8', 'w9', 'w10', 'w11', 'w12', 'w13', 'w14', 'w15', 'w16', 'w17', 'w18', 'w19', 'w20', 'w21', 'w22', 'w23', 'w24', 'w25', 'w26', 'w27', 'w28', 'w29', 'w30', 'w31', 'w32', 'w33', 'w34', 'w35', 'w36', 'w37', 'w38', 'w39', 'w40', 'w41', 'w42', 'w43', 'w44', 'w45', 'w46', 'w47', 'w48', 'w49', 'w50', 'w51', 'w52', 'w53', 'w54', 'w55', 'w56', 'w57', 'w58', 'w59'))
rt.finish()
