#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/permanent_weakref_moves_to_gen1.gcops."""
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

# 6: new y N
rt.new(None, 'y', N)
# 7: ref w y {}
rt.ref(None, 'w', ('n', 'y'), 0)
# 8: freeze
rt.freeze(None)
# 9: expect generation w permanent
rt.expect(9, 'generation', ('w', 'permanent'))
# 10: expect generation y permanent
rt.expect(10, 'generation', ('y', 'permanent'))
# 11: on_del y { let keep self }
rt.on_del(None, 'y', 1)
# 12: del y
rt.delete(None, 'y')
# 13: expect log del y
rt.expect(13, 'log', ('del y',))
# 14: expect generation y 0
rt.expect(14, 'generation', ('y', '0'))
# 15: set keep.0 keep
rt.set_(None, 'keep', 0, ('n', 'keep'))
# 16: del keep
rt.delete(None, 'keep')
# 17: collect 0
rt.collect(None, 0)
# 18: expect collected 1
rt.expect(18, 'collected', (1,))
# 19: expect log callback w, collect 0 1
rt.expect(19, 'log', ('callback w', 'collect 0 1'))
# 20: expect generation w 1
rt.expect(20, 'generation', ('w', '1'))
# 21: expect objects 1 w
rt.expect(21, 'objects', (1, 'w'))
rt.finish()
