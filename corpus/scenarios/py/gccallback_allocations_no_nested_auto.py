#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/gccallback_allocations_no_nested_auto.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

def _b0(self):
    rt.new(self, 'p', N)
    rt.append(self, 'keep', ('n', 'p'))
    rt.new(self, 'p', N)
    rt.append(self, 'keep', ('n', 'p'))
    rt.new(self, 'p', N)
    rt.append(self, 'keep', ('n', 'p'))

rt.setup(['keep', 'p', 'y'], [_b0], [N], True)

# 9: list keep
rt.lst(None, 'keep', ())
# 10: threshold 2
rt.threshold(None, (2,))
# 11: gccallback { new p N; append keep p; new p N; append keep p; new p N; append keep p }
rt.gccallback(None, 0)
# 12: collect 0
rt.collect(None, 0)
# 13: expect collected 0
rt.expect(13, 'collected', (0,))
# 14: expect log gc_start 0, collect 0 0, gc_stop 0 0 0
rt.expect(14, 'log', ('gc_start 0', 'collect 0 0', 'gc_stop 0 0 0'))
# 15: expect count 3 1 0
rt.expect(15, 'count', (3, 1, 0))
# 16: new y N
rt.new(None, 'y', N)
# 17: expect log gc_start 0, collect 0 0 auto, gc_stop 0 0 0
rt.expect(17, 'log', ('gc_start 0', 'collect 0 0 auto', 'gc_stop 0 0 0'))
# 18: expect count 3 2 0
rt.expect(18, 'count', (3, 2, 0))
# 19: expect generation p@6 1
rt.expect(19, 'generation', ('p@6', '1'))
# 20: expect generation p@9 1
rt.expect(20, 'generation', ('p@9', '1'))
# 21: expect generation p@12 0
rt.expect(21, 'generation', ('p@12', '0'))
rt.finish()
