#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/legacy_closure_uncollectable.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

@_testcapi.with_tp_del
class L:
    __slots__ = ('_m', 's00', '__weakref__')
    def __tp_del__(self): rt.tp_del_hook(self)

class N:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    pass

rt.setup(['l', 'wx', 'x', 'y'], [_b0], [L, N], False)

# 8: new l L
rt.new(None, 'l', L)
# 9: new x N
rt.new(None, 'x', N)
# 10: new y N
rt.new(None, 'y', N)
# 11: set l.0 x
rt.set_(None, 'l', 0, ('n', 'x'))
# 12: set x.0 y
rt.set_(None, 'x', 0, ('n', 'y'))
# 13: set y.0 x
rt.set_(None, 'y', 0, ('n', 'x'))
# 14: set y.1 l
rt.set_(None, 'y', 1, ('n', 'l'))
# 15: ref wx x {}
rt.ref(None, 'wx', ('n', 'x'), 0)
# 16: del l
rt.delete(None, 'l')
# 17: del x
rt.delete(None, 'x')
# 18: del y
rt.delete(None, 'y')
# 19: collect
rt.collect(None, 2)
# 20: expect collected 3
rt.expect(20, 'collected', (3,))
# 21: expect log garbage l, collect 2 3
rt.expect(21, 'log', ('garbage l', 'collect 2 3'))
# 22: expect garbage l
rt.expect(22, 'garbage', ('l',))
# 23: expect alive l x y wx
rt.expect(23, 'alive', ('l', 'x', 'y', 'wx'))
# 24: expect unfinalized x y
rt.expect(24, 'unfinalized', ('x', 'y'))
# 25: expect callback_calls wx 0
rt.expect(25, 'callback_calls', ('wx', 0))
# 26: expect stats 2 1 0 3
rt.expect(26, 'stats', (2, 1, 0, 3))
# 27: collect
rt.collect(None, 2)
# 28: expect collected 0
rt.expect(28, 'collected', (0,))
# 29: expect log collect 2 0
rt.expect(29, 'log', ('collect 2 0',))
# 30: expect garbage l
rt.expect(30, 'garbage', ('l',))
# 31: expect stats 2 2 0 3
rt.expect(31, 'stats', (2, 2, 0, 3))
rt.finish()
