#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/dict_tracks_tuple_value.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

rt.setup(['d', 'e', 't'], [], [], False)

# 6: tuple t 1 2
rt.tup(None, 't', (('i', 1), ('i', 2)))
# 7: dict d
rt.dct(None, 'd')
# 8: set d.1 t
rt.set_(None, 'd', 1, ('n', 't'))
# 9: expect tracked t d
rt.expect(9, 'tracked', ('t', 'd'))
# 10: collect 0
rt.collect(None, 0)
# 11: expect untracked t
rt.expect(11, 'untracked', ('t',))
# 12: expect tracked d
rt.expect(12, 'tracked', ('d',))
# 13: collect
rt.collect(None, 2)
# 14: expect untracked t d
rt.expect(14, 'untracked', ('t', 'd'))
# 15: dict e
rt.dct(None, 'e')
# 16: set e.7 t
rt.set_(None, 'e', 7, ('n', 't'))
# 17: expect untracked e
rt.expect(17, 'untracked', ('e',))
rt.finish()
