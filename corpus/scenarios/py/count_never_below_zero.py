#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/count_never_below_zero.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['a', 'b', 'c', 'd'], [], [N], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: new b N
rt.new(None, 'b', N)
# 8: new c N
rt.new(None, 'c', N)
# 9: collect
rt.collect(None, 2)
# 10: del a
rt.delete(None, 'a')
# 11: del b
rt.delete(None, 'b')
# 12: del c
rt.delete(None, 'c')
# 13: new d N
rt.new(None, 'd', N)
# 14: expect count 1 0 0
rt.expect(14, 'count', (1, 0, 0))
# 15: del d
rt.delete(None, 'd')
# 16: expect count 0 0 0
rt.expect(16, 'count', (0, 0, 0))
rt.finish()
