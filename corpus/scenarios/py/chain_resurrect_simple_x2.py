#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/chain_resurrect_simple_x2.gcops."""
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

rt.setup(['n0', 'n1', 'n2', 'n3', 'surv', 'w0', 'w1', 'w2', 'w3'], [_b0, _b1], [S, Res, Sui], False)

# 9: list surv
rt.lst(None, 'surv', ())
# 10: new n0 Res
rt.new(None, 'n0', Res)
# 11: new n1 S
rt.new(None, 'n1', S)
# 12: new n2 Res
rt.new(None, 'n2', Res)
# 13: new n3 S
rt.new(None, 'n3', S)
# 14: set n0.0 n3
rt.set_(None, 'n0', 0, ('n', 'n3'))
# 15: set n3.1 n0
rt.set_(None, 'n3', 1, ('n', 'n0'))
# 16: set n1.0 n0
rt.set_(None, 'n1', 0, ('n', 'n0'))
# 17: set n0.1 n1
rt.set_(None, 'n0', 1, ('n', 'n1'))
# 18: set n2.0 n1
rt.set_(None, 'n2', 0, ('n', 'n1'))
# 19: set n1.1 n2
rt.set_(None, 'n1', 1, ('n', 'n2'))
# 20: set n3.0 n2
rt.set_(None, 'n3', 0, ('n', 'n2'))
# 21: set n2.1 n3
rt.set_(None, 'n2', 1, ('n', 'n3'))
# 22: on_del n0 { append surv self }
rt.on_del(None, 'n0', 0)
# 23: ref w0 n0
rt.ref(None, 'w0', ('n', 'n0'), None)
# 24: ref w1 n1
rt.ref(None, 'w1', ('n', 'n1'), None)
# 25: on_del n2 { append surv self }
rt.on_del(None, 'n2', 1)
# 26: ref w2 n2
rt.ref(None, 'w2', ('n', 'n2'), None)
# 27: ref w3 n3
rt.ref(None, 'w3', ('n', 'n3'), None)
# 28: del n0
rt.delete(None, 'n0')
# 29: del n1
rt.delete(None, 'n1')
# 30: del n2
rt.delete(None, 'n2')
# 31: del n3
rt.delete(None, 'n3')
# 32: collect
rt.collect(None, 2)
# 33: expect collected 0
rt.expect(33, 'collected', (0,))
# 34: expect log del n0, del n1, del n2, del n3, collect 2 0
rt.expect(34, 'log', ('del n0', 'del n1', 'del n2', 'del n3', 'collect 2 0'))
# 35: expect cleared w0 w1 w2 w3
rt.expect(35, 'cleared', ('w0', 'w1', 'w2', 'w3'))
# 36: expect alive n0 n1 n2 n3
rt.expect(36, 'alive', ('n0', 'n1', 'n2', 'n3'))
# 37: del surv
rt.delete(None, 'surv')
# 38: collect
rt.collect(None, 2)
# 39: expect collected 4
rt.expect(39, 'collected', (4,))
# 40: expect log collect 2 4
rt.expect(40, 'log', ('collect 2 4',))
# 41: expect dead n0 n1 n2 n3
rt.expect(41, 'dead', ('n0', 'n1', 'n2', 'n3'))
rt.finish()
