#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/weakref_made_in_tp_del_cleared_silently.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

@_testcapi.with_tp_del
class L:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)
    def __tp_del__(self): rt.tp_del_hook(self)

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

def _b0(self):
    pass

def _b1(self):
    rt.new(self, 'never', N)

def _b2(self):
    rt.ref(self, 'late', ('s',), 1)

rt.setup(['a', 'late', 'never', 'old'], [_b0, _b1, _b2], [L, N], False)

# 8: new a L
rt.new(None, 'a', L)
# 9: ref old a { }
rt.ref(None, 'old', ('n', 'a'), 0)
# 10: on_tp_del a { ref late self { new never N } }
rt.on_tp_del(None, 'a', 2)
# 11: del a
rt.delete(None, 'a')
# 12: expect log del a, callback old, tp_del a
rt.expect(12, 'log', ('del a', 'callback old', 'tp_del a'))
# 13: expect dead a
rt.expect(13, 'dead', ('a',))
# 14: expect cleared old late
rt.expect(14, 'cleared', ('old', 'late'))
# 15: expect callback_calls late 0
rt.expect(15, 'callback_calls', ('late', 0))
# 16: expect del_calls a 1
rt.expect(16, 'del_calls', ('a', 1))
# 17: expect tp_del_calls a 1
rt.expect(17, 'tp_del_calls', ('a', 1))
rt.finish()
