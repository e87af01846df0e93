#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/auto_collect_in_del_and_callbacks.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.collect(self, 2)

def _b1(self):
    rt.new(self, 'x', N)
    rt.new(self, 'y', N)

rt.setup(['a', 'b', 'x', 'y'], [_b0, _b1], [N], True)

# 9: threshold 2
rt.threshold(None, (2,))
# 10: gccallback { collect }
rt.gccallback(None, 0)
# 11: new a N
rt.new(None, 'a', N)
# 12: new b N
rt.new(None, 'b', N)
# 13: on_del a { new x N; new y N }
rt.on_del(None, 'a', 1)
# 14: del a
rt.delete(None, 'a')
# 15: expect log del a, gc_start 0, collect 0 0 auto, gc_stop 0 0 0
rt.expect(15, 'log', ('del a', 'gc_start 0', 'collect 0 0 auto', 'gc_stop 0 0 0'))
# 16: expect generation b 1
rt.expect(16, 'generation', ('b', '1'))
# 17: expect generation x 0
rt.expect(17, 'generation', ('x', '0'))
# 18: expect generation y 0
rt.expect(18, 'generation', ('y', '0'))
# 19: expect count 0 1 0
rt.expect(19, 'count', (0, 1, 0))
rt.finish()
