#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/get_objects_generations.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['l'], [], [N], False)

# 6: new l N
rt.new(None, 'l', N)
# 7: expect objects 0 l
rt.expect(7, 'objects', (0, 'l'))
# 8: expect objects 1
rt.expect(8, 'objects', (1,))
# 9: expect objects 2
rt.expect(9, 'objects', (2,))
# 10: expect count 1 0 0
rt.expect(10, 'count', (1, 0, 0))
# 11: collect 0
rt.collect(None, 0)
# 12: expect objects 0
rt.expect(12, 'objects', (0,))
# 13: expect objects 1 l
rt.expect(13, 'objects', (1, 'l'))
# 14: expect count 0 1 0
rt.expect(14, 'count', (0, 1, 0))
# 15: collect 1
rt.collect(None, 1)
# 16: expect objects 1
rt.expect(16, 'objects', (1,))
# 17: expect objects 2 l
rt.expect(17, 'objects', (2, 'l'))
# 18: expect count 0 0 1
rt.expect(18, 'count', (0, 0, 1))
# 19: collect 2
rt.collect(None, 2)
# 20: expect objects 2 l
rt.expect(20, 'objects', (2, 'l'))
# 21: expect count 0 0 0
rt.expect(21, 'count', (0, 0, 0))
# 22: expect stats 0 1 0 0
rt.expect(22, 'stats', (0, 1, 0, 0))
# 23: expect stats 1 1 0 0
rt.expect(23, 'stats', (1, 1, 0, 0))
# 24: expect stats 2 1 0 0
rt.expect(24, 'stats', (2, 1, 0, 0))
rt.finish()
