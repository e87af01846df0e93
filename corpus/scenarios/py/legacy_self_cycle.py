#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/legacy_self_cycle.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

@_testcapi.with_tp_del
class L:
    __slots__ = ('_m', 's00', '__weakref__')
    def __tp_del__(self): rt.tp_del_hook(self)

rt.setup(['s', 'wr'], [], [L], False)

# 7: new s L
rt.new(None, 's', L)
# 8: set s.0 s
rt.set_(None, 's', 0, ('n', 's'))
# 9: ref wr s
rt.ref(None, 'wr', ('n', 's'), None)
# 10: del s
rt.delete(None, 's')
# 11: collect
rt.collect(None, 2)
# 12: expect collected 1
rt.expect(12, 'collected', (1,))
# 13: expect log garbage s, collect 2 1
rt.expect(13, 'log', ('garbage s', 'collect 2 1'))
# 14: expect garbage s
rt.expect(14, 'garbage', ('s',))
# 15: expect alive s wr
rt.expect(15, 'alive', ('s', 'wr'))
# 16: expect tp_del_calls s 0
rt.expect(16, 'tp_del_calls', ('s', 0))
# 17: expect generation s 2
rt.expect(17, 'generation', ('s', '2'))
# 18: collect
rt.collect(None, 2)
# 19: expect collected 0
rt.expect(19, 'collected', (0,))
# 20: expect log collect 2 0
rt.expect(20, 'log', ('collect 2 0',))
# 21: expect garbage s
rt.expect(21, 'garbage', ('s',))
# 22: take_garbage s
rt.take_garbage(None, 's', 0)
# 23: expect garbage
rt.expect(23, 'garbage', ())
# 24: clear s.0
rt.clear(None, 's', 0)
# 25: del s
rt.delete(None, 's')
# 26: expect log tp_del s
rt.expect(26, 'log', ('tp_del s',))
# 27: expect dead s
rt.expect(27, 'dead', ('s',))
# 28: expect cleared wr
rt.expect(28, 'cleared', ('wr',))
rt.finish()
