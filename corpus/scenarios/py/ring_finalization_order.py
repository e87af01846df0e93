#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/ring_finalization_order.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

rt.setup(['a', 'b', 'c'], [], [N], False)

# 5: new a N
rt.new(None, 'a', N)
# 6: new b N
rt.new(None, 'b', N)
# 7: new c N
rt.new(None, 'c', N)
# 8: set a.0 b
rt.set_(None, 'a', 0, ('n', 'b'))
# 9: set b.0 c
rt.set_(None, 'b', 0, ('n', 'c'))
# 10: set c.0 a
rt.set_(None, 'c', 0, ('n', 'a'))
# 11: del a
rt.delete(None, 'a')
# 12: del b
rt.delete(None, 'b')
# 13: del c
rt.delete(None, 'c')
# 14: collect
rt.collect(None, 2)
# 15: expect collected 3
rt.expect(15, 'collected', (3,))
# 16: expect log del a, del b, del c, collect 2 3
rt.expect(16, 'log', ('del a', 'del b', 'del c', 'collect 2 3'))
# 17: expect dead a b c
rt.expect(17, 'dead', ('a', 'b', 'c'))
# 18: expect del_calls a 1
rt.expect(18, 'del_calls', ('a', 1))
# 19: expect del_calls b 1
rt.expect(19, 'del_calls', ('b', 1))
# 20: expect del_calls c 1
rt.expect(20, 'del_calls', ('c', 1))
# 21: collect
rt.collect(None, 2)
# 22: expect collected 0
rt.expect(22, 'collected', (0,))
# 23: expect log collect 2 0
rt.expect(23, 'log', ('collect 2 0',))
rt.finish()
