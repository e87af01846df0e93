#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/collect1_survivor_order.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    pass

rt.setup(['g2', 'w', 'x', 'y', 'z'], [], [N], False)

# 7: new g2 N
rt.new(None, 'g2', N)
# 8: collect
rt.collect(None, 2)
# 9: new x N
rt.new(None, 'x', N)
# 10: new y N
rt.new(None, 'y', N)
# 11: set y.0 x
rt.set_(None, 'y', 0, ('n', 'x'))
# 12: del x
rt.delete(None, 'x')
# 13: collect 0
rt.collect(None, 0)
# 14: expect objects 1 y x
rt.expect(14, 'objects', (1, 'y', 'x'))
# 15: new z N
rt.new(None, 'z', N)
# 16: new w N
rt.new(None, 'w', N)
# 17: set w.0 z
rt.set_(None, 'w', 0, ('n', 'z'))
# 18: del z
rt.delete(None, 'z')
# 19: expect objects 0 z w
rt.expect(19, 'objects', (0, 'z', 'w'))
# 20: collect 1
rt.collect(None, 1)
# 21: expect objects 2 g2 y x w z
rt.expect(21, 'objects', (2, 'g2', 'y', 'x', 'w', 'z'))
# 22: expect objects 1
rt.expect(22, 'objects', (1,))
# 23: expect objects 0
rt.expect(23, 'objects', (0,))
rt.finish()
