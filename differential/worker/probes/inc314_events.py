# Order of weakref callbacks, __del__ and tp_clear inside one collection,
# and whether a weakref WITHOUT callback to garbage is already dead while
# __del__ runs (3.11 handle_weakrefs: yes; main's GH-136189: no).
# X objects: self-cycles. __del__ logs, checks the plain weakref, then
# attaches a fresh Tell whose __del__ logs when tp_clear drops it.
import gc, sys, weakref
gc.disable()
log = []
plain = {}
class Tell:
    def __init__(self, n): self.n = n
    def __del__(self): log.append("clear " + self.n)
class X:
    def __init__(self, n): self.n = n; self.me = self
    def __del__(self):
        log.append(f"del {self.n}(plainref {'dead' if plain[self.n]() is None else 'alive'})")
        self.tell = Tell(self.n)
class Y:  # no __del__: only a weakref callback and tp_clear witness
    def __init__(self, n): self.n = n; self.me = self
def cb(name):
    return lambda wr: log.append("wrcb " + name)
keep = []
def make(n, cls=X):
    o = cls(n)
    plain[n] = weakref.ref(o)
    keep.append(weakref.ref(o, cb(n + "#1")))
    keep.append(weakref.ref(o, cb(n + "#2")))
    return o
gc.collect(); gc.freeze()
def run(title, coll):
    log.clear()
    r = coll()
    print(f"{title}: returned {r}")
    for e in log: print("   ", e)

a = make("a"); b = make("b"); c = make("c", Y)
del a, b, c
run("young only, collect(0)", lambda: gc.collect(0))
a = make("a"); b = make("b"); c = make("c", Y)
del a, b, c
run("young only, collect(2)", lambda: gc.collect(2))
# two-object cycle p <-> q, q has __del__, p does not
p = Y("p"); q = X("q"); p.other = q; q.other = p; plain["p"] = weakref.ref(p); plain["q"] = weakref.ref(q)
del p, q
run("cycle p<->q, collect(2)", lambda: gc.collect(2))
