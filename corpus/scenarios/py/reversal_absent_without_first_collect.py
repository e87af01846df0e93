#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/reversal_absent_without_first_collect.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

rt.setup(['a', 'b', 'c'], [], [N], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: new b N
rt.new(None, 'b', N)
# 8: new c N
rt.new(None, 'c', N)
# 9: set c.0 b
rt.set_(None, 'c', 0, ('n', 'b'))
# 10: set b.0 a
rt.set_(None, 'b', 0, ('n', 'a'))
# 11: set a.0 c
rt.set_(None, 'a', 0, ('n', 'c'))
# 12: del a
rt.delete(None, 'a')
# 13: del b
rt.delete(None, 'b')
# 14: del c
rt.delete(None, 'c')
# 15: collect
rt.collect(None, 2)
# 16: expect collected 3
rt.expect(16, 'collected', (3,))
# 17: expect log del a, del b, del c, collect 2 3
rt.expect(17, 'log', ('del a', 'del b', 'del c', 'collect 2 3'))
rt.finish()
