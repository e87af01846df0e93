#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/weakref_reuse_after_death.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

def _b0(self):
    pass

rt.setup(['again', 'b', 'o', 'r'], [_b0], [N], False)

# 5: new o N
rt.new(None, 'o', N)
# 6: ref r o {}
rt.ref(None, 'r', ('n', 'o'), 0)
# 7: ref b o
rt.ref(None, 'b', ('n', 'o'), None)
# 8: expect weakrefs o 2
rt.expect(8, 'weakrefs', ('o', 2))
# 9: del b
rt.delete(None, 'b')
# 10: expect weakrefs o 1
rt.expect(10, 'weakrefs', ('o', 1))
# 11: ref b o
rt.ref(None, 'b', ('n', 'o'), None)
# 12: expect weakrefs o 2
rt.expect(12, 'weakrefs', ('o', 2))
# 13: expect dead b
rt.expect(13, 'dead', ('b',))
# 14: expect alive b@2 r
rt.expect(14, 'alive', ('b@2', 'r'))
# 15: ref again o
rt.ref(None, 'again', ('n', 'o'), None)
# 16: expect weakrefs o 2
rt.expect(16, 'weakrefs', ('o', 2))
# 17: del b
rt.delete(None, 'b')
# 18: expect alive b@2
rt.expect(18, 'alive', ('b@2',))
# 19: del again
rt.delete(None, 'again')
# 20: expect dead b@2
rt.expect(20, 'dead', ('b@2',))
# 21: expect weakrefs o 1
rt.expect(21, 'weakrefs', ('o', 1))
rt.finish()
