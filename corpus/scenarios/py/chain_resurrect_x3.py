#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/chain_resurrect_x3.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class S:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    def __del__(self): rt.del_hook(self)

class Res:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    def __del__(self): rt.del_hook(self)

class Sui:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.append(self, 'surv', ('s',))

def _b1(self):
    rt.append(self, 'surv', ('s',))

def _b2(self):
    rt.append(self, 'surv', ('s',))

rt.setup(['n0', 'n1', 'n2', 'surv', 'w0', 'w1', 'w2'], [_b0, _b1, _b2], [S, Res, Sui], False)

# 9: list surv
rt.lst(None, 'surv', ())
# 10: new n0 Res
rt.new(None, 'n0', Res)
# 11: new n1 Res
rt.new(None, 'n1', Res)
# 12: new n2 Res
rt.new(None, 'n2', Res)
# 13: set n0.0 n2
rt.set_(None, 'n0', 0, ('n', 'n2'))
# 14: set n2.1 n0
rt.set_(None, 'n2', 1, ('n', 'n0'))
# 15: set n1.0 n0
rt.set_(None, 'n1', 0, ('n', 'n0'))
# 16: set n0.1 n1
rt.set_(None, 'n0', 1, ('n', 'n1'))
# 17: set n2.0 n1
rt.set_(None, 'n2', 0, ('n', 'n1'))
# 18: set n1.1 n2
rt.set_(None, 'n1', 1, ('n', 'n2'))
# 19: on_del n0 { append surv self }
rt.on_del(None, 'n0', 0)
# 20: ref w0 n0
rt.ref(None, 'w0', ('n', 'n0'), None)
# 21: on_del n1 { append surv self }
rt.on_del(None, 'n1', 1)
# 22: ref w1 n1
rt.ref(None, 'w1', ('n', 'n1'), None)
# 23: on_del n2 { append surv self }
rt.on_del(None, 'n2', 2)
# 24: ref w2 n2
rt.ref(None, 'w2', ('n', 'n2'), None)
# 25: del n0
rt.delete(None, 'n0')
# 26: del n1
rt.delete(None, 'n1')
# 27: del n2
rt.delete(None, 'n2')
# 28: collect
rt.collect(None, 2)
# 29: expect collected 0
rt.expect(29, 'collected', (0,))
# 30: expect log del n0, del n1, del n2, collect 2 0
rt.expect(30, 'log', ('del n0', 'del n1', 'del n2', 'collect 2 0'))
# 31: expect cleared w0 w1 w2
rt.expect(31, 'cleared', ('w0', 'w1', 'w2'))
# 32: expect alive n0 n1 n2
rt.expect(32, 'alive', ('n0', 'n1', 'n2'))
# 33: expect finalized n0 n1 n2
rt.expect(33, 'finalized', ('n0', 'n1', 'n2'))
# 34: expect referents surv n2 n1 n0
rt.expect(34, 'referents', ('surv', 'n2', 'n1', 'n0'))
# 35: del surv
rt.delete(None, 'surv')
# 36: collect
rt.collect(None, 2)
# 37: expect collected 3
rt.expect(37, 'collected', (3,))
# 38: expect log collect 2 3
rt.expect(38, 'log', ('collect 2 3',))
# 39: expect dead n0 n1 n2
rt.expect(39, 'dead', ('n0', 'n1', 'n2'))
# 40: expect del_calls n0 1
rt.expect(40, 'del_calls', ('n0', 1))
rt.finish()
