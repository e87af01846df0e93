#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/untracked_tuple_stays_untracked.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['d', 'l', 'o', 't'], [], [N], False)

# 5: tuple t 1 2
rt.tup(None, 't', (('i', 1), ('i', 2)))
# 6: collect 0
rt.collect(None, 0)
# 7: expect untracked t
rt.expect(7, 'untracked', ('t',))
# 8: list l t
rt.lst(None, 'l', (('n', 't'),))
# 9: new o N
rt.new(None, 'o', N)
# 10: set o.0 t
rt.set_(None, 'o', 0, ('n', 't'))
# 11: dict d
rt.dct(None, 'd')
# 12: set d.1 t
rt.set_(None, 'd', 1, ('n', 't'))
# 13: expect untracked t d
rt.expect(13, 'untracked', ('t', 'd'))
# 14: expect tracked l o
rt.expect(14, 'tracked', ('l', 'o'))
# 15: expect referents l t
rt.expect(15, 'referents', ('l', 't'))
# 16: collect
rt.collect(None, 2)
# 17: expect untracked t d
rt.expect(17, 'untracked', ('t', 'd'))
# 18: expect referrers t l o
rt.expect(18, 'referrers', ('t', 'l', 'o'))
rt.finish()
