#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/merge_order_full.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

rt.setup(['x', 'y', 'z'], [], [N], False)

# 5: new z N
rt.new(None, 'z', N)
# 6: set z.0 z
rt.set_(None, 'z', 0, ('n', 'z'))
# 7: collect 1
rt.collect(None, 1)
# 8: collect 1
rt.collect(None, 1)
# 9: expect generation z 2
rt.expect(9, 'generation', ('z', '2'))
# 10: new x N
rt.new(None, 'x', N)
# 11: set x.0 x
rt.set_(None, 'x', 0, ('n', 'x'))
# 12: collect 0
rt.collect(None, 0)
# 13: expect generation x 1
rt.expect(13, 'generation', ('x', '1'))
# 14: new y N
rt.new(None, 'y', N)
# 15: set y.0 y
rt.set_(None, 'y', 0, ('n', 'y'))
# 16: expect generation y 0
rt.expect(16, 'generation', ('y', '0'))
# 17: expect objects 0 y
rt.expect(17, 'objects', (0, 'y'))
# 18: expect objects 1 x
rt.expect(18, 'objects', (1, 'x'))
# 19: expect objects 2 z
rt.expect(19, 'objects', (2, 'z'))
# 20: del z
rt.delete(None, 'z')
# 21: del x
rt.delete(None, 'x')
# 22: del y
rt.delete(None, 'y')
# 23: expect log collect 1 0, collect 1 0, collect 0 0
rt.expect(23, 'log', ('collect 1 0', 'collect 1 0', 'collect 0 0'))
# 24: collect
rt.collect(None, 2)
# 25: expect collected 3
rt.expect(25, 'collected', (3,))
# 26: expect log del z, del y, del x, collect 2 3
rt.expect(26, 'log', ('del z', 'del y', 'del x', 'collect 2 3'))
rt.finish()
