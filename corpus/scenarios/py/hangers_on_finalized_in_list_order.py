#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/hangers_on_finalized_in_list_order.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    def __del__(self): rt.del_hook(self)

rt.setup(['a', 'b', 'cbefore', 'dafter'], [], [N], False)

# 6: new cbefore N
rt.new(None, 'cbefore', N)
# 7: new a N
rt.new(None, 'a', N)
# 8: new b N
rt.new(None, 'b', N)
# 9: new dafter N
rt.new(None, 'dafter', N)
# 10: set a.0 b
rt.set_(None, 'a', 0, ('n', 'b'))
# 11: set b.0 a
rt.set_(None, 'b', 0, ('n', 'a'))
# 12: set a.1 cbefore
rt.set_(None, 'a', 1, ('n', 'cbefore'))
# 13: set b.1 dafter
rt.set_(None, 'b', 1, ('n', 'dafter'))
# 14: del cbefore
rt.delete(None, 'cbefore')
# 15: del dafter
rt.delete(None, 'dafter')
# 16: del a
rt.delete(None, 'a')
# 17: del b
rt.delete(None, 'b')
# 18: collect
rt.collect(None, 2)
# 19: expect collected 4
rt.expect(19, 'collected', (4,))
# 20: expect log del cbefore, del a, del b, del dafter, collect 2 4
rt.expect(20, 'log', ('del cbefore', 'del a', 'del b', 'del dafter', 'collect 2 4'))
# 21: expect dead cbefore a b dafter
rt.expect(21, 'dead', ('cbefore', 'a', 'b', 'dafter'))
# 22: expect del_calls cbefore 1
rt.expect(22, 'del_calls', ('cbefore', 1))
# 23: expect del_calls dafter 1
rt.expect(23, 'del_calls', ('dafter', 1))
rt.finish()
