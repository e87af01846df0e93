#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/auto_threshold_10_2_2.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['n', 'p'], [], [N], True)

# 9: threshold 10 2 2
rt.threshold(None, (10, 2, 2,))
# 10: new n N
rt.new(None, 'n', N)
# 11: let p n
rt.let(None, 'p', ('n', 'n'))
# 12: new n N
rt.new(None, 'n', N)
# 13: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 14: let p n
rt.let(None, 'p', ('n', 'n'))
# 15: new n N
rt.new(None, 'n', N)
# 16: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 17: let p n
rt.let(None, 'p', ('n', 'n'))
# 18: new n N
rt.new(None, 'n', N)
# 19: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 20: let p n
rt.let(None, 'p', ('n', 'n'))
# 21: new n N
rt.new(None, 'n', N)
# 22: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 23: let p n
rt.let(None, 'p', ('n', 'n'))
# 24: new n N
rt.new(None, 'n', N)
# 25: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 26: let p n
rt.let(None, 'p', ('n', 'n'))
# 27: new n N
rt.new(None, 'n', N)
# 28: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 29: let p n
rt.let(None, 'p', ('n', 'n'))
# 30: new n N
rt.new(None, 'n', N)
# 31: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 32: let p n
rt.let(None, 'p', ('n', 'n'))
# 33: new n N
rt.new(None, 'n', N)
# 34: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 35: let p n
rt.let(None, 'p', ('n', 'n'))
# 36: new n N
rt.new(None, 'n', N)
# 37: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 38: let p n
rt.let(None, 'p', ('n', 'n'))
# 39: new n N
rt.new(None, 'n', N)
# 40: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 41: let p n
rt.let(None, 'p', ('n', 'n'))
# 42: new n N
rt.new(None, 'n', N)
# 43: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 44: let p n
rt.let(None, 'p', ('n', 'n'))
# 45: new n N
rt.new(None, 'n', N)
# 46: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 47: let p n
rt.let(None, 'p', ('n', 'n'))
# 48: new n N
rt.new(None, 'n', N)
# 49: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 50: let p n
rt.let(None, 'p', ('n', 'n'))
# 51: new n N
rt.new(None, 'n', N)
# 52: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 53: let p n
rt.let(None, 'p', ('n', 'n'))
# 54: new n N
rt.new(None, 'n', N)
# 55: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 56: let p n
rt.let(None, 'p', ('n', 'n'))
# 57: new n N
rt.new(None, 'n', N)
# 58: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 59: let p n
rt.let(None, 'p', ('n', 'n'))
# 60: new n N
rt.new(None, 'n', N)
# 61: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 62: let p n
rt.let(None, 'p', ('n', 'n'))
# 63: new n N
rt.new(None, 'n', N)
# 64: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 65: let p n
rt.let(None, 'p', ('n', 'n'))
# 66: new n N
rt.new(None, 'n', N)
# 67: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 68: let p n
rt.let(None, 'p', ('n', 'n'))
# 69: new n N
rt.new(None, 'n', N)
# 70: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 71: let p n
rt.let(None, 'p', ('n', 'n'))
# 72: new n N
rt.new(None, 'n', N)
# 73: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 74: let p n
rt.let(None, 'p', ('n', 'n'))
# 75: new n N
rt.new(None, 'n', N)
# 76: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 77: let p n
rt.let(None, 'p', ('n', 'n'))
# 78: new n N
rt.new(None, 'n', N)
# 79: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 80: let p n
rt.let(None, 'p', ('n', 'n'))
# 81: new n N
rt.new(None, 'n', N)
# 82: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 83: let p n
rt.let(None, 'p', ('n', 'n'))
# 84: new n N
rt.new(None, 'n', N)
# 85: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 86: let p n
rt.let(None, 'p', ('n', 'n'))
# 87: new n N
rt.new(None, 'n', N)
# 88: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 89: let p n
rt.let(None, 'p', ('n', 'n'))
# 90: new n N
rt.new(None, 'n', N)
# 91: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 92: let p n
rt.let(None, 'p', ('n', 'n'))
# 93: new n N
rt.new(None, 'n', N)
# 94: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 95: let p n
rt.let(None, 'p', ('n', 'n'))
# 96: new n N
rt.new(None, 'n', N)
# 97: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 98: let p n
rt.let(None, 'p', ('n', 'n'))
# 99: new n N
rt.new(None, 'n', N)
# 100: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 101: let p n
rt.let(None, 'p', ('n', 'n'))
# 102: new n N
rt.new(None, 'n', N)
# 103: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 104: let p n
rt.let(None, 'p', ('n', 'n'))
# 105: new n N
rt.new(None, 'n', N)
# 106: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 107: let p n
rt.let(None, 'p', ('n', 'n'))
# 108: new n N
rt.new(None, 'n', N)
# 109: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 110: let p n
rt.let(None, 'p', ('n', 'n'))
# 111: new n N
rt.new(None, 'n', N)
# 112: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 113: let p n
rt.let(None, 'p', ('n', 'n'))
# 114: new n N
rt.new(None, 'n', N)
# 115: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 116: let p n
rt.let(None, 'p', ('n', 'n'))
# 117: new n N
rt.new(None, 'n', N)
# 118: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 119: let p n
rt.let(None, 'p', ('n', 'n'))
# 120: new n N
rt.new(None, 'n', N)
# 121: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 122: let p n
rt.let(None, 'p', ('n', 'n'))
# 123: new n N
rt.new(None, 'n', N)
# 124: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 125: let p n
rt.let(None, 'p', ('n', 'n'))
# 126: new n N
rt.new(None, 'n', N)
# 127: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 128: let p n
rt.let(None, 'p', ('n', 'n'))
# 129: new n N
rt.new(None, 'n', N)
# 130: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 131: let p n
rt.let(None, 'p', ('n', 'n'))
# 132: new n N
rt.new(None, 'n', N)
# 133: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 134: let p n
rt.let(None, 'p', ('n', 'n'))
# 135: new n N
rt.new(None, 'n', N)
# 136: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 137: let p n
rt.let(None, 'p', ('n', 'n'))
# 138: new n N
rt.new(None, 'n', N)
# 139: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 140: let p n
rt.let(None, 'p', ('n', 'n'))
# 141: new n N
rt.new(None, 'n', N)
# 142: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 143: let p n
rt.let(None, 'p', ('n', 'n'))
# 144: new n N
rt.new(None, 'n', N)
# 145: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 146: let p n
rt.let(None, 'p', ('n', 'n'))
# 147: new n N
rt.new(None, 'n', N)
# 148: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 149: let p n
rt.let(None, 'p', ('n', 'n'))
# 150: new n N
rt.new(None, 'n', N)
# 151: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 152: let p n
rt.let(None, 'p', ('n', 'n'))
# 153: new n N
rt.new(None, 'n', N)
# 154: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 155: let p n
rt.let(None, 'p', ('n', 'n'))
# 156: new n N
rt.new(None, 'n', N)
# 157: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 158: let p n
rt.let(None, 'p', ('n', 'n'))
# 159: new n N
rt.new(None, 'n', N)
# 160: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 161: let p n
rt.let(None, 'p', ('n', 'n'))
# 162: new n N
rt.new(None, 'n', N)
# 163: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 164: let p n
rt.let(None, 'p', ('n', 'n'))
# 165: new n N
rt.new(None, 'n', N)
# 166: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 167: let p n
rt.let(None, 'p', ('n', 'n'))
# 168: new n N
rt.new(None, 'n', N)
# 169: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 170: let p n
rt.let(None, 'p', ('n', 'n'))
# 171: new n N
rt.new(None, 'n', N)
# 172: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 173: let p n
rt.let(None, 'p', ('n', 'n'))
# 174: new n N
rt.new(None, 'n', N)
# 175: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 176: let p n
rt.let(None, 'p', ('n', 'n'))
# 177: new n N
rt.new(None, 'n', N)
# 178: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 179: let p n
rt.let(None, 'p', ('n', 'n'))
# 180: new n N
rt.new(None, 'n', N)
# 181: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 182: let p n
rt.let(None, 'p', ('n', 'n'))
# 183: new n N
rt.new(None, 'n', N)
# 184: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 185: let p n
rt.let(None, 'p', ('n', 'n'))
# 186: new n N
rt.new(None, 'n', N)
# 187: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 188: let p n
rt.let(None, 'p', ('n', 'n'))
# 189: new n N
rt.new(None, 'n', N)
# 190: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 191: let p n
rt.let(None, 'p', ('n', 'n'))
# 192: new n N
rt.new(None, 'n', N)
# 193: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 194: let p n
rt.let(None, 'p', ('n', 'n'))
# 195: new n N
rt.new(None, 'n', N)
# 196: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 197: let p n
rt.let(None, 'p', ('n', 'n'))
# 198: new n N
rt.new(None, 'n', N)
# 199: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 200: let p n
rt.let(None, 'p', ('n', 'n'))
# 201: new n N
rt.new(None, 'n', N)
# 202: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 203: let p n
rt.let(None, 'p', ('n', 'n'))
# 204: new n N
rt.new(None, 'n', N)
# 205: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 206: let p n
rt.let(None, 'p', ('n', 'n'))
# 207: new n N
rt.new(None, 'n', N)
# 208: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 209: let p n
rt.let(None, 'p', ('n', 'n'))
# 210: new n N
rt.new(None, 'n', N)
# 211: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 212: let p n
rt.let(None, 'p', ('n', 'n'))
# 213: new n N
rt.new(None, 'n', N)
# 214: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 215: let p n
rt.let(None, 'p', ('n', 'n'))
# 216: new n N
rt.new(None, 'n', N)
# 217: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 218: let p n
rt.let(None, 'p', ('n', 'n'))
# 219: new n N
rt.new(None, 'n', N)
# 220: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 221: let p n
rt.let(None, 'p', ('n', 'n'))
# 222: new n N
rt.new(None, 'n', N)
# 223: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 224: let p n
rt.let(None, 'p', ('n', 'n'))
# 225: new n N
rt.new(None, 'n', N)
# 226: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 227: let p n
rt.let(None, 'p', ('n', 'n'))
# 228: new n N
rt.new(None, 'n', N)
# 229: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 230: let p n
rt.let(None, 'p', ('n', 'n'))
# 231: new n N
rt.new(None, 'n', N)
# 232: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 233: let p n
rt.let(None, 'p', ('n', 'n'))
# 234: new n N
rt.new(None, 'n', N)
# 235: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 236: let p n
rt.let(None, 'p', ('n', 'n'))
# 237: new n N
rt.new(None, 'n', N)
# 238: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 239: let p n
rt.let(None, 'p', ('n', 'n'))
# 240: new n N
rt.new(None, 'n', N)
# 241: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 242: let p n
rt.let(None, 'p', ('n', 'n'))
# 243: new n N
rt.new(None, 'n', N)
# 244: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 245: let p n
rt.let(None, 'p', ('n', 'n'))
# 246: new n N
rt.new(None, 'n', N)
# 247: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 248: let p n
rt.let(None, 'p', ('n', 'n'))
# 249: new n N
rt.new(None, 'n', N)
# 250: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 251: let p n
rt.let(None, 'p', ('n', 'n'))
# 252: new n N
rt.new(None, 'n', N)
# 253: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 254: let p n
rt.let(None, 'p', ('n', 'n'))
# 255: new n N
rt.new(None, 'n', N)
# 256: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 257: let p n
rt.let(None, 'p', ('n', 'n'))
# 258: new n N
rt.new(None, 'n', N)
# 259: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 260: let p n
rt.let(None, 'p', ('n', 'n'))
# 261: new n N
rt.new(None, 'n', N)
# 262: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 263: let p n
rt.let(None, 'p', ('n', 'n'))
# 264: new n N
rt.new(None, 'n', N)
# 265: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 266: let p n
rt.let(None, 'p', ('n', 'n'))
# 267: new n N
rt.new(None, 'n', N)
# 268: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 269: let p n
rt.let(None, 'p', ('n', 'n'))
# 270: new n N
rt.new(None, 'n', N)
# 271: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 272: let p n
rt.let(None, 'p', ('n', 'n'))
# 273: new n N
rt.new(None, 'n', N)
# 274: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 275: let p n
rt.let(None, 'p', ('n', 'n'))
# 276: new n N
rt.new(None, 'n', N)
# 277: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 278: let p n
rt.let(None, 'p', ('n', 'n'))
# 279: new n N
rt.new(None, 'n', N)
# 280: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 281: let p n
rt.let(None, 'p', ('n', 'n'))
# 282: new n N
rt.new(None, 'n', N)
# 283: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 284: let p n
rt.let(None, 'p', ('n', 'n'))
# 285: new n N
rt.new(None, 'n', N)
# 286: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 287: let p n
rt.let(None, 'p', ('n', 'n'))
# 288: new n N
rt.new(None, 'n', N)
# 289: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 290: let p n
rt.let(None, 'p', ('n', 'n'))
# 291: new n N
rt.new(None, 'n', N)
# 292: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 293: let p n
rt.let(None, 'p', ('n', 'n'))
# 294: new n N
rt.new(None, 'n', N)
# 295: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 296: let p n
rt.let(None, 'p', ('n', 'n'))
# 297: new n N
rt.new(None, 'n', N)
# 298: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 299: let p n
rt.let(None, 'p', ('n', 'n'))
# 300: new n N
rt.new(None, 'n', N)
# 301: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 302: let p n
rt.let(None, 'p', ('n', 'n'))
# 303: new n N
rt.new(None, 'n', N)
# 304: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 305: let p n
rt.let(None, 'p', ('n', 'n'))
# 306: new n N
rt.new(None, 'n', N)
# 307: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 308: let p n
rt.let(None, 'p', ('n', 'n'))
# 309: new n N
rt.new(None, 'n', N)
# 310: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 311: let p n
rt.let(None, 'p', ('n', 'n'))
# 312: new n N
rt.new(None, 'n', N)
# 313: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 314: let p n
rt.let(None, 'p', ('n', 'n'))
# 315: new n N
rt.new(None, 'n', N)
# 316: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 317: let p n
rt.let(None, 'p', ('n', 'n'))
# 318: new n N
rt.new(None, 'n', N)
# 319: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 320: let p n
rt.let(None, 'p', ('n', 'n'))
# 321: new n N
rt.new(None, 'n', N)
# 322: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 323: let p n
rt.let(None, 'p', ('n', 'n'))
# 324: new n N
rt.new(None, 'n', N)
# 325: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 326: let p n
rt.let(None, 'p', ('n', 'n'))
# 327: new n N
rt.new(None, 'n', N)
# 328: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 329: let p n
rt.let(None, 'p', ('n', 'n'))
# 330: new n N
rt.new(None, 'n', N)
# 331: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 332: let p n
rt.let(None, 'p', ('n', 'n'))
# 333: new n N
rt.new(None, 'n', N)
# 334: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 335: let p n
rt.let(None, 'p', ('n', 'n'))
# 336: new n N
rt.new(None, 'n', N)
# 337: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 338: let p n
rt.let(None, 'p', ('n', 'n'))
# 339: new n N
rt.new(None, 'n', N)
# 340: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 341: let p n
rt.let(None, 'p', ('n', 'n'))
# 342: new n N
rt.new(None, 'n', N)
# 343: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 344: let p n
rt.let(None, 'p', ('n', 'n'))
# 345: new n N
rt.new(None, 'n', N)
# 346: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 347: let p n
rt.let(None, 'p', ('n', 'n'))
# 348: new n N
rt.new(None, 'n', N)
# 349: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 350: let p n
rt.let(None, 'p', ('n', 'n'))
# 351: new n N
rt.new(None, 'n', N)
# 352: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 353: let p n
rt.let(None, 'p', ('n', 'n'))
# 354: new n N
rt.new(None, 'n', N)
# 355: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 356: let p n
rt.let(None, 'p', ('n', 'n'))
# 357: new n N
rt.new(None, 'n', N)
# 358: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 359: let p n
rt.let(None, 'p', ('n', 'n'))
# 360: new n N
rt.new(None, 'n', N)
# 361: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 362: let p n
rt.let(None, 'p', ('n', 'n'))
# 363: new n N
rt.new(None, 'n', N)
# 364: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 365: let p n
rt.let(None, 'p', ('n', 'n'))
# 366: new n N
rt.new(None, 'n', N)
# 367: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 368: let p n
rt.let(None, 'p', ('n', 'n'))
# 369: new n N
rt.new(None, 'n', N)
# 370: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 371: let p n
rt.let(None, 'p', ('n', 'n'))
# 372: new n N
rt.new(None, 'n', N)
# 373: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 374: let p n
rt.let(None, 'p', ('n', 'n'))
# 375: new n N
rt.new(None, 'n', N)
# 376: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 377: let p n
rt.let(None, 'p', ('n', 'n'))
# 378: new n N
rt.new(None, 'n', N)
# 379: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 380: let p n
rt.let(None, 'p', ('n', 'n'))
# 381: new n N
rt.new(None, 'n', N)
# 382: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 383: let p n
rt.let(None, 'p', ('n', 'n'))
# 384: new n N
rt.new(None, 'n', N)
# 385: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 386: let p n
rt.let(None, 'p', ('n', 'n'))
# 387: new n N
rt.new(None, 'n', N)
# 388: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 389: let p n
rt.let(None, 'p', ('n', 'n'))
# 390: new n N
rt.new(None, 'n', N)
# 391: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 392: let p n
rt.let(None, 'p', ('n', 'n'))
# 393: new n N
rt.new(None, 'n', N)
# 394: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 395: let p n
rt.let(None, 'p', ('n', 'n'))
# 396: new n N
rt.new(None, 'n', N)
# 397: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 398: let p n
rt.let(None, 'p', ('n', 'n'))
# 399: new n N
rt.new(None, 'n', N)
# 400: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 401: let p n
rt.let(None, 'p', ('n', 'n'))
# 402: new n N
rt.new(None, 'n', N)
# 403: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 404: let p n
rt.let(None, 'p', ('n', 'n'))
# 405: new n N
rt.new(None, 'n', N)
# 406: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 407: let p n
rt.let(None, 'p', ('n', 'n'))
# 408: new n N
rt.new(None, 'n', N)
# 409: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 410: let p n
rt.let(None, 'p', ('n', 'n'))
# 411: new n N
rt.new(None, 'n', N)
# 412: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 413: let p n
rt.let(None, 'p', ('n', 'n'))
# 414: new n N
rt.new(None, 'n', N)
# 415: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 416: let p n
rt.let(None, 'p', ('n', 'n'))
# 417: new n N
rt.new(None, 'n', N)
# 418: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 419: let p n
rt.let(None, 'p', ('n', 'n'))
# 420: new n N
rt.new(None, 'n', N)
# 421: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 422: let p n
rt.let(None, 'p', ('n', 'n'))
# 423: new n N
rt.new(None, 'n', N)
# 424: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 425: let p n
rt.let(None, 'p', ('n', 'n'))
# 426: new n N
rt.new(None, 'n', N)
# 427: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 428: let p n
rt.let(None, 'p', ('n', 'n'))
# 429: new n N
rt.new(None, 'n', N)
# 430: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 431: let p n
rt.let(None, 'p', ('n', 'n'))
# 432: new n N
rt.new(None, 'n', N)
# 433: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 434: let p n
rt.let(None, 'p', ('n', 'n'))
# 435: new n N
rt.new(None, 'n', N)
# 436: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 437: let p n
rt.let(None, 'p', ('n', 'n'))
# 438: new n N
rt.new(None, 'n', N)
# 439: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 440: let p n
rt.let(None, 'p', ('n', 'n'))
# 441: new n N
rt.new(None, 'n', N)
# 442: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 443: let p n
rt.let(None, 'p', ('n', 'n'))
# 444: new n N
rt.new(None, 'n', N)
# 445: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 446: let p n
rt.let(None, 'p', ('n', 'n'))
# 447: new n N
rt.new(None, 'n', N)
# 448: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 449: let p n
rt.let(None, 'p', ('n', 'n'))
# 450: new n N
rt.new(None, 'n', N)
# 451: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 452: let p n
rt.let(None, 'p', ('n', 'n'))
# 453: new n N
rt.new(None, 'n', N)
# 454: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 455: let p n
rt.let(None, 'p', ('n', 'n'))
# 456: new n N
rt.new(None, 'n', N)
# 457: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 458: let p n
rt.let(None, 'p', ('n', 'n'))
# 459: new n N
rt.new(None, 'n', N)
# 460: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 461: let p n
rt.let(None, 'p', ('n', 'n'))
# 462: new n N
rt.new(None, 'n', N)
# 463: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 464: let p n
rt.let(None, 'p', ('n', 'n'))
# 465: new n N
rt.new(None, 'n', N)
# 466: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 467: let p n
rt.let(None, 'p', ('n', 'n'))
# 468: new n N
rt.new(None, 'n', N)
# 469: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 470: let p n
rt.let(None, 'p', ('n', 'n'))
# 471: new n N
rt.new(None, 'n', N)
# 472: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 473: let p n
rt.let(None, 'p', ('n', 'n'))
# 474: new n N
rt.new(None, 'n', N)
# 475: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 476: let p n
rt.let(None, 'p', ('n', 'n'))
# 477: new n N
rt.new(None, 'n', N)
# 478: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 479: let p n
rt.let(None, 'p', ('n', 'n'))
# 480: new n N
rt.new(None, 'n', N)
# 481: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 482: let p n
rt.let(None, 'p', ('n', 'n'))
# 483: new n N
rt.new(None, 'n', N)
# 484: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 485: let p n
rt.let(None, 'p', ('n', 'n'))
# 486: new n N
rt.new(None, 'n', N)
# 487: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 488: let p n
rt.let(None, 'p', ('n', 'n'))
# 489: new n N
rt.new(None, 'n', N)
# 490: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 491: let p n
rt.let(None, 'p', ('n', 'n'))
# 492: new n N
rt.new(None, 'n', N)
# 493: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 494: let p n
rt.let(None, 'p', ('n', 'n'))
# 495: new n N
rt.new(None, 'n', N)
# 496: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 497: let p n
rt.let(None, 'p', ('n', 'n'))
# 498: new n N
rt.new(None, 'n', N)
# 499: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 500: let p n
rt.let(None, 'p', ('n', 'n'))
# 501: new n N
rt.new(None, 'n', N)
# 502: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 503: let p n
rt.let(None, 'p', ('n', 'n'))
# 504: new n N
rt.new(None, 'n', N)
# 505: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 506: let p n
rt.let(None, 'p', ('n', 'n'))
# 507: new n N
rt.new(None, 'n', N)
# 508: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 509: let p n
rt.let(None, 'p', ('n', 'n'))
# 510: new n N
rt.new(None, 'n', N)
# 511: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 512: let p n
rt.let(None, 'p', ('n', 'n'))
# 513: new n N
rt.new(None, 'n', N)
# 514: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 515: let p n
rt.let(None, 'p', ('n', 'n'))
# 516: new n N
rt.new(None, 'n', N)
# 517: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 518: let p n
rt.let(None, 'p', ('n', 'n'))
# 519: new n N
rt.new(None, 'n', N)
# 520: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 521: let p n
rt.let(None, 'p', ('n', 'n'))
# 522: new n N
rt.new(None, 'n', N)
# 523: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 524: let p n
rt.let(None, 'p', ('n', 'n'))
# 525: new n N
rt.new(None, 'n', N)
# 526: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 527: let p n
rt.let(None, 'p', ('n', 'n'))
# 528: new n N
rt.new(None, 'n', N)
# 529: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 530: let p n
rt.let(None, 'p', ('n', 'n'))
# 531: new n N
rt.new(None, 'n', N)
# 532: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 533: let p n
rt.let(None, 'p', ('n', 'n'))
# 534: new n N
rt.new(None, 'n', N)
# 535: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 536: let p n
rt.let(None, 'p', ('n', 'n'))
# 537: new n N
rt.new(None, 'n', N)
# 538: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 539: let p n
rt.let(None, 'p', ('n', 'n'))
# 540: new n N
rt.new(None, 'n', N)
# 541: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 542: let p n
rt.let(None, 'p', ('n', 'n'))
# 543: new n N
rt.new(None, 'n', N)
# 544: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 545: let p n
rt.let(None, 'p', ('n', 'n'))
# 546: new n N
rt.new(None, 'n', N)
# 547: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 548: let p n
rt.let(None, 'p', ('n', 'n'))
# 549: new n N
rt.new(None, 'n', N)
# 550: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 551: let p n
rt.let(None, 'p', ('n', 'n'))
# 552: new n N
rt.new(None, 'n', N)
# 553: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 554: let p n
rt.let(None, 'p', ('n', 'n'))
# 555: new n N
rt.new(None, 'n', N)
# 556: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 557: let p n
rt.let(None, 'p', ('n', 'n'))
# 558: new n N
rt.new(None, 'n', N)
# 559: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 560: let p n
rt.let(None, 'p', ('n', 'n'))
# 561: new n N
rt.new(None, 'n', N)
# 562: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 563: let p n
rt.let(None, 'p', ('n', 'n'))
# 564: new n N
rt.new(None, 'n', N)
# 565: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 566: let p n
rt.let(None, 'p', ('n', 'n'))
# 567: new n N
rt.new(None, 'n', N)
# 568: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 569: let p n
rt.let(None, 'p', ('n', 'n'))
# 570: new n N
rt.new(None, 'n', N)
# 571: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 572: let p n
rt.let(None, 'p', ('n', 'n'))
# 573: new n N
rt.new(None, 'n', N)
# 574: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 575: let p n
rt.let(None, 'p', ('n', 'n'))
# 576: new n N
rt.new(None, 'n', N)
# 577: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 578: let p n
rt.let(None, 'p', ('n', 'n'))
# 579: new n N
rt.new(None, 'n', N)
# 580: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 581: let p n
rt.let(None, 'p', ('n', 'n'))
# 582: new n N
rt.new(None, 'n', N)
# 583: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 584: let p n
rt.let(None, 'p', ('n', 'n'))
# 585: new n N
rt.new(None, 'n', N)
# 586: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 587: let p n
rt.let(None, 'p', ('n', 'n'))
# 588: new n N
rt.new(None, 'n', N)
# 589: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 590: let p n
rt.let(None, 'p', ('n', 'n'))
# 591: new n N
rt.new(None, 'n', N)
# 592: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 593: let p n
rt.let(None, 'p', ('n', 'n'))
# 594: new n N
rt.new(None, 'n', N)
# 595: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 596: let p n
rt.let(None, 'p', ('n', 'n'))
# 597: new n N
rt.new(None, 'n', N)
# 598: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 599: let p n
rt.let(None, 'p', ('n', 'n'))
# 600: new n N
rt.new(None, 'n', N)
# 601: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 602: let p n
rt.let(None, 'p', ('n', 'n'))
# 603: new n N
rt.new(None, 'n', N)
# 604: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 605: let p n
rt.let(None, 'p', ('n', 'n'))
# 606: new n N
rt.new(None, 'n', N)
# 607: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 608: let p n
rt.let(None, 'p', ('n', 'n'))
# 609: new n N
rt.new(None, 'n', N)
# 610: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 611: expect log collect 0 0 auto, collect 0 0 auto, collect 0 0 auto, collect 1 0 auto, collect 0 0 auto, collect 0 0 auto, collect 0 0 auto, collect 1 0 auto, collect 0 0 auto, collect 0 0 auto, collect 0 0 auto, collect 1 0 auto, collect 2 0 auto, collect 0 0 auto, collect 0 0 auto, collect 0 0 auto, collect 1 0 auto, collect 0 0 auto
rt.expect(611, 'log', ('collect 0 0 auto', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 1 0 auto', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 1 0 auto', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 1 0 auto', 'collect 2 0 auto', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 1 0 auto', 'collect 0 0 auto'))
# 612: expect count 3 1 1
rt.expect(612, 'count', (3, 1, 1))
# 613: expect stats 0 13 0 0
rt.expect(613, 'stats', (0, 13, 0, 0))
# 614: expect stats 1 4 0 0
rt.expect(614, 'stats', (1, 4, 0, 0))
# 615: expect stats 2 1 0 0
rt.expect(615, 'stats', (2, 1, 0, 0))
rt.finish()
