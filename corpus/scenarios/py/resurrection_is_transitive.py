#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/resurrection_is_transitive.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    def __del__(self): rt.del_hook(self)

class C:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

def _b0(self):
    rt.let(self, 'keep', ('s',))

rt.setup(['a', 'cargo', 'keep', 'other'], [_b0], [N, C], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: new cargo C
rt.new(None, 'cargo', C)
# 8: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 9: set a.1 cargo
rt.set_(None, 'a', 1, ('n', 'cargo'))
# 10: set cargo.0 cargo
rt.set_(None, 'cargo', 0, ('n', 'cargo'))
# 11: new other C
rt.new(None, 'other', C)
# 12: set other.0 other
rt.set_(None, 'other', 0, ('n', 'other'))
# 13: on_del a { let keep self }
rt.on_del(None, 'a', 0)
# 14: del cargo
rt.delete(None, 'cargo')
# 15: del other
rt.delete(None, 'other')
# 16: del a
rt.delete(None, 'a')
# 17: collect
rt.collect(None, 2)
# 18: expect collected 1
rt.expect(18, 'collected', (1,))
# 19: expect log del a, collect 2 1
rt.expect(19, 'log', ('del a', 'collect 2 1'))
# 20: expect alive a cargo
rt.expect(20, 'alive', ('a', 'cargo'))
# 21: expect dead other
rt.expect(21, 'dead', ('other',))
# 22: expect referents a a cargo
rt.expect(22, 'referents', ('a', 'a', 'cargo'))
# 23: expect generation cargo 2
rt.expect(23, 'generation', ('cargo', '2'))
rt.finish()
