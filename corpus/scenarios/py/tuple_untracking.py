#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/tuple_untracking.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    pass

rt.setup(['inner', 'ints', 'l', 'nested', 'o', 'outer', 'withlist', 'withobj'], [], [N], False)

# 9: new o N
rt.new(None, 'o', N)
# 10: list l
rt.lst(None, 'l', ())
# 11: tuple ints 1 2 none
rt.tup(None, 'ints', (('i', 1), ('i', 2), ('z',)))
# 12: tuple withlist l
rt.tup(None, 'withlist', (('n', 'l'),))
# 13: tuple withobj o
rt.tup(None, 'withobj', (('n', 'o'),))
# 14: tuple nested ints
rt.tup(None, 'nested', (('n', 'ints'),))
# 15: expect tracked ints withlist withobj nested
rt.expect(15, 'tracked', ('ints', 'withlist', 'withobj', 'nested'))
# 16: collect 0
rt.collect(None, 0)
# 17: expect untracked ints nested
rt.expect(17, 'untracked', ('ints', 'nested'))
# 18: expect tracked withlist withobj
rt.expect(18, 'tracked', ('withlist', 'withobj'))
# 19: expect generation withlist 1
rt.expect(19, 'generation', ('withlist', '1'))
# 20: expect objects 1 o l withlist withobj
rt.expect(20, 'objects', (1, 'o', 'l', 'withlist', 'withobj'))
# 21: tuple inner 3 4
rt.tup(None, 'inner', (('i', 3), ('i', 4)))
# 22: tuple outer inner
rt.tup(None, 'outer', (('n', 'inner'),))
# 23: del inner
rt.delete(None, 'inner')
# 24: expect objects 0 inner outer
rt.expect(24, 'objects', (0, 'inner', 'outer'))
# 25: collect 0
rt.collect(None, 0)
# 26: expect untracked inner
rt.expect(26, 'untracked', ('inner',))
# 27: expect tracked outer
rt.expect(27, 'tracked', ('outer',))
# 28: expect generation outer 1
rt.expect(28, 'generation', ('outer', '1'))
# 29: collect 1
rt.collect(None, 1)
# 30: expect untracked outer
rt.expect(30, 'untracked', ('outer',))
rt.finish()
