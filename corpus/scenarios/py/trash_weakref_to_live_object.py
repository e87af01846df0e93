#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/trash_weakref_to_live_object.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class R:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    def __del__(self): rt.del_hook(self)

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

def _b0(self):
    rt.new(self, 'never', N)

def _b1(self):
    rt.let(self, 'keep', ('s',))

rt.setup(['keep', 'live', 'never', 'r', 'w'], [_b0, _b1], [R, N], False)

# 7: new live N
rt.new(None, 'live', N)
# 8: new r R
rt.new(None, 'r', R)
# 9: set r.0 r
rt.set_(None, 'r', 0, ('n', 'r'))
# 10: ref w live { new never N }
rt.ref(None, 'w', ('n', 'live'), 0)
# 11: set r.1 w
rt.set_(None, 'r', 1, ('n', 'w'))
# 12: del w
rt.delete(None, 'w')
# 13: on_del r { let keep self }
rt.on_del(None, 'r', 1)
# 14: expect weakrefs live 1
rt.expect(14, 'weakrefs', ('live', 1))
# 15: del r
rt.delete(None, 'r')
# 16: collect
rt.collect(None, 2)
# 17: expect collected 0
rt.expect(17, 'collected', (0,))
# 18: expect log del r, collect 2 0
rt.expect(18, 'log', ('del r', 'collect 2 0'))
# 19: expect alive r w live
rt.expect(19, 'alive', ('r', 'w', 'live'))
# 20: expect weakrefs live 0
rt.expect(20, 'weakrefs', ('live', 0))
# 21: expect cleared w
rt.expect(21, 'cleared', ('w',))
# 22: expect callback_calls w 0
rt.expect(22, 'callback_calls', ('w', 0))
# 23: expect finalized r
rt.expect(23, 'finalized', ('r',))
rt.finish()
