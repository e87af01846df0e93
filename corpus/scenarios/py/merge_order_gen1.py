#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/merge_order_gen1.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

rt.setup(['w', 'x', 'y'], [], [N], False)

# 5: new w N
rt.new(None, 'w', N)
# 6: set w.0 w
rt.set_(None, 'w', 0, ('n', 'w'))
# 7: collect
rt.collect(None, 2)
# 8: new x N
rt.new(None, 'x', N)
# 9: set x.0 x
rt.set_(None, 'x', 0, ('n', 'x'))
# 10: collect 0
rt.collect(None, 0)
# 11: new y N
rt.new(None, 'y', N)
# 12: set y.0 y
rt.set_(None, 'y', 0, ('n', 'y'))
# 13: del w
rt.delete(None, 'w')
# 14: del x
rt.delete(None, 'x')
# 15: del y
rt.delete(None, 'y')
# 16: collect 1
rt.collect(None, 1)
# 17: expect collected 2
rt.expect(17, 'collected', (2,))
# 18: expect log collect 2 0, collect 0 0, del x, del y, collect 1 2
rt.expect(18, 'log', ('collect 2 0', 'collect 0 0', 'del x', 'del y', 'collect 1 2'))
# 19: expect alive w
rt.expect(19, 'alive', ('w',))
# 20: expect dead x y
rt.expect(20, 'dead', ('x', 'y'))
# 21: expect generation w 2
rt.expect(21, 'generation', ('w', '2'))
# 22: expect count 0 0 1
rt.expect(22, 'count', (0, 0, 1))
# 23: collect
rt.collect(None, 2)
# 24: expect collected 1
rt.expect(24, 'collected', (1,))
# 25: expect log del w, collect 2 1
rt.expect(25, 'log', ('del w', 'collect 2 1'))
rt.finish()
