#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/dict_untracking.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

rt.setup(['d', 'ints', 'x'], [], [], False)

# 6: list x
rt.lst(None, 'x', ())
# 7: dict d
rt.dct(None, 'd')
# 8: dict ints
rt.dct(None, 'ints')
# 9: set ints.1 5
rt.set_(None, 'ints', 1, ('i', 5))
# 10: set ints.2 none
rt.set_(None, 'ints', 2, ('z',))
# 11: expect untracked d ints
rt.expect(11, 'untracked', ('d', 'ints'))
# 12: set d.1 x
rt.set_(None, 'd', 1, ('n', 'x'))
# 13: expect tracked d
rt.expect(13, 'tracked', ('d',))
# 14: clear d.1
rt.clear(None, 'd', 1)
# 15: expect tracked d
rt.expect(15, 'tracked', ('d',))
# 16: collect 0
rt.collect(None, 0)
# 17: expect tracked d
rt.expect(17, 'tracked', ('d',))
# 18: expect generation d 1
rt.expect(18, 'generation', ('d', '1'))
# 19: collect 1
rt.collect(None, 1)
# 20: expect tracked d
rt.expect(20, 'tracked', ('d',))
# 21: expect generation d 2
rt.expect(21, 'generation', ('d', '2'))
# 22: collect
rt.collect(None, 2)
# 23: expect untracked d ints
rt.expect(23, 'untracked', ('d', 'ints'))
# 24: set d.2 x
rt.set_(None, 'd', 2, ('n', 'x'))
# 25: expect tracked d
rt.expect(25, 'tracked', ('d',))
# 26: expect generation d 0
rt.expect(26, 'generation', ('d', '0'))
rt.finish()
