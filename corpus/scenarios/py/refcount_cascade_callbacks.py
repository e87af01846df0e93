#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/refcount_cascade_callbacks.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    pass

def _b1(self):
    pass

def _b2(self):
    pass

def _b3(self):
    pass

def _b4(self):
    pass

rt.setup(['l', 'x', 'x1', 'x2', 'y', 'y1', 'z', 'z1', 'z2', 'zchild'], [_b0, _b1, _b2, _b3, _b4], [N], False)

# 6: new x N
rt.new(None, 'x', N)
# 7: new y N
rt.new(None, 'y', N)
# 8: new z N
rt.new(None, 'z', N)
# 9: new zchild N
rt.new(None, 'zchild', N)
# 10: set z.0 zchild
rt.set_(None, 'z', 0, ('n', 'zchild'))
# 11: del zchild
rt.delete(None, 'zchild')
# 12: ref x1 x {}
rt.ref(None, 'x1', ('n', 'x'), 0)
# 13: ref x2 x {}
rt.ref(None, 'x2', ('n', 'x'), 1)
# 14: ref y1 y {}
rt.ref(None, 'y1', ('n', 'y'), 2)
# 15: ref z1 z {}
rt.ref(None, 'z1', ('n', 'z'), 3)
# 16: ref z2 z {}
rt.ref(None, 'z2', ('n', 'z'), 4)
# 17: list l x y z
rt.lst(None, 'l', (('n', 'x'), ('n', 'y'), ('n', 'z')))
# 18: del x
rt.delete(None, 'x')
# 19: del y
rt.delete(None, 'y')
# 20: del z
rt.delete(None, 'z')
# 21: del l
rt.delete(None, 'l')
# 22: expect log del z, callback z2, callback z1, del zchild, del y, callback y1, del x, callback x2, callback x1
rt.expect(22, 'log', ('del z', 'callback z2', 'callback z1', 'del zchild', 'del y', 'callback y1', 'del x', 'callback x2', 'callback x1'))
# 23: expect dead x y z zchild l
rt.expect(23, 'dead', ('x', 'y', 'z', 'zchild', 'l'))
# 24: expect cleared x1 x2 y1 z1 z2
rt.expect(24, 'cleared', ('x1', 'x2', 'y1', 'z1', 'z2'))
rt.finish()
