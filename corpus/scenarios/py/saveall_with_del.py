#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/saveall_with_del.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    pass

rt.setup(['a', 'b', 'wa'], [_b0], [N], False)

# 7: new a N
rt.new(None, 'a', N)
# 8: new b N
rt.new(None, 'b', N)
# 9: set a.0 b
rt.set_(None, 'a', 0, ('n', 'b'))
# 10: set b.0 a
rt.set_(None, 'b', 0, ('n', 'a'))
# 11: ref wa a {}
rt.ref(None, 'wa', ('n', 'a'), 0)
# 12: del a
rt.delete(None, 'a')
# 13: del b
rt.delete(None, 'b')
# 14: debug saveall
rt.debug(None, 32)
# 15: collect
rt.collect(None, 2)
# 16: expect collected 2
rt.expect(16, 'collected', (2,))
# 17: expect log callback wa, del a, del b, garbage a, garbage b, collect 2 2
rt.expect(17, 'log', ('callback wa', 'del a', 'del b', 'garbage a', 'garbage b', 'collect 2 2'))
# 18: expect garbage a b
rt.expect(18, 'garbage', ('a', 'b'))
# 19: expect finalized a b
rt.expect(19, 'finalized', ('a', 'b'))
# 20: expect cleared wa
rt.expect(20, 'cleared', ('wa',))
# 21: debug
rt.debug(None, 0)
# 22: clear_garbage
rt.clear_garbage(None)
# 23: expect alive a b
rt.expect(23, 'alive', ('a', 'b'))
# 24: collect
rt.collect(None, 2)
# 25: expect collected 2
rt.expect(25, 'collected', (2,))
# 26: expect log collect 2 2
rt.expect(26, 'log', ('collect 2 2',))
# 27: expect dead a b
rt.expect(27, 'dead', ('a', 'b'))
# 28: expect del_calls a 1
rt.expect(28, 'del_calls', ('a', 1))
rt.finish()
