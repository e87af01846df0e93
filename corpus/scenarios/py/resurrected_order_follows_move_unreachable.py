#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/resurrected_order_follows_move_unreachable.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.let(self, 'keep', ('p', 'self', 0))

rt.setup(['a', 'b', 'c', 'keep'], [_b0], [N], False)

# 7: new a N
rt.new(None, 'a', N)
# 8: new b N
rt.new(None, 'b', N)
# 9: new c N
rt.new(None, 'c', N)
# 10: set a.0 b
rt.set_(None, 'a', 0, ('n', 'b'))
# 11: set b.0 c
rt.set_(None, 'b', 0, ('n', 'c'))
# 12: set c.0 a
rt.set_(None, 'c', 0, ('n', 'a'))
# 13: on_del a { let keep self.0 }
rt.on_del(None, 'a', 0)
# 14: del a
rt.delete(None, 'a')
# 15: del b
rt.delete(None, 'b')
# 16: del c
rt.delete(None, 'c')
# 17: collect
rt.collect(None, 2)
# 18: expect collected 0
rt.expect(18, 'collected', (0,))
# 19: expect log del a, del b, del c, collect 2 0
rt.expect(19, 'log', ('del a', 'del b', 'del c', 'collect 2 0'))
# 20: expect objects 2 b c a
rt.expect(20, 'objects', (2, 'b', 'c', 'a'))
# 21: expect finalized a b c
rt.expect(21, 'finalized', ('a', 'b', 'c'))
# 22: del keep
rt.delete(None, 'keep')
# 23: collect
rt.collect(None, 2)
# 24: expect collected 3
rt.expect(24, 'collected', (3,))
# 25: expect log collect 2 3
rt.expect(25, 'log', ('collect 2 3',))
rt.finish()
