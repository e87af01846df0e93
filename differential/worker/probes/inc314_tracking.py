# Which new objects are tracked (and so counted) on 3.14.2: counting is at
# _PyObject_GC_TRACK / _PyObject_GC_UNTRACK, not at allocation.
# Also: a weakref made to garbage by a __del__ (gh-91636) - is its callback
# called during tp_clear (3.11 behaviour) or is it cleared first (3.15)?
import gc, sys, weakref
gc.disable()
gc.collect(); gc.freeze()
class C: pass
def d(f):
    n0 = gc.get_count()[0]; o = f(); n1 = gc.get_count()[0]
    return n1 - n0, gc.is_tracked(o), o
one, two = 1, "s"
tests = [
    ("empty dict {}", lambda: {}),
    ("dict of ints", lambda: {1: one}),
    ("tuple of atomics (one, two)", lambda: (one, two)),
    ("tuple holding a list", lambda: (one, [])),  # counts the list too
    ("list []", lambda: []),
    ("instance C()", lambda: C()),
]
res = []
for name, f in tests:
    dc, tr, o = d(f)
    res.append(f"{name}: count +{dc}, tracked {tr}")
keep_d = {1: 2}
gc.collect(0); gc.collect(2)
res.append(f"dict of ints after collect(0)+collect(2): tracked {gc.is_tracked(keep_d)}")
t = (one, [])
t[1].append(1)
res.append(f"tuple (1, list) tracked {gc.is_tracked(t)}")
print(sys.version.split()[0]); print("\n".join(res))
# gh-91636
log = []
class X:
    def __init__(self): self.me = self
    def __del__(self):
        global late
        late = weakref.ref(self, lambda wr: log.append("late weakref callback"))
        log.append("del")
x = X(); del x
gc.collect()
print("gh-91636:", log)
