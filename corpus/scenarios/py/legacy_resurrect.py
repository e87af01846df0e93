#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/legacy_resurrect.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

@_testcapi.with_tp_del
class L:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)
    def __tp_del__(self): rt.tp_del_hook(self)

def _b0(self):
    rt.let(self, 'keep', ('s',))

def _b1(self):
    pass

rt.setup(['keep', 's'], [_b0, _b1], [L], False)

# 5: new s L
rt.new(None, 's', L)
# 6: on_tp_del s { let keep self }
rt.on_tp_del(None, 's', 0)
# 7: del s
rt.delete(None, 's')
# 8: expect log del s, tp_del s
rt.expect(8, 'log', ('del s', 'tp_del s'))
# 9: expect alive s
rt.expect(9, 'alive', ('s',))
# 10: expect finalized s
rt.expect(10, 'finalized', ('s',))
# 11: del keep
rt.delete(None, 'keep')
# 12: expect log tp_del s
rt.expect(12, 'log', ('tp_del s',))
# 13: expect alive s
rt.expect(13, 'alive', ('s',))
# 14: on_tp_del keep { }
rt.on_tp_del(None, 'keep', 1)
# 15: del keep
rt.delete(None, 'keep')
# 16: expect log tp_del s
rt.expect(16, 'log', ('tp_del s',))
# 17: expect dead s
rt.expect(17, 'dead', ('s',))
# 18: expect del_calls s 1
rt.expect(18, 'del_calls', ('s', 1))
# 19: expect tp_del_calls s 3
rt.expect(19, 'tp_del_calls', ('s', 3))
rt.finish()
