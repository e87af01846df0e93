#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/legacy_and_saveall_survive_collect0.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

@_testcapi.with_tp_del
class L:
    __slots__ = ('_m', 's00', '__weakref__')
    def __tp_del__(self): rt.tp_del_hook(self)

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['l', 's'], [], [L, N], False)

# 6: new l L
rt.new(None, 'l', L)
# 7: set l.0 l
rt.set_(None, 'l', 0, ('n', 'l'))
# 8: del l
rt.delete(None, 'l')
# 9: collect 0
rt.collect(None, 0)
# 10: expect collected 1
rt.expect(10, 'collected', (1,))
# 11: expect log garbage l, collect 0 1
rt.expect(11, 'log', ('garbage l', 'collect 0 1'))
# 12: expect generation l 1
rt.expect(12, 'generation', ('l', '1'))
# 13: new s N
rt.new(None, 's', N)
# 14: set s.0 s
rt.set_(None, 's', 0, ('n', 's'))
# 15: del s
rt.delete(None, 's')
# 16: debug saveall
rt.debug(None, 32)
# 17: collect 0
rt.collect(None, 0)
# 18: expect collected 1
rt.expect(18, 'collected', (1,))
# 19: expect log garbage s, collect 0 1
rt.expect(19, 'log', ('garbage s', 'collect 0 1'))
# 20: expect generation s 1
rt.expect(20, 'generation', ('s', '1'))
# 21: expect garbage l s
rt.expect(21, 'garbage', ('l', 's'))
# 22: debug
rt.debug(None, 0)
# 23: collect 1
rt.collect(None, 1)
# 24: expect collected 0
rt.expect(24, 'collected', (0,))
# 25: expect generation l 2
rt.expect(25, 'generation', ('l', '2'))
# 26: expect generation s 2
rt.expect(26, 'generation', ('s', '2'))
rt.finish()
