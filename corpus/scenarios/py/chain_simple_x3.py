#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/chain_simple_x3.gcops."""
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

rt.setup(['n0', 'n1', 'n2', 'surv', 'w0', 'w1', 'w2'], [], [S, Res, Sui], False)

# 9: list surv
rt.lst(None, 'surv', ())
# 10: new n0 S
rt.new(None, 'n0', S)
# 11: new n1 S
rt.new(None, 'n1', S)
# 12: new n2 S
rt.new(None, 'n2', S)
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
# 19: ref w0 n0
rt.ref(None, 'w0', ('n', 'n0'), None)
# 20: ref w1 n1
rt.ref(None, 'w1', ('n', 'n1'), None)
# 21: ref w2 n2
rt.ref(None, 'w2', ('n', 'n2'), None)
# 22: del n0
rt.delete(None, 'n0')
# 23: del n1
rt.delete(None, 'n1')
# 24: del n2
rt.delete(None, 'n2')
# 25: collect
rt.collect(None, 2)
# 26: expect collected 3
rt.expect(26, 'collected', (3,))
# 27: expect log del n0, del n1, del n2, collect 2 3
rt.expect(27, 'log', ('del n0', 'del n1', 'del n2', 'collect 2 3'))
# 28: expect cleared w0 w1 w2
rt.expect(28, 'cleared', ('w0', 'w1', 'w2'))
# 29: expect dead n0 n1 n2
rt.expect(29, 'dead', ('n0', 'n1', 'n2'))
# 30: collect
rt.collect(None, 2)
# 31: expect collected 0
rt.expect(31, 'collected', (0,))
# 32: expect log collect 2 0
rt.expect(32, 'log', ('collect 2 0',))
rt.finish()
