#!/usr/bin/env python3
"""Plain CPython 3.11 rendering of corpus/scenarios/body_statements_that_cannot_run.gcops."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _testcapi
import gcops_rt as rt

class N:
    __slots__ = ('_m', 's00', '__weakref__')
    def __del__(self): rt.del_hook(self)

def _b0(self):
    rt.set_(self, 'nothere', 0, ('s',))
    rt.clear(self, 'd', 5)
    rt.set_(self, 'lst', 3, ('s',))
    rt.append(self, 'd', ('s',))
    rt.ref(self, 'bad', ('n', 'lst'), None)
    rt.set_(self, 'self', 7, ('s',))
    rt.let(self, 'x', ('n', 'nothere'))
    rt.new(self, 'ok', N)
    rt.append(self, 'lst', ('s',))

def _b1(self):
    rt.let(self, 'seen', ('s',))
    rt.set_(self, 'seen', 0, ('s',))
    rt.new(self, 'done', N)

rt.setup(['a', 'bad', 'd', 'done', 'lst', 'nothere', 'ok', 'seen', 't', 'w', 'x'], [_b0, _b1], [N], False)

# 6: list lst
rt.lst(None, 'lst', ())
# 7: dict d
rt.dct(None, 'd')
# 8: new a N
rt.new(None, 'a', N)
# 9: on_del a { set nothere.0 self; clear d.5; set lst.3 self; append d self; ref bad lst; set self.7 self; let x nothere; new ok N; append lst self }
rt.on_del(None, 'a', 0)
# 10: del a
rt.delete(None, 'a')
# 11: expect log del a
rt.expect(11, 'log', ('del a',))
# 12: expect alive a ok
rt.expect(12, 'alive', ('a', 'ok'))
# 13: expect referents lst a
rt.expect(13, 'referents', ('lst', 'a'))
# 14: expect weakrefs a 0
rt.expect(14, 'weakrefs', ('a', 0))
# 15: new t N
rt.new(None, 't', N)
# 16: ref w t { let seen self; set seen.0 self; new done N }
rt.ref(None, 'w', ('n', 't'), 1)
# 17: del t
rt.delete(None, 't')
# 18: expect log del t, callback w
rt.expect(18, 'log', ('del t', 'callback w'))
# 19: expect alive done w
rt.expect(19, 'alive', ('done', 'w'))
# 20: expect cleared w
rt.expect(20, 'cleared', ('w',))
rt.finish()
