#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/body_raise_in_weakref_callback.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

def _b0(self):
    rt.new(self, 'one', N)

def _b1(self):
    raise rt.GcopsRaise()
    rt.new(self, 'never', N)

def _b2(self):
    raise rt.GcopsRaise()

def _b3(self):
    rt.new(self, 'two', N)

rt.setup(['a', 'b', 'never', 'one', 'two', 'v1', 'v2', 'w1', 'w2'], [_b0, _b1, _b2, _b3], [N], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: ref w1 a { new one N }
rt.ref(None, 'w1', ('n', 'a'), 0)
# 8: ref w2 a { raise; new never N }
rt.ref(None, 'w2', ('n', 'a'), 1)
# 9: del a
rt.delete(None, 'a')
# 10: expect log callback w2, callback w1
rt.expect(10, 'log', ('callback w2', 'callback w1'))
# 11: expect alive one
rt.expect(11, 'alive', ('one',))
# 12: new b N
rt.new(None, 'b', N)
# 13: set b.0 b
rt.set_(None, 'b', 0, ('n', 'b'))
# 14: ref v1 b { raise }
rt.ref(None, 'v1', ('n', 'b'), 2)
# 15: ref v2 b { new two N }
rt.ref(None, 'v2', ('n', 'b'), 3)
# 16: del b
rt.delete(None, 'b')
# 17: collect
rt.collect(None, 2)
# 18: expect collected 1
rt.expect(18, 'collected', (1,))
# 19: expect log callback v2, callback v1, collect 2 1
rt.expect(19, 'log', ('callback v2', 'callback v1', 'collect 2 1'))
# 20: expect alive two
rt.expect(20, 'alive', ('two',))
# 21: expect callback_calls v1 1
rt.expect(21, 'callback_calls', ('v1', 1))
rt.finish()
