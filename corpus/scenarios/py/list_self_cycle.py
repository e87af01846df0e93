#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/list_self_cycle.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

rt.setup(['l'], [], [], False)

# 4: list l
rt.lst(None, 'l', ())
# 5: append l l
rt.append(None, 'l', ('n', 'l'))
# 6: expect tracked l
rt.expect(6, 'tracked', ('l',))
# 7: expect referents l l
rt.expect(7, 'referents', ('l', 'l'))
# 8: expect referrers l l
rt.expect(8, 'referrers', ('l', 'l'))
# 9: expect generation l 0
rt.expect(9, 'generation', ('l', '0'))
# 10: del l
rt.delete(None, 'l')
# 11: collect
rt.collect(None, 2)
# 12: expect collected 1
rt.expect(12, 'collected', (1,))
# 13: expect log collect 2 1
rt.expect(13, 'log', ('collect 2 1',))
# 14: expect dead l
rt.expect(14, 'dead', ('l',))
# 15: expect stats 2 1 1 0
rt.expect(15, 'stats', (2, 1, 1, 0))
# 16: expect stats 0 0 0 0
rt.expect(16, 'stats', (0, 0, 0, 0))
rt.finish()
