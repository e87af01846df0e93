#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/garbage_made_by_finalizer_waits.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.new(self, 'z', N)
    rt.set_(self, 'z', 0, ('n', 'z'))
    rt.delete(self, 'z')

rt.setup(['a', 'z'], [_b0], [N], False)

# 5: new a N
rt.new(None, 'a', N)
# 6: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 7: on_del a { new z N; set z.0 z; del z }
rt.on_del(None, 'a', 0)
# 8: del a
rt.delete(None, 'a')
# 9: collect
rt.collect(None, 2)
# 10: expect collected 1
rt.expect(10, 'collected', (1,))
# 11: expect log del a, collect 2 1
rt.expect(11, 'log', ('del a', 'collect 2 1'))
# 12: expect objects 0 z
rt.expect(12, 'objects', (0, 'z'))
# 13: expect alive z
rt.expect(13, 'alive', ('z',))
# 14: collect
rt.collect(None, 2)
# 15: expect collected 1
rt.expect(15, 'collected', (1,))
# 16: expect log del z, collect 2 1
rt.expect(16, 'log', ('del z', 'collect 2 1'))
# 17: expect dead z
rt.expect(17, 'dead', ('z',))
rt.finish()
