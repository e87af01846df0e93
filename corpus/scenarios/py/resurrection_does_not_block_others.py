#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/resurrection_does_not_block_others.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class A:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

class Z:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.append(self, 'zs', ('s',))

def _b1(self):
    rt.append(self, 'zs', ('s',))

rt.setup(['a', 'z', 'zs'], [_b0, _b1], [A, Z], False)

# 7: list zs
rt.lst(None, 'zs', ())
# 8: new z Z
rt.new(None, 'z', Z)
# 9: set z.0 z
rt.set_(None, 'z', 0, ('n', 'z'))
# 10: on_del z { append zs self }
rt.on_del(None, 'z', 0)
# 11: del z
rt.delete(None, 'z')
# 12: collect
rt.collect(None, 2)
# 13: expect collected 0
rt.expect(13, 'collected', (0,))
# 14: expect log del z, collect 2 0
rt.expect(14, 'log', ('del z', 'collect 2 0'))
# 15: new a A
rt.new(None, 'a', A)
# 16: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 17: new a A
rt.new(None, 'a', A)
# 18: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 19: new a A
rt.new(None, 'a', A)
# 20: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 21: new z Z
rt.new(None, 'z', Z)
# 22: set z.0 z
rt.set_(None, 'z', 0, ('n', 'z'))
# 23: on_del z { append zs self }
rt.on_del(None, 'z', 1)
# 24: del z
rt.delete(None, 'z')
# 25: del a
rt.delete(None, 'a')
# 26: collect
rt.collect(None, 2)
# 27: expect collected 3
rt.expect(27, 'collected', (3,))
# 28: expect log del z@2, collect 2 3
rt.expect(28, 'log', ('del z@2', 'collect 2 3'))
# 29: expect dead a a@2 a@3
rt.expect(29, 'dead', ('a', 'a@2', 'a@3'))
# 30: expect alive z z@2
rt.expect(30, 'alive', ('z', 'z@2'))
# 31: expect stats 2 2 3 0
rt.expect(31, 'stats', (2, 2, 3, 0))
# 32: del zs
rt.delete(None, 'zs')
# 33: collect
rt.collect(None, 2)
# 34: expect collected 2
rt.expect(34, 'collected', (2,))
# 35: expect log collect 2 2
rt.expect(35, 'log', ('collect 2 2',))
# 36: expect dead z z@2
rt.expect(36, 'dead', ('z', 'z@2'))
rt.finish()
