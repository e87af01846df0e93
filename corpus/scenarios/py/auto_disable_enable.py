#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/auto_disable_enable.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm'], [], [N], True)

# 6: disable
rt.disable(None)
# 7: threshold 3
rt.threshold(None, (3,))
# 8: new a N
rt.new(None, 'a', N)
# 9: new b N
rt.new(None, 'b', N)
# 10: new c N
rt.new(None, 'c', N)
# 11: new d N
rt.new(None, 'd', N)
# 12: new e N
rt.new(None, 'e', N)
# 13: expect count 5 0 0
rt.expect(13, 'count', (5, 0, 0))
# 14: expect log
rt.expect(14, 'log', ())
# 15: set a.0 a
rt.set_(None, 'a', 0, ('n', 'a'))
# 16: del a
rt.delete(None, 'a')
# 17: collect 0
rt.collect(None, 0)
# 18: expect collected 1
rt.expect(18, 'collected', (1,))
# 19: expect log collect 0 1
rt.expect(19, 'log', ('collect 0 1',))
# 20: expect count 0 1 0
rt.expect(20, 'count', (0, 1, 0))
# 21: enable
rt.enable(None)
# 22: new f N
rt.new(None, 'f', N)
# 23: new g N
rt.new(None, 'g', N)
# 24: new h N
rt.new(None, 'h', N)
# 25: expect log
rt.expect(25, 'log', ())
# 26: new i N
rt.new(None, 'i', N)
# 27: expect log collect 0 0 auto
rt.expect(27, 'log', ('collect 0 0 auto',))
# 28: expect count 0 2 0
rt.expect(28, 'count', (0, 2, 0))
# 29: expect generation h 1
rt.expect(29, 'generation', ('h', '1'))
# 30: expect generation i 0
rt.expect(30, 'generation', ('i', '0'))
# 31: threshold 0
rt.threshold(None, (0,))
# 32: new j N
rt.new(None, 'j', N)
# 33: new k N
rt.new(None, 'k', N)
# 34: new l N
rt.new(None, 'l', N)
# 35: new m N
rt.new(None, 'm', N)
# 36: expect log
rt.expect(36, 'log', ())
# 37: expect count 4 2 0
rt.expect(37, 'count', (4, 2, 0))
rt.finish()
