#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/weakref_callback_moves_weakref_to_gen1.gcops."""
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
    rt.let(self, 'keep', ('s',))

rt.setup(['keep', 'w', 'y'], [_b0, _b1], [N], False)

# 7: new y N
rt.new(None, 'y', N)
# 8: ref w y {}
rt.ref(None, 'w', ('n', 'y'), 0)
# 9: collect
rt.collect(None, 2)
# 10: expect generation y 2
rt.expect(10, 'generation', ('y', '2'))
# 11: expect generation w 2
rt.expect(11, 'generation', ('w', '2'))
# 12: on_del y { let keep self }
rt.on_del(None, 'y', 1)
# 13: del y
rt.delete(None, 'y')
# 14: expect log collect 2 0, del y
rt.expect(14, 'log', ('collect 2 0', 'del y'))
# 15: expect generation y 0
rt.expect(15, 'generation', ('y', '0'))
# 16: expect alive w
rt.expect(16, 'alive', ('w',))
# 17: set keep.0 keep
rt.set_(None, 'keep', 0, ('n', 'keep'))
# 18: del keep
rt.delete(None, 'keep')
# 19: collect 0
rt.collect(None, 0)
# 20: expect collected 1
rt.expect(20, 'collected', (1,))
# 21: expect log callback w, collect 0 1
rt.expect(21, 'log', ('callback w', 'collect 0 1'))
# 22: expect dead y
rt.expect(22, 'dead', ('y',))
# 23: expect generation w 1
rt.expect(23, 'generation', ('w', '1'))
# 24: expect cleared w
rt.expect(24, 'cleared', ('w',))
rt.finish()
