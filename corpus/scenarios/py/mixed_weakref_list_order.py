#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/mixed_weakref_list_order.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

def _b0(self):
    pass

def _b1(self):
    pass

def _b2(self):
    pass

def _b3(self):
    pass

def _b4(self):
    pass

def _b5(self):
    pass

rt.setup(['a', 'b', 'bb', 'bp', 'bq', 'br', 'c1', 'c2', 'c3', 'd1', 'd2', 'd3'], [_b0, _b1, _b2, _b3, _b4, _b5], [N], False)

# 7: new a N
rt.new(None, 'a', N)
# 8: ref c1 a {}
rt.ref(None, 'c1', ('n', 'a'), 0)
# 9: proxy bp a
rt.proxy(None, 'bp', ('n', 'a'), None)
# 10: proxy c2 a {}
rt.proxy(None, 'c2', ('n', 'a'), 1)
# 11: ref br a
rt.ref(None, 'br', ('n', 'a'), None)
# 12: ref c3 a {}
rt.ref(None, 'c3', ('n', 'a'), 2)
# 13: expect weakrefs a 5
rt.expect(13, 'weakrefs', ('a', 5))
# 14: del a
rt.delete(None, 'a')
# 15: expect log callback c3, callback c2, callback c1
rt.expect(15, 'log', ('callback c3', 'callback c2', 'callback c1'))
# 16: expect cleared c1 c2 c3 bp br
rt.expect(16, 'cleared', ('c1', 'c2', 'c3', 'bp', 'br'))
# 17: new b N
rt.new(None, 'b', N)
# 18: set b.0 b
rt.set_(None, 'b', 0, ('n', 'b'))
# 19: ref d1 b {}
rt.ref(None, 'd1', ('n', 'b'), 3)
# 20: ref bb b
rt.ref(None, 'bb', ('n', 'b'), None)
# 21: proxy d2 b {}
rt.proxy(None, 'd2', ('n', 'b'), 4)
# 22: proxy bq b
rt.proxy(None, 'bq', ('n', 'b'), None)
# 23: ref d3 b {}
rt.ref(None, 'd3', ('n', 'b'), 5)
# 24: del b
rt.delete(None, 'b')
# 25: collect
rt.collect(None, 2)
# 26: expect collected 1
rt.expect(26, 'collected', (1,))
# 27: expect log callback d3, callback d2, callback d1, collect 2 1
rt.expect(27, 'log', ('callback d3', 'callback d2', 'callback d1', 'collect 2 1'))
# 28: expect cleared d1 d2 d3 bb bq
rt.expect(28, 'cleared', ('d1', 'd2', 'd3', 'bb', 'bq'))
rt.finish()
