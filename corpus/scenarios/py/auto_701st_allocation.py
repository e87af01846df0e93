#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/auto_701st_allocation.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['n', 'p'], [], [N], True)

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
# 611: let p n
rt.let(None, 'p', ('n', 'n'))
# 612: new n N
rt.new(None, 'n', N)
# 613: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 614: let p n
rt.let(None, 'p', ('n', 'n'))
# 615: new n N
rt.new(None, 'n', N)
# 616: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 617: let p n
rt.let(None, 'p', ('n', 'n'))
# 618: new n N
rt.new(None, 'n', N)
# 619: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 620: let p n
rt.let(None, 'p', ('n', 'n'))
# 621: new n N
rt.new(None, 'n', N)
# 622: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 623: let p n
rt.let(None, 'p', ('n', 'n'))
# 624: new n N
rt.new(None, 'n', N)
# 625: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 626: let p n
rt.let(None, 'p', ('n', 'n'))
# 627: new n N
rt.new(None, 'n', N)
# 628: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 629: let p n
rt.let(None, 'p', ('n', 'n'))
# 630: new n N
rt.new(None, 'n', N)
# 631: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 632: let p n
rt.let(None, 'p', ('n', 'n'))
# 633: new n N
rt.new(None, 'n', N)
# 634: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 635: let p n
rt.let(None, 'p', ('n', 'n'))
# 636: new n N
rt.new(None, 'n', N)
# 637: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 638: let p n
rt.let(None, 'p', ('n', 'n'))
# 639: new n N
rt.new(None, 'n', N)
# 640: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 641: let p n
rt.let(None, 'p', ('n', 'n'))
# 642: new n N
rt.new(None, 'n', N)
# 643: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 644: let p n
rt.let(None, 'p', ('n', 'n'))
# 645: new n N
rt.new(None, 'n', N)
# 646: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 647: let p n
rt.let(None, 'p', ('n', 'n'))
# 648: new n N
rt.new(None, 'n', N)
# 649: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 650: let p n
rt.let(None, 'p', ('n', 'n'))
# 651: new n N
rt.new(None, 'n', N)
# 652: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 653: let p n
rt.let(None, 'p', ('n', 'n'))
# 654: new n N
rt.new(None, 'n', N)
# 655: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 656: let p n
rt.let(None, 'p', ('n', 'n'))
# 657: new n N
rt.new(None, 'n', N)
# 658: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 659: let p n
rt.let(None, 'p', ('n', 'n'))
# 660: new n N
rt.new(None, 'n', N)
# 661: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 662: let p n
rt.let(None, 'p', ('n', 'n'))
# 663: new n N
rt.new(None, 'n', N)
# 664: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 665: let p n
rt.let(None, 'p', ('n', 'n'))
# 666: new n N
rt.new(None, 'n', N)
# 667: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 668: let p n
rt.let(None, 'p', ('n', 'n'))
# 669: new n N
rt.new(None, 'n', N)
# 670: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 671: let p n
rt.let(None, 'p', ('n', 'n'))
# 672: new n N
rt.new(None, 'n', N)
# 673: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 674: let p n
rt.let(None, 'p', ('n', 'n'))
# 675: new n N
rt.new(None, 'n', N)
# 676: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 677: let p n
rt.let(None, 'p', ('n', 'n'))
# 678: new n N
rt.new(None, 'n', N)
# 679: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 680: let p n
rt.let(None, 'p', ('n', 'n'))
# 681: new n N
rt.new(None, 'n', N)
# 682: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 683: let p n
rt.let(None, 'p', ('n', 'n'))
# 684: new n N
rt.new(None, 'n', N)
# 685: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 686: let p n
rt.let(None, 'p', ('n', 'n'))
# 687: new n N
rt.new(None, 'n', N)
# 688: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 689: let p n
rt.let(None, 'p', ('n', 'n'))
# 690: new n N
rt.new(None, 'n', N)
# 691: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 692: let p n
rt.let(None, 'p', ('n', 'n'))
# 693: new n N
rt.new(None, 'n', N)
# 694: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 695: let p n
rt.let(None, 'p', ('n', 'n'))
# 696: new n N
rt.new(None, 'n', N)
# 697: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 698: let p n
rt.let(None, 'p', ('n', 'n'))
# 699: new n N
rt.new(None, 'n', N)
# 700: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 701: let p n
rt.let(None, 'p', ('n', 'n'))
# 702: new n N
rt.new(None, 'n', N)
# 703: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 704: let p n
rt.let(None, 'p', ('n', 'n'))
# 705: new n N
rt.new(None, 'n', N)
# 706: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 707: let p n
rt.let(None, 'p', ('n', 'n'))
# 708: new n N
rt.new(None, 'n', N)
# 709: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 710: let p n
rt.let(None, 'p', ('n', 'n'))
# 711: new n N
rt.new(None, 'n', N)
# 712: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 713: let p n
rt.let(None, 'p', ('n', 'n'))
# 714: new n N
rt.new(None, 'n', N)
# 715: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 716: let p n
rt.let(None, 'p', ('n', 'n'))
# 717: new n N
rt.new(None, 'n', N)
# 718: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 719: let p n
rt.let(None, 'p', ('n', 'n'))
# 720: new n N
rt.new(None, 'n', N)
# 721: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 722: let p n
rt.let(None, 'p', ('n', 'n'))
# 723: new n N
rt.new(None, 'n', N)
# 724: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 725: let p n
rt.let(None, 'p', ('n', 'n'))
# 726: new n N
rt.new(None, 'n', N)
# 727: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 728: let p n
rt.let(None, 'p', ('n', 'n'))
# 729: new n N
rt.new(None, 'n', N)
# 730: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 731: let p n
rt.let(None, 'p', ('n', 'n'))
# 732: new n N
rt.new(None, 'n', N)
# 733: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 734: let p n
rt.let(None, 'p', ('n', 'n'))
# 735: new n N
rt.new(None, 'n', N)
# 736: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 737: let p n
rt.let(None, 'p', ('n', 'n'))
# 738: new n N
rt.new(None, 'n', N)
# 739: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 740: let p n
rt.let(None, 'p', ('n', 'n'))
# 741: new n N
rt.new(None, 'n', N)
# 742: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 743: let p n
rt.let(None, 'p', ('n', 'n'))
# 744: new n N
rt.new(None, 'n', N)
# 745: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 746: let p n
rt.let(None, 'p', ('n', 'n'))
# 747: new n N
rt.new(None, 'n', N)
# 748: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 749: let p n
rt.let(None, 'p', ('n', 'n'))
# 750: new n N
rt.new(None, 'n', N)
# 751: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 752: let p n
rt.let(None, 'p', ('n', 'n'))
# 753: new n N
rt.new(None, 'n', N)
# 754: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 755: let p n
rt.let(None, 'p', ('n', 'n'))
# 756: new n N
rt.new(None, 'n', N)
# 757: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 758: let p n
rt.let(None, 'p', ('n', 'n'))
# 759: new n N
rt.new(None, 'n', N)
# 760: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 761: let p n
rt.let(None, 'p', ('n', 'n'))
# 762: new n N
rt.new(None, 'n', N)
# 763: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 764: let p n
rt.let(None, 'p', ('n', 'n'))
# 765: new n N
rt.new(None, 'n', N)
# 766: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 767: let p n
rt.let(None, 'p', ('n', 'n'))
# 768: new n N
rt.new(None, 'n', N)
# 769: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 770: let p n
rt.let(None, 'p', ('n', 'n'))
# 771: new n N
rt.new(None, 'n', N)
# 772: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 773: let p n
rt.let(None, 'p', ('n', 'n'))
# 774: new n N
rt.new(None, 'n', N)
# 775: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 776: let p n
rt.let(None, 'p', ('n', 'n'))
# 777: new n N
rt.new(None, 'n', N)
# 778: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 779: let p n
rt.let(None, 'p', ('n', 'n'))
# 780: new n N
rt.new(None, 'n', N)
# 781: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 782: let p n
rt.let(None, 'p', ('n', 'n'))
# 783: new n N
rt.new(None, 'n', N)
# 784: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 785: let p n
rt.let(None, 'p', ('n', 'n'))
# 786: new n N
rt.new(None, 'n', N)
# 787: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 788: let p n
rt.let(None, 'p', ('n', 'n'))
# 789: new n N
rt.new(None, 'n', N)
# 790: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 791: let p n
rt.let(None, 'p', ('n', 'n'))
# 792: new n N
rt.new(None, 'n', N)
# 793: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 794: let p n
rt.let(None, 'p', ('n', 'n'))
# 795: new n N
rt.new(None, 'n', N)
# 796: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 797: let p n
rt.let(None, 'p', ('n', 'n'))
# 798: new n N
rt.new(None, 'n', N)
# 799: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 800: let p n
rt.let(None, 'p', ('n', 'n'))
# 801: new n N
rt.new(None, 'n', N)
# 802: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 803: let p n
rt.let(None, 'p', ('n', 'n'))
# 804: new n N
rt.new(None, 'n', N)
# 805: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 806: let p n
rt.let(None, 'p', ('n', 'n'))
# 807: new n N
rt.new(None, 'n', N)
# 808: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 809: let p n
rt.let(None, 'p', ('n', 'n'))
# 810: new n N
rt.new(None, 'n', N)
# 811: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 812: let p n
rt.let(None, 'p', ('n', 'n'))
# 813: new n N
rt.new(None, 'n', N)
# 814: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 815: let p n
rt.let(None, 'p', ('n', 'n'))
# 816: new n N
rt.new(None, 'n', N)
# 817: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 818: let p n
rt.let(None, 'p', ('n', 'n'))
# 819: new n N
rt.new(None, 'n', N)
# 820: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 821: let p n
rt.let(None, 'p', ('n', 'n'))
# 822: new n N
rt.new(None, 'n', N)
# 823: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 824: let p n
rt.let(None, 'p', ('n', 'n'))
# 825: new n N
rt.new(None, 'n', N)
# 826: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 827: let p n
rt.let(None, 'p', ('n', 'n'))
# 828: new n N
rt.new(None, 'n', N)
# 829: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 830: let p n
rt.let(None, 'p', ('n', 'n'))
# 831: new n N
rt.new(None, 'n', N)
# 832: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 833: let p n
rt.let(None, 'p', ('n', 'n'))
# 834: new n N
rt.new(None, 'n', N)
# 835: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 836: let p n
rt.let(None, 'p', ('n', 'n'))
# 837: new n N
rt.new(None, 'n', N)
# 838: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 839: let p n
rt.let(None, 'p', ('n', 'n'))
# 840: new n N
rt.new(None, 'n', N)
# 841: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 842: let p n
rt.let(None, 'p', ('n', 'n'))
# 843: new n N
rt.new(None, 'n', N)
# 844: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 845: let p n
rt.let(None, 'p', ('n', 'n'))
# 846: new n N
rt.new(None, 'n', N)
# 847: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 848: let p n
rt.let(None, 'p', ('n', 'n'))
# 849: new n N
rt.new(None, 'n', N)
# 850: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 851: let p n
rt.let(None, 'p', ('n', 'n'))
# 852: new n N
rt.new(None, 'n', N)
# 853: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 854: let p n
rt.let(None, 'p', ('n', 'n'))
# 855: new n N
rt.new(None, 'n', N)
# 856: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 857: let p n
rt.let(None, 'p', ('n', 'n'))
# 858: new n N
rt.new(None, 'n', N)
# 859: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 860: let p n
rt.let(None, 'p', ('n', 'n'))
# 861: new n N
rt.new(None, 'n', N)
# 862: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 863: let p n
rt.let(None, 'p', ('n', 'n'))
# 864: new n N
rt.new(None, 'n', N)
# 865: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 866: let p n
rt.let(None, 'p', ('n', 'n'))
# 867: new n N
rt.new(None, 'n', N)
# 868: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 869: let p n
rt.let(None, 'p', ('n', 'n'))
# 870: new n N
rt.new(None, 'n', N)
# 871: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 872: let p n
rt.let(None, 'p', ('n', 'n'))
# 873: new n N
rt.new(None, 'n', N)
# 874: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 875: let p n
rt.let(None, 'p', ('n', 'n'))
# 876: new n N
rt.new(None, 'n', N)
# 877: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 878: let p n
rt.let(None, 'p', ('n', 'n'))
# 879: new n N
rt.new(None, 'n', N)
# 880: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 881: let p n
rt.let(None, 'p', ('n', 'n'))
# 882: new n N
rt.new(None, 'n', N)
# 883: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 884: let p n
rt.let(None, 'p', ('n', 'n'))
# 885: new n N
rt.new(None, 'n', N)
# 886: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 887: let p n
rt.let(None, 'p', ('n', 'n'))
# 888: new n N
rt.new(None, 'n', N)
# 889: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 890: let p n
rt.let(None, 'p', ('n', 'n'))
# 891: new n N
rt.new(None, 'n', N)
# 892: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 893: let p n
rt.let(None, 'p', ('n', 'n'))
# 894: new n N
rt.new(None, 'n', N)
# 895: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 896: let p n
rt.let(None, 'p', ('n', 'n'))
# 897: new n N
rt.new(None, 'n', N)
# 898: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 899: let p n
rt.let(None, 'p', ('n', 'n'))
# 900: new n N
rt.new(None, 'n', N)
# 901: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 902: let p n
rt.let(None, 'p', ('n', 'n'))
# 903: new n N
rt.new(None, 'n', N)
# 904: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 905: let p n
rt.let(None, 'p', ('n', 'n'))
# 906: new n N
rt.new(None, 'n', N)
# 907: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 908: let p n
rt.let(None, 'p', ('n', 'n'))
# 909: new n N
rt.new(None, 'n', N)
# 910: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 911: let p n
rt.let(None, 'p', ('n', 'n'))
# 912: new n N
rt.new(None, 'n', N)
# 913: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 914: let p n
rt.let(None, 'p', ('n', 'n'))
# 915: new n N
rt.new(None, 'n', N)
# 916: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 917: let p n
rt.let(None, 'p', ('n', 'n'))
# 918: new n N
rt.new(None, 'n', N)
# 919: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 920: let p n
rt.let(None, 'p', ('n', 'n'))
# 921: new n N
rt.new(None, 'n', N)
# 922: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 923: let p n
rt.let(None, 'p', ('n', 'n'))
# 924: new n N
rt.new(None, 'n', N)
# 925: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 926: let p n
rt.let(None, 'p', ('n', 'n'))
# 927: new n N
rt.new(None, 'n', N)
# 928: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 929: let p n
rt.let(None, 'p', ('n', 'n'))
# 930: new n N
rt.new(None, 'n', N)
# 931: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 932: let p n
rt.let(None, 'p', ('n', 'n'))
# 933: new n N
rt.new(None, 'n', N)
# 934: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 935: let p n
rt.let(None, 'p', ('n', 'n'))
# 936: new n N
rt.new(None, 'n', N)
# 937: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 938: let p n
rt.let(None, 'p', ('n', 'n'))
# 939: new n N
rt.new(None, 'n', N)
# 940: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 941: let p n
rt.let(None, 'p', ('n', 'n'))
# 942: new n N
rt.new(None, 'n', N)
# 943: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 944: let p n
rt.let(None, 'p', ('n', 'n'))
# 945: new n N
rt.new(None, 'n', N)
# 946: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 947: let p n
rt.let(None, 'p', ('n', 'n'))
# 948: new n N
rt.new(None, 'n', N)
# 949: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 950: let p n
rt.let(None, 'p', ('n', 'n'))
# 951: new n N
rt.new(None, 'n', N)
# 952: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 953: let p n
rt.let(None, 'p', ('n', 'n'))
# 954: new n N
rt.new(None, 'n', N)
# 955: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 956: let p n
rt.let(None, 'p', ('n', 'n'))
# 957: new n N
rt.new(None, 'n', N)
# 958: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 959: let p n
rt.let(None, 'p', ('n', 'n'))
# 960: new n N
rt.new(None, 'n', N)
# 961: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 962: let p n
rt.let(None, 'p', ('n', 'n'))
# 963: new n N
rt.new(None, 'n', N)
# 964: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 965: let p n
rt.let(None, 'p', ('n', 'n'))
# 966: new n N
rt.new(None, 'n', N)
# 967: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 968: let p n
rt.let(None, 'p', ('n', 'n'))
# 969: new n N
rt.new(None, 'n', N)
# 970: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 971: let p n
rt.let(None, 'p', ('n', 'n'))
# 972: new n N
rt.new(None, 'n', N)
# 973: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 974: let p n
rt.let(None, 'p', ('n', 'n'))
# 975: new n N
rt.new(None, 'n', N)
# 976: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 977: let p n
rt.let(None, 'p', ('n', 'n'))
# 978: new n N
rt.new(None, 'n', N)
# 979: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 980: let p n
rt.let(None, 'p', ('n', 'n'))
# 981: new n N
rt.new(None, 'n', N)
# 982: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 983: let p n
rt.let(None, 'p', ('n', 'n'))
# 984: new n N
rt.new(None, 'n', N)
# 985: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 986: let p n
rt.let(None, 'p', ('n', 'n'))
# 987: new n N
rt.new(None, 'n', N)
# 988: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 989: let p n
rt.let(None, 'p', ('n', 'n'))
# 990: new n N
rt.new(None, 'n', N)
# 991: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 992: let p n
rt.let(None, 'p', ('n', 'n'))
# 993: new n N
rt.new(None, 'n', N)
# 994: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 995: let p n
rt.let(None, 'p', ('n', 'n'))
# 996: new n N
rt.new(None, 'n', N)
# 997: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 998: let p n
rt.let(None, 'p', ('n', 'n'))
# 999: new n N
rt.new(None, 'n', N)
# 1000: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1001: let p n
rt.let(None, 'p', ('n', 'n'))
# 1002: new n N
rt.new(None, 'n', N)
# 1003: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1004: let p n
rt.let(None, 'p', ('n', 'n'))
# 1005: new n N
rt.new(None, 'n', N)
# 1006: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1007: let p n
rt.let(None, 'p', ('n', 'n'))
# 1008: new n N
rt.new(None, 'n', N)
# 1009: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1010: let p n
rt.let(None, 'p', ('n', 'n'))
# 1011: new n N
rt.new(None, 'n', N)
# 1012: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1013: let p n
rt.let(None, 'p', ('n', 'n'))
# 1014: new n N
rt.new(None, 'n', N)
# 1015: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1016: let p n
rt.let(None, 'p', ('n', 'n'))
# 1017: new n N
rt.new(None, 'n', N)
# 1018: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1019: let p n
rt.let(None, 'p', ('n', 'n'))
# 1020: new n N
rt.new(None, 'n', N)
# 1021: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1022: let p n
rt.let(None, 'p', ('n', 'n'))
# 1023: new n N
rt.new(None, 'n', N)
# 1024: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1025: let p n
rt.let(None, 'p', ('n', 'n'))
# 1026: new n N
rt.new(None, 'n', N)
# 1027: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1028: let p n
rt.let(None, 'p', ('n', 'n'))
# 1029: new n N
rt.new(None, 'n', N)
# 1030: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1031: let p n
rt.let(None, 'p', ('n', 'n'))
# 1032: new n N
rt.new(None, 'n', N)
# 1033: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1034: let p n
rt.let(None, 'p', ('n', 'n'))
# 1035: new n N
rt.new(None, 'n', N)
# 1036: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1037: let p n
rt.let(None, 'p', ('n', 'n'))
# 1038: new n N
rt.new(None, 'n', N)
# 1039: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1040: let p n
rt.let(None, 'p', ('n', 'n'))
# 1041: new n N
rt.new(None, 'n', N)
# 1042: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1043: let p n
rt.let(None, 'p', ('n', 'n'))
# 1044: new n N
rt.new(None, 'n', N)
# 1045: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1046: let p n
rt.let(None, 'p', ('n', 'n'))
# 1047: new n N
rt.new(None, 'n', N)
# 1048: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1049: let p n
rt.let(None, 'p', ('n', 'n'))
# 1050: new n N
rt.new(None, 'n', N)
# 1051: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1052: let p n
rt.let(None, 'p', ('n', 'n'))
# 1053: new n N
rt.new(None, 'n', N)
# 1054: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1055: let p n
rt.let(None, 'p', ('n', 'n'))
# 1056: new n N
rt.new(None, 'n', N)
# 1057: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1058: let p n
rt.let(None, 'p', ('n', 'n'))
# 1059: new n N
rt.new(None, 'n', N)
# 1060: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1061: let p n
rt.let(None, 'p', ('n', 'n'))
# 1062: new n N
rt.new(None, 'n', N)
# 1063: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1064: let p n
rt.let(None, 'p', ('n', 'n'))
# 1065: new n N
rt.new(None, 'n', N)
# 1066: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1067: let p n
rt.let(None, 'p', ('n', 'n'))
# 1068: new n N
rt.new(None, 'n', N)
# 1069: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1070: let p n
rt.let(None, 'p', ('n', 'n'))
# 1071: new n N
rt.new(None, 'n', N)
# 1072: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1073: let p n
rt.let(None, 'p', ('n', 'n'))
# 1074: new n N
rt.new(None, 'n', N)
# 1075: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1076: let p n
rt.let(None, 'p', ('n', 'n'))
# 1077: new n N
rt.new(None, 'n', N)
# 1078: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1079: let p n
rt.let(None, 'p', ('n', 'n'))
# 1080: new n N
rt.new(None, 'n', N)
# 1081: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1082: let p n
rt.let(None, 'p', ('n', 'n'))
# 1083: new n N
rt.new(None, 'n', N)
# 1084: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1085: let p n
rt.let(None, 'p', ('n', 'n'))
# 1086: new n N
rt.new(None, 'n', N)
# 1087: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1088: let p n
rt.let(None, 'p', ('n', 'n'))
# 1089: new n N
rt.new(None, 'n', N)
# 1090: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1091: let p n
rt.let(None, 'p', ('n', 'n'))
# 1092: new n N
rt.new(None, 'n', N)
# 1093: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1094: let p n
rt.let(None, 'p', ('n', 'n'))
# 1095: new n N
rt.new(None, 'n', N)
# 1096: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1097: let p n
rt.let(None, 'p', ('n', 'n'))
# 1098: new n N
rt.new(None, 'n', N)
# 1099: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1100: let p n
rt.let(None, 'p', ('n', 'n'))
# 1101: new n N
rt.new(None, 'n', N)
# 1102: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1103: let p n
rt.let(None, 'p', ('n', 'n'))
# 1104: new n N
rt.new(None, 'n', N)
# 1105: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1106: let p n
rt.let(None, 'p', ('n', 'n'))
# 1107: new n N
rt.new(None, 'n', N)
# 1108: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1109: let p n
rt.let(None, 'p', ('n', 'n'))
# 1110: new n N
rt.new(None, 'n', N)
# 1111: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1112: let p n
rt.let(None, 'p', ('n', 'n'))
# 1113: new n N
rt.new(None, 'n', N)
# 1114: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1115: let p n
rt.let(None, 'p', ('n', 'n'))
# 1116: new n N
rt.new(None, 'n', N)
# 1117: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1118: let p n
rt.let(None, 'p', ('n', 'n'))
# 1119: new n N
rt.new(None, 'n', N)
# 1120: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1121: let p n
rt.let(None, 'p', ('n', 'n'))
# 1122: new n N
rt.new(None, 'n', N)
# 1123: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1124: let p n
rt.let(None, 'p', ('n', 'n'))
# 1125: new n N
rt.new(None, 'n', N)
# 1126: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1127: let p n
rt.let(None, 'p', ('n', 'n'))
# 1128: new n N
rt.new(None, 'n', N)
# 1129: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1130: let p n
rt.let(None, 'p', ('n', 'n'))
# 1131: new n N
rt.new(None, 'n', N)
# 1132: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1133: let p n
rt.let(None, 'p', ('n', 'n'))
# 1134: new n N
rt.new(None, 'n', N)
# 1135: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1136: let p n
rt.let(None, 'p', ('n', 'n'))
# 1137: new n N
rt.new(None, 'n', N)
# 1138: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1139: let p n
rt.let(None, 'p', ('n', 'n'))
# 1140: new n N
rt.new(None, 'n', N)
# 1141: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1142: let p n
rt.let(None, 'p', ('n', 'n'))
# 1143: new n N
rt.new(None, 'n', N)
# 1144: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1145: let p n
rt.let(None, 'p', ('n', 'n'))
# 1146: new n N
rt.new(None, 'n', N)
# 1147: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1148: let p n
rt.let(None, 'p', ('n', 'n'))
# 1149: new n N
rt.new(None, 'n', N)
# 1150: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1151: let p n
rt.let(None, 'p', ('n', 'n'))
# 1152: new n N
rt.new(None, 'n', N)
# 1153: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1154: let p n
rt.let(None, 'p', ('n', 'n'))
# 1155: new n N
rt.new(None, 'n', N)
# 1156: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1157: let p n
rt.let(None, 'p', ('n', 'n'))
# 1158: new n N
rt.new(None, 'n', N)
# 1159: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1160: let p n
rt.let(None, 'p', ('n', 'n'))
# 1161: new n N
rt.new(None, 'n', N)
# 1162: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1163: let p n
rt.let(None, 'p', ('n', 'n'))
# 1164: new n N
rt.new(None, 'n', N)
# 1165: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1166: let p n
rt.let(None, 'p', ('n', 'n'))
# 1167: new n N
rt.new(None, 'n', N)
# 1168: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1169: let p n
rt.let(None, 'p', ('n', 'n'))
# 1170: new n N
rt.new(None, 'n', N)
# 1171: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1172: let p n
rt.let(None, 'p', ('n', 'n'))
# 1173: new n N
rt.new(None, 'n', N)
# 1174: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1175: let p n
rt.let(None, 'p', ('n', 'n'))
# 1176: new n N
rt.new(None, 'n', N)
# 1177: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1178: let p n
rt.let(None, 'p', ('n', 'n'))
# 1179: new n N
rt.new(None, 'n', N)
# 1180: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1181: let p n
rt.let(None, 'p', ('n', 'n'))
# 1182: new n N
rt.new(None, 'n', N)
# 1183: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1184: let p n
rt.let(None, 'p', ('n', 'n'))
# 1185: new n N
rt.new(None, 'n', N)
# 1186: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1187: let p n
rt.let(None, 'p', ('n', 'n'))
# 1188: new n N
rt.new(None, 'n', N)
# 1189: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1190: let p n
rt.let(None, 'p', ('n', 'n'))
# 1191: new n N
rt.new(None, 'n', N)
# 1192: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1193: let p n
rt.let(None, 'p', ('n', 'n'))
# 1194: new n N
rt.new(None, 'n', N)
# 1195: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1196: let p n
rt.let(None, 'p', ('n', 'n'))
# 1197: new n N
rt.new(None, 'n', N)
# 1198: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1199: let p n
rt.let(None, 'p', ('n', 'n'))
# 1200: new n N
rt.new(None, 'n', N)
# 1201: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1202: let p n
rt.let(None, 'p', ('n', 'n'))
# 1203: new n N
rt.new(None, 'n', N)
# 1204: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1205: let p n
rt.let(None, 'p', ('n', 'n'))
# 1206: new n N
rt.new(None, 'n', N)
# 1207: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1208: let p n
rt.let(None, 'p', ('n', 'n'))
# 1209: new n N
rt.new(None, 'n', N)
# 1210: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1211: let p n
rt.let(None, 'p', ('n', 'n'))
# 1212: new n N
rt.new(None, 'n', N)
# 1213: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1214: let p n
rt.let(None, 'p', ('n', 'n'))
# 1215: new n N
rt.new(None, 'n', N)
# 1216: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1217: let p n
rt.let(None, 'p', ('n', 'n'))
# 1218: new n N
rt.new(None, 'n', N)
# 1219: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1220: let p n
rt.let(None, 'p', ('n', 'n'))
# 1221: new n N
rt.new(None, 'n', N)
# 1222: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1223: let p n
rt.let(None, 'p', ('n', 'n'))
# 1224: new n N
rt.new(None, 'n', N)
# 1225: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1226: let p n
rt.let(None, 'p', ('n', 'n'))
# 1227: new n N
rt.new(None, 'n', N)
# 1228: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1229: let p n
rt.let(None, 'p', ('n', 'n'))
# 1230: new n N
rt.new(None, 'n', N)
# 1231: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1232: let p n
rt.let(None, 'p', ('n', 'n'))
# 1233: new n N
rt.new(None, 'n', N)
# 1234: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1235: let p n
rt.let(None, 'p', ('n', 'n'))
# 1236: new n N
rt.new(None, 'n', N)
# 1237: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1238: let p n
rt.let(None, 'p', ('n', 'n'))
# 1239: new n N
rt.new(None, 'n', N)
# 1240: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1241: let p n
rt.let(None, 'p', ('n', 'n'))
# 1242: new n N
rt.new(None, 'n', N)
# 1243: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1244: let p n
rt.let(None, 'p', ('n', 'n'))
# 1245: new n N
rt.new(None, 'n', N)
# 1246: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1247: let p n
rt.let(None, 'p', ('n', 'n'))
# 1248: new n N
rt.new(None, 'n', N)
# 1249: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1250: let p n
rt.let(None, 'p', ('n', 'n'))
# 1251: new n N
rt.new(None, 'n', N)
# 1252: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1253: let p n
rt.let(None, 'p', ('n', 'n'))
# 1254: new n N
rt.new(None, 'n', N)
# 1255: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1256: let p n
rt.let(None, 'p', ('n', 'n'))
# 1257: new n N
rt.new(None, 'n', N)
# 1258: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1259: let p n
rt.let(None, 'p', ('n', 'n'))
# 1260: new n N
rt.new(None, 'n', N)
# 1261: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1262: let p n
rt.let(None, 'p', ('n', 'n'))
# 1263: new n N
rt.new(None, 'n', N)
# 1264: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1265: let p n
rt.let(None, 'p', ('n', 'n'))
# 1266: new n N
rt.new(None, 'n', N)
# 1267: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1268: let p n
rt.let(None, 'p', ('n', 'n'))
# 1269: new n N
rt.new(None, 'n', N)
# 1270: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1271: let p n
rt.let(None, 'p', ('n', 'n'))
# 1272: new n N
rt.new(None, 'n', N)
# 1273: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1274: let p n
rt.let(None, 'p', ('n', 'n'))
# 1275: new n N
rt.new(None, 'n', N)
# 1276: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1277: let p n
rt.let(None, 'p', ('n', 'n'))
# 1278: new n N
rt.new(None, 'n', N)
# 1279: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1280: let p n
rt.let(None, 'p', ('n', 'n'))
# 1281: new n N
rt.new(None, 'n', N)
# 1282: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1283: let p n
rt.let(None, 'p', ('n', 'n'))
# 1284: new n N
rt.new(None, 'n', N)
# 1285: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1286: let p n
rt.let(None, 'p', ('n', 'n'))
# 1287: new n N
rt.new(None, 'n', N)
# 1288: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1289: let p n
rt.let(None, 'p', ('n', 'n'))
# 1290: new n N
rt.new(None, 'n', N)
# 1291: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1292: let p n
rt.let(None, 'p', ('n', 'n'))
# 1293: new n N
rt.new(None, 'n', N)
# 1294: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1295: let p n
rt.let(None, 'p', ('n', 'n'))
# 1296: new n N
rt.new(None, 'n', N)
# 1297: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1298: let p n
rt.let(None, 'p', ('n', 'n'))
# 1299: new n N
rt.new(None, 'n', N)
# 1300: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1301: let p n
rt.let(None, 'p', ('n', 'n'))
# 1302: new n N
rt.new(None, 'n', N)
# 1303: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1304: let p n
rt.let(None, 'p', ('n', 'n'))
# 1305: new n N
rt.new(None, 'n', N)
# 1306: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1307: let p n
rt.let(None, 'p', ('n', 'n'))
# 1308: new n N
rt.new(None, 'n', N)
# 1309: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1310: let p n
rt.let(None, 'p', ('n', 'n'))
# 1311: new n N
rt.new(None, 'n', N)
# 1312: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1313: let p n
rt.let(None, 'p', ('n', 'n'))
# 1314: new n N
rt.new(None, 'n', N)
# 1315: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1316: let p n
rt.let(None, 'p', ('n', 'n'))
# 1317: new n N
rt.new(None, 'n', N)
# 1318: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1319: let p n
rt.let(None, 'p', ('n', 'n'))
# 1320: new n N
rt.new(None, 'n', N)
# 1321: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1322: let p n
rt.let(None, 'p', ('n', 'n'))
# 1323: new n N
rt.new(None, 'n', N)
# 1324: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1325: let p n
rt.let(None, 'p', ('n', 'n'))
# 1326: new n N
rt.new(None, 'n', N)
# 1327: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1328: let p n
rt.let(None, 'p', ('n', 'n'))
# 1329: new n N
rt.new(None, 'n', N)
# 1330: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1331: let p n
rt.let(None, 'p', ('n', 'n'))
# 1332: new n N
rt.new(None, 'n', N)
# 1333: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1334: let p n
rt.let(None, 'p', ('n', 'n'))
# 1335: new n N
rt.new(None, 'n', N)
# 1336: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1337: let p n
rt.let(None, 'p', ('n', 'n'))
# 1338: new n N
rt.new(None, 'n', N)
# 1339: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1340: let p n
rt.let(None, 'p', ('n', 'n'))
# 1341: new n N
rt.new(None, 'n', N)
# 1342: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1343: let p n
rt.let(None, 'p', ('n', 'n'))
# 1344: new n N
rt.new(None, 'n', N)
# 1345: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1346: let p n
rt.let(None, 'p', ('n', 'n'))
# 1347: new n N
rt.new(None, 'n', N)
# 1348: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1349: let p n
rt.let(None, 'p', ('n', 'n'))
# 1350: new n N
rt.new(None, 'n', N)
# 1351: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1352: let p n
rt.let(None, 'p', ('n', 'n'))
# 1353: new n N
rt.new(None, 'n', N)
# 1354: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1355: let p n
rt.let(None, 'p', ('n', 'n'))
# 1356: new n N
rt.new(None, 'n', N)
# 1357: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1358: let p n
rt.let(None, 'p', ('n', 'n'))
# 1359: new n N
rt.new(None, 'n', N)
# 1360: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1361: let p n
rt.let(None, 'p', ('n', 'n'))
# 1362: new n N
rt.new(None, 'n', N)
# 1363: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1364: let p n
rt.let(None, 'p', ('n', 'n'))
# 1365: new n N
rt.new(None, 'n', N)
# 1366: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1367: let p n
rt.let(None, 'p', ('n', 'n'))
# 1368: new n N
rt.new(None, 'n', N)
# 1369: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1370: let p n
rt.let(None, 'p', ('n', 'n'))
# 1371: new n N
rt.new(None, 'n', N)
# 1372: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1373: let p n
rt.let(None, 'p', ('n', 'n'))
# 1374: new n N
rt.new(None, 'n', N)
# 1375: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1376: let p n
rt.let(None, 'p', ('n', 'n'))
# 1377: new n N
rt.new(None, 'n', N)
# 1378: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1379: let p n
rt.let(None, 'p', ('n', 'n'))
# 1380: new n N
rt.new(None, 'n', N)
# 1381: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1382: let p n
rt.let(None, 'p', ('n', 'n'))
# 1383: new n N
rt.new(None, 'n', N)
# 1384: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1385: let p n
rt.let(None, 'p', ('n', 'n'))
# 1386: new n N
rt.new(None, 'n', N)
# 1387: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1388: let p n
rt.let(None, 'p', ('n', 'n'))
# 1389: new n N
rt.new(None, 'n', N)
# 1390: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1391: let p n
rt.let(None, 'p', ('n', 'n'))
# 1392: new n N
rt.new(None, 'n', N)
# 1393: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1394: let p n
rt.let(None, 'p', ('n', 'n'))
# 1395: new n N
rt.new(None, 'n', N)
# 1396: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1397: let p n
rt.let(None, 'p', ('n', 'n'))
# 1398: new n N
rt.new(None, 'n', N)
# 1399: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1400: let p n
rt.let(None, 'p', ('n', 'n'))
# 1401: new n N
rt.new(None, 'n', N)
# 1402: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1403: let p n
rt.let(None, 'p', ('n', 'n'))
# 1404: new n N
rt.new(None, 'n', N)
# 1405: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1406: let p n
rt.let(None, 'p', ('n', 'n'))
# 1407: new n N
rt.new(None, 'n', N)
# 1408: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1409: let p n
rt.let(None, 'p', ('n', 'n'))
# 1410: new n N
rt.new(None, 'n', N)
# 1411: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1412: let p n
rt.let(None, 'p', ('n', 'n'))
# 1413: new n N
rt.new(None, 'n', N)
# 1414: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1415: let p n
rt.let(None, 'p', ('n', 'n'))
# 1416: new n N
rt.new(None, 'n', N)
# 1417: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1418: let p n
rt.let(None, 'p', ('n', 'n'))
# 1419: new n N
rt.new(None, 'n', N)
# 1420: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1421: let p n
rt.let(None, 'p', ('n', 'n'))
# 1422: new n N
rt.new(None, 'n', N)
# 1423: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1424: let p n
rt.let(None, 'p', ('n', 'n'))
# 1425: new n N
rt.new(None, 'n', N)
# 1426: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1427: let p n
rt.let(None, 'p', ('n', 'n'))
# 1428: new n N
rt.new(None, 'n', N)
# 1429: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1430: let p n
rt.let(None, 'p', ('n', 'n'))
# 1431: new n N
rt.new(None, 'n', N)
# 1432: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1433: let p n
rt.let(None, 'p', ('n', 'n'))
# 1434: new n N
rt.new(None, 'n', N)
# 1435: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1436: let p n
rt.let(None, 'p', ('n', 'n'))
# 1437: new n N
rt.new(None, 'n', N)
# 1438: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1439: let p n
rt.let(None, 'p', ('n', 'n'))
# 1440: new n N
rt.new(None, 'n', N)
# 1441: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1442: let p n
rt.let(None, 'p', ('n', 'n'))
# 1443: new n N
rt.new(None, 'n', N)
# 1444: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1445: let p n
rt.let(None, 'p', ('n', 'n'))
# 1446: new n N
rt.new(None, 'n', N)
# 1447: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1448: let p n
rt.let(None, 'p', ('n', 'n'))
# 1449: new n N
rt.new(None, 'n', N)
# 1450: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1451: let p n
rt.let(None, 'p', ('n', 'n'))
# 1452: new n N
rt.new(None, 'n', N)
# 1453: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1454: let p n
rt.let(None, 'p', ('n', 'n'))
# 1455: new n N
rt.new(None, 'n', N)
# 1456: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1457: let p n
rt.let(None, 'p', ('n', 'n'))
# 1458: new n N
rt.new(None, 'n', N)
# 1459: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1460: let p n
rt.let(None, 'p', ('n', 'n'))
# 1461: new n N
rt.new(None, 'n', N)
# 1462: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1463: let p n
rt.let(None, 'p', ('n', 'n'))
# 1464: new n N
rt.new(None, 'n', N)
# 1465: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1466: let p n
rt.let(None, 'p', ('n', 'n'))
# 1467: new n N
rt.new(None, 'n', N)
# 1468: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1469: let p n
rt.let(None, 'p', ('n', 'n'))
# 1470: new n N
rt.new(None, 'n', N)
# 1471: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1472: let p n
rt.let(None, 'p', ('n', 'n'))
# 1473: new n N
rt.new(None, 'n', N)
# 1474: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1475: let p n
rt.let(None, 'p', ('n', 'n'))
# 1476: new n N
rt.new(None, 'n', N)
# 1477: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1478: let p n
rt.let(None, 'p', ('n', 'n'))
# 1479: new n N
rt.new(None, 'n', N)
# 1480: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1481: let p n
rt.let(None, 'p', ('n', 'n'))
# 1482: new n N
rt.new(None, 'n', N)
# 1483: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1484: let p n
rt.let(None, 'p', ('n', 'n'))
# 1485: new n N
rt.new(None, 'n', N)
# 1486: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1487: let p n
rt.let(None, 'p', ('n', 'n'))
# 1488: new n N
rt.new(None, 'n', N)
# 1489: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1490: let p n
rt.let(None, 'p', ('n', 'n'))
# 1491: new n N
rt.new(None, 'n', N)
# 1492: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1493: let p n
rt.let(None, 'p', ('n', 'n'))
# 1494: new n N
rt.new(None, 'n', N)
# 1495: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1496: let p n
rt.let(None, 'p', ('n', 'n'))
# 1497: new n N
rt.new(None, 'n', N)
# 1498: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1499: let p n
rt.let(None, 'p', ('n', 'n'))
# 1500: new n N
rt.new(None, 'n', N)
# 1501: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1502: let p n
rt.let(None, 'p', ('n', 'n'))
# 1503: new n N
rt.new(None, 'n', N)
# 1504: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1505: let p n
rt.let(None, 'p', ('n', 'n'))
# 1506: new n N
rt.new(None, 'n', N)
# 1507: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1508: let p n
rt.let(None, 'p', ('n', 'n'))
# 1509: new n N
rt.new(None, 'n', N)
# 1510: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1511: let p n
rt.let(None, 'p', ('n', 'n'))
# 1512: new n N
rt.new(None, 'n', N)
# 1513: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1514: let p n
rt.let(None, 'p', ('n', 'n'))
# 1515: new n N
rt.new(None, 'n', N)
# 1516: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1517: let p n
rt.let(None, 'p', ('n', 'n'))
# 1518: new n N
rt.new(None, 'n', N)
# 1519: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1520: let p n
rt.let(None, 'p', ('n', 'n'))
# 1521: new n N
rt.new(None, 'n', N)
# 1522: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1523: let p n
rt.let(None, 'p', ('n', 'n'))
# 1524: new n N
rt.new(None, 'n', N)
# 1525: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1526: let p n
rt.let(None, 'p', ('n', 'n'))
# 1527: new n N
rt.new(None, 'n', N)
# 1528: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1529: let p n
rt.let(None, 'p', ('n', 'n'))
# 1530: new n N
rt.new(None, 'n', N)
# 1531: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1532: let p n
rt.let(None, 'p', ('n', 'n'))
# 1533: new n N
rt.new(None, 'n', N)
# 1534: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1535: let p n
rt.let(None, 'p', ('n', 'n'))
# 1536: new n N
rt.new(None, 'n', N)
# 1537: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1538: let p n
rt.let(None, 'p', ('n', 'n'))
# 1539: new n N
rt.new(None, 'n', N)
# 1540: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1541: let p n
rt.let(None, 'p', ('n', 'n'))
# 1542: new n N
rt.new(None, 'n', N)
# 1543: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1544: let p n
rt.let(None, 'p', ('n', 'n'))
# 1545: new n N
rt.new(None, 'n', N)
# 1546: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1547: let p n
rt.let(None, 'p', ('n', 'n'))
# 1548: new n N
rt.new(None, 'n', N)
# 1549: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1550: let p n
rt.let(None, 'p', ('n', 'n'))
# 1551: new n N
rt.new(None, 'n', N)
# 1552: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1553: let p n
rt.let(None, 'p', ('n', 'n'))
# 1554: new n N
rt.new(None, 'n', N)
# 1555: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1556: let p n
rt.let(None, 'p', ('n', 'n'))
# 1557: new n N
rt.new(None, 'n', N)
# 1558: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1559: let p n
rt.let(None, 'p', ('n', 'n'))
# 1560: new n N
rt.new(None, 'n', N)
# 1561: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1562: let p n
rt.let(None, 'p', ('n', 'n'))
# 1563: new n N
rt.new(None, 'n', N)
# 1564: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1565: let p n
rt.let(None, 'p', ('n', 'n'))
# 1566: new n N
rt.new(None, 'n', N)
# 1567: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1568: let p n
rt.let(None, 'p', ('n', 'n'))
# 1569: new n N
rt.new(None, 'n', N)
# 1570: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1571: let p n
rt.let(None, 'p', ('n', 'n'))
# 1572: new n N
rt.new(None, 'n', N)
# 1573: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1574: let p n
rt.let(None, 'p', ('n', 'n'))
# 1575: new n N
rt.new(None, 'n', N)
# 1576: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1577: let p n
rt.let(None, 'p', ('n', 'n'))
# 1578: new n N
rt.new(None, 'n', N)
# 1579: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1580: let p n
rt.let(None, 'p', ('n', 'n'))
# 1581: new n N
rt.new(None, 'n', N)
# 1582: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1583: let p n
rt.let(None, 'p', ('n', 'n'))
# 1584: new n N
rt.new(None, 'n', N)
# 1585: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1586: let p n
rt.let(None, 'p', ('n', 'n'))
# 1587: new n N
rt.new(None, 'n', N)
# 1588: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1589: let p n
rt.let(None, 'p', ('n', 'n'))
# 1590: new n N
rt.new(None, 'n', N)
# 1591: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1592: let p n
rt.let(None, 'p', ('n', 'n'))
# 1593: new n N
rt.new(None, 'n', N)
# 1594: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1595: let p n
rt.let(None, 'p', ('n', 'n'))
# 1596: new n N
rt.new(None, 'n', N)
# 1597: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1598: let p n
rt.let(None, 'p', ('n', 'n'))
# 1599: new n N
rt.new(None, 'n', N)
# 1600: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1601: let p n
rt.let(None, 'p', ('n', 'n'))
# 1602: new n N
rt.new(None, 'n', N)
# 1603: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1604: let p n
rt.let(None, 'p', ('n', 'n'))
# 1605: new n N
rt.new(None, 'n', N)
# 1606: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1607: let p n
rt.let(None, 'p', ('n', 'n'))
# 1608: new n N
rt.new(None, 'n', N)
# 1609: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1610: let p n
rt.let(None, 'p', ('n', 'n'))
# 1611: new n N
rt.new(None, 'n', N)
# 1612: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1613: let p n
rt.let(None, 'p', ('n', 'n'))
# 1614: new n N
rt.new(None, 'n', N)
# 1615: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1616: let p n
rt.let(None, 'p', ('n', 'n'))
# 1617: new n N
rt.new(None, 'n', N)
# 1618: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1619: let p n
rt.let(None, 'p', ('n', 'n'))
# 1620: new n N
rt.new(None, 'n', N)
# 1621: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1622: let p n
rt.let(None, 'p', ('n', 'n'))
# 1623: new n N
rt.new(None, 'n', N)
# 1624: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1625: let p n
rt.let(None, 'p', ('n', 'n'))
# 1626: new n N
rt.new(None, 'n', N)
# 1627: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1628: let p n
rt.let(None, 'p', ('n', 'n'))
# 1629: new n N
rt.new(None, 'n', N)
# 1630: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1631: let p n
rt.let(None, 'p', ('n', 'n'))
# 1632: new n N
rt.new(None, 'n', N)
# 1633: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1634: let p n
rt.let(None, 'p', ('n', 'n'))
# 1635: new n N
rt.new(None, 'n', N)
# 1636: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1637: let p n
rt.let(None, 'p', ('n', 'n'))
# 1638: new n N
rt.new(None, 'n', N)
# 1639: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1640: let p n
rt.let(None, 'p', ('n', 'n'))
# 1641: new n N
rt.new(None, 'n', N)
# 1642: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1643: let p n
rt.let(None, 'p', ('n', 'n'))
# 1644: new n N
rt.new(None, 'n', N)
# 1645: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1646: let p n
rt.let(None, 'p', ('n', 'n'))
# 1647: new n N
rt.new(None, 'n', N)
# 1648: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1649: let p n
rt.let(None, 'p', ('n', 'n'))
# 1650: new n N
rt.new(None, 'n', N)
# 1651: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1652: let p n
rt.let(None, 'p', ('n', 'n'))
# 1653: new n N
rt.new(None, 'n', N)
# 1654: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1655: let p n
rt.let(None, 'p', ('n', 'n'))
# 1656: new n N
rt.new(None, 'n', N)
# 1657: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1658: let p n
rt.let(None, 'p', ('n', 'n'))
# 1659: new n N
rt.new(None, 'n', N)
# 1660: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1661: let p n
rt.let(None, 'p', ('n', 'n'))
# 1662: new n N
rt.new(None, 'n', N)
# 1663: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1664: let p n
rt.let(None, 'p', ('n', 'n'))
# 1665: new n N
rt.new(None, 'n', N)
# 1666: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1667: let p n
rt.let(None, 'p', ('n', 'n'))
# 1668: new n N
rt.new(None, 'n', N)
# 1669: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1670: let p n
rt.let(None, 'p', ('n', 'n'))
# 1671: new n N
rt.new(None, 'n', N)
# 1672: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1673: let p n
rt.let(None, 'p', ('n', 'n'))
# 1674: new n N
rt.new(None, 'n', N)
# 1675: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1676: let p n
rt.let(None, 'p', ('n', 'n'))
# 1677: new n N
rt.new(None, 'n', N)
# 1678: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1679: let p n
rt.let(None, 'p', ('n', 'n'))
# 1680: new n N
rt.new(None, 'n', N)
# 1681: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1682: let p n
rt.let(None, 'p', ('n', 'n'))
# 1683: new n N
rt.new(None, 'n', N)
# 1684: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1685: let p n
rt.let(None, 'p', ('n', 'n'))
# 1686: new n N
rt.new(None, 'n', N)
# 1687: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1688: let p n
rt.let(None, 'p', ('n', 'n'))
# 1689: new n N
rt.new(None, 'n', N)
# 1690: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1691: let p n
rt.let(None, 'p', ('n', 'n'))
# 1692: new n N
rt.new(None, 'n', N)
# 1693: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1694: let p n
rt.let(None, 'p', ('n', 'n'))
# 1695: new n N
rt.new(None, 'n', N)
# 1696: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1697: let p n
rt.let(None, 'p', ('n', 'n'))
# 1698: new n N
rt.new(None, 'n', N)
# 1699: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1700: let p n
rt.let(None, 'p', ('n', 'n'))
# 1701: new n N
rt.new(None, 'n', N)
# 1702: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1703: let p n
rt.let(None, 'p', ('n', 'n'))
# 1704: new n N
rt.new(None, 'n', N)
# 1705: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1706: let p n
rt.let(None, 'p', ('n', 'n'))
# 1707: new n N
rt.new(None, 'n', N)
# 1708: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1709: let p n
rt.let(None, 'p', ('n', 'n'))
# 1710: new n N
rt.new(None, 'n', N)
# 1711: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1712: let p n
rt.let(None, 'p', ('n', 'n'))
# 1713: new n N
rt.new(None, 'n', N)
# 1714: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1715: let p n
rt.let(None, 'p', ('n', 'n'))
# 1716: new n N
rt.new(None, 'n', N)
# 1717: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1718: let p n
rt.let(None, 'p', ('n', 'n'))
# 1719: new n N
rt.new(None, 'n', N)
# 1720: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1721: let p n
rt.let(None, 'p', ('n', 'n'))
# 1722: new n N
rt.new(None, 'n', N)
# 1723: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1724: let p n
rt.let(None, 'p', ('n', 'n'))
# 1725: new n N
rt.new(None, 'n', N)
# 1726: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1727: let p n
rt.let(None, 'p', ('n', 'n'))
# 1728: new n N
rt.new(None, 'n', N)
# 1729: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1730: let p n
rt.let(None, 'p', ('n', 'n'))
# 1731: new n N
rt.new(None, 'n', N)
# 1732: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1733: let p n
rt.let(None, 'p', ('n', 'n'))
# 1734: new n N
rt.new(None, 'n', N)
# 1735: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1736: let p n
rt.let(None, 'p', ('n', 'n'))
# 1737: new n N
rt.new(None, 'n', N)
# 1738: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1739: let p n
rt.let(None, 'p', ('n', 'n'))
# 1740: new n N
rt.new(None, 'n', N)
# 1741: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1742: let p n
rt.let(None, 'p', ('n', 'n'))
# 1743: new n N
rt.new(None, 'n', N)
# 1744: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1745: let p n
rt.let(None, 'p', ('n', 'n'))
# 1746: new n N
rt.new(None, 'n', N)
# 1747: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1748: let p n
rt.let(None, 'p', ('n', 'n'))
# 1749: new n N
rt.new(None, 'n', N)
# 1750: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1751: let p n
rt.let(None, 'p', ('n', 'n'))
# 1752: new n N
rt.new(None, 'n', N)
# 1753: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1754: let p n
rt.let(None, 'p', ('n', 'n'))
# 1755: new n N
rt.new(None, 'n', N)
# 1756: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1757: let p n
rt.let(None, 'p', ('n', 'n'))
# 1758: new n N
rt.new(None, 'n', N)
# 1759: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1760: let p n
rt.let(None, 'p', ('n', 'n'))
# 1761: new n N
rt.new(None, 'n', N)
# 1762: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1763: let p n
rt.let(None, 'p', ('n', 'n'))
# 1764: new n N
rt.new(None, 'n', N)
# 1765: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1766: let p n
rt.let(None, 'p', ('n', 'n'))
# 1767: new n N
rt.new(None, 'n', N)
# 1768: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1769: let p n
rt.let(None, 'p', ('n', 'n'))
# 1770: new n N
rt.new(None, 'n', N)
# 1771: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1772: let p n
rt.let(None, 'p', ('n', 'n'))
# 1773: new n N
rt.new(None, 'n', N)
# 1774: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1775: let p n
rt.let(None, 'p', ('n', 'n'))
# 1776: new n N
rt.new(None, 'n', N)
# 1777: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1778: let p n
rt.let(None, 'p', ('n', 'n'))
# 1779: new n N
rt.new(None, 'n', N)
# 1780: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1781: let p n
rt.let(None, 'p', ('n', 'n'))
# 1782: new n N
rt.new(None, 'n', N)
# 1783: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1784: let p n
rt.let(None, 'p', ('n', 'n'))
# 1785: new n N
rt.new(None, 'n', N)
# 1786: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1787: let p n
rt.let(None, 'p', ('n', 'n'))
# 1788: new n N
rt.new(None, 'n', N)
# 1789: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1790: let p n
rt.let(None, 'p', ('n', 'n'))
# 1791: new n N
rt.new(None, 'n', N)
# 1792: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1793: let p n
rt.let(None, 'p', ('n', 'n'))
# 1794: new n N
rt.new(None, 'n', N)
# 1795: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1796: let p n
rt.let(None, 'p', ('n', 'n'))
# 1797: new n N
rt.new(None, 'n', N)
# 1798: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1799: let p n
rt.let(None, 'p', ('n', 'n'))
# 1800: new n N
rt.new(None, 'n', N)
# 1801: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1802: let p n
rt.let(None, 'p', ('n', 'n'))
# 1803: new n N
rt.new(None, 'n', N)
# 1804: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1805: let p n
rt.let(None, 'p', ('n', 'n'))
# 1806: new n N
rt.new(None, 'n', N)
# 1807: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1808: let p n
rt.let(None, 'p', ('n', 'n'))
# 1809: new n N
rt.new(None, 'n', N)
# 1810: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1811: let p n
rt.let(None, 'p', ('n', 'n'))
# 1812: new n N
rt.new(None, 'n', N)
# 1813: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1814: let p n
rt.let(None, 'p', ('n', 'n'))
# 1815: new n N
rt.new(None, 'n', N)
# 1816: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1817: let p n
rt.let(None, 'p', ('n', 'n'))
# 1818: new n N
rt.new(None, 'n', N)
# 1819: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1820: let p n
rt.let(None, 'p', ('n', 'n'))
# 1821: new n N
rt.new(None, 'n', N)
# 1822: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1823: let p n
rt.let(None, 'p', ('n', 'n'))
# 1824: new n N
rt.new(None, 'n', N)
# 1825: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1826: let p n
rt.let(None, 'p', ('n', 'n'))
# 1827: new n N
rt.new(None, 'n', N)
# 1828: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1829: let p n
rt.let(None, 'p', ('n', 'n'))
# 1830: new n N
rt.new(None, 'n', N)
# 1831: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1832: let p n
rt.let(None, 'p', ('n', 'n'))
# 1833: new n N
rt.new(None, 'n', N)
# 1834: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1835: let p n
rt.let(None, 'p', ('n', 'n'))
# 1836: new n N
rt.new(None, 'n', N)
# 1837: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1838: let p n
rt.let(None, 'p', ('n', 'n'))
# 1839: new n N
rt.new(None, 'n', N)
# 1840: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1841: let p n
rt.let(None, 'p', ('n', 'n'))
# 1842: new n N
rt.new(None, 'n', N)
# 1843: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1844: let p n
rt.let(None, 'p', ('n', 'n'))
# 1845: new n N
rt.new(None, 'n', N)
# 1846: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1847: let p n
rt.let(None, 'p', ('n', 'n'))
# 1848: new n N
rt.new(None, 'n', N)
# 1849: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1850: let p n
rt.let(None, 'p', ('n', 'n'))
# 1851: new n N
rt.new(None, 'n', N)
# 1852: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1853: let p n
rt.let(None, 'p', ('n', 'n'))
# 1854: new n N
rt.new(None, 'n', N)
# 1855: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1856: let p n
rt.let(None, 'p', ('n', 'n'))
# 1857: new n N
rt.new(None, 'n', N)
# 1858: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1859: let p n
rt.let(None, 'p', ('n', 'n'))
# 1860: new n N
rt.new(None, 'n', N)
# 1861: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1862: let p n
rt.let(None, 'p', ('n', 'n'))
# 1863: new n N
rt.new(None, 'n', N)
# 1864: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1865: let p n
rt.let(None, 'p', ('n', 'n'))
# 1866: new n N
rt.new(None, 'n', N)
# 1867: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1868: let p n
rt.let(None, 'p', ('n', 'n'))
# 1869: new n N
rt.new(None, 'n', N)
# 1870: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1871: let p n
rt.let(None, 'p', ('n', 'n'))
# 1872: new n N
rt.new(None, 'n', N)
# 1873: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1874: let p n
rt.let(None, 'p', ('n', 'n'))
# 1875: new n N
rt.new(None, 'n', N)
# 1876: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1877: let p n
rt.let(None, 'p', ('n', 'n'))
# 1878: new n N
rt.new(None, 'n', N)
# 1879: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1880: let p n
rt.let(None, 'p', ('n', 'n'))
# 1881: new n N
rt.new(None, 'n', N)
# 1882: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1883: let p n
rt.let(None, 'p', ('n', 'n'))
# 1884: new n N
rt.new(None, 'n', N)
# 1885: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1886: let p n
rt.let(None, 'p', ('n', 'n'))
# 1887: new n N
rt.new(None, 'n', N)
# 1888: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1889: let p n
rt.let(None, 'p', ('n', 'n'))
# 1890: new n N
rt.new(None, 'n', N)
# 1891: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1892: let p n
rt.let(None, 'p', ('n', 'n'))
# 1893: new n N
rt.new(None, 'n', N)
# 1894: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1895: let p n
rt.let(None, 'p', ('n', 'n'))
# 1896: new n N
rt.new(None, 'n', N)
# 1897: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1898: let p n
rt.let(None, 'p', ('n', 'n'))
# 1899: new n N
rt.new(None, 'n', N)
# 1900: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1901: let p n
rt.let(None, 'p', ('n', 'n'))
# 1902: new n N
rt.new(None, 'n', N)
# 1903: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1904: let p n
rt.let(None, 'p', ('n', 'n'))
# 1905: new n N
rt.new(None, 'n', N)
# 1906: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1907: let p n
rt.let(None, 'p', ('n', 'n'))
# 1908: new n N
rt.new(None, 'n', N)
# 1909: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1910: let p n
rt.let(None, 'p', ('n', 'n'))
# 1911: new n N
rt.new(None, 'n', N)
# 1912: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1913: let p n
rt.let(None, 'p', ('n', 'n'))
# 1914: new n N
rt.new(None, 'n', N)
# 1915: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1916: let p n
rt.let(None, 'p', ('n', 'n'))
# 1917: new n N
rt.new(None, 'n', N)
# 1918: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1919: let p n
rt.let(None, 'p', ('n', 'n'))
# 1920: new n N
rt.new(None, 'n', N)
# 1921: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1922: let p n
rt.let(None, 'p', ('n', 'n'))
# 1923: new n N
rt.new(None, 'n', N)
# 1924: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1925: let p n
rt.let(None, 'p', ('n', 'n'))
# 1926: new n N
rt.new(None, 'n', N)
# 1927: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1928: let p n
rt.let(None, 'p', ('n', 'n'))
# 1929: new n N
rt.new(None, 'n', N)
# 1930: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1931: let p n
rt.let(None, 'p', ('n', 'n'))
# 1932: new n N
rt.new(None, 'n', N)
# 1933: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1934: let p n
rt.let(None, 'p', ('n', 'n'))
# 1935: new n N
rt.new(None, 'n', N)
# 1936: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1937: let p n
rt.let(None, 'p', ('n', 'n'))
# 1938: new n N
rt.new(None, 'n', N)
# 1939: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1940: let p n
rt.let(None, 'p', ('n', 'n'))
# 1941: new n N
rt.new(None, 'n', N)
# 1942: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1943: let p n
rt.let(None, 'p', ('n', 'n'))
# 1944: new n N
rt.new(None, 'n', N)
# 1945: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1946: let p n
rt.let(None, 'p', ('n', 'n'))
# 1947: new n N
rt.new(None, 'n', N)
# 1948: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1949: let p n
rt.let(None, 'p', ('n', 'n'))
# 1950: new n N
rt.new(None, 'n', N)
# 1951: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1952: let p n
rt.let(None, 'p', ('n', 'n'))
# 1953: new n N
rt.new(None, 'n', N)
# 1954: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1955: let p n
rt.let(None, 'p', ('n', 'n'))
# 1956: new n N
rt.new(None, 'n', N)
# 1957: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1958: let p n
rt.let(None, 'p', ('n', 'n'))
# 1959: new n N
rt.new(None, 'n', N)
# 1960: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1961: let p n
rt.let(None, 'p', ('n', 'n'))
# 1962: new n N
rt.new(None, 'n', N)
# 1963: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1964: let p n
rt.let(None, 'p', ('n', 'n'))
# 1965: new n N
rt.new(None, 'n', N)
# 1966: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1967: let p n
rt.let(None, 'p', ('n', 'n'))
# 1968: new n N
rt.new(None, 'n', N)
# 1969: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1970: let p n
rt.let(None, 'p', ('n', 'n'))
# 1971: new n N
rt.new(None, 'n', N)
# 1972: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1973: let p n
rt.let(None, 'p', ('n', 'n'))
# 1974: new n N
rt.new(None, 'n', N)
# 1975: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1976: let p n
rt.let(None, 'p', ('n', 'n'))
# 1977: new n N
rt.new(None, 'n', N)
# 1978: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1979: let p n
rt.let(None, 'p', ('n', 'n'))
# 1980: new n N
rt.new(None, 'n', N)
# 1981: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1982: let p n
rt.let(None, 'p', ('n', 'n'))
# 1983: new n N
rt.new(None, 'n', N)
# 1984: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1985: let p n
rt.let(None, 'p', ('n', 'n'))
# 1986: new n N
rt.new(None, 'n', N)
# 1987: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1988: let p n
rt.let(None, 'p', ('n', 'n'))
# 1989: new n N
rt.new(None, 'n', N)
# 1990: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1991: let p n
rt.let(None, 'p', ('n', 'n'))
# 1992: new n N
rt.new(None, 'n', N)
# 1993: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1994: let p n
rt.let(None, 'p', ('n', 'n'))
# 1995: new n N
rt.new(None, 'n', N)
# 1996: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 1997: let p n
rt.let(None, 'p', ('n', 'n'))
# 1998: new n N
rt.new(None, 'n', N)
# 1999: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2000: let p n
rt.let(None, 'p', ('n', 'n'))
# 2001: new n N
rt.new(None, 'n', N)
# 2002: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2003: let p n
rt.let(None, 'p', ('n', 'n'))
# 2004: new n N
rt.new(None, 'n', N)
# 2005: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2006: let p n
rt.let(None, 'p', ('n', 'n'))
# 2007: new n N
rt.new(None, 'n', N)
# 2008: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2009: let p n
rt.let(None, 'p', ('n', 'n'))
# 2010: new n N
rt.new(None, 'n', N)
# 2011: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2012: let p n
rt.let(None, 'p', ('n', 'n'))
# 2013: new n N
rt.new(None, 'n', N)
# 2014: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2015: let p n
rt.let(None, 'p', ('n', 'n'))
# 2016: new n N
rt.new(None, 'n', N)
# 2017: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2018: let p n
rt.let(None, 'p', ('n', 'n'))
# 2019: new n N
rt.new(None, 'n', N)
# 2020: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2021: let p n
rt.let(None, 'p', ('n', 'n'))
# 2022: new n N
rt.new(None, 'n', N)
# 2023: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2024: let p n
rt.let(None, 'p', ('n', 'n'))
# 2025: new n N
rt.new(None, 'n', N)
# 2026: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2027: let p n
rt.let(None, 'p', ('n', 'n'))
# 2028: new n N
rt.new(None, 'n', N)
# 2029: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2030: let p n
rt.let(None, 'p', ('n', 'n'))
# 2031: new n N
rt.new(None, 'n', N)
# 2032: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2033: let p n
rt.let(None, 'p', ('n', 'n'))
# 2034: new n N
rt.new(None, 'n', N)
# 2035: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2036: let p n
rt.let(None, 'p', ('n', 'n'))
# 2037: new n N
rt.new(None, 'n', N)
# 2038: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2039: let p n
rt.let(None, 'p', ('n', 'n'))
# 2040: new n N
rt.new(None, 'n', N)
# 2041: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2042: let p n
rt.let(None, 'p', ('n', 'n'))
# 2043: new n N
rt.new(None, 'n', N)
# 2044: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2045: let p n
rt.let(None, 'p', ('n', 'n'))
# 2046: new n N
rt.new(None, 'n', N)
# 2047: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2048: let p n
rt.let(None, 'p', ('n', 'n'))
# 2049: new n N
rt.new(None, 'n', N)
# 2050: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2051: let p n
rt.let(None, 'p', ('n', 'n'))
# 2052: new n N
rt.new(None, 'n', N)
# 2053: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2054: let p n
rt.let(None, 'p', ('n', 'n'))
# 2055: new n N
rt.new(None, 'n', N)
# 2056: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2057: let p n
rt.let(None, 'p', ('n', 'n'))
# 2058: new n N
rt.new(None, 'n', N)
# 2059: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2060: let p n
rt.let(None, 'p', ('n', 'n'))
# 2061: new n N
rt.new(None, 'n', N)
# 2062: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2063: let p n
rt.let(None, 'p', ('n', 'n'))
# 2064: new n N
rt.new(None, 'n', N)
# 2065: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2066: let p n
rt.let(None, 'p', ('n', 'n'))
# 2067: new n N
rt.new(None, 'n', N)
# 2068: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2069: let p n
rt.let(None, 'p', ('n', 'n'))
# 2070: new n N
rt.new(None, 'n', N)
# 2071: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2072: let p n
rt.let(None, 'p', ('n', 'n'))
# 2073: new n N
rt.new(None, 'n', N)
# 2074: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2075: let p n
rt.let(None, 'p', ('n', 'n'))
# 2076: new n N
rt.new(None, 'n', N)
# 2077: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2078: let p n
rt.let(None, 'p', ('n', 'n'))
# 2079: new n N
rt.new(None, 'n', N)
# 2080: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2081: let p n
rt.let(None, 'p', ('n', 'n'))
# 2082: new n N
rt.new(None, 'n', N)
# 2083: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2084: let p n
rt.let(None, 'p', ('n', 'n'))
# 2085: new n N
rt.new(None, 'n', N)
# 2086: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2087: let p n
rt.let(None, 'p', ('n', 'n'))
# 2088: new n N
rt.new(None, 'n', N)
# 2089: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2090: let p n
rt.let(None, 'p', ('n', 'n'))
# 2091: new n N
rt.new(None, 'n', N)
# 2092: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2093: let p n
rt.let(None, 'p', ('n', 'n'))
# 2094: new n N
rt.new(None, 'n', N)
# 2095: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2096: let p n
rt.let(None, 'p', ('n', 'n'))
# 2097: new n N
rt.new(None, 'n', N)
# 2098: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2099: let p n
rt.let(None, 'p', ('n', 'n'))
# 2100: new n N
rt.new(None, 'n', N)
# 2101: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2102: let p n
rt.let(None, 'p', ('n', 'n'))
# 2103: new n N
rt.new(None, 'n', N)
# 2104: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2105: let p n
rt.let(None, 'p', ('n', 'n'))
# 2106: new n N
rt.new(None, 'n', N)
# 2107: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2108: expect count 700 0 0
rt.expect(2108, 'count', (700, 0, 0))
# 2109: expect log
rt.expect(2109, 'log', ())
# 2110: let p n
rt.let(None, 'p', ('n', 'n'))
# 2111: new n N
rt.new(None, 'n', N)
# 2112: set n.0 p
rt.set_(None, 'n', 0, ('n', 'p'))
# 2113: expect log collect 0 0 auto
rt.expect(2113, 'log', ('collect 0 0 auto',))
# 2114: expect generation n 1
rt.expect(2114, 'generation', ('n', '1'))
# 2115: expect generation n@700 1
rt.expect(2115, 'generation', ('n@700', '1'))
# 2116: expect generation n@701 0
rt.expect(2116, 'generation', ('n@701', '0'))
# 2117: expect count 0 1 0
rt.expect(2117, 'count', (0, 1, 0))
# 2118: expect stats 0 1 0 0
rt.expect(2118, 'stats', (0, 1, 0, 0))
rt.finish()
