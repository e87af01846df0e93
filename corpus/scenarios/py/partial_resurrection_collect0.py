#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/partial_resurrection_collect0.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.let(self, 'keep', ('s',))

rt.setup(['keep', 'wz', 'y', 'z'], [_b0], [N], False)

# 6: new z N
rt.new(None, 'z', N)
# 7: new y N
rt.new(None, 'y', N)
# 8: set z.0 z
rt.set_(None, 'z', 0, ('n', 'z'))
# 9: set y.0 z
rt.set_(None, 'y', 0, ('n', 'z'))
# 10: set z.1 y
rt.set_(None, 'z', 1, ('n', 'y'))
# 11: ref wz z
rt.ref(None, 'wz', ('n', 'z'), None)
# 12: on_del z { let keep self }
rt.on_del(None, 'z', 0)
# 13: del z
rt.delete(None, 'z')
# 14: del y
rt.delete(None, 'y')
# 15: collect 0
rt.collect(None, 0)
# 16: expect collected 0
rt.expect(16, 'collected', (0,))
# 17: expect log del z, del y, collect 0 0
rt.expect(17, 'log', ('del z', 'del y', 'collect 0 0'))
# 18: expect generation z 1
rt.expect(18, 'generation', ('z', '1'))
# 19: expect generation y 1
rt.expect(19, 'generation', ('y', '1'))
# 20: expect cleared wz
rt.expect(20, 'cleared', ('wz',))
# 21: expect finalized z y
rt.expect(21, 'finalized', ('z', 'y'))
# 22: expect count 0 1 0
rt.expect(22, 'count', (0, 1, 0))
# 23: del keep
rt.delete(None, 'keep')
# 24: collect
rt.collect(None, 2)
# 25: expect collected 2
rt.expect(25, 'collected', (2,))
# 26: expect log collect 2 2
rt.expect(26, 'log', ('collect 2 2',))
# 27: expect del_calls z 1
rt.expect(27, 'del_calls', ('z', 1))
# 28: expect dead z y
rt.expect(28, 'dead', ('z', 'y'))
rt.finish()
