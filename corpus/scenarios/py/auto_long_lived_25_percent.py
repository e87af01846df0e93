#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/auto_long_lived_25_percent.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['n', 'p'], [], [N], True)

# 9: threshold 0
rt.threshold(None, (0,))
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
# 311: collect
rt.collect(None, 2)
# 312: threshold 3 1 1
rt.threshold(None, (3, 1, 1,))
# 313: let p n
rt.let(None, 'p', ('n', 'n'))
# 314: new n N
rt.new(None, 'n', N)
# 315: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 316: let p n
rt.let(None, 'p', ('n', 'n'))
# 317: new n N
rt.new(None, 'n', N)
# 318: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 319: let p n
rt.let(None, 'p', ('n', 'n'))
# 320: new n N
rt.new(None, 'n', N)
# 321: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 322: let p n
rt.let(None, 'p', ('n', 'n'))
# 323: new n N
rt.new(None, 'n', N)
# 324: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 325: let p n
rt.let(None, 'p', ('n', 'n'))
# 326: new n N
rt.new(None, 'n', N)
# 327: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 328: let p n
rt.let(None, 'p', ('n', 'n'))
# 329: new n N
rt.new(None, 'n', N)
# 330: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 331: let p n
rt.let(None, 'p', ('n', 'n'))
# 332: new n N
rt.new(None, 'n', N)
# 333: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 334: let p n
rt.let(None, 'p', ('n', 'n'))
# 335: new n N
rt.new(None, 'n', N)
# 336: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 337: let p n
rt.let(None, 'p', ('n', 'n'))
# 338: new n N
rt.new(None, 'n', N)
# 339: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 340: let p n
rt.let(None, 'p', ('n', 'n'))
# 341: new n N
rt.new(None, 'n', N)
# 342: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 343: let p n
rt.let(None, 'p', ('n', 'n'))
# 344: new n N
rt.new(None, 'n', N)
# 345: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 346: let p n
rt.let(None, 'p', ('n', 'n'))
# 347: new n N
rt.new(None, 'n', N)
# 348: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 349: let p n
rt.let(None, 'p', ('n', 'n'))
# 350: new n N
rt.new(None, 'n', N)
# 351: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 352: let p n
rt.let(None, 'p', ('n', 'n'))
# 353: new n N
rt.new(None, 'n', N)
# 354: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 355: let p n
rt.let(None, 'p', ('n', 'n'))
# 356: new n N
rt.new(None, 'n', N)
# 357: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 358: let p n
rt.let(None, 'p', ('n', 'n'))
# 359: new n N
rt.new(None, 'n', N)
# 360: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 361: let p n
rt.let(None, 'p', ('n', 'n'))
# 362: new n N
rt.new(None, 'n', N)
# 363: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 364: let p n
rt.let(None, 'p', ('n', 'n'))
# 365: new n N
rt.new(None, 'n', N)
# 366: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 367: let p n
rt.let(None, 'p', ('n', 'n'))
# 368: new n N
rt.new(None, 'n', N)
# 369: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 370: let p n
rt.let(None, 'p', ('n', 'n'))
# 371: new n N
rt.new(None, 'n', N)
# 372: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 373: let p n
rt.let(None, 'p', ('n', 'n'))
# 374: new n N
rt.new(None, 'n', N)
# 375: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 376: let p n
rt.let(None, 'p', ('n', 'n'))
# 377: new n N
rt.new(None, 'n', N)
# 378: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 379: let p n
rt.let(None, 'p', ('n', 'n'))
# 380: new n N
rt.new(None, 'n', N)
# 381: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 382: let p n
rt.let(None, 'p', ('n', 'n'))
# 383: new n N
rt.new(None, 'n', N)
# 384: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 385: let p n
rt.let(None, 'p', ('n', 'n'))
# 386: new n N
rt.new(None, 'n', N)
# 387: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 388: let p n
rt.let(None, 'p', ('n', 'n'))
# 389: new n N
rt.new(None, 'n', N)
# 390: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 391: let p n
rt.let(None, 'p', ('n', 'n'))
# 392: new n N
rt.new(None, 'n', N)
# 393: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 394: let p n
rt.let(None, 'p', ('n', 'n'))
# 395: new n N
rt.new(None, 'n', N)
# 396: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 397: let p n
rt.let(None, 'p', ('n', 'n'))
# 398: new n N
rt.new(None, 'n', N)
# 399: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 400: let p n
rt.let(None, 'p', ('n', 'n'))
# 401: new n N
rt.new(None, 'n', N)
# 402: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 403: let p n
rt.let(None, 'p', ('n', 'n'))
# 404: new n N
rt.new(None, 'n', N)
# 405: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 406: let p n
rt.let(None, 'p', ('n', 'n'))
# 407: new n N
rt.new(None, 'n', N)
# 408: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 409: let p n
rt.let(None, 'p', ('n', 'n'))
# 410: new n N
rt.new(None, 'n', N)
# 411: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 412: let p n
rt.let(None, 'p', ('n', 'n'))
# 413: new n N
rt.new(None, 'n', N)
# 414: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 415: let p n
rt.let(None, 'p', ('n', 'n'))
# 416: new n N
rt.new(None, 'n', N)
# 417: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 418: let p n
rt.let(None, 'p', ('n', 'n'))
# 419: new n N
rt.new(None, 'n', N)
# 420: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 421: let p n
rt.let(None, 'p', ('n', 'n'))
# 422: new n N
rt.new(None, 'n', N)
# 423: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 424: let p n
rt.let(None, 'p', ('n', 'n'))
# 425: new n N
rt.new(None, 'n', N)
# 426: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 427: let p n
rt.let(None, 'p', ('n', 'n'))
# 428: new n N
rt.new(None, 'n', N)
# 429: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 430: let p n
rt.let(None, 'p', ('n', 'n'))
# 431: new n N
rt.new(None, 'n', N)
# 432: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 433: let p n
rt.let(None, 'p', ('n', 'n'))
# 434: new n N
rt.new(None, 'n', N)
# 435: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 436: let p n
rt.let(None, 'p', ('n', 'n'))
# 437: new n N
rt.new(None, 'n', N)
# 438: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 439: let p n
rt.let(None, 'p', ('n', 'n'))
# 440: new n N
rt.new(None, 'n', N)
# 441: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 442: let p n
rt.let(None, 'p', ('n', 'n'))
# 443: new n N
rt.new(None, 'n', N)
# 444: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
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
# 493: expect log collect 2 0, collect 0 0 auto, collect 0 0 auto, collect 1 0 auto, collect 0 0 auto, collect 0 0 auto, collect 1 0 auto, collect 0 0 auto, collect 0 0 auto, collect 1 0 auto, collect 2 0 auto, collect 0 0 auto, collect 0 0 auto, collect 1 0 auto, collect 0 0 auto, collect 0 0 auto
rt.expect(493, 'log', ('collect 2 0', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 1 0 auto', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 1 0 auto', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 1 0 auto', 'collect 2 0 auto', 'collect 0 0 auto', 'collect 0 0 auto', 'collect 1 0 auto', 'collect 0 0 auto', 'collect 0 0 auto'))
# 494: expect count 0 2 1
rt.expect(494, 'count', (0, 2, 1))
# 495: expect collected 0
rt.expect(495, 'collected', (0,))
# 496: expect stats 2 2 0 0
rt.expect(496, 'stats', (2, 2, 0, 0))
rt.finish()
