#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/weakref_freed_by_own_callback_counted.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

def _b0(self):
    rt.clear(self, 'holder', 0)

rt.setup(['a', 'holder', 'w'], [_b0], [N], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 8: ref w a { clear holder.0 }
rt.ref(None, 'w', ('n', 'a'), 0)
# 9: list holder w
rt.lst(None, 'holder', (('n', 'w'),))
# 10: del w
rt.delete(None, 'w')
# 11: del a
rt.delete(None, 'a')
# 12: collect
rt.collect(None, 2)
# 13: expect collected 2
rt.expect(13, 'collected', (2,))
# 14: expect log callback w, collect 2 2
rt.expect(14, 'log', ('callback w', 'collect 2 2'))
# 15: expect dead a w
rt.expect(15, 'dead', ('a', 'w'))
# 16: expect stats 2 1 2 0
rt.expect(16, 'stats', (2, 1, 2, 0))
rt.finish()
