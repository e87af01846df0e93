# V315 tracking: dicts and tuples at creation, after collections
import gc, sys
gc.disable(); gc.collect()
def T(label, make):
    o = make()
    before = gc.is_tracked(o)
    gc.collect(0)
    after0 = gc.is_tracked(o)
    gc.collect()
    after2 = gc.is_tracked(o)
    print(f"{label:32} created={before!s:5} after_collect0={after0!s:5} after_full={after2!s:5}")
    return o
x, y = 1, 'a'
T("{}", lambda: {})
T("{1: 2}", lambda: {1: 2})
def d_del():
    d = {'k': []}; del d['k']; return d
T("{'k':[]} then del", d_del)
T("(x, y) display", lambda: (x, y))
T("(x, [])", lambda: (x, []))
T("tuple([1, 2])", lambda: tuple([1, 2]))
T("tuple(genexpr ints)", lambda: tuple(i for i in range(3)))
T("divmod(7, 2)", lambda: divmod(7, 2))
T("next(iter({1:2}.items()))", lambda: next(iter({1: 2}.items())))
T("next(zip([1],[2]))", lambda: next(zip([1], [2])))
T("next(enumerate('a'))", lambda: next(enumerate('a')))
T("((1, 2),)", lambda: ((x, 2),))
T("((1, []),)", lambda: ((x, []),))
T("(None, 'a', 1.5)", lambda: (None, y, 1.5))
T("(frozenset(),)", lambda: (frozenset(),))
T("({},)", lambda: ({},))
T("(() ,)", lambda: ((),))
T("tuple slice t[1:]", lambda: (x, [], y)[2:])
T("t + t", lambda: (x,) + (y,))
T("t * 2", lambda: (x, y) * 2)
T("sys.version_info[:]", lambda: tuple(sys.version_info))
T("str.partition", lambda: 'a,b'.partition(','))
def untr():
    t = (x, [])
    return t[:1] + ()
T("(x,[])[:1]", untr)
