#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/collect_young_only.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

rt.setup(['mid', 'old', 'young'], [], [N], False)

# 6: new old N
rt.new(None, 'old', N)
# 7: set old.0 old
rt.set_(None, 'old', 0, ('n', 'old'))
# 8: collect
rt.collect(None, 2)
# 9: new mid N
rt.new(None, 'mid', N)
# 10: set mid.0 mid
rt.set_(None, 'mid', 0, ('n', 'mid'))
# 11: collect 0
rt.collect(None, 0)
# 12: new young N
rt.new(None, 'young', N)
# 13: set young.0 young
rt.set_(None, 'young', 0, ('n', 'young'))
# 14: del old
rt.delete(None, 'old')
# 15: del mid
rt.delete(None, 'mid')
# 16: del young
rt.delete(None, 'young')
# 17: collect 0
rt.collect(None, 0)
# 18: expect collected 1
rt.expect(18, 'collected', (1,))
# 19: expect log collect 2 0, collect 0 0, del young, collect 0 1
rt.expect(19, 'log', ('collect 2 0', 'collect 0 0', 'del young', 'collect 0 1'))
# 20: expect alive old mid
rt.expect(20, 'alive', ('old', 'mid'))
# 21: collect 1
rt.collect(None, 1)
# 22: expect collected 1
rt.expect(22, 'collected', (1,))
# 23: expect log del mid, collect 1 1
rt.expect(23, 'log', ('del mid', 'collect 1 1'))
# 24: expect alive old
rt.expect(24, 'alive', ('old',))
# 25: collect 2
rt.collect(None, 2)
# 26: expect collected 1
rt.expect(26, 'collected', (1,))
# 27: expect log del old, collect 2 1
rt.expect(27, 'log', ('del old', 'collect 2 1'))
rt.finish()
