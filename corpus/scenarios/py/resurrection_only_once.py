#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/resurrection_only_once.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.let(self, 'keep', ('s',))

rt.setup(['a', 'keep'], [_b0], [N], False)

# 5: new a N
rt.new(None, 'a', N)
# 6: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 7: on_del a { let keep self }
rt.on_del(None, 'a', 0)
# 8: del a
rt.delete(None, 'a')
# 9: collect
rt.collect(None, 2)
# 10: expect collected 0
rt.expect(10, 'collected', (0,))
# 11: expect log del a, collect 2 0
rt.expect(11, 'log', ('del a', 'collect 2 0'))
# 12: expect alive a
rt.expect(12, 'alive', ('a',))
# 13: del keep
rt.delete(None, 'keep')
# 14: collect
rt.collect(None, 2)
# 15: expect collected 1
rt.expect(15, 'collected', (1,))
# 16: expect log collect 2 1
rt.expect(16, 'log', ('collect 2 1',))
# 17: expect dead a
rt.expect(17, 'dead', ('a',))
# 18: expect del_calls a 1
rt.expect(18, 'del_calls', ('a', 1))
rt.finish()
