#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/trashcan_nested_lists_70.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

rt.setup(['l0', 'l1', 'l10', 'l11', 'l12', 'l13', 'l14', 'l15', 'l16', 'l17', 'l18', 'l19', 'l2', 'l20', 'l21', 'l22', 'l23', 'l24', 'l25', 'l26', 'l27', 'l28', 'l29', 'l3', 'l30', 'l31', 'l32', 'l33', 'l34', 'l35', 'l36', 'l37', 'l38', 'l39', 'l4', 'l40', 'l41', 'l42', 'l43', 'l44', 'l45', 'l46', 'l47', 'l48', 'l49', 'l5', 'l50', 'l51', 'l52', 'l53', 'l54', 'l55', 'l56', 'l57', 'l58', 'l59', 'l6', 'l60', 'l61', 'l62', 'l63', 'l64', 'l65', 'l66', 'l67', 'l68', 'l69', 'l7', 'l8', 'l9', 'leaf'], [], [N], False)

# 6: new leaf N
rt.new(None, 'leaf', N)
# 7: list l0 leaf
rt.lst(None, 'l0', (('n', 'leaf'),))
# 8: list l1 l0
rt.lst(None, 'l1', (('n', 'l0'),))
# 9: list l2 l1
rt.lst(None, 'l2', (('n', 'l1'),))
# 10: list l3 l2
rt.lst(None, 'l3', (('n', 'l2'),))
# 11: list l4 l3
rt.lst(None, 'l4', (('n', 'l3'),))
# 12: list l5 l4
rt.lst(None, 'l5', (('n', 'l4'),))
# 13: list l6 l5
rt.lst(None, 'l6', (('n', 'l5'),))
# 14: list l7 l6
rt.lst(None, 'l7', (('n', 'l6'),))
# 15: list l8 l7
rt.lst(None, 'l8', (('n', 'l7'),))
# 16: list l9 l8
rt.lst(None, 'l9', (('n', 'l8'),))
# 17: list l10 l9
rt.lst(None, 'l10', (('n', 'l9'),))
# 18: list l11 l10
rt.lst(None, 'l11', (('n', 'l10'),))
# 19: list l12 l11
rt.lst(None, 'l12', (('n', 'l11'),))
# 20: list l13 l12
rt.lst(None, 'l13', (('n', 'l12'),))
# 21: list l14 l13
rt.lst(None, 'l14', (('n', 'l13'),))
# 22: list l15 l14
rt.lst(None, 'l15', (('n', 'l14'),))
# 23: list l16 l15
rt.lst(None, 'l16', (('n', 'l15'),))
# 24: list l17 l16
rt.lst(None, 'l17', (('n', 'l16'),))
# 25: list l18 l17
rt.lst(None, 'l18', (('n', 'l17'),))
# 26: list l19 l18
rt.lst(None, 'l19', (('n', 'l18'),))
# 27: list l20 l19
rt.lst(None, 'l20', (('n', 'l19'),))
# 28: list l21 l20
rt.lst(None, 'l21', (('n', 'l20'),))
# 29: list l22 l21
rt.lst(None, 'l22', (('n', 'l21'),))
# 30: list l23 l22
rt.lst(None, 'l23', (('n', 'l22'),))
# 31: list l24 l23
rt.lst(None, 'l24', (('n', 'l23'),))
# 32: list l25 l24
rt.lst(None, 'l25', (('n', 'l24'),))
# 33: list l26 l25
rt.lst(None, 'l26', (('n', 'l25'),))
# 34: list l27 l26
rt.lst(None, 'l27', (('n', 'l26'),))
# 35: list l28 l27
rt.lst(None, 'l28', (('n', 'l27'),))
# 36: list l29 l28
rt.lst(None, 'l29', (('n', 'l28'),))
# 37: list l30 l29
rt.lst(None, 'l30', (('n', 'l29'),))
# 38: list l31 l30
rt.lst(None, 'l31', (('n', 'l30'),))
# 39: list l32 l31
rt.lst(None, 'l32', (('n', 'l31'),))
# 40: list l33 l32
rt.lst(None, 'l33', (('n', 'l32'),))
# 41: list l34 l33
rt.lst(None, 'l34', (('n', 'l33'),))
# 42: list l35 l34
rt.lst(None, 'l35', (('n', 'l34'),))
# 43: list l36 l35
rt.lst(None, 'l36', (('n', 'l35'),))
# 44: list l37 l36
rt.lst(None, 'l37', (('n', 'l36'),))
# 45: list l38 l37
rt.lst(None, 'l38', (('n', 'l37'),))
# 46: list l39 l38
rt.lst(None, 'l39', (('n', 'l38'),))
# 47: list l40 l39
rt.lst(None, 'l40', (('n', 'l39'),))
# 48: list l41 l40
rt.lst(None, 'l41', (('n', 'l40'),))
# 49: list l42 l41
rt.lst(None, 'l42', (('n', 'l41'),))
# 50: list l43 l42
rt.lst(None, 'l43', (('n', 'l42'),))
# 51: list l44 l43
rt.lst(None, 'l44', (('n', 'l43'),))
# 52: list l45 l44
rt.lst(None, 'l45', (('n', 'l44'),))
# 53: list l46 l45
rt.lst(None, 'l46', (('n', 'l45'),))
# 54: list l47 l46
rt.lst(None, 'l47', (('n', 'l46'),))
# 55: list l48 l47
rt.lst(None, 'l48', (('n', 'l47'),))
# 56: list l49 l48
rt.lst(None, 'l49', (('n', 'l48'),))
# 57: list l50 l49
rt.lst(None, 'l50', (('n', 'l49'),))
# 58: list l51 l50
rt.lst(None, 'l51', (('n', 'l50'),))
# 59: list l52 l51
rt.lst(None, 'l52', (('n', 'l51'),))
# 60: list l53 l52
rt.lst(None, 'l53', (('n', 'l52'),))
# 61: list l54 l53
rt.lst(None, 'l54', (('n', 'l53'),))
# 62: list l55 l54
rt.lst(None, 'l55', (('n', 'l54'),))
# 63: list l56 l55
rt.lst(None, 'l56', (('n', 'l55'),))
# 64: list l57 l56
rt.lst(None, 'l57', (('n', 'l56'),))
# 65: list l58 l57
rt.lst(None, 'l58', (('n', 'l57'),))
# 66: list l59 l58
rt.lst(None, 'l59', (('n', 'l58'),))
# 67: list l60 l59
rt.lst(None, 'l60', (('n', 'l59'),))
# 68: list l61 l60
rt.lst(None, 'l61', (('n', 'l60'),))
# 69: list l62 l61
rt.lst(None, 'l62', (('n', 'l61'),))
# 70: list l63 l62
rt.lst(None, 'l63', (('n', 'l62'),))
# 71: list l64 l63
rt.lst(None, 'l64', (('n', 'l63'),))
# 72: list l65 l64
rt.lst(None, 'l65', (('n', 'l64'),))
# 73: list l66 l65
rt.lst(None, 'l66', (('n', 'l65'),))
# 74: list l67 l66
rt.lst(None, 'l67', (('n', 'l66'),))
# 75: list l68 l67
rt.lst(None, 'l68', (('n', 'l67'),))
# 76: list l69 l68
rt.lst(None, 'l69', (('n', 'l68'),))
# 77: del l0
rt.delete(None, 'l0')
# 78: del l1
rt.delete(None, 'l1')
# 79: del l2
rt.delete(None, 'l2')
# 80: del l3
rt.delete(None, 'l3')
# 81: del l4
rt.delete(None, 'l4')
# 82: del l5
rt.delete(None, 'l5')
# 83: del l6
rt.delete(None, 'l6')
# 84: del l7
rt.delete(None, 'l7')
# 85: del l8
rt.delete(None, 'l8')
# 86: del l9
rt.delete(None, 'l9')
# 87: del l10
rt.delete(None, 'l10')
# 88: del l11
rt.delete(None, 'l11')
# 89: del l12
rt.delete(None, 'l12')
# 90: del l13
rt.delete(None, 'l13')
# 91: del l14
rt.delete(None, 'l14')
# 92: del l15
rt.delete(None, 'l15')
# 93: del l16
rt.delete(None, 'l16')
# 94: del l17
rt.delete(None, 'l17')
# 95: del l18
rt.delete(None, 'l18')
# 96: del l19
rt.delete(None, 'l19')
# 97: del l20
rt.delete(None, 'l20')
# 98: del l21
rt.delete(None, 'l21')
# 99: del l22
rt.delete(None, 'l22')
# 100: del l23
rt.delete(None, 'l23')
# 101: del l24
rt.delete(None, 'l24')
# 102: del l25
rt.delete(None, 'l25')
# 103: del l26
rt.delete(None, 'l26')
# 104: del l27
rt.delete(None, 'l27')
# 105: del l28
rt.delete(None, 'l28')
# 106: del l29
rt.delete(None, 'l29')
# 107: del l30
rt.delete(None, 'l30')
# 108: del l31
rt.delete(None, 'l31')
# 109: del l32
rt.delete(None, 'l32')
# 110: del l33
rt.delete(None, 'l33')
# 111: del l34
rt.delete(None, 'l34')
# 112: del l35
rt.delete(None, 'l35')
# 113: del l36
rt.delete(None, 'l36')
# 114: del l37
rt.delete(None, 'l37')
# 115: del l38
rt.delete(None, 'l38')
# 116: del l39
rt.delete(None, 'l39')
# 117: del l40
rt.delete(None, 'l40')
# 118: del l41
rt.delete(None, 'l41')
# 119: del l42
rt.delete(None, 'l42')
# 120: del l43
rt.delete(None, 'l43')
# 121: del l44
rt.delete(None, 'l44')
# 122: del l45
rt.delete(None, 'l45')
# 123: del l46
rt.delete(None, 'l46')
# 124: del l47
rt.delete(None, 'l47')
# 125: del l48
rt.delete(None, 'l48')
# 126: del l49
rt.delete(None, 'l49')
# 127: del l50
rt.delete(None, 'l50')
# 128: del l51
rt.delete(None, 'l51')
# 129: del l52
rt.delete(None, 'l52')
# 130: del l53
rt.delete(None, 'l53')
# 131: del l54
rt.delete(None, 'l54')
# 132: del l55
rt.delete(None, 'l55')
# 133: del l56
rt.delete(None, 'l56')
# 134: del l57
rt.delete(None, 'l57')
# 135: del l58
rt.delete(None, 'l58')
# 136: del l59
rt.delete(None, 'l59')
# 137: del l60
rt.delete(None, 'l60')
# 138: del l61
rt.delete(None, 'l61')
# 139: del l62
rt.delete(None, 'l62')
# 140: del l63
rt.delete(None, 'l63')
# 141: del l64
rt.delete(None, 'l64')
# 142: del l65
rt.delete(None, 'l65')
# 143: del l66
rt.delete(None, 'l66')
# 144: del l67
rt.delete(None, 'l67')
# 145: del l68
rt.delete(None, 'l68')
# 146: del leaf
rt.delete(None, 'leaf')
# 147: del l69
rt.delete(None, 'l69')
# 148: expect log del leaf
rt.expect(148, 'log', ('del leaf',))
# 149: expect dead leaf l0 l1 l2 l3 l4 l5 l6 l7 l8 l9 l10 l11 l12 l13 l14 l15 l16 l17 l18 l19 l20 l21 l22 l23 l24 l25 l26 l27 l28 l29 l30 l31 l32 l33 l34 l35 l36 l37 l38 l39 l40 l41 l42 l43 l44 l45 l46 l47 l48 l49 l50 l51 l52 l53 l54 l55 l56 l57 l58 l59 l60 l61 l62 l63 l64 l65 l66 l67 l68 l69
rt.expect(149, 'dead', ('leaf', 'l0', 'l1', 'l2', 'l3', 'l4', 'l5', 'l6', 'l7', 'l8', 'l9', 'l10', 'l11', 'l12', 'l13', 'l14', 'l15', 'l16', 'l17', 'l18', 'l19', 'l20', 'l21', 'l22', 'l23', 'l24', 'l25', 'l26', 'l27', 'l28', 'l29', 'l30', 'l31', 'l32', 'l33', 'l34', 'l35', 'l36', 'l37', 'l38', 'l39', 'l40', 'l41', 'l42', 'l43', 'l44', 'l45', 'l46', 'l47', 'l48', 'l49', 'l50', 'l51', 'l52', 'l53', 'l54', 'l55', 'l56', 'l57', 'l58', 'l59', 'l60', 'l61', 'l62', 'l63', 'l64', 'l65', 'l66', 'l67', 'l68', 'l69'))
rt.finish()
