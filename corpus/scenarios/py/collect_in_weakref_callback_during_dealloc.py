#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/collect_in_weakref_callback_during_dealloc.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.collect(self, 2)

rt.setup(['a', 'g', 'w'], [_b0], [N], False)

# 7: new g N
rt.new(None, 'g', N)
# 8: set g.0 g
rt.set_(None, 'g', 0, ('n', 'g'))
# 9: del g
rt.delete(None, 'g')
# 10: new a N
rt.new(None, 'a', N)
# 11: ref w a { collect }
rt.ref(None, 'w', ('n', 'a'), 0)
# 12: del a
rt.delete(None, 'a')
# 13: expect log del a, callback w, del g, collect 2 1
rt.expect(13, 'log', ('del a', 'callback w', 'del g', 'collect 2 1'))
# 14: expect dead a g
rt.expect(14, 'dead', ('a', 'g'))
# 15: expect cleared w
rt.expect(15, 'cleared', ('w',))
rt.finish()
