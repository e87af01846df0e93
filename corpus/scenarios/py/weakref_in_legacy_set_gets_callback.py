#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/weakref_in_legacy_set_gets_callback.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

@_testcapi.with_tp_del
class L:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    def __tp_del__(self): rt.tp_del_hook(self)

class N:
    __slots__ = ('_m', 's00', 's01', '__weakref__')
    pass

def _b0(self):
    rt.new(self, 'called', N)

def _b1(self):
    rt.new(self, 'never', N)

rt.setup(['c', 'called', 'l', 'never', 't', 'trash', 'w'], [_b0, _b1], [L, N], False)

# 10: new c N
rt.new(None, 'c', N)
# 11: set c.0 c
rt.set_(None, 'c', 0, ('n', 'c'))
# 12: new l L
rt.new(None, 'l', L)
# 13: set l.0 l
rt.set_(None, 'l', 0, ('n', 'l'))
# 14: ref w c { new called N }
rt.ref(None, 'w', ('n', 'c'), 0)
# 15: set l.1 w
rt.set_(None, 'l', 1, ('n', 'w'))
# 16: del w
rt.delete(None, 'w')
# 17: new t N
rt.new(None, 't', N)
# 18: set t.0 t
rt.set_(None, 't', 0, ('n', 't'))
# 19: ref trash c { new never N }
rt.ref(None, 'trash', ('n', 'c'), 1)
# 20: set t.1 trash
rt.set_(None, 't', 1, ('n', 'trash'))
# 21: del trash
rt.delete(None, 'trash')
# 22: del c
rt.delete(None, 'c')
# 23: del l
rt.delete(None, 'l')
# 24: del t
rt.delete(None, 't')
# 25: collect
rt.collect(None, 2)
# 26: expect collected 4
rt.expect(26, 'collected', (4,))
# 27: expect log callback w, garbage l, collect 2 4
rt.expect(27, 'log', ('callback w', 'garbage l', 'collect 2 4'))
# 28: expect garbage l
rt.expect(28, 'garbage', ('l',))
# 29: expect alive l w called
rt.expect(29, 'alive', ('l', 'w', 'called'))
# 30: expect dead c t trash
rt.expect(30, 'dead', ('c', 't', 'trash'))
# 31: expect callback_calls trash 0
rt.expect(31, 'callback_calls', ('trash', 0))
# 32: expect cleared w
rt.expect(32, 'cleared', ('w',))
# 33: expect stats 2 1 3 1
rt.expect(33, 'stats', (2, 1, 3, 1))
# 34: expect generation w 2
rt.expect(34, 'generation', ('w', '2'))
rt.finish()
