#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/proxy_callbacks.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    pass

def _b1(self):
    pass

def _b2(self):
    pass

def _b3(self):
    pass

rt.setup(['a', 'b', 'basic', 'p1', 'p2', 'q1', 'q2'], [_b0, _b1, _b2, _b3], [N], False)

# 5: new a N
rt.new(None, 'a', N)
# 6: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 7: proxy p1 a {}
rt.proxy(None, 'p1', ('n', 'a'), 0)
# 8: proxy p2 a {}
rt.proxy(None, 'p2', ('n', 'a'), 1)
# 9: proxy basic a
rt.proxy(None, 'basic', ('n', 'a'), None)
# 10: del a
rt.delete(None, 'a')
# 11: collect
rt.collect(None, 2)
# 12: expect collected 1
rt.expect(12, 'collected', (1,))
# 13: expect log callback p2, callback p1, del a, collect 2 1
rt.expect(13, 'log', ('callback p2', 'callback p1', 'del a', 'collect 2 1'))
# 14: expect cleared p1 p2 basic
rt.expect(14, 'cleared', ('p1', 'p2', 'basic'))
# 15: new b N
rt.new(None, 'b', N)
# 16: proxy q1 b {}
rt.proxy(None, 'q1', ('n', 'b'), 2)
# 17: ref q2 b {}
rt.ref(None, 'q2', ('n', 'b'), 3)
# 18: del b
rt.delete(None, 'b')
# 19: expect log del b, callback q2, callback q1
rt.expect(19, 'log', ('del b', 'callback q2', 'callback q1'))
# 20: expect cleared q1 q2
rt.expect(20, 'cleared', ('q1', 'q2'))
rt.finish()
