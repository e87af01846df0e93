#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/legacy_refcount.gcops."""
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
    pass

rt.setup(['s', 'wr'], [_b0], [L], False)

# 5: new s L
rt.new(None, 's', L)
# 6: ref wr s {}
rt.ref(None, 'wr', ('n', 's'), 0)
# 7: del s
rt.delete(None, 's')
# 8: expect log del s, callback wr, tp_del s
rt.expect(8, 'log', ('del s', 'callback wr', 'tp_del s'))
# 9: expect dead s
rt.expect(9, 'dead', ('s',))
# 10: expect cleared wr
rt.expect(10, 'cleared', ('wr',))
# 11: expect del_calls s 1
rt.expect(11, 'del_calls', ('s', 1))
# 12: expect tp_del_calls s 1
rt.expect(12, 'tp_del_calls', ('s', 1))
# 13: collect
rt.collect(None, 2)
# 14: expect collected 0
rt.expect(14, 'collected', (0,))
rt.finish()
