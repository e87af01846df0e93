#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/refcount_resurrect_weakref_alive.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.let(self, 'keep', ('s',))

rt.setup(['keep', 'other', 's', 'wr'], [_b0], [N], False)

# 7: new s N
rt.new(None, 's', N)
# 8: ref wr s
rt.ref(None, 'wr', ('n', 's'), None)
# 9: new other N
rt.new(None, 'other', N)
# 10: collect
rt.collect(None, 2)
# 11: expect generation s 2
rt.expect(11, 'generation', ('s', '2'))
# 12: expect unfinalized s
rt.expect(12, 'unfinalized', ('s',))
# 13: on_del s { let keep self }
rt.on_del(None, 's', 0)
# 14: del s
rt.delete(None, 's')
# 15: expect log collect 2 0, del s
rt.expect(15, 'log', ('collect 2 0', 'del s'))
# 16: expect alive s wr
rt.expect(16, 'alive', ('s', 'wr'))
# 17: expect generation s 0
rt.expect(17, 'generation', ('s', '0'))
# 18: expect finalized s
rt.expect(18, 'finalized', ('s',))
# 19: expect objects 2 wr other
rt.expect(19, 'objects', (2, 'wr', 'other'))
# 20: expect objects 0 s
rt.expect(20, 'objects', (0, 's'))
# 21: expect count 0 0 0
rt.expect(21, 'count', (0, 0, 0))
# 22: del keep
rt.delete(None, 'keep')
# 23: expect log
rt.expect(23, 'log', ())
# 24: expect dead s
rt.expect(24, 'dead', ('s',))
# 25: expect cleared wr
rt.expect(25, 'cleared', ('wr',))
# 26: expect del_calls s 1
rt.expect(26, 'del_calls', ('s', 1))
rt.finish()
