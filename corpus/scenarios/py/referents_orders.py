#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/referents_orders.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', 's01', 's02', '__weakref__')
    pass

rt.setup(['a', 'b', 'c', 'd', 'i', 'l', 't'], [], [N], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: new b N
rt.new(None, 'b', N)
# 8: new c N
rt.new(None, 'c', N)
# 9: list l a b c
rt.lst(None, 'l', (('n', 'a'), ('n', 'b'), ('n', 'c')))
# 10: tuple t a b c
rt.tup(None, 't', (('n', 'a'), ('n', 'b'), ('n', 'c')))
# 11: new i N
rt.new(None, 'i', N)
# 12: set i.2 a
rt.set_(None, 'i', 2, ('n', 'a'))
# 13: set i.0 c
rt.set_(None, 'i', 0, ('n', 'c'))
# 14: set i.1 b
rt.set_(None, 'i', 1, ('n', 'b'))
# 15: dict d
rt.dct(None, 'd')
# 16: set d.5 b
rt.set_(None, 'd', 5, ('n', 'b'))
# 17: set d.1 c
rt.set_(None, 'd', 1, ('n', 'c'))
# 18: set d.9 a
rt.set_(None, 'd', 9, ('n', 'a'))
# 19: expect referents l c b a
rt.expect(19, 'referents', ('l', 'c', 'b', 'a'))
# 20: expect referents t c b a
rt.expect(20, 'referents', ('t', 'c', 'b', 'a'))
# 21: expect referents i c b a
rt.expect(21, 'referents', ('i', 'c', 'b', 'a'))
# 22: expect referents d b c a
rt.expect(22, 'referents', ('d', 'b', 'c', 'a'))
# 23: clear d.1
rt.clear(None, 'd', 1)
# 24: set d.1 c
rt.set_(None, 'd', 1, ('n', 'c'))
# 25: expect referents d b a c
rt.expect(25, 'referents', ('d', 'b', 'a', 'c'))
# 26: expect referrers a l t i d
rt.expect(26, 'referrers', ('a', 'l', 't', 'i', 'd'))
rt.finish()
