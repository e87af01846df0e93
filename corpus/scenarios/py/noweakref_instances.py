#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/noweakref_instances.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class W:
    __slots__ = ('_m', 's00')
    def __del__(self): rt.del_hook(self)

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

def _b0(self):
    pass

def _b1(self):
    rt.ref(self, 'w', ('n', 'a'), 0)
    rt.proxy(self, 'p', ('n', 'a'), None)
    rt.new(self, 'after', N)

rt.setup(['a', 'after', 'b', 'p', 'w'], [_b0, _b1], [W, N], False)

# 7: new a W
rt.new(None, 'a', W)
# 8: expect tracked a
rt.expect(8, 'tracked', ('a',))
# 9: expect weakrefs a 0
rt.expect(9, 'weakrefs', ('a', 0))
# 10: new b W
rt.new(None, 'b', W)
# 11: on_del b { ref w a {}; proxy p a; new after N }
rt.on_del(None, 'b', 1)
# 12: del b
rt.delete(None, 'b')
# 13: expect log del b
rt.expect(13, 'log', ('del b',))
# 14: expect alive after
rt.expect(14, 'alive', ('after',))
# 15: expect weakrefs a 0
rt.expect(15, 'weakrefs', ('a', 0))
# 16: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 17: del a
rt.delete(None, 'a')
# 18: collect
rt.collect(None, 2)
# 19: expect collected 1
rt.expect(19, 'collected', (1,))
# 20: expect log del a, collect 2 1
rt.expect(20, 'log', ('del a', 'collect 2 1'))
# 21: expect dead a
rt.expect(21, 'dead', ('a',))
rt.finish()
