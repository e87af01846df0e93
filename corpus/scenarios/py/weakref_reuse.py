#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/weakref_reuse.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

def _b0(self):
    pass

def _b1(self):
    pass

rt.setup(['c1', 'c2', 'o', 'p1', 'p2', 'r1', 'r2', 'r3'], [_b0, _b1], [N], False)

# 6: new o N
rt.new(None, 'o', N)
# 7: ref r1 o
rt.ref(None, 'r1', ('n', 'o'), None)
# 8: ref r2 o
rt.ref(None, 'r2', ('n', 'o'), None)
# 9: expect weakrefs o 1
rt.expect(9, 'weakrefs', ('o', 1))
# 10: proxy p1 o
rt.proxy(None, 'p1', ('n', 'o'), None)
# 11: ref r3 o
rt.ref(None, 'r3', ('n', 'o'), None)
# 12: proxy p2 o
rt.proxy(None, 'p2', ('n', 'o'), None)
# 13: expect weakrefs o 2
rt.expect(13, 'weakrefs', ('o', 2))
# 14: ref c1 o {}
rt.ref(None, 'c1', ('n', 'o'), 0)
# 15: proxy c2 o {}
rt.proxy(None, 'c2', ('n', 'o'), 1)
# 16: expect weakrefs o 4
rt.expect(16, 'weakrefs', ('o', 4))
# 17: expect referrers o
rt.expect(17, 'referrers', ('o',))
# 18: del r1
rt.delete(None, 'r1')
# 19: del r2
rt.delete(None, 'r2')
# 20: expect weakrefs o 4
rt.expect(20, 'weakrefs', ('o', 4))
# 21: del r3
rt.delete(None, 'r3')
# 22: expect weakrefs o 3
rt.expect(22, 'weakrefs', ('o', 3))
# 23: expect dead r1
rt.expect(23, 'dead', ('r1',))
# 24: expect alive p1
rt.expect(24, 'alive', ('p1',))
# 25: del p1
rt.delete(None, 'p1')
# 26: del p2
rt.delete(None, 'p2')
# 27: del c1
rt.delete(None, 'c1')
# 28: expect weakrefs o 1
rt.expect(28, 'weakrefs', ('o', 1))
# 29: del c2
rt.delete(None, 'c2')
# 30: expect weakrefs o 0
rt.expect(30, 'weakrefs', ('o', 0))
# 31: expect dead r1 p1 c1 c2
rt.expect(31, 'dead', ('r1', 'p1', 'c1', 'c2'))
# 32: expect alive o
rt.expect(32, 'alive', ('o',))
rt.finish()
