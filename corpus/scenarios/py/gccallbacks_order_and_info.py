#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/gccallbacks_order_and_info.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

@_testcapi.with_tp_del
class L:
    __slots__ = ('_m', 's00', '__weakref__')
    def __tp_del__(self): rt.tp_del_hook(self)

def _b0(self):
    rt.collect(self, 2)

def _b1(self):
    rt.new(self, 'made', N)

rt.setup(['a', 'l', 'made'], [_b0, _b1], [N, L], True)

# 10: gccallback { collect }
rt.gccallback(None, 0)
# 11: gccallback { new made N }
rt.gccallback(None, 1)
# 12: new a N
rt.new(None, 'a', N)
# 13: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 14: new l L
rt.new(None, 'l', L)
# 15: set l.0 l
rt.set_(None, 'l', 0, ('n', 'l'))
# 16: del a
rt.delete(None, 'a')
# 17: del l
rt.delete(None, 'l')
# 18: collect 1
rt.collect(None, 1)
# 19: expect collected 2
rt.expect(19, 'collected', (2,))
# 20: expect log gc_start 1, gc_start 1, del a, garbage l, collect 1 2, gc_stop 1 1 1, gc_stop 1 1 1, del made
rt.expect(20, 'log', ('gc_start 1', 'gc_start 1', 'del a', 'garbage l', 'collect 1 2', 'gc_stop 1 1 1', 'gc_stop 1 1 1', 'del made'))
# 21: expect garbage l
rt.expect(21, 'garbage', ('l',))
# 22: expect dead a made
rt.expect(22, 'dead', ('a', 'made'))
# 23: expect alive made@2
rt.expect(23, 'alive', ('made@2',))
# 24: expect generation made@2 0
rt.expect(24, 'generation', ('made@2', '0'))
# 25: expect count 0 0 1
rt.expect(25, 'count', (0, 0, 1))
# 26: expect stats 1 1 1 1
rt.expect(26, 'stats', (1, 1, 1, 1))
rt.finish()
