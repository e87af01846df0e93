#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/body_nested_blocks.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.new(self, 'deepest', N)

def _b1(self):
    rt.new(self, 'inner', N)
    rt.ref(self, 'w2', ('n', 'inner'), 0)

def _b2(self):
    rt.ref(self, 'w', ('n', 'target'), 1)

def _b3(self):
    rt.new(self, 'from_inner', N)

rt.setup(['a', 'deepest', 'from_inner', 'inner', 'target', 'w', 'w2'], [_b0, _b1, _b2, _b3], [N], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: new target N
rt.new(None, 'target', N)
# 8: on_del a { ref w target { new inner N; ref w2 inner { new deepest N } } }
rt.on_del(None, 'a', 2)
# 9: del a
rt.delete(None, 'a')
# 10: expect log del a
rt.expect(10, 'log', ('del a',))
# 11: expect alive w
rt.expect(11, 'alive', ('w',))
# 12: expect callback_calls w 0
rt.expect(12, 'callback_calls', ('w', 0))
# 13: del target
rt.delete(None, 'target')
# 14: expect log del target, callback w
rt.expect(14, 'log', ('del target', 'callback w'))
# 15: expect alive inner w2
rt.expect(15, 'alive', ('inner', 'w2'))
# 16: on_del inner { new from_inner N }
rt.on_del(None, 'inner', 3)
# 17: del inner
rt.delete(None, 'inner')
# 18: expect log del inner, callback w2
rt.expect(18, 'log', ('del inner', 'callback w2'))
# 19: expect alive deepest from_inner
rt.expect(19, 'alive', ('deepest', 'from_inner'))
# 20: expect cleared w w2
rt.expect(20, 'cleared', ('w', 'w2'))
rt.finish()
