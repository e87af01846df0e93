# Which list each explicit collection examines and in which order; where
# survivors go; get_count / get_objects(g) / get_referrers order.
# Self-cycles with __del__ (N) log their finalization order.
import gc, sys
gc.disable()
log = []
class N:
    def __init__(self, name): self.name = name; self.me = self
    def __del__(self): log.append(self.name)
class P:  # a plain holder, to see list order via get_objects / get_referrers
    def __init__(self, name): self.name = name
def names(lst):
    return [o.name for o in lst if type(o) in (N, P)]
def where(*objs):
    out = []
    for o in objs:
        g = [g for g in (0, 1, 2) if any(x is o for x in gc.get_objects(g))]
        out.append(f"{o.name}:{g[0] if g else 'frozen/untracked'}")
    return " ".join(out)
gc.collect(); gc.freeze()
print(sys.version.split()[0], "threshold", gc.get_threshold(), "count", gc.get_count())

# A: full collection order across the three lists
z = N("z"); gc.collect()            # z: survivor of a full collection
x = N("x"); gc.collect(0)           # x: survivor of collect(0)
y = N("y")                          # y: young
print("A where:", where(z, x, y), "| get_objects(2) order:", names(gc.get_objects(2)),
      "| count", gc.get_count())
del z, x, y
print("A collect(2) ->", gc.collect(2), "del order", log, "count", gc.get_count()); log.clear()

# B: two collect(0)s: visited list order is append order
a = P("a"); b = P("b"); gc.collect(0); c = P("c"); gc.collect(0); d = P("d")
print("B after 2x collect(0): count", gc.get_count(), "| get_objects(2):", names(gc.get_objects(2)),
      "| get_objects(0):", names(gc.get_objects(0)), "| get_objects(1):", len(gc.get_objects(1)))
gc.collect()
print("B after collect(): count", gc.get_count(), "| get_objects(2):", names(gc.get_objects(2)))
e = P("e"); gc.collect(0)
print("B after collect(0): get_objects(2):", names(gc.get_objects(2)))
# referrers: holder lists in young / visited / pending
t = P("t")
hz = [t]; gc.collect()          # hz pending
hx = [t]; gc.collect(0)         # hx visited
hy = [t]                        # hy young
r = gc.get_referrers(t)
print("C referrers order:", ["hz" if o is hz else "hx" if o is hx else "hy" if o is hy else type(o).__name__ for o in r])
del a, b, c, d, e, t, hz, hx, hy, r
gc.collect()
# D: collect(0) with garbage: order within young
p = N("p"); q = N("q"); s = N("s")
del p, q, s
print("D collect(0) ->", gc.collect(0), "order", log, "count", gc.get_count()); log.clear()
# E: collect(1) right after a full collection
f = N("f"); gc.collect(); del f
g1 = N("g1"); del g1
print("E collect(1) #1 ->", gc.collect(1), log, "count", gc.get_count())
print("E collect(1) #2 ->", gc.collect(1), log, "count", gc.get_count())
print("E collect(1) #3 ->", gc.collect(1), log, "count", gc.get_count())
print("E collect(2) ->", gc.collect(2), log, "count", gc.get_count())
print("stats", gc.get_stats())
