#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/instance_self_cycle.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class A:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['a'], [], [A], False)

# 5: new a A
rt.new(None, 'a', A)
# 6: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 7: expect referents a a
rt.expect(7, 'referents', ('a', 'a'))
# 8: del a
rt.delete(None, 'a')
# 9: collect
rt.collect(None, 2)
# 10: expect collected 1
rt.expect(10, 'collected', (1,))
# 11: expect log collect 2 1
rt.expect(11, 'log', ('collect 2 1',))
# 12: expect dead a
rt.expect(12, 'dead', ('a',))
# 13: collect
rt.collect(None, 2)
# 14: expect collected 0
rt.expect(14, 'collected', (0,))
# 15: expect log collect 2 0
rt.expect(15, 'log', ('collect 2 0',))
# 16: expect stats 2 2 1 0
rt.expect(16, 'stats', (2, 2, 1, 0))
rt.finish()
