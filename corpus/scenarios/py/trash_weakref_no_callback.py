#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/trash_weakref_no_callback.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    pass

def _b0(self):
    rt.new(self, 'never', N)

def _b1(self):
    rt.new(self, 'seen', N)

rt.setup(['a', 'ext', 'mine', 'never', 'seen'], [_b0, _b1], [N], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 8: ref mine a { new never N }
rt.ref(None, 'mine', ('n', 'a'), 0)
# 9: set a.1 mine
rt.set_(None, 'a', 1, ('n', 'mine'))
# 10: del mine
rt.delete(None, 'mine')
# 11: ref ext a { new seen N }
rt.ref(None, 'ext', ('n', 'a'), 1)
# 12: del a
rt.delete(None, 'a')
# 13: collect
rt.collect(None, 2)
# 14: expect collected 2
rt.expect(14, 'collected', (2,))
# 15: expect log callback ext, collect 2 2
rt.expect(15, 'log', ('callback ext', 'collect 2 2'))
# 16: expect callback_calls mine 0
rt.expect(16, 'callback_calls', ('mine', 0))
# 17: expect callback_calls ext 1
rt.expect(17, 'callback_calls', ('ext', 1))
# 18: expect dead a mine
rt.expect(18, 'dead', ('a', 'mine'))
# 19: expect alive seen ext
rt.expect(19, 'alive', ('seen', 'ext'))
# 20: expect cleared ext
rt.expect(20, 'cleared', ('ext',))
rt.finish()
