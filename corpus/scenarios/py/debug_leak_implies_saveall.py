#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/debug_leak_implies_saveall.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

rt.setup(['a', 'b'], [], [N], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 8: del a
rt.delete(None, 'a')
# 9: debug stats collectable uncollectable
rt.debug(None, 7)
# 10: collect
rt.collect(None, 2)
# 11: expect collected 1
rt.expect(11, 'collected', (1,))
# 12: expect log del a, collect 2 1
rt.expect(12, 'log', ('del a', 'collect 2 1'))
# 13: expect garbage
rt.expect(13, 'garbage', ())
# 14: new b N
rt.new(None, 'b', N)
# 15: set b.0 b
rt.set_(None, 'b', 0, ('n', 'b'))
# 16: del b
rt.delete(None, 'b')
# 17: debug leak
rt.debug(None, 38)
# 18: collect
rt.collect(None, 2)
# 19: expect collected 1
rt.expect(19, 'collected', (1,))
# 20: expect log del b, garbage b, collect 2 1
rt.expect(20, 'log', ('del b', 'garbage b', 'collect 2 1'))
# 21: expect garbage b
rt.expect(21, 'garbage', ('b',))
# 22: debug
rt.debug(None, 0)
# 23: clear_garbage
rt.clear_garbage(None)
# 24: collect
rt.collect(None, 2)
# 25: expect collected 1
rt.expect(25, 'collected', (1,))
# 26: expect log collect 2 1
rt.expect(26, 'log', ('collect 2 1',))
# 27: expect garbage
rt.expect(27, 'garbage', ())
# 28: expect dead b
rt.expect(28, 'dead', ('b',))
rt.finish()
