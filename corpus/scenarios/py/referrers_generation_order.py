#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/referrers_generation_order.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['l', 'mid', 'old', 't', 'young'], [], [N], False)

# 5: new t N
rt.new(None, 't', N)
# 6: new old N
rt.new(None, 'old', N)
# 7: set old.0 t
rt.set_(None, 'old', 0, ('n', 't'))
# 8: collect
rt.collect(None, 2)
# 9: new mid N
rt.new(None, 'mid', N)
# 10: set mid.0 t
rt.set_(None, 'mid', 0, ('n', 't'))
# 11: collect 0
rt.collect(None, 0)
# 12: new young N
rt.new(None, 'young', N)
# 13: set young.0 t
rt.set_(None, 'young', 0, ('n', 't'))
# 14: list l t
rt.lst(None, 'l', (('n', 't'),))
# 15: expect referrers t young l mid old
rt.expect(15, 'referrers', ('t', 'young', 'l', 'mid', 'old'))
# 16: expect generation old 2
rt.expect(16, 'generation', ('old', '2'))
# 17: expect generation mid 1
rt.expect(17, 'generation', ('mid', '1'))
rt.finish()
