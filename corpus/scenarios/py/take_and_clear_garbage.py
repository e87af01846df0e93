#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/take_and_clear_garbage.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

@_testcapi.with_tp_del
class L:
    __slots__ = ('_m', 's00', '__weakref__')
    def __tp_del__(self): rt.tp_del_hook(self)

rt.setup(['a', 'b', 'c', 'last', 'mid'], [], [L], False)

# 6: new a L
rt.new(None, 'a', L)
# 7: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 8: new b L
rt.new(None, 'b', L)
# 9: set b.0 b
rt.set_(None, 'b', 0, ('n', 'b'))
# 10: new c L
rt.new(None, 'c', L)
# 11: set c.0 c
rt.set_(None, 'c', 0, ('n', 'c'))
# 12: del a
rt.delete(None, 'a')
# 13: del b
rt.delete(None, 'b')
# 14: del c
rt.delete(None, 'c')
# 15: collect
rt.collect(None, 2)
# 16: expect collected 3
rt.expect(16, 'collected', (3,))
# 17: expect log garbage a, garbage b, garbage c, collect 2 3
rt.expect(17, 'log', ('garbage a', 'garbage b', 'garbage c', 'collect 2 3'))
# 18: expect garbage a b c
rt.expect(18, 'garbage', ('a', 'b', 'c'))
# 19: take_garbage mid 1
rt.take_garbage(None, 'mid', 1)
# 20: expect garbage a c
rt.expect(20, 'garbage', ('a', 'c'))
# 21: take_garbage last -1
rt.take_garbage(None, 'last', -1)
# 22: expect garbage a
rt.expect(22, 'garbage', ('a',))
# 23: clear mid.0
rt.clear(None, 'mid', 0)
# 24: del mid
rt.delete(None, 'mid')
# 25: expect log tp_del b
rt.expect(25, 'log', ('tp_del b',))
# 26: expect dead b
rt.expect(26, 'dead', ('b',))
# 27: clear_garbage
rt.clear_garbage(None)
# 28: expect garbage
rt.expect(28, 'garbage', ())
# 29: expect alive a c
rt.expect(29, 'alive', ('a', 'c'))
# 30: collect
rt.collect(None, 2)
# 31: expect collected 1
rt.expect(31, 'collected', (1,))
# 32: expect log garbage a, collect 2 1
rt.expect(32, 'log', ('garbage a', 'collect 2 1'))
# 33: expect garbage a
rt.expect(33, 'garbage', ('a',))
rt.finish()
