#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/trashcan_gc_ring_60_late_weakrefs.gcops."""
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
    rt.ref(self, 'l0', ('s',), 0)

def _b2(self):
    pass

def _b3(self):
    rt.ref(self, 'l1', ('s',), 2)

def _b4(self):
    pass

def _b5(self):
    rt.ref(self, 'l2', ('s',), 4)

def _b6(self):
    pass

def _b7(self):
    rt.ref(self, 'l3', ('s',), 6)

def _b8(self):
    pass

def _b9(self):
    rt.ref(self, 'l4', ('s',), 8)

def _b10(self):
    pass

def _b11(self):
    rt.ref(self, 'l5', ('s',), 10)

def _b12(self):
    pass

def _b13(self):
    rt.ref(self, 'l6', ('s',), 12)

def _b14(self):
    pass

def _b15(self):
    rt.ref(self, 'l7', ('s',), 14)

def _b16(self):
    pass

def _b17(self):
    rt.ref(self, 'l8', ('s',), 16)

def _b18(self):
    pass

def _b19(self):
    rt.ref(self, 'l9', ('s',), 18)

def _b20(self):
    pass

def _b21(self):
    rt.ref(self, 'l10', ('s',), 20)

def _b22(self):
    pass

def _b23(self):
    rt.ref(self, 'l11', ('s',), 22)

def _b24(self):
    pass

def _b25(self):
    rt.ref(self, 'l12', ('s',), 24)

def _b26(self):
    pass

def _b27(self):
    rt.ref(self, 'l13', ('s',), 26)

def _b28(self):
    pass

def _b29(self):
    rt.ref(self, 'l14', ('s',), 28)

def _b30(self):
    pass

def _b31(self):
    rt.ref(self, 'l15', ('s',), 30)

def _b32(self):
    pass

def _b33(self):
    rt.ref(self, 'l16', ('s',), 32)

def _b34(self):
    pass

def _b35(self):
    rt.ref(self, 'l17', ('s',), 34)

def _b36(self):
    pass

def _b37(self):
    rt.ref(self, 'l18', ('s',), 36)

def _b38(self):
    pass

def _b39(self):
    rt.ref(self, 'l19', ('s',), 38)

def _b40(self):
    pass

def _b41(self):
    rt.ref(self, 'l20', ('s',), 40)

def _b42(self):
    pass

def _b43(self):
    rt.ref(self, 'l21', ('s',), 42)

def _b44(self):
    pass

def _b45(self):
    rt.ref(self, 'l22', ('s',), 44)

def _b46(self):
    pass

def _b47(self):
    rt.ref(self, 'l23', ('s',), 46)

def _b48(self):
    pass

def _b49(self):
    rt.ref(self, 'l24', ('s',), 48)

def _b50(self):
    pass

def _b51(self):
    rt.ref(self, 'l25', ('s',), 50)

def _b52(self):
    pass

def _b53(self):
    rt.ref(self, 'l26', ('s',), 52)

def _b54(self):
    pass

def _b55(self):
    rt.ref(self, 'l27', ('s',), 54)

def _b56(self):
    pass

def _b57(self):
    rt.ref(self, 'l28', ('s',), 56)

def _b58(self):
    pass

def _b59(self):
    rt.ref(self, 'l29', ('s',), 58)

def _b60(self):
    pass

def _b61(self):
    rt.ref(self, 'l30', ('s',), 60)

def _b62(self):
    pass

def _b63(self):
    rt.ref(self, 'l31', ('s',), 62)

def _b64(self):
    pass

def _b65(self):
    rt.ref(self, 'l32', ('s',), 64)

def _b66(self):
    pass

def _b67(self):
    rt.ref(self, 'l33', ('s',), 66)

def _b68(self):
    pass

def _b69(self):
    rt.ref(self, 'l34', ('s',), 68)

def _b70(self):
    pass

def _b71(self):
    rt.ref(self, 'l35', ('s',), 70)

def _b72(self):
    pass

def _b73(self):
    rt.ref(self, 'l36', ('s',), 72)

def _b74(self):
    pass

def _b75(self):
    rt.ref(self, 'l37', ('s',), 74)

def _b76(self):
    pass

def _b77(self):
    rt.ref(self, 'l38', ('s',), 76)

def _b78(self):
    pass

def _b79(self):
    rt.ref(self, 'l39', ('s',), 78)

def _b80(self):
    pass

def _b81(self):
    rt.ref(self, 'l40', ('s',), 80)

def _b82(self):
    pass

def _b83(self):
    rt.ref(self, 'l41', ('s',), 82)

def _b84(self):
    pass

def _b85(self):
    rt.ref(self, 'l42', ('s',), 84)

def _b86(self):
    pass

def _b87(self):
    rt.ref(self, 'l43', ('s',), 86)

def _b88(self):
    pass

def _b89(self):
    rt.ref(self, 'l44', ('s',), 88)

def _b90(self):
    pass

def _b91(self):
    rt.ref(self, 'l45', ('s',), 90)

def _b92(self):
    pass

def _b93(self):
    rt.ref(self, 'l46', ('s',), 92)

def _b94(self):
    pass

def _b95(self):
    rt.ref(self, 'l47', ('s',), 94)

def _b96(self):
    pass

def _b97(self):
    rt.ref(self, 'l48', ('s',), 96)

def _b98(self):
    pass

def _b99(self):
    rt.ref(self, 'l49', ('s',), 98)

def _b100(self):
    pass

def _b101(self):
    rt.ref(self, 'l50', ('s',), 100)

def _b102(self):
    pass

def _b103(self):
    rt.ref(self, 'l51', ('s',), 102)

def _b104(self):
    pass

def _b105(self):
    rt.ref(self, 'l52', ('s',), 104)

def _b106(self):
    pass

def _b107(self):
    rt.ref(self, 'l53', ('s',), 106)

def _b108(self):
    pass

def _b109(self):
    rt.ref(self, 'l54', ('s',), 108)

def _b110(self):
    pass

def _b111(self):
    rt.ref(self, 'l55', ('s',), 110)

def _b112(self):
    pass

def _b113(self):
    rt.ref(self, 'l56', ('s',), 112)

def _b114(self):
    pass

def _b115(self):
    rt.ref(self, 'l57', ('s',), 114)

def _b116(self):
    pass

def _b117(self):
    rt.ref(self, 'l58', ('s',), 116)

def _b118(self):
    pass

def _b119(self):
    rt.ref(self, 'l59', ('s',), 118)

rt.setup(['l0', 'l1', 'l10', 'l11', 'l12', 'l13', 'l14', 'l15', 'l16', 'l17', 'l18', 'l19', 'l2', 'l20', 'l21', 'l22', 'l23', 'l24', 'l25', 'l26', 'l27', 'l28', 'l29', 'l3', 'l30', 'l31', 'l32', 'l33', 'l34', 'l35', 'l36', 'l37', 'l38', 'l39', 'l4', 'l40', 'l41', 'l42', 'l43', 'l44', 'l45', 'l46', 'l47', 'l48', 'l49', 'l5', 'l50', 'l51', 'l52', 'l53', 'l54', 'l55', 'l56', 'l57', 'l58', 'l59', 'l6', 'l7', 'l8', 'l9', 'n0', 'n1', 'n10', 'n11', 'n12', 'n13', 'n14', 'n15', 'n16', 'n17', 'n18', 'n19', 'n2', 'n20', 'n21', 'n22', 'n23', 'n24', 'n25', 'n26', 'n27', 'n28', 'n29', 'n3', 'n30', 'n31', 'n32', 'n33', 'n34', 'n35', 'n36', 'n37', 'n38', 'n39', 'n4', 'n40', 'n41', 'n42', 'n43', 'n44', 'n45', 'n46', 'n47', 'n48', 'n49', 'n5', 'n50', 'n51', 'n52', 'n53', 'n54', 'n55', 'n56', 'n57', 'n58', 'n59', 'n6', 'n7', 'n8', 'n9'], [_b0, _b1, _b2, _b3, _b4, _b5, _b6, _b7, _b8, _b9, _b10, _b11, _b12, _b13, _b14, _b15, _b16, _b17, _b18, _b19, _b20, _b21, _b22, _b23, _b24, _b25, _b26, _b27, _b28, _b29, _b30, _b31, _b32, _b33, _b34, _b35, _b36, _b37, _b38, _b39, _b40, _b41, _b42, _b43, _b44, _b45, _b46, _b47, _b48, _b49, _b50, _b51, _b52, _b53, _b54, _b55, _b56, _b57, _b58, _b59, _b60, _b61, _b62, _b63, _b64, _b65, _b66, _b67, _b68, _b69, _b70, _b71, _b72, _b73, _b74, _b75, _b76, _b77, _b78, _b79, _b80, _b81, _b82, _b83, _b84, _b85, _b86, _b87, _b88, _b89, _b90, _b91, _b92, _b93, _b94, _b95, _b96, _b97, _b98, _b99, _b100, _b101, _b102, _b103, _b104, _b105, _b106, _b107, _b108, _b109, _b110, _b111, _b112, _b113, _b114, _b115, _b116, _b117, _b118, _b119], [N], False)

# 8: new n0 N
rt.new(None, 'n0', N)
# 9: new n1 N
rt.new(None, 'n1', N)
# 10: new n2 N
rt.new(None, 'n2', N)
# 11: new n3 N
rt.new(None, 'n3', N)
# 12: new n4 N
rt.new(None, 'n4', N)
# 13: new n5 N
rt.new(None, 'n5', N)
# 14: new n6 N
rt.new(None, 'n6', N)
# 15: new n7 N
rt.new(None, 'n7', N)
# 16: new n8 N
rt.new(None, 'n8', N)
# 17: new n9 N
rt.new(None, 'n9', N)
# 18: new n10 N
rt.new(None, 'n10', N)
# 19: new n11 N
rt.new(None, 'n11', N)
# 20: new n12 N
rt.new(None, 'n12', N)
# 21: new n13 N
rt.new(None, 'n13', N)
# 22: new n14 N
rt.new(None, 'n14', N)
# 23: new n15 N
rt.new(None, 'n15', N)
# 24: new n16 N
rt.new(None, 'n16', N)
# 25: new n17 N
rt.new(None, 'n17', N)
# 26: new n18 N
rt.new(None, 'n18', N)
# 27: new n19 N
rt.new(None, 'n19', N)
# 28: new n20 N
rt.new(None, 'n20', N)
# 29: new n21 N
rt.new(None, 'n21', N)
# 30: new n22 N
rt.new(None, 'n22', N)
# 31: new n23 N
rt.new(None, 'n23', N)
# 32: new n24 N
rt.new(None, 'n24', N)
# 33: new n25 N
rt.new(None, 'n25', N)
# 34: new n26 N
rt.new(None, 'n26', N)
# 35: new n27 N
rt.new(None, 'n27', N)
# 36: new n28 N
rt.new(None, 'n28', N)
# 37: new n29 N
rt.new(None, 'n29', N)
# 38: new n30 N
rt.new(None, 'n30', N)
# 39: new n31 N
rt.new(None, 'n31', N)
# 40: new n32 N
rt.new(None, 'n32', N)
# 41: new n33 N
rt.new(None, 'n33', N)
# 42: new n34 N
rt.new(None, 'n34', N)
# 43: new n35 N
rt.new(None, 'n35', N)
# 44: new n36 N
rt.new(None, 'n36', N)
# 45: new n37 N
rt.new(None, 'n37', N)
# 46: new n38 N
rt.new(None, 'n38', N)
# 47: new n39 N
rt.new(None, 'n39', N)
# 48: new n40 N
rt.new(None, 'n40', N)
# 49: new n41 N
rt.new(None, 'n41', N)
# 50: new n42 N
rt.new(None, 'n42', N)
# 51: new n43 N
rt.new(None, 'n43', N)
# 52: new n44 N
rt.new(None, 'n44', N)
# 53: new n45 N
rt.new(None, 'n45', N)
# 54: new n46 N
rt.new(None, 'n46', N)
# 55: new n47 N
rt.new(None, 'n47', N)
# 56: new n48 N
rt.new(None, 'n48', N)
# 57: new n49 N
rt.new(None, 'n49', N)
# 58: new n50 N
rt.new(None, 'n50', N)
# 59: new n51 N
rt.new(None, 'n51', N)
# 60: new n52 N
rt.new(None, 'n52', N)
# 61: new n53 N
rt.new(None, 'n53', N)
# 62: new n54 N
rt.new(None, 'n54', N)
# 63: new n55 N
rt.new(None, 'n55', N)
# 64: new n56 N
rt.new(None, 'n56', N)
# 65: new n57 N
rt.new(None, 'n57', N)
# 66: new n58 N
rt.new(None, 'n58', N)
# 67: new n59 N
rt.new(None, 'n59', N)
# 68: set n0.0 n1
rt.set_(None, 'n0', 0, ('n', 'n1'))
# 69: set n1.0 n2
rt.set_(None, 'n1', 0, ('n', 'n2'))
# 70: set n2.0 n3
rt.set_(None, 'n2', 0, ('n', 'n3'))
# 71: set n3.0 n4
rt.set_(None, 'n3', 0, ('n', 'n4'))
# 72: set n4.0 n5
rt.set_(None, 'n4', 0, ('n', 'n5'))
# 73: set n5.0 n6
rt.set_(None, 'n5', 0, ('n', 'n6'))
# 74: set n6.0 n7
rt.set_(None, 'n6', 0, ('n', 'n7'))
# 75: set n7.0 n8
rt.set_(None, 'n7', 0, ('n', 'n8'))
# 76: set n8.0 n9
rt.set_(None, 'n8', 0, ('n', 'n9'))
# 77: set n9.0 n10
rt.set_(None, 'n9', 0, ('n', 'n10'))
# 78: set n10.0 n11
rt.set_(None, 'n10', 0, ('n', 'n11'))
# 79: set n11.0 n12
rt.set_(None, 'n11', 0, ('n', 'n12'))
# 80: set n12.0 n13
rt.set_(None, 'n12', 0, ('n', 'n13'))
# 81: set n13.0 n14
rt.set_(None, 'n13', 0, ('n', 'n14'))
# 82: set n14.0 n15
rt.set_(None, 'n14', 0, ('n', 'n15'))
# 83: set n15.0 n16
rt.set_(None, 'n15', 0, ('n', 'n16'))
# 84: set n16.0 n17
rt.set_(None, 'n16', 0, ('n', 'n17'))
# 85: set n17.0 n18
rt.set_(None, 'n17', 0, ('n', 'n18'))
# 86: set n18.0 n19
rt.set_(None, 'n18', 0, ('n', 'n19'))
# 87: set n19.0 n20
rt.set_(None, 'n19', 0, ('n', 'n20'))
# 88: set n20.0 n21
rt.set_(None, 'n20', 0, ('n', 'n21'))
# 89: set n21.0 n22
rt.set_(None, 'n21', 0, ('n', 'n22'))
# 90: set n22.0 n23
rt.set_(None, 'n22', 0, ('n', 'n23'))
# 91: set n23.0 n24
rt.set_(None, 'n23', 0, ('n', 'n24'))
# 92: set n24.0 n25
rt.set_(None, 'n24', 0, ('n', 'n25'))
# 93: set n25.0 n26
rt.set_(None, 'n25', 0, ('n', 'n26'))
# 94: set n26.0 n27
rt.set_(None, 'n26', 0, ('n', 'n27'))
# 95: set n27.0 n28
rt.set_(None, 'n27', 0, ('n', 'n28'))
# 96: set n28.0 n29
rt.set_(None, 'n28', 0, ('n', 'n29'))
# 97: set n29.0 n30
rt.set_(None, 'n29', 0, ('n', 'n30'))
# 98: set n30.0 n31
rt.set_(None, 'n30', 0, ('n', 'n31'))
# 99: set n31.0 n32
rt.set_(None, 'n31', 0, ('n', 'n32'))
# 100: set n32.0 n33
rt.set_(None, 'n32', 0, ('n', 'n33'))
# 101: set n33.0 n34
rt.set_(None, 'n33', 0, ('n', 'n34'))
# 102: set n34.0 n35
rt.set_(None, 'n34', 0, ('n', 'n35'))
# 103: set n35.0 n36
rt.set_(None, 'n35', 0, ('n', 'n36'))
# 104: set n36.0 n37
rt.set_(None, 'n36', 0, ('n', 'n37'))
# 105: set n37.0 n38
rt.set_(None, 'n37', 0, ('n', 'n38'))
# 106: set n38.0 n39
rt.set_(None, 'n38', 0, ('n', 'n39'))
# 107: set n39.0 n40
rt.set_(None, 'n39', 0, ('n', 'n40'))
# 108: set n40.0 n41
rt.set_(None, 'n40', 0, ('n', 'n41'))
# 109: set n41.0 n42
rt.set_(None, 'n41', 0, ('n', 'n42'))
# 110: set n42.0 n43
rt.set_(None, 'n42', 0, ('n', 'n43'))
# 111: set n43.0 n44
rt.set_(None, 'n43', 0, ('n', 'n44'))
# 112: set n44.0 n45
rt.set_(None, 'n44', 0, ('n', 'n45'))
# 113: set n45.0 n46
rt.set_(None, 'n45', 0, ('n', 'n46'))
# 114: set n46.0 n47
rt.set_(None, 'n46', 0, ('n', 'n47'))
# 115: set n47.0 n48
rt.set_(None, 'n47', 0, ('n', 'n48'))
# 116: set n48.0 n49
rt.set_(None, 'n48', 0, ('n', 'n49'))
# 117: set n49.0 n50
rt.set_(None, 'n49', 0, ('n', 'n50'))
# 118: set n50.0 n51
rt.set_(None, 'n50', 0, ('n', 'n51'))
# 119: set n51.0 n52
rt.set_(None, 'n51', 0, ('n', 'n52'))
# 120: set n52.0 n53
rt.set_(None, 'n52', 0, ('n', 'n53'))
# 121: set n53.0 n54
rt.set_(None, 'n53', 0, ('n', 'n54'))
# 122: set n54.0 n55
rt.set_(None, 'n54', 0, ('n', 'n55'))
# 123: set n55.0 n56
rt.set_(None, 'n55', 0, ('n', 'n56'))
# 124: set n56.0 n57
rt.set_(None, 'n56', 0, ('n', 'n57'))
# 125: set n57.0 n58
rt.set_(None, 'n57', 0, ('n', 'n58'))
# 126: set n58.0 n59
rt.set_(None, 'n58', 0, ('n', 'n59'))
# 127: set n59.0 n0
rt.set_(None, 'n59', 0, ('n', 'n0'))
# 128: on_del n0 { ref l0 self {} }
rt.on_del(None, 'n0', 1)
# 129: on_del n1 { ref l1 self {} }
rt.on_del(None, 'n1', 3)
# 130: on_del n2 { ref l2 self {} }
rt.on_del(None, 'n2', 5)
# 131: on_del n3 { ref l3 self {} }
rt.on_del(None, 'n3', 7)
# 132: on_del n4 { ref l4 self {} }
rt.on_del(None, 'n4', 9)
# 133: on_del n5 { ref l5 self {} }
rt.on_del(None, 'n5', 11)
# 134: on_del n6 { ref l6 self {} }
rt.on_del(None, 'n6', 13)
# 135: on_del n7 { ref l7 self {} }
rt.on_del(None, 'n7', 15)
# 136: on_del n8 { ref l8 self {} }
rt.on_del(None, 'n8', 17)
# 137: on_del n9 { ref l9 self {} }
rt.on_del(None, 'n9', 19)
# 138: on_del n10 { ref l10 self {} }
rt.on_del(None, 'n10', 21)
# 139: on_del n11 { ref l11 self {} }
rt.on_del(None, 'n11', 23)
# 140: on_del n12 { ref l12 self {} }
rt.on_del(None, 'n12', 25)
# 141: on_del n13 { ref l13 self {} }
rt.on_del(None, 'n13', 27)
# 142: on_del n14 { ref l14 self {} }
rt.on_del(None, 'n14', 29)
# 143: on_del n15 { ref l15 self {} }
rt.on_del(None, 'n15', 31)
# 144: on_del n16 { ref l16 self {} }
rt.on_del(None, 'n16', 33)
# 145: on_del n17 { ref l17 self {} }
rt.on_del(None, 'n17', 35)
# 146: on_del n18 { ref l18 self {} }
rt.on_del(None, 'n18', 37)
# 147: on_del n19 { ref l19 self {} }
rt.on_del(None, 'n19', 39)
# 148: on_del n20 { ref l20 self {} }
rt.on_del(None, 'n20', 41)
# 149: on_del n21 { ref l21 self {} }
rt.on_del(None, 'n21', 43)
# 150: on_del n22 { ref l22 self {} }
rt.on_del(None, 'n22', 45)
# 151: on_del n23 { ref l23 self {} }
rt.on_del(None, 'n23', 47)
# 152: on_del n24 { ref l24 self {} }
rt.on_del(None, 'n24', 49)
# 153: on_del n25 { ref l25 self {} }
rt.on_del(None, 'n25', 51)
# 154: on_del n26 { ref l26 self {} }
rt.on_del(None, 'n26', 53)
# 155: on_del n27 { ref l27 self {} }
rt.on_del(None, 'n27', 55)
# 156: on_del n28 { ref l28 self {} }
rt.on_del(None, 'n28', 57)
# 157: on_del n29 { ref l29 self {} }
rt.on_del(None, 'n29', 59)
# 158: on_del n30 { ref l30 self {} }
rt.on_del(None, 'n30', 61)
# 159: on_del n31 { ref l31 self {} }
rt.on_del(None, 'n31', 63)
# 160: on_del n32 { ref l32 self {} }
rt.on_del(None, 'n32', 65)
# 161: on_del n33 { ref l33 self {} }
rt.on_del(None, 'n33', 67)
# 162: on_del n34 { ref l34 self {} }
rt.on_del(None, 'n34', 69)
# 163: on_del n35 { ref l35 self {} }
rt.on_del(None, 'n35', 71)
# 164: on_del n36 { ref l36 self {} }
rt.on_del(None, 'n36', 73)
# 165: on_del n37 { ref l37 self {} }
rt.on_del(None, 'n37', 75)
# 166: on_del n38 { ref l38 self {} }
rt.on_del(None, 'n38', 77)
# 167: on_del n39 { ref l39 self {} }
rt.on_del(None, 'n39', 79)
# 168: on_del n40 { ref l40 self {} }
rt.on_del(None, 'n40', 81)
# 169: on_del n41 { ref l41 self {} }
rt.on_del(None, 'n41', 83)
# 170: on_del n42 { ref l42 self {} }
rt.on_del(None, 'n42', 85)
# 171: on_del n43 { ref l43 self {} }
rt.on_del(None, 'n43', 87)
# 172: on_del n44 { ref l44 self {} }
rt.on_del(None, 'n44', 89)
# 173: on_del n45 { ref l45 self {} }
rt.on_del(None, 'n45', 91)
# 174: on_del n46 { ref l46 self {} }
rt.on_del(None, 'n46', 93)
# 175: on_del n47 { ref l47 self {} }
rt.on_del(None, 'n47', 95)
# 176: on_del n48 { ref l48 self {} }
rt.on_del(None, 'n48', 97)
# 177: on_del n49 { ref l49 self {} }
rt.on_del(None, 'n49', 99)
# 178: on_del n50 { ref l50 self {} }
rt.on_del(None, 'n50', 101)
# 179: on_del n51 { ref l51 self {} }
rt.on_del(None, 'n51', 103)
# 180: on_del n52 { ref l52 self {} }
rt.on_del(None, 'n52', 105)
# 181: on_del n53 { ref l53 self {} }
rt.on_del(None, 'n53', 107)
# 182: on_del n54 { ref l54 self {} }
rt.on_del(None, 'n54', 109)
# 183: on_del n55 { ref l55 self {} }
rt.on_del(None, 'n55', 111)
# 184: on_del n56 { ref l56 self {} }
rt.on_del(None, 'n56', 113)
# 185: on_del n57 { ref l57 self {} }
rt.on_del(None, 'n57', 115)
# 186: on_del n58 { ref l58 self {} }
rt.on_del(None, 'n58', 117)
# 187: on_del n59 { ref l59 self {} }
rt.on_del(None, 'n59', 119)
# 188: del n0
rt.delete(None, 'n0')
# 189: del n1
rt.delete(None, 'n1')
# 190: del n2
rt.delete(None, 'n2')
# 191: del n3
rt.delete(None, 'n3')
# 192: del n4
rt.delete(None, 'n4')
# 193: del n5
rt.delete(None, 'n5')
# 194: del n6
rt.delete(None, 'n6')
# 195: del n7
rt.delete(None, 'n7')
# 196: del n8
rt.delete(None, 'n8')
# 197: del n9
rt.delete(None, 'n9')
# 198: del n10
rt.delete(None, 'n10')
# 199: del n11
rt.delete(None, 'n11')
# 200: del n12
rt.delete(None, 'n12')
# 201: del n13
rt.delete(None, 'n13')
# 202: del n14
rt.delete(None, 'n14')
# 203: del n15
rt.delete(None, 'n15')
# 204: del n16
rt.delete(None, 'n16')
# 205: del n17
rt.delete(None, 'n17')
# 206: del n18
rt.delete(None, 'n18')
# 207: del n19
rt.delete(None, 'n19')
# 208: del n20
rt.delete(None, 'n20')
# 209: del n21
rt.delete(None, 'n21')
# 210: del n22
rt.delete(None, 'n22')
# 211: del n23
rt.delete(None, 'n23')
# 212: del n24
rt.delete(None, 'n24')
# 213: del n25
rt.delete(None, 'n25')
# 214: del n26
rt.delete(None, 'n26')
# 215: del n27
rt.delete(None, 'n27')
# 216: del n28
rt.delete(None, 'n28')
# 217: del n29
rt.delete(None, 'n29')
# 218: del n30
rt.delete(None, 'n30')
# 219: del n31
rt.delete(None, 'n31')
# 220: del n32
rt.delete(None, 'n32')
# 221: del n33
rt.delete(None, 'n33')
# 222: del n34
rt.delete(None, 'n34')
# 223: del n35
rt.delete(None, 'n35')
# 224: del n36
rt.delete(None, 'n36')
# 225: del n37
rt.delete(None, 'n37')
# 226: del n38
rt.delete(None, 'n38')
# 227: del n39
rt.delete(None, 'n39')
# 228: del n40
rt.delete(None, 'n40')
# 229: del n41
rt.delete(None, 'n41')
# 230: del n42
rt.delete(None, 'n42')
# 231: del n43
rt.delete(None, 'n43')
# 232: del n44
rt.delete(None, 'n44')
# 233: del n45
rt.delete(None, 'n45')
# 234: del n46
rt.delete(None, 'n46')
# 235: del n47
rt.delete(None, 'n47')
# 236: del n48
rt.delete(None, 'n48')
# 237: del n49
rt.delete(None, 'n49')
# 238: del n50
rt.delete(None, 'n50')
# 239: del n51
rt.delete(None, 'n51')
# 240: del n52
rt.delete(None, 'n52')
# 241: del n53
rt.delete(None, 'n53')
# 242: del n54
rt.delete(None, 'n54')
# 243: del n55
rt.delete(None, 'n55')
# 244: del n56
rt.delete(None, 'n56')
# 245: del n57
rt.delete(None, 'n57')
# 246: del n58
rt.delete(None, 'n58')
# 247: del n59
rt.delete(None, 'n59')
# 248: collect
rt.collect(None, 2)
# 249: expect collected 60
rt.expect(249, 'collected', (60,))
# 250: expect log del n0, del n1, del n2, del n3, del n4, del n5, del n6, del n7, del n8, del n9, del n10, del n11, del n12, del n13, del n14, del n15, del n16, del n17, del n18, del n19, del n20, del n21, del n22, del n23, del n24, del n25, del n26, del n27, del n28, del n29, del n30, del n31, del n32, del n33, del n34, del n35, del n36, del n37, del n38, del n39, del n40, del n41, del n42, del n43, del n44, del n45, del n46, del n47, del n48, del n49, del n50, del n51, del n52, del n53, del n54, del n55, del n56, del n57, del n58, del n59, callback l1, callback l2, callback l3, callback l4, callback l5, callback l6, callback l7, callback l8, callback l9, callback l10, callback l11, callback l12, callback l13, callback l14, callback l15, callback l16, callback l17, callback l18, callback l19, callback l20, callback l21, callback l22, callback l23, callback l24, callback l25, callback l26, callback l27, callback l28, callback l29, callback l30, callback l31, callback l32, callback l33, callback l34, callback l35, callback l36, callback l37, callback l38, callback l39, callback l40, callback l41, callback l42, callback l43, callback l44, callback l45, callback l46, callback l47, callback l48, callback l49, callback l50, callback l51, callback l52, callback l53, callback l54, callback l55, callback l56, callback l57, callback l58, callback l59, callback l0, collect 2 60
rt.expect(250, 'log', ('del n0', 'del n1', 'del n2', 'del n3', 'del n4', 'del n5', 'del n6', 'del n7', 'del n8', 'del n9', 'del n10', 'del n11', 'del n12', 'del n13', 'del n14', 'del n15', 'del n16', 'del n17', 'del n18', 'del n19', 'del n20', 'del n21', 'del n22', 'del n23', 'del n24', 'del n25', 'del n26', 'del n27', 'del n28', 'del n29', 'del n30', 'del n31', 'del n32', 'del n33', 'del n34', 'del n35', 'del n36', 'del n37', 'del n38', 'del n39', 'del n40', 'del n41', 'del n42', 'del n43', 'del n44', 'del n45', 'del n46', 'del n47', 'del n48', 'del n49', 'del n50', 'del n51', 'del n52', 'del n53', 'del n54', 'del n55', 'del n56', 'del n57', 'del n58', 'del n59', 'callback l1', 'callback l2', 'callback l3', 'callback l4', 'callback l5', 'callback l6', 'callback l7', 'callback l8', 'callback l9', 'callback l10', 'callback l11', 'callback l12', 'callback l13', 'callback l14', 'callback l15', 'callback l16', 'callback l17', 'callback l18', 'callback l19', 'callback l20', 'callback l21', 'callback l22', 'callback l23', 'callback l24', 'callback l25', 'callback l26', 'callback l27', 'callback l28', 'callback l29', 'callback l30', 'callback l31', 'callback l32', 'callback l33', 'callback l34', 'callback l35', 'callback l36', 'callback l37', 'callback l38', 'callback l39', 'callback l40', 'callback l41', 'callback l42', 'callback l43', 'callback l44', 'callback l45', 'callback l46', 'callback l47', 'callback l48', 'callback l49', 'callback l50', 'callback l51', 'callback l52', 'callback l53', 'callback l54', 'callback l55', 'callback l56', 'callback l57', 'callback l58', 'callback l59', 'callback l0', 'collect 2 60'))
# 251: expect dead n0 n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12 n13 n14 n15 n16 n17 n18 n19 n20 n21 n22 n23 n24 n25 n26 n27 n28 n29 n30 n31 n32 n33 n34 n35 n36 n37 n38 n39 n40 n41 n42 n43 n44 n45 n46 n47 n48 n49 n50 n51 n52 n53 n54 n55 n56 n57 n58 n59
rt.expect(251, 'dead', ('n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'n6', 'n7', 'n8', 'n9', 'n10', 'n11', 'n12', 'n13', 'n14', 'n15', 'n16', 'n17', 'n18', 'n19', 'n20', 'n21', 'n22', 'n23', 'n24', 'n25', 'n26', 'n27', 'n28', 'n29', 'n30', 'n31', 'n32', 'n33', 'n34', 'n35', 'n36', 'n37', 'n38', 'n39', 'n40', 'n41', 'n42', 'n43', 'n44', 'n45', 'n46', 'n47', 'n48', 'n49', 'n50', 'n51', 'n52', 'n53', 'n54', 'n55', 'n56', 'n57', 'n58', 'n59'))
rt.finish()
