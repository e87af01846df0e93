#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/legacy_and_plain_self_cycles.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

@_testcapi.with_tp_del
class A:
    __slots__ = ('_m', 's00', '__weakref__')
    def __tp_del__(self): rt.tp_del_hook(self)

class B:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['a', 'b'], [], [A, B], False)

# 6: new a A
rt.new(None, 'a', A)
# 7: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 8: new b B
rt.new(None, 'b', B)
# 9: set b.0 b
rt.set_(None, 'b', 0, ('n', 'b'))
# 10: del a
rt.delete(None, 'a')
# 11: del b
rt.delete(None, 'b')
# 12: collect
rt.collect(None, 2)
# 13: expect collected 2
rt.expect(13, 'collected', (2,))
# 14: expect log garbage a, collect 2 2
rt.expect(14, 'log', ('garbage a', 'collect 2 2'))
# 15: expect garbage a
rt.expect(15, 'garbage', ('a',))
# 16: expect alive a
rt.expect(16, 'alive', ('a',))
# 17: expect dead b
rt.expect(17, 'dead', ('b',))
# 18: expect stats 2 1 1 1
rt.expect(18, 'stats', (2, 1, 1, 1))
rt.finish()
