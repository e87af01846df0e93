#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/rescued_survivors_go_to_tail.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    pass

rt.setup(['p', 'q', 'r'], [], [N], False)

# 6: new p N
rt.new(None, 'p', N)
# 7: new q N
rt.new(None, 'q', N)
# 8: list r p q
rt.lst(None, 'r', (('n', 'p'), ('n', 'q')))
# 9: del p
rt.delete(None, 'p')
# 10: del q
rt.delete(None, 'q')
# 11: expect objects 0 p q r
rt.expect(11, 'objects', (0, 'p', 'q', 'r'))
# 12: collect 0
rt.collect(None, 0)
# 13: expect collected 0
rt.expect(13, 'collected', (0,))
# 14: expect objects 1 r q p
rt.expect(14, 'objects', (1, 'r', 'q', 'p'))
# 15: expect objects 0
rt.expect(15, 'objects', (0,))
# 16: expect count 0 1 0
rt.expect(16, 'count', (0, 1, 0))
rt.finish()
