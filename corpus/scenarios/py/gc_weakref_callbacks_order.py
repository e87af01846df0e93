#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/gc_weakref_callbacks_order.gcops."""
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

rt.setup(['a', 'a1', 'a2', 'b', 'b1', 'basic'], [_b0, _b1, _b2], [N], False)

# 7: new a N
rt.new(None, 'a', N)
# 8: new b N
rt.new(None, 'b', N)
# 9: set a.0 b
rt.set_(None, 'a', 0, ('n', 'b'))
# 10: set b.0 a
rt.set_(None, 'b', 0, ('n', 'a'))
# 11: ref a1 a { }
rt.ref(None, 'a1', ('n', 'a'), 0)
# 12: ref a2 a { }
rt.ref(None, 'a2', ('n', 'a'), 1)
# 13: ref b1 b { }
rt.ref(None, 'b1', ('n', 'b'), 2)
# 14: ref basic a
rt.ref(None, 'basic', ('n', 'a'), None)
# 15: expect weakrefs a 3
rt.expect(15, 'weakrefs', ('a', 3))
# 16: expect weakrefs b 1
rt.expect(16, 'weakrefs', ('b', 1))
# 17: del a
rt.delete(None, 'a')
# 18: del b
rt.delete(None, 'b')
# 19: collect
rt.collect(None, 2)
# 20: expect collected 2
rt.expect(20, 'collected', (2,))
# 21: expect log callback a2, callback a1, callback b1, del a, del b, collect 2 2
rt.expect(21, 'log', ('callback a2', 'callback a1', 'callback b1', 'del a', 'del b', 'collect 2 2'))
# 22: expect cleared a1 a2 b1 basic
rt.expect(22, 'cleared', ('a1', 'a2', 'b1', 'basic'))
# 23: expect callback_calls a1 1
rt.expect(23, 'callback_calls', ('a1', 1))
# 24: expect callback_calls a2 1
rt.expect(24, 'callback_calls', ('a2', 1))
# 25: expect callback_calls b1 1
rt.expect(25, 'callback_calls', ('b1', 1))
# 26: expect dead a b
rt.expect(26, 'dead', ('a', 'b'))
# 27: expect alive a1 a2 b1 basic
rt.expect(27, 'alive', ('a1', 'a2', 'b1', 'basic'))
# 28: expect generation a1 2
rt.expect(28, 'generation', ('a1', '2'))
rt.finish()
