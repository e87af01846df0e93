#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/freeze_unfreeze.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

rt.setup(['a', 'holder', 'keep', 'young'], [], [N], False)

# 7: new a N
rt.new(None, 'a', N)
# 8: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 9: new keep N
rt.new(None, 'keep', N)
# 10: new holder N
rt.new(None, 'holder', N)
# 11: set holder.0 keep
rt.set_(None, 'holder', 0, ('n', 'keep'))
# 12: expect count 3 0 0
rt.expect(12, 'count', (3, 0, 0))
# 13: freeze
rt.freeze(None)
# 14: expect count 0 0 0
rt.expect(14, 'count', (0, 0, 0))
# 15: expect generation a permanent
rt.expect(15, 'generation', ('a', 'permanent'))
# 16: expect generation holder permanent
rt.expect(16, 'generation', ('holder', 'permanent'))
# 17: expect objects 0
rt.expect(17, 'objects', (0,))
# 18: expect referrers keep
rt.expect(18, 'referrers', ('keep',))
# 19: del a
rt.delete(None, 'a')
# 20: collect
rt.collect(None, 2)
# 21: expect collected 0
rt.expect(21, 'collected', (0,))
# 22: expect log collect 2 0
rt.expect(22, 'log', ('collect 2 0',))
# 23: expect alive a
rt.expect(23, 'alive', ('a',))
# 24: new young N
rt.new(None, 'young', N)
# 25: unfreeze
rt.unfreeze(None)
# 26: expect objects 2 a keep holder
rt.expect(26, 'objects', (2, 'a', 'keep', 'holder'))
# 27: expect objects 0 young
rt.expect(27, 'objects', (0, 'young'))
# 28: collect
rt.collect(None, 2)
# 29: expect collected 1
rt.expect(29, 'collected', (1,))
# 30: expect log del a, collect 2 1
rt.expect(30, 'log', ('del a', 'collect 2 1'))
# 31: expect dead a
rt.expect(31, 'dead', ('a',))
# 32: expect referrers keep holder
rt.expect(32, 'referrers', ('keep', 'holder'))
rt.finish()
