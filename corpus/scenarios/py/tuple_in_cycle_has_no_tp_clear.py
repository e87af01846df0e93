#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/tuple_in_cycle_has_no_tp_clear.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    pass

rt.setup(['a', 'b', 't', 'u', 'wt'], [_b0], [N], False)

# 7: new a N
rt.new(None, 'a', N)
# 8: tuple t a
rt.tup(None, 't', (('n', 'a'),))
# 9: set a.0 t
rt.set_(None, 'a', 0, ('n', 't'))
# 10: ref wt a {}
rt.ref(None, 'wt', ('n', 'a'), 0)
# 11: del a
rt.delete(None, 'a')
# 12: del t
rt.delete(None, 't')
# 13: collect
rt.collect(None, 2)
# 14: expect collected 2
rt.expect(14, 'collected', (2,))
# 15: expect log callback wt, del a, collect 2 2
rt.expect(15, 'log', ('callback wt', 'del a', 'collect 2 2'))
# 16: expect dead a t
rt.expect(16, 'dead', ('a', 't'))
# 17: new b N
rt.new(None, 'b', N)
# 18: set b.0 b
rt.set_(None, 'b', 0, ('n', 'b'))
# 19: tuple u b 1
rt.tup(None, 'u', (('n', 'b'), ('i', 1)))
# 20: del b
rt.delete(None, 'b')
# 21: collect
rt.collect(None, 2)
# 22: expect collected 0
rt.expect(22, 'collected', (0,))
# 23: expect log collect 2 0
rt.expect(23, 'log', ('collect 2 0',))
# 24: expect tracked u
rt.expect(24, 'tracked', ('u',))
# 25: del u
rt.delete(None, 'u')
# 26: collect
rt.collect(None, 2)
# 27: expect collected 1
rt.expect(27, 'collected', (1,))
# 28: expect log del b, collect 2 1
rt.expect(28, 'log', ('del b', 'collect 2 1'))
rt.finish()
