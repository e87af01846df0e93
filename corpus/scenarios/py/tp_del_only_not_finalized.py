#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/tp_del_only_not_finalized.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

@_testcapi.with_tp_del
class L:
    __slots__ = ('_m', 's00', '__weakref__')
    def __tp_del__(self): rt.tp_del_hook(self)

def _b0(self):
    rt.let(self, 'keep', ('s',))

def _b1(self):
    pass

rt.setup(['keep', 's'], [_b0, _b1], [L], False)

# 6: new s L
rt.new(None, 's', L)
# 7: collect
rt.collect(None, 2)
# 8: expect generation s 2
rt.expect(8, 'generation', ('s', '2'))
# 9: on_tp_del s { let keep self }
rt.on_tp_del(None, 's', 0)
# 10: del s
rt.delete(None, 's')
# 11: expect log collect 2 0, tp_del s
rt.expect(11, 'log', ('collect 2 0', 'tp_del s'))
# 12: expect unfinalized s
rt.expect(12, 'unfinalized', ('s',))
# 13: expect generation s 0
rt.expect(13, 'generation', ('s', '0'))
# 14: on_tp_del keep { }
rt.on_tp_del(None, 'keep', 1)
# 15: del keep
rt.delete(None, 'keep')
# 16: expect log tp_del s
rt.expect(16, 'log', ('tp_del s',))
# 17: expect dead s
rt.expect(17, 'dead', ('s',))
# 18: expect tp_del_calls s 2
rt.expect(18, 'tp_del_calls', ('s', 2))
rt.finish()
