#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/saveall_list.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

rt.setup(['l'], [], [], False)

# 4: list l
rt.lst(None, 'l', ())
# 5: append l l
rt.append(None, 'l', ('n', 'l'))
# 6: del l
rt.delete(None, 'l')
# 7: debug saveall
rt.debug(None, 32)
# 8: collect
rt.collect(None, 2)
# 9: expect collected 1
rt.expect(9, 'collected', (1,))
# 10: expect log garbage l, collect 2 1
rt.expect(10, 'log', ('garbage l', 'collect 2 1'))
# 11: expect garbage l
rt.expect(11, 'garbage', ('l',))
# 12: expect alive l
rt.expect(12, 'alive', ('l',))
# 13: expect generation l 2
rt.expect(13, 'generation', ('l', '2'))
# 14: debug
rt.debug(None, 0)
# 15: clear_garbage
rt.clear_garbage(None)
# 16: expect alive l
rt.expect(16, 'alive', ('l',))
# 17: collect
rt.collect(None, 2)
# 18: expect collected 1
rt.expect(18, 'collected', (1,))
# 19: expect log collect 2 1
rt.expect(19, 'log', ('collect 2 1',))
# 20: expect dead l
rt.expect(20, 'dead', ('l',))
rt.finish()
