#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/refcount_weakref_callbacks_newest_first.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    pass

def _b1(self):
    pass

def _b2(self):
    pass

def _b3(self):
    rt.ref(self, 'inside', ('n', 'plain'), None)

rt.setup(['a', 'a1', 'a2', 'a3', 'inside', 'plain'], [_b0, _b1, _b2, _b3], [N], False)

# 5: new a N
rt.new(None, 'a', N)
# 6: ref a1 a {}
rt.ref(None, 'a1', ('n', 'a'), 0)
# 7: ref a2 a {}
rt.ref(None, 'a2', ('n', 'a'), 1)
# 8: ref a3 a {}
rt.ref(None, 'a3', ('n', 'a'), 2)
# 9: ref plain a
rt.ref(None, 'plain', ('n', 'a'), None)
# 10: on_del a { ref inside plain }
rt.on_del(None, 'a', 3)
# 11: expect weakrefs a 4
rt.expect(11, 'weakrefs', ('a', 4))
# 12: del a
rt.delete(None, 'a')
# 13: expect log del a, callback a3, callback a2, callback a1
rt.expect(13, 'log', ('del a', 'callback a3', 'callback a2', 'callback a1'))
# 14: expect dead a
rt.expect(14, 'dead', ('a',))
# 15: expect cleared a1 a2 a3 plain
rt.expect(15, 'cleared', ('a1', 'a2', 'a3', 'plain'))
# 16: expect callback_calls a3 1
rt.expect(16, 'callback_calls', ('a3', 1))
rt.finish()
