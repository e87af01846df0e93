#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/trashcan_chain_60_del.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

rt.setup(['n0', 'n1', 'n10', 'n11', 'n12', 'n13', 'n14', 'n15', 'n16', 'n17', 'n18', 'n19', 'n2', 'n20', 'n21', 'n22', 'n23', 'n24', 'n25', 'n26', 'n27', 'n28', 'n29', 'n3', 'n30', 'n31', 'n32', 'n33', 'n34', 'n35', 'n36', 'n37', 'n38', 'n39', 'n4', 'n40', 'n41', 'n42', 'n43', 'n44', 'n45', 'n46', 'n47', 'n48', 'n49', 'n5', 'n50', 'n51', 'n52', 'n53', 'n54', 'n55', 'n56', 'n57', 'n58', 'n59', 'n6', 'n7', 'n8', 'n9'], [], [N], False)

# 7: new n0 N
rt.new(None, 'n0', N)
# 8: new n1 N
rt.new(None, 'n1', N)
# 9: new n2 N
rt.new(None, 'n2', N)
# 10: new n3 N
rt.new(None, 'n3', N)
# 11: new n4 N
rt.new(None, 'n4', N)
# 12: new n5 N
rt.new(None, 'n5', N)
# 13: new n6 N
rt.new(None, 'n6', N)
# 14: new n7 N
rt.new(None, 'n7', N)
# 15: new n8 N
rt.new(None, 'n8', N)
# 16: new n9 N
rt.new(None, 'n9', N)
# 17: new n10 N
rt.new(None, 'n10', N)
# 18: new n11 N
rt.new(None, 'n11', N)
# 19: new n12 N
rt.new(None, 'n12', N)
# 20: new n13 N
rt.new(None, 'n13', N)
# 21: new n14 N
rt.new(None, 'n14', N)
# 22: new n15 N
rt.new(None, 'n15', N)
# 23: new n16 N
rt.new(None, 'n16', N)
# 24: new n17 N
rt.new(None, 'n17', N)
# 25: new n18 N
rt.new(None, 'n18', N)
# 26: new n19 N
rt.new(None, 'n19', N)
# 27: new n20 N
rt.new(None, 'n20', N)
# 28: new n21 N
rt.new(None, 'n21', N)
# 29: new n22 N
rt.new(None, 'n22', N)
# 30: new n23 N
rt.new(None, 'n23', N)
# 31: new n24 N
rt.new(None, 'n24', N)
# 32: new n25 N
rt.new(None, 'n25', N)
# 33: new n26 N
rt.new(None, 'n26', N)
# 34: new n27 N
rt.new(None, 'n27', N)
# 35: new n28 N
rt.new(None, 'n28', N)
# 36: new n29 N
rt.new(None, 'n29', N)
# 37: new n30 N
rt.new(None, 'n30', N)
# 38: new n31 N
rt.new(None, 'n31', N)
# 39: new n32 N
rt.new(None, 'n32', N)
# 40: new n33 N
rt.new(None, 'n33', N)
# 41: new n34 N
rt.new(None, 'n34', N)
# 42: new n35 N
rt.new(None, 'n35', N)
# 43: new n36 N
rt.new(None, 'n36', N)
# 44: new n37 N
rt.new(None, 'n37', N)
# 45: new n38 N
rt.new(None, 'n38', N)
# 46: new n39 N
rt.new(None, 'n39', N)
# 47: new n40 N
rt.new(None, 'n40', N)
# 48: new n41 N
rt.new(None, 'n41', N)
# 49: new n42 N
rt.new(None, 'n42', N)
# 50: new n43 N
rt.new(None, 'n43', N)
# 51: new n44 N
rt.new(None, 'n44', N)
# 52: new n45 N
rt.new(None, 'n45', N)
# 53: new n46 N
rt.new(None, 'n46', N)
# 54: new n47 N
rt.new(None, 'n47', N)
# 55: new n48 N
rt.new(None, 'n48', N)
# 56: new n49 N
rt.new(None, 'n49', N)
# 57: new n50 N
rt.new(None, 'n50', N)
# 58: new n51 N
rt.new(None, 'n51', N)
# 59: new n52 N
rt.new(None, 'n52', N)
# 60: new n53 N
rt.new(None, 'n53', N)
# 61: new n54 N
rt.new(None, 'n54', N)
# 62: new n55 N
rt.new(None, 'n55', N)
# 63: new n56 N
rt.new(None, 'n56', N)
# 64: new n57 N
rt.new(None, 'n57', N)
# 65: new n58 N
rt.new(None, 'n58', N)
# 66: new n59 N
rt.new(None, 'n59', N)
# 67: set n0.0 n1
rt.set_(None, 'n0', 0, ('n', 'n1'))
# 68: set n1.0 n2
rt.set_(None, 'n1', 0, ('n', 'n2'))
# 69: set n2.0 n3
rt.set_(None, 'n2', 0, ('n', 'n3'))
# 70: set n3.0 n4
rt.set_(None, 'n3', 0, ('n', 'n4'))
# 71: set n4.0 n5
rt.set_(None, 'n4', 0, ('n', 'n5'))
# 72: set n5.0 n6
rt.set_(None, 'n5', 0, ('n', 'n6'))
# 73: set n6.0 n7
rt.set_(None, 'n6', 0, ('n', 'n7'))
# 74: set n7.0 n8
rt.set_(None, 'n7', 0, ('n', 'n8'))
# 75: set n8.0 n9
rt.set_(None, 'n8', 0, ('n', 'n9'))
# 76: set n9.0 n10
rt.set_(None, 'n9', 0, ('n', 'n10'))
# 77: set n10.0 n11
rt.set_(None, 'n10', 0, ('n', 'n11'))
# 78: set n11.0 n12
rt.set_(None, 'n11', 0, ('n', 'n12'))
# 79: set n12.0 n13
rt.set_(None, 'n12', 0, ('n', 'n13'))
# 80: set n13.0 n14
rt.set_(None, 'n13', 0, ('n', 'n14'))
# 81: set n14.0 n15
rt.set_(None, 'n14', 0, ('n', 'n15'))
# 82: set n15.0 n16
rt.set_(None, 'n15', 0, ('n', 'n16'))
# 83: set n16.0 n17
rt.set_(None, 'n16', 0, ('n', 'n17'))
# 84: set n17.0 n18
rt.set_(None, 'n17', 0, ('n', 'n18'))
# 85: set n18.0 n19
rt.set_(None, 'n18', 0, ('n', 'n19'))
# 86: set n19.0 n20
rt.set_(None, 'n19', 0, ('n', 'n20'))
# 87: set n20.0 n21
rt.set_(None, 'n20', 0, ('n', 'n21'))
# 88: set n21.0 n22
rt.set_(None, 'n21', 0, ('n', 'n22'))
# 89: set n22.0 n23
rt.set_(None, 'n22', 0, ('n', 'n23'))
# 90: set n23.0 n24
rt.set_(None, 'n23', 0, ('n', 'n24'))
# 91: set n24.0 n25
rt.set_(None, 'n24', 0, ('n', 'n25'))
# 92: set n25.0 n26
rt.set_(None, 'n25', 0, ('n', 'n26'))
# 93: set n26.0 n27
rt.set_(None, 'n26', 0, ('n', 'n27'))
# 94: set n27.0 n28
rt.set_(None, 'n27', 0, ('n', 'n28'))
# 95: set n28.0 n29
rt.set_(None, 'n28', 0, ('n', 'n29'))
# 96: set n29.0 n30
rt.set_(None, 'n29', 0, ('n', 'n30'))
# 97: set n30.0 n31
rt.set_(None, 'n30', 0, ('n', 'n31'))
# 98: set n31.0 n32
rt.set_(None, 'n31', 0, ('n', 'n32'))
# 99: set n32.0 n33
rt.set_(None, 'n32', 0, ('n', 'n33'))
# 100: set n33.0 n34
rt.set_(None, 'n33', 0, ('n', 'n34'))
# 101: set n34.0 n35
rt.set_(None, 'n34', 0, ('n', 'n35'))
# 102: set n35.0 n36
rt.set_(None, 'n35', 0, ('n', 'n36'))
# 103: set n36.0 n37
rt.set_(None, 'n36', 0, ('n', 'n37'))
# 104: set n37.0 n38
rt.set_(None, 'n37', 0, ('n', 'n38'))
# 105: set n38.0 n39
rt.set_(None, 'n38', 0, ('n', 'n39'))
# 106: set n39.0 n40
rt.set_(None, 'n39', 0, ('n', 'n40'))
# 107: set n40.0 n41
rt.set_(None, 'n40', 0, ('n', 'n41'))
# 108: set n41.0 n42
rt.set_(None, 'n41', 0, ('n', 'n42'))
# 109: set n42.0 n43
rt.set_(None, 'n42', 0, ('n', 'n43'))
# 110: set n43.0 n44
rt.set_(None, 'n43', 0, ('n', 'n44'))
# 111: set n44.0 n45
rt.set_(None, 'n44', 0, ('n', 'n45'))
# 112: set n45.0 n46
rt.set_(None, 'n45', 0, ('n', 'n46'))
# 113: set n46.0 n47
rt.set_(None, 'n46', 0, ('n', 'n47'))
# 114: set n47.0 n48
rt.set_(None, 'n47', 0, ('n', 'n48'))
# 115: set n48.0 n49
rt.set_(None, 'n48', 0, ('n', 'n49'))
# 116: set n49.0 n50
rt.set_(None, 'n49', 0, ('n', 'n50'))
# 117: set n50.0 n51
rt.set_(None, 'n50', 0, ('n', 'n51'))
# 118: set n51.0 n52
rt.set_(None, 'n51', 0, ('n', 'n52'))
# 119: set n52.0 n53
rt.set_(None, 'n52', 0, ('n', 'n53'))
# 120: set n53.0 n54
rt.set_(None, 'n53', 0, ('n', 'n54'))
# 121: set n54.0 n55
rt.set_(None, 'n54', 0, ('n', 'n55'))
# 122: set n55.0 n56
rt.set_(None, 'n55', 0, ('n', 'n56'))
# 123: set n56.0 n57
rt.set_(None, 'n56', 0, ('n', 'n57'))
# 124: set n57.0 n58
rt.set_(None, 'n57', 0, ('n', 'n58'))
# 125: set n58.0 n59
rt.set_(None, 'n58', 0, ('n', 'n59'))
# 126: del n1
rt.delete(None, 'n1')
# 127: del n2
rt.delete(None, 'n2')
# 128: del n3
rt.delete(None, 'n3')
# 129: del n4
rt.delete(None, 'n4')
# 130: del n5
rt.delete(None, 'n5')
# 131: del n6
rt.delete(None, 'n6')
# 132: del n7
rt.delete(None, 'n7')
# 133: del n8
rt.delete(None, 'n8')
# 134: del n9
rt.delete(None, 'n9')
# 135: del n10
rt.delete(None, 'n10')
# 136: del n11
rt.delete(None, 'n11')
# 137: del n12
rt.delete(None, 'n12')
# 138: del n13
rt.delete(None, 'n13')
# 139: del n14
rt.delete(None, 'n14')
# 140: del n15
rt.delete(None, 'n15')
# 141: del n16
rt.delete(None, 'n16')
# 142: del n17
rt.delete(None, 'n17')
# 143: del n18
rt.delete(None, 'n18')
# 144: del n19
rt.delete(None, 'n19')
# 145: del n20
rt.delete(None, 'n20')
# 146: del n21
rt.delete(None, 'n21')
# 147: del n22
rt.delete(None, 'n22')
# 148: del n23
rt.delete(None, 'n23')
# 149: del n24
rt.delete(None, 'n24')
# 150: del n25
rt.delete(None, 'n25')
# 151: del n26
rt.delete(None, 'n26')
# 152: del n27
rt.delete(None, 'n27')
# 153: del n28
rt.delete(None, 'n28')
# 154: del n29
rt.delete(None, 'n29')
# 155: del n30
rt.delete(None, 'n30')
# 156: del n31
rt.delete(None, 'n31')
# 157: del n32
rt.delete(None, 'n32')
# 158: del n33
rt.delete(None, 'n33')
# 159: del n34
rt.delete(None, 'n34')
# 160: del n35
rt.delete(None, 'n35')
# 161: del n36
rt.delete(None, 'n36')
# 162: del n37
rt.delete(None, 'n37')
# 163: del n38
rt.delete(None, 'n38')
# 164: del n39
rt.delete(None, 'n39')
# 165: del n40
rt.delete(None, 'n40')
# 166: del n41
rt.delete(None, 'n41')
# 167: del n42
rt.delete(None, 'n42')
# 168: del n43
rt.delete(None, 'n43')
# 169: del n44
rt.delete(None, 'n44')
# 170: del n45
rt.delete(None, 'n45')
# 171: del n46
rt.delete(None, 'n46')
# 172: del n47
rt.delete(None, 'n47')
# 173: del n48
rt.delete(None, 'n48')
# 174: del n49
rt.delete(None, 'n49')
# 175: del n50
rt.delete(None, 'n50')
# 176: del n51
rt.delete(None, 'n51')
# 177: del n52
rt.delete(None, 'n52')
# 178: del n53
rt.delete(None, 'n53')
# 179: del n54
rt.delete(None, 'n54')
# 180: del n55
rt.delete(None, 'n55')
# 181: del n56
rt.delete(None, 'n56')
# 182: del n57
rt.delete(None, 'n57')
# 183: del n58
rt.delete(None, 'n58')
# 184: del n59
rt.delete(None, 'n59')
# 185: del n0
rt.delete(None, 'n0')
# 186: expect log del n0, del n1, del n2, del n3, del n4, del n5, del n6, del n7, del n8, del n9, del n10, del n11, del n12, del n13, del n14, del n15, del n16, del n17, del n18, del n19, del n20, del n21, del n22, del n23, del n24, del n25, del n26, del n27, del n28, del n29, del n30, del n31, del n32, del n33, del n34, del n35, del n36, del n37, del n38, del n39, del n40, del n41, del n42, del n43, del n44, del n45, del n46, del n47, del n48, del n49, del n50, del n51, del n52, del n53, del n54, del n55, del n56, del n57, del n58, del n59
rt.expect(186, 'log', ('del n0', 'del n1', 'del n2', 'del n3', 'del n4', 'del n5', 'del n6', 'del n7', 'del n8', 'del n9', 'del n10', 'del n11', 'del n12', 'del n13', 'del n14', 'del n15', 'del n16', 'del n17', 'del n18', 'del n19', 'del n20', 'del n21', 'del n22', 'del n23', 'del n24', 'del n25', 'del n26', 'del n27', 'del n28', 'del n29', 'del n30', 'del n31', 'del n32', 'del n33', 'del n34', 'del n35', 'del n36', 'del n37', 'del n38', 'del n39', 'del n40', 'del n41', 'del n42', 'del n43', 'del n44', 'del n45', 'del n46', 'del n47', 'del n48', 'del n49', 'del n50', 'del n51', 'del n52', 'del n53', 'del n54', 'del n55', 'del n56', 'del n57', 'del n58', 'del n59'))
# 187: expect dead n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n29 n30 n31 n32 n33 n34 n35 n36 n37 n38 n39 n40 n41 n42 n43 n44 n45 n46 n47 n48 n49 n50 n51 n52 n53 n54 n55 n56 n57 n58 n59
rt.expect(187, 'dead', ('n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9', 'n10', 'n11', 'n12', 'n13', 'n14', 'n15', 'n16', 'n17', 'n18', 'n19', 'n20', 'n21', 'n22', 'n23', 'n24', 'n25', 'n26', 'n27', 'n28', 'n29', 'n30', 'n31', 'n32', 'n33', 'n34', 'n35', 'n36', 'n37', 'n38', 'n39', 'n40', 'n41', 'n42', 'n43', 'n44', 'n45', 'n46', 'n47', 'n48', 'n49', 'n50', 'n51', 'n52', 'n53', 'n54', 'n55', 'n56', 'n57', 'n58', 'n59'))
rt.finish()
