#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/legacy_mix.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

@_testcapi.with_tp_del
class L:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    def __del__(self): rt.del_hook(self)
    def __tp_del__(self): rt.tp_del_hook(self)

class N:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    pass

def _b1(self):
    pass

rt.setup(['a', 'b', 'c', 'wb', 'wc'], [_b0, _b1], [L, N], False)

# 10: new a L
rt.new(None, 'a', L)
# 11: new b N
rt.new(None, 'b', N)
# 12: new c N
rt.new(None, 'c', N)
# 13: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 14: set a.1 b
rt.set_(None, 'a', 1, ('n', 'b'))
# 15: set c.0 c
rt.set_(None, 'c', 0, ('n', 'c'))
# 16: set c.1 a
rt.set_(None, 'c', 1, ('n', 'a'))
# 17: ref wb b {}
rt.ref(None, 'wb', ('n', 'b'), 0)
# 18: ref wc c {}
rt.ref(None, 'wc', ('n', 'c'), 1)
# 19: del a
rt.delete(None, 'a')
# 20: del b
rt.delete(None, 'b')
# 21: del c
rt.delete(None, 'c')
# 22: collect
rt.collect(None, 2)
# 23: expect collected 3
rt.expect(23, 'collected', (3,))
# 24: expect log callback wc, del c, garbage a, collect 2 3
rt.expect(24, 'log', ('callback wc', 'del c', 'garbage a', 'collect 2 3'))
# 25: expect garbage a
rt.expect(25, 'garbage', ('a',))
# 26: expect alive a b wb
rt.expect(26, 'alive', ('a', 'b', 'wb'))
# 27: expect dead c
rt.expect(27, 'dead', ('c',))
# 28: expect unfinalized a b
rt.expect(28, 'unfinalized', ('a', 'b'))
# 29: expect del_calls b 0
rt.expect(29, 'del_calls', ('b', 0))
# 30: expect tp_del_calls a 0
rt.expect(30, 'tp_del_calls', ('a', 0))
# 31: expect stats 2 1 1 2
rt.expect(31, 'stats', (2, 1, 1, 2))
# 32: take_garbage a
rt.take_garbage(None, 'a', 0)
# 33: expect garbage
rt.expect(33, 'garbage', ())
# 34: clear a.0
rt.clear(None, 'a', 0)
# 35: del a
rt.delete(None, 'a')
# 36: expect log del a, tp_del a, del b, callback wb
rt.expect(36, 'log', ('del a', 'tp_del a', 'del b', 'callback wb'))
# 37: expect dead a b
rt.expect(37, 'dead', ('a', 'b'))
# 38: expect cleared wb
rt.expect(38, 'cleared', ('wb',))
rt.finish()
