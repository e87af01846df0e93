#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/saveall_garbage_order.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

@_testcapi.with_tp_del
class L:
    __slots__ = ('_m', 's00', '__weakref__')
    def __tp_del__(self): rt.tp_del_hook(self)

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['k', 'l', 'p', 'x', 'y'], [], [L, N], False)

# 6: new l L
rt.new(None, 'l', L)
# 7: new k N
rt.new(None, 'k', N)
# 8: set l.0 k
rt.set_(None, 'l', 0, ('n', 'k'))
# 9: set k.0 l
rt.set_(None, 'k', 0, ('n', 'l'))
# 10: new p N
rt.new(None, 'p', N)
# 11: set p.0 p
rt.set_(None, 'p', 0, ('n', 'p'))
# 12: del l
rt.delete(None, 'l')
# 13: del k
rt.delete(None, 'k')
# 14: del p
rt.delete(None, 'p')
# 15: debug saveall
rt.debug(None, 32)
# 16: collect
rt.collect(None, 2)
# 17: expect collected 3
rt.expect(17, 'collected', (3,))
# 18: expect log garbage p, garbage l, garbage k, collect 2 3
rt.expect(18, 'log', ('garbage p', 'garbage l', 'garbage k', 'collect 2 3'))
# 19: expect garbage p l k
rt.expect(19, 'garbage', ('p', 'l', 'k'))
# 20: take_garbage x -1
rt.take_garbage(None, 'x', -1)
# 21: expect garbage p l
rt.expect(21, 'garbage', ('p', 'l'))
# 22: take_garbage y 0
rt.take_garbage(None, 'y', 0)
# 23: expect garbage l
rt.expect(23, 'garbage', ('l',))
# 24: debug
rt.debug(None, 0)
rt.finish()
