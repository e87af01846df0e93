#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/late_weakref_gh91636.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.new(self, 'witness', N)

def _b1(self):
    rt.ref(self, 'late', ('p', 'self', 0), 0)

rt.setup(['a', 'b', 'late', 'witness'], [_b0, _b1], [N], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: new b N
rt.new(None, 'b', N)
# 8: set a.0 b
rt.set_(None, 'a', 0, ('n', 'b'))
# 9: set b.0 a
rt.set_(None, 'b', 0, ('n', 'a'))
# 10: on_del a { ref late self.0 { new witness N } }
rt.on_del(None, 'a', 1)
# 11: del a
rt.delete(None, 'a')
# 12: del b
rt.delete(None, 'b')
# 13: collect
rt.collect(None, 2)
# 14: expect collected 2
rt.expect(14, 'collected', (2,))
# 15: expect log del a, del b, callback late, collect 2 2
rt.expect(15, 'log', ('del a', 'del b', 'callback late', 'collect 2 2'))
# 16: expect dead a b
rt.expect(16, 'dead', ('a', 'b'))
# 17: expect cleared late
rt.expect(17, 'cleared', ('late',))
# 18: expect alive witness
rt.expect(18, 'alive', ('witness',))
# 19: expect callback_calls late 1
rt.expect(19, 'callback_calls', ('late', 1))
rt.finish()
