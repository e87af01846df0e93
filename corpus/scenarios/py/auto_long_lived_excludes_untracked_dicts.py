#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/auto_long_lived_excludes_untracked_dicts.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['d0', 'd1', 'd10', 'd11', 'd12', 'd13', 'd14', 'd15', 'd16', 'd17', 'd18', 'd19', 'd2', 'd20', 'd21', 'd22', 'd23', 'd24', 'd25', 'd26', 'd27', 'd28', 'd29', 'd3', 'd30', 'd31', 'd32', 'd33', 'd34', 'd35', 'd36', 'd37', 'd38', 'd39', 'd4', 'd40', 'd41', 'd42', 'd43', 'd5', 'd6', 'd7', 'd8', 'd9', 'n', 'p'], [], [N], True)

# 8: threshold 0
rt.threshold(None, (0,))
# 9: new n N
rt.new(None, 'n', N)
# 10: let p n
rt.let(None, 'p', ('n', 'n'))
# 11: new n N
rt.new(None, 'n', N)
# 12: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 13: let p n
rt.let(None, 'p', ('n', 'n'))
# 14: new n N
rt.new(None, 'n', N)
# 15: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 16: let p n
rt.let(None, 'p', ('n', 'n'))
# 17: new n N
rt.new(None, 'n', N)
# 18: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 19: let p n
rt.let(None, 'p', ('n', 'n'))
# 20: new n N
rt.new(None, 'n', N)
# 21: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 22: let p n
rt.let(None, 'p', ('n', 'n'))
# 23: new n N
rt.new(None, 'n', N)
# 24: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 25: let p n
rt.let(None, 'p', ('n', 'n'))
# 26: new n N
rt.new(None, 'n', N)
# 27: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 28: let p n
rt.let(None, 'p', ('n', 'n'))
# 29: new n N
rt.new(None, 'n', N)
# 30: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 31: let p n
rt.let(None, 'p', ('n', 'n'))
# 32: new n N
rt.new(None, 'n', N)
# 33: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 34: let p n
rt.let(None, 'p', ('n', 'n'))
# 35: new n N
rt.new(None, 'n', N)
# 36: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 37: let p n
rt.let(None, 'p', ('n', 'n'))
# 38: new n N
rt.new(None, 'n', N)
# 39: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 40: let p n
rt.let(None, 'p', ('n', 'n'))
# 41: new n N
rt.new(None, 'n', N)
# 42: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 43: let p n
rt.let(None, 'p', ('n', 'n'))
# 44: new n N
rt.new(None, 'n', N)
# 45: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 46: let p n
rt.let(None, 'p', ('n', 'n'))
# 47: new n N
rt.new(None, 'n', N)
# 48: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 49: let p n
rt.let(None, 'p', ('n', 'n'))
# 50: new n N
rt.new(None, 'n', N)
# 51: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 52: let p n
rt.let(None, 'p', ('n', 'n'))
# 53: new n N
rt.new(None, 'n', N)
# 54: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 55: let p n
rt.let(None, 'p', ('n', 'n'))
# 56: new n N
rt.new(None, 'n', N)
# 57: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 58: let p n
rt.let(None, 'p', ('n', 'n'))
# 59: new n N
rt.new(None, 'n', N)
# 60: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 61: let p n
rt.let(None, 'p', ('n', 'n'))
# 62: new n N
rt.new(None, 'n', N)
# 63: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 64: let p n
rt.let(None, 'p', ('n', 'n'))
# 65: new n N
rt.new(None, 'n', N)
# 66: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 67: let p n
rt.let(None, 'p', ('n', 'n'))
# 68: new n N
rt.new(None, 'n', N)
# 69: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 70: let p n
rt.let(None, 'p', ('n', 'n'))
# 71: new n N
rt.new(None, 'n', N)
# 72: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 73: let p n
rt.let(None, 'p', ('n', 'n'))
# 74: new n N
rt.new(None, 'n', N)
# 75: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 76: let p n
rt.let(None, 'p', ('n', 'n'))
# 77: new n N
rt.new(None, 'n', N)
# 78: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 79: let p n
rt.let(None, 'p', ('n', 'n'))
# 80: new n N
rt.new(None, 'n', N)
# 81: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 82: let p n
rt.let(None, 'p', ('n', 'n'))
# 83: new n N
rt.new(None, 'n', N)
# 84: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 85: let p n
rt.let(None, 'p', ('n', 'n'))
# 86: new n N
rt.new(None, 'n', N)
# 87: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 88: let p n
rt.let(None, 'p', ('n', 'n'))
# 89: new n N
rt.new(None, 'n', N)
# 90: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 91: let p n
rt.let(None, 'p', ('n', 'n'))
# 92: new n N
rt.new(None, 'n', N)
# 93: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 94: let p n
rt.let(None, 'p', ('n', 'n'))
# 95: new n N
rt.new(None, 'n', N)
# 96: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 97: let p n
rt.let(None, 'p', ('n', 'n'))
# 98: new n N
rt.new(None, 'n', N)
# 99: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 100: let p n
rt.let(None, 'p', ('n', 'n'))
# 101: new n N
rt.new(None, 'n', N)
# 102: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 103: let p n
rt.let(None, 'p', ('n', 'n'))
# 104: new n N
rt.new(None, 'n', N)
# 105: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 106: let p n
rt.let(None, 'p', ('n', 'n'))
# 107: new n N
rt.new(None, 'n', N)
# 108: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 109: let p n
rt.let(None, 'p', ('n', 'n'))
# 110: new n N
rt.new(None, 'n', N)
# 111: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 112: let p n
rt.let(None, 'p', ('n', 'n'))
# 113: new n N
rt.new(None, 'n', N)
# 114: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 115: let p n
rt.let(None, 'p', ('n', 'n'))
# 116: new n N
rt.new(None, 'n', N)
# 117: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 118: let p n
rt.let(None, 'p', ('n', 'n'))
# 119: new n N
rt.new(None, 'n', N)
# 120: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 121: let p n
rt.let(None, 'p', ('n', 'n'))
# 122: new n N
rt.new(None, 'n', N)
# 123: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 124: let p n
rt.let(None, 'p', ('n', 'n'))
# 125: new n N
rt.new(None, 'n', N)
# 126: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 127: let p n
rt.let(None, 'p', ('n', 'n'))
# 128: new n N
rt.new(None, 'n', N)
# 129: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 130: let p n
rt.let(None, 'p', ('n', 'n'))
# 131: new n N
rt.new(None, 'n', N)
# 132: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 133: let p n
rt.let(None, 'p', ('n', 'n'))
# 134: new n N
rt.new(None, 'n', N)
# 135: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 136: let p n
rt.let(None, 'p', ('n', 'n'))
# 137: new n N
rt.new(None, 'n', N)
# 138: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 139: let p n
rt.let(None, 'p', ('n', 'n'))
# 140: new n N
rt.new(None, 'n', N)
# 141: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 142: let p n
rt.let(None, 'p', ('n', 'n'))
# 143: new n N
rt.new(None, 'n', N)
# 144: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 145: let p n
rt.let(None, 'p', ('n', 'n'))
# 146: new n N
rt.new(None, 'n', N)
# 147: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 148: let p n
rt.let(None, 'p', ('n', 'n'))
# 149: new n N
rt.new(None, 'n', N)
# 150: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 151: let p n
rt.let(None, 'p', ('n', 'n'))
# 152: new n N
rt.new(None, 'n', N)
# 153: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 154: let p n
rt.let(None, 'p', ('n', 'n'))
# 155: new n N
rt.new(None, 'n', N)
# 156: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 157: let p n
rt.let(None, 'p', ('n', 'n'))
# 158: new n N
rt.new(None, 'n', N)
# 159: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 160: let p n
rt.let(None, 'p', ('n', 'n'))
# 161: new n N
rt.new(None, 'n', N)
# 162: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 163: let p n
rt.let(None, 'p', ('n', 'n'))
# 164: new n N
rt.new(None, 'n', N)
# 165: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 166: let p n
rt.let(None, 'p', ('n', 'n'))
# 167: new n N
rt.new(None, 'n', N)
# 168: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 169: let p n
rt.let(None, 'p', ('n', 'n'))
# 170: new n N
rt.new(None, 'n', N)
# 171: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 172: let p n
rt.let(None, 'p', ('n', 'n'))
# 173: new n N
rt.new(None, 'n', N)
# 174: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 175: let p n
rt.let(None, 'p', ('n', 'n'))
# 176: new n N
rt.new(None, 'n', N)
# 177: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 178: let p n
rt.let(None, 'p', ('n', 'n'))
# 179: new n N
rt.new(None, 'n', N)
# 180: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 181: let p n
rt.let(None, 'p', ('n', 'n'))
# 182: new n N
rt.new(None, 'n', N)
# 183: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 184: let p n
rt.let(None, 'p', ('n', 'n'))
# 185: new n N
rt.new(None, 'n', N)
# 186: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 187: let p n
rt.let(None, 'p', ('n', 'n'))
# 188: new n N
rt.new(None, 'n', N)
# 189: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 190: let p n
rt.let(None, 'p', ('n', 'n'))
# 191: new n N
rt.new(None, 'n', N)
# 192: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 193: let p n
rt.let(None, 'p', ('n', 'n'))
# 194: new n N
rt.new(None, 'n', N)
# 195: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 196: let p n
rt.let(None, 'p', ('n', 'n'))
# 197: new n N
rt.new(None, 'n', N)
# 198: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 199: let p n
rt.let(None, 'p', ('n', 'n'))
# 200: new n N
rt.new(None, 'n', N)
# 201: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 202: let p n
rt.let(None, 'p', ('n', 'n'))
# 203: new n N
rt.new(None, 'n', N)
# 204: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 205: let p n
rt.let(None, 'p', ('n', 'n'))
# 206: new n N
rt.new(None, 'n', N)
# 207: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 208: let p n
rt.let(None, 'p', ('n', 'n'))
# 209: new n N
rt.new(None, 'n', N)
# 210: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 211: let p n
rt.let(None, 'p', ('n', 'n'))
# 212: new n N
rt.new(None, 'n', N)
# 213: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 214: let p n
rt.let(None, 'p', ('n', 'n'))
# 215: new n N
rt.new(None, 'n', N)
# 216: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 217: let p n
rt.let(None, 'p', ('n', 'n'))
# 218: new n N
rt.new(None, 'n', N)
# 219: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 220: let p n
rt.let(None, 'p', ('n', 'n'))
# 221: new n N
rt.new(None, 'n', N)
# 222: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 223: let p n
rt.let(None, 'p', ('n', 'n'))
# 224: new n N
rt.new(None, 'n', N)
# 225: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 226: let p n
rt.let(None, 'p', ('n', 'n'))
# 227: new n N
rt.new(None, 'n', N)
# 228: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 229: let p n
rt.let(None, 'p', ('n', 'n'))
# 230: new n N
rt.new(None, 'n', N)
# 231: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 232: let p n
rt.let(None, 'p', ('n', 'n'))
# 233: new n N
rt.new(None, 'n', N)
# 234: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 235: let p n
rt.let(None, 'p', ('n', 'n'))
# 236: new n N
rt.new(None, 'n', N)
# 237: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 238: let p n
rt.let(None, 'p', ('n', 'n'))
# 239: new n N
rt.new(None, 'n', N)
# 240: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 241: let p n
rt.let(None, 'p', ('n', 'n'))
# 242: new n N
rt.new(None, 'n', N)
# 243: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 244: let p n
rt.let(None, 'p', ('n', 'n'))
# 245: new n N
rt.new(None, 'n', N)
# 246: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 247: let p n
rt.let(None, 'p', ('n', 'n'))
# 248: new n N
rt.new(None, 'n', N)
# 249: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 250: let p n
rt.let(None, 'p', ('n', 'n'))
# 251: new n N
rt.new(None, 'n', N)
# 252: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 253: let p n
rt.let(None, 'p', ('n', 'n'))
# 254: new n N
rt.new(None, 'n', N)
# 255: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 256: let p n
rt.let(None, 'p', ('n', 'n'))
# 257: new n N
rt.new(None, 'n', N)
# 258: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 259: let p n
rt.let(None, 'p', ('n', 'n'))
# 260: new n N
rt.new(None, 'n', N)
# 261: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 262: let p n
rt.let(None, 'p', ('n', 'n'))
# 263: new n N
rt.new(None, 'n', N)
# 264: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 265: let p n
rt.let(None, 'p', ('n', 'n'))
# 266: new n N
rt.new(None, 'n', N)
# 267: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 268: let p n
rt.let(None, 'p', ('n', 'n'))
# 269: new n N
rt.new(None, 'n', N)
# 270: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 271: let p n
rt.let(None, 'p', ('n', 'n'))
# 272: new n N
rt.new(None, 'n', N)
# 273: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 274: let p n
rt.let(None, 'p', ('n', 'n'))
# 275: new n N
rt.new(None, 'n', N)
# 276: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 277: let p n
rt.let(None, 'p', ('n', 'n'))
# 278: new n N
rt.new(None, 'n', N)
# 279: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 280: let p n
rt.let(None, 'p', ('n', 'n'))
# 281: new n N
rt.new(None, 'n', N)
# 282: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 283: let p n
rt.let(None, 'p', ('n', 'n'))
# 284: new n N
rt.new(None, 'n', N)
# 285: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 286: let p n
rt.let(None, 'p', ('n', 'n'))
# 287: new n N
rt.new(None, 'n', N)
# 288: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 289: let p n
rt.let(None, 'p', ('n', 'n'))
# 290: new n N
rt.new(None, 'n', N)
# 291: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 292: let p n
rt.let(None, 'p', ('n', 'n'))
# 293: new n N
rt.new(None, 'n', N)
# 294: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 295: let p n
rt.let(None, 'p', ('n', 'n'))
# 296: new n N
rt.new(None, 'n', N)
# 297: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 298: let p n
rt.let(None, 'p', ('n', 'n'))
# 299: new n N
rt.new(None, 'n', N)
# 300: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 301: let p n
rt.let(None, 'p', ('n', 'n'))
# 302: new n N
rt.new(None, 'n', N)
# 303: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 304: let p n
rt.let(None, 'p', ('n', 'n'))
# 305: new n N
rt.new(None, 'n', N)
# 306: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 307: let p n
rt.let(None, 'p', ('n', 'n'))
# 308: new n N
rt.new(None, 'n', N)
# 309: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 310: dict d0
rt.dct(None, 'd0')
# 311: set d0.1 n
rt.set_(None, 'd0', 1, ('n', 'n'))
# 312: clear d0.1
rt.clear(None, 'd0', 1)
# 313: dict d1
rt.dct(None, 'd1')
# 314: set d1.1 n
rt.set_(None, 'd1', 1, ('n', 'n'))
# 315: clear d1.1
rt.clear(None, 'd1', 1)
# 316: dict d2
rt.dct(None, 'd2')
# 317: set d2.1 n
rt.set_(None, 'd2', 1, ('n', 'n'))
# 318: clear d2.1
rt.clear(None, 'd2', 1)
# 319: dict d3
rt.dct(None, 'd3')
# 320: set d3.1 n
rt.set_(None, 'd3', 1, ('n', 'n'))
# 321: clear d3.1
rt.clear(None, 'd3', 1)
# 322: dict d4
rt.dct(None, 'd4')
# 323: set d4.1 n
rt.set_(None, 'd4', 1, ('n', 'n'))
# 324: clear d4.1
rt.clear(None, 'd4', 1)
# 325: dict d5
rt.dct(None, 'd5')
# 326: set d5.1 n
rt.set_(None, 'd5', 1, ('n', 'n'))
# 327: clear d5.1
rt.clear(None, 'd5', 1)
# 328: dict d6
rt.dct(None, 'd6')
# 329: set d6.1 n
rt.set_(None, 'd6', 1, ('n', 'n'))
# 330: clear d6.1
rt.clear(None, 'd6', 1)
# 331: dict d7
rt.dct(None, 'd7')
# 332: set d7.1 n
rt.set_(None, 'd7', 1, ('n', 'n'))
# 333: clear d7.1
rt.clear(None, 'd7', 1)
# 334: dict d8
rt.dct(None, 'd8')
# 335: set d8.1 n
rt.set_(None, 'd8', 1, ('n', 'n'))
# 336: clear d8.1
rt.clear(None, 'd8', 1)
# 337: dict d9
rt.dct(None, 'd9')
# 338: set d9.1 n
rt.set_(None, 'd9', 1, ('n', 'n'))
# 339: clear d9.1
rt.clear(None, 'd9', 1)
# 340: dict d10
rt.dct(None, 'd10')
# 341: set d10.1 n
rt.set_(None, 'd10', 1, ('n', 'n'))
# 342: clear d10.1
rt.clear(None, 'd10', 1)
# 343: dict d11
rt.dct(None, 'd11')
# 344: set d11.1 n
rt.set_(None, 'd11', 1, ('n', 'n'))
# 345: clear d11.1
rt.clear(None, 'd11', 1)
# 346: dict d12
rt.dct(None, 'd12')
# 347: set d12.1 n
rt.set_(None, 'd12', 1, ('n', 'n'))
# 348: clear d12.1
rt.clear(None, 'd12', 1)
# 349: dict d13
rt.dct(None, 'd13')
# 350: set d13.1 n
rt.set_(None, 'd13', 1, ('n', 'n'))
# 351: clear d13.1
rt.clear(None, 'd13', 1)
# 352: dict d14
rt.dct(None, 'd14')
# 353: set d14.1 n
rt.set_(None, 'd14', 1, ('n', 'n'))
# 354: clear d14.1
rt.clear(None, 'd14', 1)
# 355: dict d15
rt.dct(None, 'd15')
# 356: set d15.1 n
rt.set_(None, 'd15', 1, ('n', 'n'))
# 357: clear d15.1
rt.clear(None, 'd15', 1)
# 358: dict d16
rt.dct(None, 'd16')
# 359: set d16.1 n
rt.set_(None, 'd16', 1, ('n', 'n'))
# 360: clear d16.1
rt.clear(None, 'd16', 1)
# 361: dict d17
rt.dct(None, 'd17')
# 362: set d17.1 n
rt.set_(None, 'd17', 1, ('n', 'n'))
# 363: clear d17.1
rt.clear(None, 'd17', 1)
# 364: dict d18
rt.dct(None, 'd18')
# 365: set d18.1 n
rt.set_(None, 'd18', 1, ('n', 'n'))
# 366: clear d18.1
rt.clear(None, 'd18', 1)
# 367: dict d19
rt.dct(None, 'd19')
# 368: set d19.1 n
rt.set_(None, 'd19', 1, ('n', 'n'))
# 369: clear d19.1
rt.clear(None, 'd19', 1)
# 370: dict d20
rt.dct(None, 'd20')
# 371: set d20.1 n
rt.set_(None, 'd20', 1, ('n', 'n'))
# 372: clear d20.1
rt.clear(None, 'd20', 1)
# 373: dict d21
rt.dct(None, 'd21')
# 374: set d21.1 n
rt.set_(None, 'd21', 1, ('n', 'n'))
# 375: clear d21.1
rt.clear(None, 'd21', 1)
# 376: dict d22
rt.dct(None, 'd22')
# 377: set d22.1 n
rt.set_(None, 'd22', 1, ('n', 'n'))
# 378: clear d22.1
rt.clear(None, 'd22', 1)
# 379: dict d23
rt.dct(None, 'd23')
# 380: set d23.1 n
rt.set_(None, 'd23', 1, ('n', 'n'))
# 381: clear d23.1
rt.clear(None, 'd23', 1)
# 382: dict d24
rt.dct(None, 'd24')
# 383: set d24.1 n
rt.set_(None, 'd24', 1, ('n', 'n'))
# 384: clear d24.1
rt.clear(None, 'd24', 1)
# 385: dict d25
rt.dct(None, 'd25')
# 386: set d25.1 n
rt.set_(None, 'd25', 1, ('n', 'n'))
# 387: clear d25.1
rt.clear(None, 'd25', 1)
# 388: dict d26
rt.dct(None, 'd26')
# 389: set d26.1 n
rt.set_(None, 'd26', 1, ('n', 'n'))
# 390: clear d26.1
rt.clear(None, 'd26', 1)
# 391: dict d27
rt.dct(None, 'd27')
# 392: set d27.1 n
rt.set_(None, 'd27', 1, ('n', 'n'))
# 393: clear d27.1
rt.clear(None, 'd27', 1)
# 394: dict d28
rt.dct(None, 'd28')
# 395: set d28.1 n
rt.set_(None, 'd28', 1, ('n', 'n'))
# 396: clear d28.1
rt.clear(None, 'd28', 1)
# 397: dict d29
rt.dct(None, 'd29')
# 398: set d29.1 n
rt.set_(None, 'd29', 1, ('n', 'n'))
# 399: clear d29.1
rt.clear(None, 'd29', 1)
# 400: dict d30
rt.dct(None, 'd30')
# 401: set d30.1 n
rt.set_(None, 'd30', 1, ('n', 'n'))
# 402: clear d30.1
rt.clear(None, 'd30', 1)
# 403: dict d31
rt.dct(None, 'd31')
# 404: set d31.1 n
rt.set_(None, 'd31', 1, ('n', 'n'))
# 405: clear d31.1
rt.clear(None, 'd31', 1)
# 406: dict d32
rt.dct(None, 'd32')
# 407: set d32.1 n
rt.set_(None, 'd32', 1, ('n', 'n'))
# 408: clear d32.1
rt.clear(None, 'd32', 1)
# 409: dict d33
rt.dct(None, 'd33')
# 410: set d33.1 n
rt.set_(None, 'd33', 1, ('n', 'n'))
# 411: clear d33.1
rt.clear(None, 'd33', 1)
# 412: dict d34
rt.dct(None, 'd34')
# 413: set d34.1 n
rt.set_(None, 'd34', 1, ('n', 'n'))
# 414: clear d34.1
rt.clear(None, 'd34', 1)
# 415: dict d35
rt.dct(None, 'd35')
# 416: set d35.1 n
rt.set_(None, 'd35', 1, ('n', 'n'))
# 417: clear d35.1
rt.clear(None, 'd35', 1)
# 418: dict d36
rt.dct(None, 'd36')
# 419: set d36.1 n
rt.set_(None, 'd36', 1, ('n', 'n'))
# 420: clear d36.1
rt.clear(None, 'd36', 1)
# 421: dict d37
rt.dct(None, 'd37')
# 422: set d37.1 n
rt.set_(None, 'd37', 1, ('n', 'n'))
# 423: clear d37.1
rt.clear(None, 'd37', 1)
# 424: dict d38
rt.dct(None, 'd38')
# 425: set d38.1 n
rt.set_(None, 'd38', 1, ('n', 'n'))
# 426: clear d38.1
rt.clear(None, 'd38', 1)
# 427: dict d39
rt.dct(None, 'd39')
# 428: set d39.1 n
rt.set_(None, 'd39', 1, ('n', 'n'))
# 429: clear d39.1
rt.clear(None, 'd39', 1)
# 430: dict d40
rt.dct(None, 'd40')
# 431: set d40.1 n
rt.set_(None, 'd40', 1, ('n', 'n'))
# 432: clear d40.1
rt.clear(None, 'd40', 1)
# 433: dict d41
rt.dct(None, 'd41')
# 434: set d41.1 n
rt.set_(None, 'd41', 1, ('n', 'n'))
# 435: clear d41.1
rt.clear(None, 'd41', 1)
# 436: dict d42
rt.dct(None, 'd42')
# 437: set d42.1 n
rt.set_(None, 'd42', 1, ('n', 'n'))
# 438: clear d42.1
rt.clear(None, 'd42', 1)
# 439: dict d43
rt.dct(None, 'd43')
# 440: set d43.1 n
rt.set_(None, 'd43', 1, ('n', 'n'))
# 441: clear d43.1
rt.clear(None, 'd43', 1)
# 442: expect tracked d0 d43
rt.expect(442, 'tracked', ('d0', 'd43'))
# 443: collect
rt.collect(None, 2)
# 444: threshold 3 1 1
rt.threshold(None, (3, 1, 1,))
# 445: let p n
rt.let(None, 'p', ('n', 'n'))
# 446: new n N
rt.new(None, 'n', N)
# 447: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 448: let p n
rt.let(None, 'p', ('n', 'n'))
# 449: new n N
rt.new(None, 'n', N)
# 450: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 451: let p n
rt.let(None, 'p', ('n', 'n'))
# 452: new n N
rt.new(None, 'n', N)
# 453: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 454: let p n
rt.let(None, 'p', ('n', 'n'))
# 455: new n N
rt.new(None, 'n', N)
# 456: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 457: let p n
rt.let(None, 'p', ('n', 'n'))
# 458: new n N
rt.new(None, 'n', N)
# 459: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 460: let p n
rt.let(None, 'p', ('n', 'n'))
# 461: new n N
rt.new(None, 'n', N)
# 462: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 463: let p n
rt.let(None, 'p', ('n', 'n'))
# 464: new n N
rt.new(None, 'n', N)
# 465: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 466: let p n
rt.let(None, 'p', ('n', 'n'))
# 467: new n N
rt.new(None, 'n', N)
# 468: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 469: let p n
rt.let(None, 'p', ('n', 'n'))
# 470: new n N
rt.new(None, 'n', N)
# 471: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 472: let p n
rt.let(None, 'p', ('n', 'n'))
# 473: new n N
rt.new(None, 'n', N)
# 474: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 475: let p n
rt.let(None, 'p', ('n', 'n'))
# 476: new n N
rt.new(None, 'n', N)
# 477: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 478: let p n
rt.let(None, 'p', ('n', 'n'))
# 479: new n N
rt.new(None, 'n', N)
# 480: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 481: let p n
rt.let(None, 'p', ('n', 'n'))
# 482: new n N
rt.new(None, 'n', N)
# 483: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 484: let p n
rt.let(None, 'p', ('n', 'n'))
# 485: new n N
rt.new(None, 'n', N)
# 486: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 487: let p n
rt.let(None, 'p', ('n', 'n'))
# 488: new n N
rt.new(None, 'n', N)
# 489: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 490: let p n
rt.let(None, 'p', ('n', 'n'))
# 491: new n N
rt.new(None, 'n', N)
# 492: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 493: let p n
rt.let(None, 'p', ('n', 'n'))
# 494: new n N
rt.new(None, 'n', N)
# 495: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 496: let p n
rt.let(None, 'p', ('n', 'n'))
# 497: new n N
rt.new(None, 'n', N)
# 498: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 499: let p n
rt.let(None, 'p', ('n', 'n'))
# 500: new n N
rt.new(None, 'n', N)
# 501: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 502: let p n
rt.let(None, 'p', ('n', 'n'))
# 503: new n N
rt.new(None, 'n', N)
# 504: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 505: let p n
rt.let(None, 'p', ('n', 'n'))
# 506: new n N
rt.new(None, 'n', N)
# 507: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 508: let p n
rt.let(None, 'p', ('n', 'n'))
# 509: new n N
rt.new(None, 'n', N)
# 510: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 511: let p n
rt.let(None, 'p', ('n', 'n'))
# 512: new n N
rt.new(None, 'n', N)
# 513: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 514: let p n
rt.let(None, 'p', ('n', 'n'))
# 515: new n N
rt.new(None, 'n', N)
# 516: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 517: let p n
rt.let(None, 'p', ('n', 'n'))
# 518: new n N
rt.new(None, 'n', N)
# 519: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 520: let p n
rt.let(None, 'p', ('n', 'n'))
# 521: new n N
rt.new(None, 'n', N)
# 522: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 523: let p n
rt.let(None, 'p', ('n', 'n'))
# 524: new n N
rt.new(None, 'n', N)
# 525: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 526: let p n
rt.let(None, 'p', ('n', 'n'))
# 527: new n N
rt.new(None, 'n', N)
# 528: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 529: let p n
rt.let(None, 'p', ('n', 'n'))
# 530: new n N
rt.new(None, 'n', N)
# 531: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 532: let p n
rt.let(None, 'p', ('n', 'n'))
# 533: new n N
rt.new(None, 'n', N)
# 534: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 535: let p n
rt.let(None, 'p', ('n', 'n'))
# 536: new n N
rt.new(None, 'n', N)
# 537: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 538: let p n
rt.let(None, 'p', ('n', 'n'))
# 539: new n N
rt.new(None, 'n', N)
# 540: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 541: let p n
rt.let(None, 'p', ('n', 'n'))
# 542: new n N
rt.new(None, 'n', N)
# 543: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 544: let p n
rt.let(None, 'p', ('n', 'n'))
# 545: new n N
rt.new(None, 'n', N)
# 546: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 547: let p n
rt.let(None, 'p', ('n', 'n'))
# 548: new n N
rt.new(None, 'n', N)
# 549: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 550: let p n
rt.let(None, 'p', ('n', 'n'))
# 551: new n N
rt.new(None, 'n', N)
# 552: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 553: let p n
rt.let(None, 'p', ('n', 'n'))
# 554: new n N
rt.new(None, 'n', N)
# 555: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 556: let p n
rt.let(None, 'p', ('n', 'n'))
# 557: new n N
rt.new(None, 'n', N)
# 558: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 559: let p n
rt.let(None, 'p', ('n', 'n'))
# 560: new n N
rt.new(None, 'n', N)
# 561: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 562: let p n
rt.let(None, 'p', ('n', 'n'))
# 563: new n N
rt.new(None, 'n', N)
# 564: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 565: let p n
rt.let(None, 'p', ('n', 'n'))
# 566: new n N
rt.new(None, 'n', N)
# 567: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 568: let p n
rt.let(None, 'p', ('n', 'n'))
# 569: new n N
rt.new(None, 'n', N)
# 570: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 571: let p n
rt.let(None, 'p', ('n', 'n'))
# 572: new n N
rt.new(None, 'n', N)
# 573: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 574: let p n
rt.let(None, 'p', ('n', 'n'))
# 575: new n N
rt.new(None, 'n', N)
# 576: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 577: let p n
rt.let(None, 'p', ('n', 'n'))
# 578: new n N
rt.new(None, 'n', N)
# 579: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 580: let p n
rt.let(None, 'p', ('n', 'n'))
# 581: new n N
rt.new(None, 'n', N)
# 582: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 583: let p n
rt.let(None, 'p', ('n', 'n'))
# 584: new n N
rt.new(None, 'n', N)
# 585: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 586: let p n
rt.let(None, 'p', ('n', 'n'))
# 587: new n N
rt.new(None, 'n', N)
# 588: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 589: let p n
rt.let(None, 'p', ('n', 'n'))
# 590: new n N
rt.new(None, 'n', N)
# 591: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 592: let p n
rt.let(None, 'p', ('n', 'n'))
# 593: new n N
rt.new(None, 'n', N)
# 594: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 595: let p n
rt.let(None, 'p', ('n', 'n'))
# 596: new n N
rt.new(None, 'n', N)
# 597: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 598: let p n
rt.let(None, 'p', ('n', 'n'))
# 599: new n N
rt.new(None, 'n', N)
# 600: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 601: let p n
rt.let(None, 'p', ('n', 'n'))
# 602: new n N
rt.new(None, 'n', N)
# 603: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 604: let p n
rt.let(None, 'p', ('n', 'n'))
# 605: new n N
rt.new(None, 'n', N)
# 606: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 607: let p n
rt.let(None, 'p', ('n', 'n'))
# 608: new n N
rt.new(None, 'n', N)
# 609: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 610: let p n
rt.let(None, 'p', ('n', 'n'))
# 611: new n N
rt.new(None, 'n', N)
# 612: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 613: let p n
rt.let(None, 'p', ('n', 'n'))
# 614: new n N
rt.new(None, 'n', N)
# 615: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 616: let p n
rt.let(None, 'p', ('n', 'n'))
# 617: new n N
rt.new(None, 'n', N)
# 618: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 619: let p n
rt.let(None, 'p', ('n', 'n'))
# 620: new n N
rt.new(None, 'n', N)
# 621: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 622: let p n
rt.let(None, 'p', ('n', 'n'))
# 623: new n N
rt.new(None, 'n', N)
# 624: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 625: expect log collect 2 0, collect 0 0 auto, collect 0 0 auto, collect 1 0 auto, collect 0 0 auto, collect 0 0 auto, collect 1 0 auto, collect 0 0 auto, collect 0 0 auto, collect 1 0 auto, collect 2 0 auto, collect 0 0 auto, collect 0 0 auto, collect 1 0 auto, collect 0 0 auto, collect 0 0 auto
rt.expect(625, 'log', ('collect 2 0', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 1 0 auto', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 1 0 auto', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 1 0 auto', 'collect 2 0 auto', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 1 0 auto', 'collect 0 0 auto', 'collect 0 0 auto'))
# 626: expect untracked d0 d43
rt.expect(626, 'untracked', ('d0', 'd43'))
# 627: expect count 0 2 1
rt.expect(627, 'count', (0, 2, 1))
rt.finish()
