#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/chain_res2_simple2_sui2.gcops."""
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
    rt.clear(self, 'self', 0)
    rt.clear(self, 'self', 1)

def _b3(self):
    rt.clear(self, 'self', 0)
    rt.clear(self, 'self', 1)

rt.setup(['n0', 'n1', 'n2', 'n3', 'n4', 'n5', 'surv', 'w0', 'w1', 'w2', 'w3', 'w4', 'w5'], [_b0, _b1, _b2, _b3], [S, Res, Sui], False)

# 9: list surv
rt.lst(None, 'surv', ())
# 10: new n0 Res
rt.new(None, 'n0', Res)
# 11: new n1 Res
rt.new(None, 'n1', Res)
# 12: new n2 S
rt.new(None, 'n2', S)
# 13: new n3 S
rt.new(None, 'n3', S)
# 14: new n4 Sui
rt.new(None, 'n4', Sui)
# 15: new n5 Sui
rt.new(None, 'n5', Sui)
# 16: set n0.0 n5
rt.set_(None, 'n0', 0, ('n', 'n5'))
# 17: set n5.1 n0
rt.set_(None, 'n5', 1, ('n', 'n0'))
# 18: set n1.0 n0
rt.set_(None, 'n1', 0, ('n', 'n0'))
# 19: set n0.1 n1
rt.set_(None, 'n0', 1, ('n', 'n1'))
# 20: set n2.0 n1
rt.set_(None, 'n2', 0, ('n', 'n1'))
# 21: set n1.1 n2
rt.set_(None, 'n1', 1, ('n', 'n2'))
# 22: set n3.0 n2
rt.set_(None, 'n3', 0, ('n', 'n2'))
# 23: set n2.1 n3
rt.set_(None, 'n2', 1, ('n', 'n3'))
# 24: set n4.0 n3
rt.set_(None, 'n4', 0, ('n', 'n3'))
# 25: set n3.1 n4
rt.set_(None, 'n3', 1, ('n', 'n4'))
# 26: set n5.0 n4
rt.set_(None, 'n5', 0, ('n', 'n4'))
# 27: set n4.1 n5
rt.set_(None, 'n4', 1, ('n', 'n5'))
# 28: on_del n0 { append surv self }
rt.on_del(None, 'n0', 0)
# 29: ref w0 n0
rt.ref(None, 'w0', ('n', 'n0'), None)
# 30: on_del n1 { append surv self }
rt.on_del(None, 'n1', 1)
# 31: ref w1 n1
rt.ref(None, 'w1', ('n', 'n1'), None)
# 32: ref w2 n2
rt.ref(None, 'w2', ('n', 'n2'), None)
# 33: ref w3 n3
rt.ref(None, 'w3', ('n', 'n3'), None)
# 34: on_del n4 { clear self.0; clear self.1 }
rt.on_del(None, 'n4', 2)
# 35: ref w4 n4
rt.ref(None, 'w4', ('n', 'n4'), None)
# 36: on_del n5 { clear self.0; clear self.1 }
rt.on_del(None, 'n5', 3)
# 37: ref w5 n5
rt.ref(None, 'w5', ('n', 'n5'), None)
# 38: del n0
rt.delete(None, 'n0')
# 39: del n1
rt.delete(None, 'n1')
# 40: del n2
rt.delete(None, 'n2')
# 41: del n3
rt.delete(None, 'n3')
# 42: del n4
rt.delete(None, 'n4')
# 43: del n5
rt.delete(None, 'n5')
# 44: collect
rt.collect(None, 2)
# 45: expect collected 0
rt.expect(45, 'collected', (0,))
# 46: expect log del n0, del n1, del n2, del n3, del n4, del n5, collect 2 0
rt.expect(46, 'log', ('del n0', 'del n1', 'del n2', 'del n3', 'del n4', 'del n5', 'collect 2 0'))
# 47: expect cleared w0 w1 w2 w3 w4 w5
rt.expect(47, 'cleared', ('w0', 'w1', 'w2', 'w3', 'w4', 'w5'))
# 48: expect alive n0 n1 n2 n3 n4 n5
rt.expect(48, 'alive', ('n0', 'n1', 'n2', 'n3', 'n4', 'n5'))
# 49: del surv
rt.delete(None, 'surv')
# 50: collect
rt.collect(None, 2)
# 51: expect collected 6
rt.expect(51, 'collected', (6,))
# 52: expect log collect 2 6
rt.expect(52, 'log', ('collect 2 6',))
rt.finish()
