#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/set_replaces_value_cascade.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

rt.setup(['d', 'h', 'keep', 'v1', 'v2', 'v3', 'v4'], [], [N], False)

# 6: new h N
rt.new(None, 'h', N)
# 7: new v1 N
rt.new(None, 'v1', N)
# 8: set h.0 v1
rt.set_(None, 'h', 0, ('n', 'v1'))
# 9: del v1
rt.delete(None, 'v1')
# 10: new v2 N
rt.new(None, 'v2', N)
# 11: set h.0 v2
rt.set_(None, 'h', 0, ('n', 'v2'))
# 12: expect log del v1
rt.expect(12, 'log', ('del v1',))
# 13: let keep v2
rt.let(None, 'keep', ('n', 'v2'))
# 14: del v2
rt.delete(None, 'v2')
# 15: clear h.0
rt.clear(None, 'h', 0)
# 16: expect log
rt.expect(16, 'log', ())
# 17: let keep none
rt.let(None, 'keep', ('z',))
# 18: expect log del v2
rt.expect(18, 'log', ('del v2',))
# 19: dict d
rt.dct(None, 'd')
# 20: new v3 N
rt.new(None, 'v3', N)
# 21: set d.4 v3
rt.set_(None, 'd', 4, ('n', 'v3'))
# 22: del v3
rt.delete(None, 'v3')
# 23: set d.4 7
rt.set_(None, 'd', 4, ('i', 7))
# 24: expect log del v3
rt.expect(24, 'log', ('del v3',))
# 25: new v4 N
rt.new(None, 'v4', N)
# 26: set d.5 v4
rt.set_(None, 'd', 5, ('n', 'v4'))
# 27: del v4
rt.delete(None, 'v4')
# 28: clear d.5
rt.clear(None, 'd', 5)
# 29: expect log del v4
rt.expect(29, 'log', ('del v4',))
# 30: expect dead v1 v2 v3 v4
rt.expect(30, 'dead', ('v1', 'v2', 'v3', 'v4'))
rt.finish()
