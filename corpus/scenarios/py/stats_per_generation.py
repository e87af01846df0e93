#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/stats_per_generation.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

@_testcapi.with_tp_del
class L:
    __slots__ = ('_m', 's00', '__weakref__')
    def __tp_del__(self): rt.tp_del_hook(self)

rt.setup(['a', 'b', 'l'], [], [N, L], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 8: del a
rt.delete(None, 'a')
# 9: collect 0
rt.collect(None, 0)
# 10: expect collected 1
rt.expect(10, 'collected', (1,))
# 11: expect stats 0 1 1 0
rt.expect(11, 'stats', (0, 1, 1, 0))
# 12: expect stats 1 0 0 0
rt.expect(12, 'stats', (1, 0, 0, 0))
# 13: expect stats 2 0 0 0
rt.expect(13, 'stats', (2, 0, 0, 0))
# 14: new b N
rt.new(None, 'b', N)
# 15: set b.0 b
rt.set_(None, 'b', 0, ('n', 'b'))
# 16: collect 0
rt.collect(None, 0)
# 17: del b
rt.delete(None, 'b')
# 18: collect 1
rt.collect(None, 1)
# 19: expect collected 1
rt.expect(19, 'collected', (1,))
# 20: expect stats 0 2 1 0
rt.expect(20, 'stats', (0, 2, 1, 0))
# 21: expect stats 1 1 1 0
rt.expect(21, 'stats', (1, 1, 1, 0))
# 22: new l L
rt.new(None, 'l', L)
# 23: set l.0 l
rt.set_(None, 'l', 0, ('n', 'l'))
# 24: del l
rt.delete(None, 'l')
# 25: collect
rt.collect(None, 2)
# 26: expect collected 1
rt.expect(26, 'collected', (1,))
# 27: expect stats 2 1 0 1
rt.expect(27, 'stats', (2, 1, 0, 1))
# 28: expect log collect 0 1, collect 0 0, collect 1 1, garbage l, collect 2 1
rt.expect(28, 'log', ('collect 0 1', 'collect 0 0', 'collect 1 1', 'garbage l', 'collect 2 1'))
rt.finish()
