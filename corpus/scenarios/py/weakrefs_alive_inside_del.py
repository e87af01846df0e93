#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/weakrefs_alive_inside_del.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.new(self, 'from_old', N)

def _b1(self):
    rt.new(self, 'from_late', N)

def _b2(self):
    rt.ref(self, 'late', ('s',), 1)

rt.setup(['a', 'from_late', 'from_old', 'late', 'old'], [_b0, _b1, _b2], [N], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: ref old a { new from_old N }
rt.ref(None, 'old', ('n', 'a'), 0)
# 8: on_del a { ref late self { new from_late N } }
rt.on_del(None, 'a', 2)
# 9: del a
rt.delete(None, 'a')
# 10: expect log del a, callback late, callback old
rt.expect(10, 'log', ('del a', 'callback late', 'callback old'))
# 11: expect dead a
rt.expect(11, 'dead', ('a',))
# 12: expect cleared old late
rt.expect(12, 'cleared', ('old', 'late'))
# 13: expect callback_calls late 1
rt.expect(13, 'callback_calls', ('late', 1))
# 14: expect callback_calls old 1
rt.expect(14, 'callback_calls', ('old', 1))
# 15: expect alive from_old from_late
rt.expect(15, 'alive', ('from_old', 'from_late'))
rt.finish()
