#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/reversal_dance.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

rt.setup(['a', 'aa', 'b', 'bb', 'c'], [], [N], False)

# 7: new a N
rt.new(None, 'a', N)
# 8: new b N
rt.new(None, 'b', N)
# 9: new c N
rt.new(None, 'c', N)
# 10: set c.0 b
rt.set_(None, 'c', 0, ('n', 'b'))
# 11: set b.0 a
rt.set_(None, 'b', 0, ('n', 'a'))
# 12: del a
rt.delete(None, 'a')
# 13: del b
rt.delete(None, 'b')
# 14: expect objects 0 a b c
rt.expect(14, 'objects', (0, 'a', 'b', 'c'))
# 15: collect
rt.collect(None, 2)
# 16: expect collected 0
rt.expect(16, 'collected', (0,))
# 17: expect log collect 2 0
rt.expect(17, 'log', ('collect 2 0',))
# 18: expect objects 2 c b a
rt.expect(18, 'objects', (2, 'c', 'b', 'a'))
# 19: let bb c.0
rt.let(None, 'bb', ('p', 'c', 0))
# 20: let aa bb.0
rt.let(None, 'aa', ('p', 'bb', 0))
# 21: set aa.0 c
rt.set_(None, 'aa', 0, ('n', 'c'))
# 22: del aa
rt.delete(None, 'aa')
# 23: del bb
rt.delete(None, 'bb')
# 24: del c
rt.delete(None, 'c')
# 25: collect
rt.collect(None, 2)
# 26: expect collected 3
rt.expect(26, 'collected', (3,))
# 27: expect log del c, del b, del a, collect 2 3
rt.expect(27, 'log', ('del c', 'del b', 'del a', 'collect 2 3'))
# 28: expect dead a b c
rt.expect(28, 'dead', ('a', 'b', 'c'))
rt.finish()
