#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/unfreeze_appends_to_gen2_tail.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['later', 'mid', 'old', 'young'], [], [N], False)

# 6: new old N
rt.new(None, 'old', N)
# 7: collect
rt.collect(None, 2)
# 8: new mid N
rt.new(None, 'mid', N)
# 9: collect 0
rt.collect(None, 0)
# 10: new young N
rt.new(None, 'young', N)
# 11: freeze
rt.freeze(None)
# 12: expect objects 2
rt.expect(12, 'objects', (2,))
# 13: new later N
rt.new(None, 'later', N)
# 14: collect
rt.collect(None, 2)
# 15: expect objects 2 later
rt.expect(15, 'objects', (2, 'later'))
# 16: unfreeze
rt.unfreeze(None)
# 17: expect objects 2 later young mid old
rt.expect(17, 'objects', (2, 'later', 'young', 'mid', 'old'))
# 18: expect count 0 0 0
rt.expect(18, 'count', (0, 0, 0))
rt.finish()
