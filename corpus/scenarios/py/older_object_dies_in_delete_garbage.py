#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/older_object_dies_in_delete_garbage.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    pass

rt.setup(['c1', 'c2', 'old', 'wold'], [_b0], [N], False)

# 7: new old N
rt.new(None, 'old', N)
# 8: ref wold old {}
rt.ref(None, 'wold', ('n', 'old'), 0)
# 9: collect
rt.collect(None, 2)
# 10: expect generation old 2
rt.expect(10, 'generation', ('old', '2'))
# 11: new c1 N
rt.new(None, 'c1', N)
# 12: new c2 N
rt.new(None, 'c2', N)
# 13: set c1.0 c2
rt.set_(None, 'c1', 0, ('n', 'c2'))
# 14: set c2.0 c1
rt.set_(None, 'c2', 0, ('n', 'c1'))
# 15: set c1.1 old
rt.set_(None, 'c1', 1, ('n', 'old'))
# 16: del old
rt.delete(None, 'old')
# 17: del c1
rt.delete(None, 'c1')
# 18: del c2
rt.delete(None, 'c2')
# 19: collect 0
rt.collect(None, 0)
# 20: expect collected 2
rt.expect(20, 'collected', (2,))
# 21: expect log collect 2 0, del c1, del c2, del old, callback wold, collect 0 2
rt.expect(21, 'log', ('collect 2 0', 'del c1', 'del c2', 'del old', 'callback wold', 'collect 0 2'))
# 22: expect dead old c1 c2
rt.expect(22, 'dead', ('old', 'c1', 'c2'))
# 23: expect stats 0 1 2 0
rt.expect(23, 'stats', (0, 1, 2, 0))
rt.finish()
