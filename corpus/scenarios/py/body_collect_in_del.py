#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/body_collect_in_del.gcops."""
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
    rt.collect(self, 2)

rt.setup(['a', 'b', 'g'], [_b0, _b1], [N], False)

# 7: new a N
rt.new(None, 'a', N)
# 8: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 9: on_del a { collect }
rt.on_del(None, 'a', 0)
# 10: del a
rt.delete(None, 'a')
# 11: collect
rt.collect(None, 2)
# 12: expect collected 1
rt.expect(12, 'collected', (1,))
# 13: expect log del a, collect 2 1
rt.expect(13, 'log', ('del a', 'collect 2 1'))
# 14: new g N
rt.new(None, 'g', N)
# 15: set g.0 g
rt.set_(None, 'g', 0, ('n', 'g'))
# 16: del g
rt.delete(None, 'g')
# 17: new b N
rt.new(None, 'b', N)
# 18: on_del b { collect }
rt.on_del(None, 'b', 1)
# 19: del b
rt.delete(None, 'b')
# 20: expect log del b, del g, collect 2 1
rt.expect(20, 'log', ('del b', 'del g', 'collect 2 1'))
# 21: expect dead b g
rt.expect(21, 'dead', ('b', 'g'))
# 22: expect collected 1
rt.expect(22, 'collected', (1,))
# 23: expect stats 2 2 2 0
rt.expect(23, 'stats', (2, 2, 2, 0))
rt.finish()
