#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/dict_self_cycle.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

rt.setup(['d'], [], [], False)

# 4: dict d
rt.dct(None, 'd')
# 5: expect untracked d
rt.expect(5, 'untracked', ('d',))
# 6: set d.1 7
rt.set_(None, 'd', 1, ('i', 7))
# 7: expect untracked d
rt.expect(7, 'untracked', ('d',))
# 8: set d.1 d
rt.set_(None, 'd', 1, ('n', 'd'))
# 9: expect tracked d
rt.expect(9, 'tracked', ('d',))
# 10: expect generation d 0
rt.expect(10, 'generation', ('d', '0'))
# 11: expect referents d d
rt.expect(11, 'referents', ('d', 'd'))
# 12: del d
rt.delete(None, 'd')
# 13: collect
rt.collect(None, 2)
# 14: expect collected 1
rt.expect(14, 'collected', (1,))
# 15: expect log collect 2 1
rt.expect(15, 'log', ('collect 2 1',))
# 16: expect dead d
rt.expect(16, 'dead', ('d',))
rt.finish()
