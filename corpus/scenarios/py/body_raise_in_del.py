#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/body_raise_in_del.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.new(self, 'before', N)
    raise rt.GcopsRaise()
    rt.new(self, 'after', N)

def _b1(self):
    rt.new(self, 'fromb', N)

def _b2(self):
    raise rt.GcopsRaise()

rt.setup(['a', 'after', 'b', 'before', 'c', 'fromb'], [_b0, _b1, _b2], [N], False)

# 6: new a N
rt.new(None, 'a', N)
# 7: new b N
rt.new(None, 'b', N)
# 8: set a.0 b
rt.set_(None, 'a', 0, ('n', 'b'))
# 9: set b.0 a
rt.set_(None, 'b', 0, ('n', 'a'))
# 10: on_del a { new before N; raise; new after N }
rt.on_del(None, 'a', 0)
# 11: on_del b { new fromb N }
rt.on_del(None, 'b', 1)
# 12: del a
rt.delete(None, 'a')
# 13: del b
rt.delete(None, 'b')
# 14: collect
rt.collect(None, 2)
# 15: expect collected 2
rt.expect(15, 'collected', (2,))
# 16: expect log del a, del b, collect 2 2
rt.expect(16, 'log', ('del a', 'del b', 'collect 2 2'))
# 17: expect alive before fromb
rt.expect(17, 'alive', ('before', 'fromb'))
# 18: expect dead a b
rt.expect(18, 'dead', ('a', 'b'))
# 19: expect del_calls a 1
rt.expect(19, 'del_calls', ('a', 1))
# 20: new c N
rt.new(None, 'c', N)
# 21: on_del c { raise }
rt.on_del(None, 'c', 2)
# 22: del c
rt.delete(None, 'c')
# 23: expect log del c
rt.expect(23, 'log', ('del c',))
# 24: expect dead c
rt.expect(24, 'dead', ('c',))
rt.finish()
