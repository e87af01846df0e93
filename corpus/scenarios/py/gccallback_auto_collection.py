#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/gccallback_auto_collection.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

rt.setup(['a', 'b', 'c', 'd'], [], [N], True)

# 5: threshold 3
rt.threshold(None, (3,))
# 6: gccallback
rt.gccallback(None, None)
# 7: new a N
rt.new(None, 'a', N)
# 8: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 9: del a
rt.delete(None, 'a')
# 10: new b N
rt.new(None, 'b', N)
# 11: new c N
rt.new(None, 'c', N)
# 12: expect log
rt.expect(12, 'log', ())
# 13: new d N
rt.new(None, 'd', N)
# 14: expect log gc_start 0, del a, collect 0 1 auto, gc_stop 0 1 0
rt.expect(14, 'log', ('gc_start 0', 'del a', 'collect 0 1 auto', 'gc_stop 0 1 0'))
# 15: expect dead a
rt.expect(15, 'dead', ('a',))
# 16: expect generation b 1
rt.expect(16, 'generation', ('b', '1'))
# 17: expect generation d 0
rt.expect(17, 'generation', ('d', '0'))
rt.finish()
