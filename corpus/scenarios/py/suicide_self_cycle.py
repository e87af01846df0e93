#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/suicide_self_cycle.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.clear(self, 'self', 0)

rt.setup(['a', 'w'], [_b0], [N], False)

# 5: new a N
rt.new(None, 'a', N)
# 6: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 7: ref w a
rt.ref(None, 'w', ('n', 'a'), None)
# 8: on_del a { clear self.0 }
rt.on_del(None, 'a', 0)
# 9: del a
rt.delete(None, 'a')
# 10: collect
rt.collect(None, 2)
# 11: expect collected 0
rt.expect(11, 'collected', (0,))
# 12: expect log del a, collect 2 0
rt.expect(12, 'log', ('del a', 'collect 2 0'))
# 13: expect dead a
rt.expect(13, 'dead', ('a',))
# 14: expect cleared w
rt.expect(14, 'cleared', ('w',))
# 15: expect del_calls a 1
rt.expect(15, 'del_calls', ('a', 1))
# 16: collect
rt.collect(None, 2)
# 17: expect collected 0
rt.expect(17, 'collected', (0,))
# 18: expect log collect 2 0
rt.expect(18, 'log', ('collect 2 0',))
rt.finish()
