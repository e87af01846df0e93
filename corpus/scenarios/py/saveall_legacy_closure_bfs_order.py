#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/saveall_legacy_closure_bfs_order.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

@_testcapi.with_tp_del
class L:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    def __tp_del__(self): rt.tp_del_hook(self)

class N:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    pass

rt.setup(['a', 'b', 'c', 'd', 'l1', 'l2', 'p'], [], [L, N], False)

# 8: new p N
rt.new(None, 'p', N)
# 9: set p.0 p
rt.set_(None, 'p', 0, ('n', 'p'))
# 10: new l1 L
rt.new(None, 'l1', L)
# 11: new a N
rt.new(None, 'a', N)
# 12: new b N
rt.new(None, 'b', N)
# 13: new c N
rt.new(None, 'c', N)
# 14: new d N
rt.new(None, 'd', N)
# 15: new l2 L
rt.new(None, 'l2', L)
# 16: set l1.0 a
rt.set_(None, 'l1', 0, ('n', 'a'))
# 17: set l1.1 b
rt.set_(None, 'l1', 1, ('n', 'b'))
# 18: set a.0 c
rt.set_(None, 'a', 0, ('n', 'c'))
# 19: set b.0 d
rt.set_(None, 'b', 0, ('n', 'd'))
# 20: set d.0 l1
rt.set_(None, 'd', 0, ('n', 'l1'))
# 21: set l2.0 l2
rt.set_(None, 'l2', 0, ('n', 'l2'))
# 22: del p
rt.delete(None, 'p')
# 23: del l1
rt.delete(None, 'l1')
# 24: del a
rt.delete(None, 'a')
# 25: del b
rt.delete(None, 'b')
# 26: del c
rt.delete(None, 'c')
# 27: del d
rt.delete(None, 'd')
# 28: del l2
rt.delete(None, 'l2')
# 29: debug saveall
rt.debug(None, 32)
# 30: collect
rt.collect(None, 2)
# 31: expect collected 7
rt.expect(31, 'collected', (7,))
# 32: expect log garbage p, garbage l1, garbage l2, garbage a, garbage b, garbage c, garbage d, collect 2 7
rt.expect(32, 'log', ('garbage p', 'garbage l1', 'garbage l2', 'garbage a', 'garbage b', 'garbage c', 'garbage d', 'collect 2 7'))
# 33: expect garbage p l1 l2 a b c d
rt.expect(33, 'garbage', ('p', 'l1', 'l2', 'a', 'b', 'c', 'd'))
# 34: expect stats 2 1 1 6
rt.expect(34, 'stats', (2, 1, 1, 6))
# 35: debug
rt.debug(None, 0)
rt.finish()
