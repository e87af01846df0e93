#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/tuple_list_cycle.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

rt.setup(['l', 't'], [], [], False)

# 4: list l
rt.lst(None, 'l', ())
# 5: tuple t l
rt.tup(None, 't', (('n', 'l'),))
# 6: append l t
rt.append(None, 'l', ('n', 't'))
# 7: expect tracked t
rt.expect(7, 'tracked', ('t',))
# 8: expect referents l t
rt.expect(8, 'referents', ('l', 't'))
# 9: expect referents t l
rt.expect(9, 'referents', ('t', 'l'))
# 10: del t
rt.delete(None, 't')
# 11: del l
rt.delete(None, 'l')
# 12: collect
rt.collect(None, 2)
# 13: expect collected 2
rt.expect(13, 'collected', (2,))
# 14: expect log collect 2 2
rt.expect(14, 'log', ('collect 2 2',))
# 15: expect dead l t
rt.expect(15, 'dead', ('l', 't'))
rt.finish()
