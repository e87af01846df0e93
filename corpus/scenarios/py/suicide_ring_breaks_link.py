#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/suicide_ring_breaks_link.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.clear(self, 'self', 0)

rt.setup(['a', 'b', 'c'], [_b0], [N], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: new b N
rt.new(None, 'b', N)
# 8: new c N
rt.new(None, 'c', N)
# 9: set a.0 b
rt.set_(None, 'a', 0, ('n', 'b'))
# 10: set b.0 c
rt.set_(None, 'b', 0, ('n', 'c'))
# 11: set c.0 a
rt.set_(None, 'c', 0, ('n', 'a'))
# 12: on_del b { clear self.0 }
rt.on_del(None, 'b', 0)
# 13: del a
rt.delete(None, 'a')
# 14: del b
rt.delete(None, 'b')
# 15: del c
rt.delete(None, 'c')
# 16: collect
rt.collect(None, 2)
# 17: expect collected 0
rt.expect(17, 'collected', (0,))
# 18: expect log del a, del b, del c, collect 2 0
rt.expect(18, 'log', ('del a', 'del b', 'del c', 'collect 2 0'))
# 19: expect dead a b c
rt.expect(19, 'dead', ('a', 'b', 'c'))
rt.finish()
