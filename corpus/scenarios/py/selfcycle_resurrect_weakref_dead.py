#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/selfcycle_resurrect_weakref_dead.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.let(self, 'keep', ('s',))

rt.setup(['keep', 's', 'wr'], [_b0], [N], False)

# 6: new s N
rt.new(None, 's', N)
# 7: set s.0 s
rt.set_(None, 's', 0, ('n', 's'))
# 8: ref wr s
rt.ref(None, 'wr', ('n', 's'), None)
# 9: on_del s { let keep self }
rt.on_del(None, 's', 0)
# 10: del s
rt.delete(None, 's')
# 11: collect
rt.collect(None, 2)
# 12: expect collected 0
rt.expect(12, 'collected', (0,))
# 13: expect log del s, collect 2 0
rt.expect(13, 'log', ('del s', 'collect 2 0'))
# 14: expect alive s
rt.expect(14, 'alive', ('s',))
# 15: expect cleared wr
rt.expect(15, 'cleared', ('wr',))
# 16: expect finalized s
rt.expect(16, 'finalized', ('s',))
# 17: expect generation s 2
rt.expect(17, 'generation', ('s', '2'))
# 18: del keep
rt.delete(None, 'keep')
# 19: collect
rt.collect(None, 2)
# 20: expect collected 1
rt.expect(20, 'collected', (1,))
# 21: expect log collect 2 1
rt.expect(21, 'log', ('collect 2 1',))
# 22: expect del_calls s 1
rt.expect(22, 'del_calls', ('s', 1))
# 23: expect dead s
rt.expect(23, 'dead', ('s',))
rt.finish()
