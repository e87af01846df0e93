#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/dealloc_release_orders.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class D:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

class N:
    __slots__ = ('_m', 's00', 's01', 's02', '__weakref__')
    pass

rt.setup(['a0', 'a1', 'a2', 'b0', 'b1', 'b2', 'c0', 'c1', 'c2', 'd', 'e0', 'e1', 'e2', 'i', 'l', 't'], [], [D, N], False)

# 8: new a0 D
rt.new(None, 'a0', D)
# 9: new a1 D
rt.new(None, 'a1', D)
# 10: new a2 D
rt.new(None, 'a2', D)
# 11: list l a0 a1 a2
rt.lst(None, 'l', (('n', 'a0'), ('n', 'a1'), ('n', 'a2')))
# 12: del a0
rt.delete(None, 'a0')
# 13: del a1
rt.delete(None, 'a1')
# 14: del a2
rt.delete(None, 'a2')
# 15: del l
rt.delete(None, 'l')
# 16: expect log del a2, del a1, del a0
rt.expect(16, 'log', ('del a2', 'del a1', 'del a0'))
# 17: new b0 D
rt.new(None, 'b0', D)
# 18: new b1 D
rt.new(None, 'b1', D)
# 19: new b2 D
rt.new(None, 'b2', D)
# 20: tuple t b0 b1 b2
rt.tup(None, 't', (('n', 'b0'), ('n', 'b1'), ('n', 'b2')))
# 21: del b0
rt.delete(None, 'b0')
# 22: del b1
rt.delete(None, 'b1')
# 23: del b2
rt.delete(None, 'b2')
# 24: del t
rt.delete(None, 't')
# 25: expect log del b2, del b1, del b0
rt.expect(25, 'log', ('del b2', 'del b1', 'del b0'))
# 26: new c0 D
rt.new(None, 'c0', D)
# 27: new c1 D
rt.new(None, 'c1', D)
# 28: new c2 D
rt.new(None, 'c2', D)
# 29: new i N
rt.new(None, 'i', N)
# 30: set i.2 c2
rt.set_(None, 'i', 2, ('n', 'c2'))
# 31: set i.0 c0
rt.set_(None, 'i', 0, ('n', 'c0'))
# 32: set i.1 c1
rt.set_(None, 'i', 1, ('n', 'c1'))
# 33: del c0
rt.delete(None, 'c0')
# 34: del c1
rt.delete(None, 'c1')
# 35: del c2
rt.delete(None, 'c2')
# 36: del i
rt.delete(None, 'i')
# 37: expect log del c0, del c1, del c2
rt.expect(37, 'log', ('del c0', 'del c1', 'del c2'))
# 38: new e0 D
rt.new(None, 'e0', D)
# 39: new e1 D
rt.new(None, 'e1', D)
# 40: new e2 D
rt.new(None, 'e2', D)
# 41: dict d
rt.dct(None, 'd')
# 42: set d.9 e0
rt.set_(None, 'd', 9, ('n', 'e0'))
# 43: set d.1 e1
rt.set_(None, 'd', 1, ('n', 'e1'))
# 44: set d.5 e2
rt.set_(None, 'd', 5, ('n', 'e2'))
# 45: clear d.1
rt.clear(None, 'd', 1)
# 46: set d.1 e1
rt.set_(None, 'd', 1, ('n', 'e1'))
# 47: del e0
rt.delete(None, 'e0')
# 48: del e1
rt.delete(None, 'e1')
# 49: del e2
rt.delete(None, 'e2')
# 50: del d
rt.delete(None, 'd')
# 51: expect log del e0, del e2, del e1
rt.expect(51, 'log', ('del e0', 'del e2', 'del e1'))
# 52: expect dead a0 b0 c0 e0 l t i d
rt.expect(52, 'dead', ('a0', 'b0', 'c0', 'e0', 'l', 't', 'i', 'd'))
rt.finish()
