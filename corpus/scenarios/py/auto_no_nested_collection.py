#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/auto_no_nested_collection.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.new(self, 'x0', N)
    rt.new(self, 'x1', N)
    rt.new(self, 'x2', N)
    rt.new(self, 'x3', N)

rt.setup(['a', 'x0', 'x1', 'x2', 'x3', 'y'], [_b0], [N], True)

# 10: threshold 3
rt.threshold(None, (3,))
# 11: new a N
rt.new(None, 'a', N)
# 12: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 13: on_del a { new x0 N; new x1 N; new x2 N; new x3 N }
rt.on_del(None, 'a', 0)
# 14: del a
rt.delete(None, 'a')
# 15: collect 0
rt.collect(None, 0)
# 16: expect collected 1
rt.expect(16, 'collected', (1,))
# 17: expect log del a, collect 0 1
rt.expect(17, 'log', ('del a', 'collect 0 1'))
# 18: expect count 3 1 0
rt.expect(18, 'count', (3, 1, 0))
# 19: expect alive x0 x1 x2 x3
rt.expect(19, 'alive', ('x0', 'x1', 'x2', 'x3'))
# 20: expect generation x0 0
rt.expect(20, 'generation', ('x0', '0'))
# 21: new y N
rt.new(None, 'y', N)
# 22: expect log collect 0 0 auto
rt.expect(22, 'log', ('collect 0 0 auto',))
# 23: expect generation x3 1
rt.expect(23, 'generation', ('x3', '1'))
# 24: expect generation y 0
rt.expect(24, 'generation', ('y', '0'))
# 25: expect count 0 2 0
rt.expect(25, 'count', (0, 2, 0))
rt.finish()
