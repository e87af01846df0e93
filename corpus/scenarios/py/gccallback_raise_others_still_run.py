#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/gccallback_raise_others_still_run.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

def _b0(self):
    raise rt.GcopsRaise()
    rt.new(self, 'never', N)

def _b1(self):
    rt.new(self, 'seen', N)

rt.setup(['never', 'seen'], [_b0, _b1], [N], True)

# 6: gccallback { raise; new never N }
rt.gccallback(None, 0)
# 7: gccallback { new seen N }
rt.gccallback(None, 1)
# 8: collect 0
rt.collect(None, 0)
# 9: expect collected 0
rt.expect(9, 'collected', (0,))
# 10: expect log gc_start 0, gc_start 0, collect 0 0, gc_stop 0 0 0, gc_stop 0 0 0
rt.expect(10, 'log', ('gc_start 0', 'gc_start 0', 'collect 0 0', 'gc_stop 0 0 0', 'gc_stop 0 0 0'))
# 11: expect alive seen@2
rt.expect(11, 'alive', ('seen@2',))
# 12: expect dead seen
rt.expect(12, 'dead', ('seen',))
# 13: expect generation seen@2 0
rt.expect(13, 'generation', ('seen@2', '0'))
rt.finish()
