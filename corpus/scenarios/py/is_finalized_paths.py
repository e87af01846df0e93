#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/is_finalized_paths.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.let(self, 'keep_a', ('s',))

def _b1(self):
    rt.let(self, 'keep_b', ('s',))

rt.setup(['a', 'b', 'keep_a', 'keep_b'], [_b0, _b1], [N], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: expect unfinalized a
rt.expect(7, 'unfinalized', ('a',))
# 8: on_del a { let keep_a self }
rt.on_del(None, 'a', 0)
# 9: del a
rt.delete(None, 'a')
# 10: expect log del a
rt.expect(10, 'log', ('del a',))
# 11: expect finalized a
rt.expect(11, 'finalized', ('a',))
# 12: new b N
rt.new(None, 'b', N)
# 13: set b.0 b
rt.set_(None, 'b', 0, ('n', 'b'))
# 14: on_del b { let keep_b self }
rt.on_del(None, 'b', 1)
# 15: del b
rt.delete(None, 'b')
# 16: collect
rt.collect(None, 2)
# 17: expect log del b, collect 2 0
rt.expect(17, 'log', ('del b', 'collect 2 0'))
# 18: expect finalized b
rt.expect(18, 'finalized', ('b',))
# 19: del keep_a
rt.delete(None, 'keep_a')
# 20: del keep_b
rt.delete(None, 'keep_b')
# 21: expect log
rt.expect(21, 'log', ())
# 22: collect
rt.collect(None, 2)
# 23: expect collected 1
rt.expect(23, 'collected', (1,))
# 24: expect log collect 2 1
rt.expect(24, 'log', ('collect 2 1',))
# 25: expect dead a b
rt.expect(25, 'dead', ('a', 'b'))
# 26: expect del_calls a 1
rt.expect(26, 'del_calls', ('a', 1))
# 27: expect del_calls b 1
rt.expect(27, 'del_calls', ('b', 1))
rt.finish()
