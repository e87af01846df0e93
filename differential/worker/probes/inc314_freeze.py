# freeze()/unfreeze() in the incremental collector; what get_objects(2),
# get_objects(), get_count() and get_referrers() list once the visited
# space has flipped (a full collection with an empty permanent generation).
import gc, sys
gc.disable()
class P:
    def __init__(self, n): self.n = n
def names(lst): return [o.n for o in lst if type(o) is P]
def show(title):
    print(f"{title}: count {gc.get_count()} freeze_count>0 {gc.get_freeze_count() > 0} "
          f"| get_objects(2) {names(gc.get_objects(2))} | get_objects(0) {names(gc.get_objects(0))} "
          f"| get_objects() {names(gc.get_objects())}")
gc.collect(); gc.freeze()
a = P("a"); gc.collect()           # a pending
b = P("b"); gc.collect(0)          # b visited
c = P("c")                         # c young
show("1 before freeze")
h = [c]
gc.freeze()
show("2 after freeze")
print("  referrers of c (holder h frozen):", len(gc.get_referrers(c)))
d = P("d"); gc.collect(0)
show("3 d collect(0)")
gc.unfreeze()
show("4 after unfreeze")
del h
gc.collect()                        # permanent empty: the visited space flips
show("5 after collect()")
e = P("e"); gc.collect(0)
show("6 e collect(0)")
f = P("f")
t = P("t"); hy = [t]; hx = [t]; hz = [t]
gc.collect(); hx2 = hx; del hx      # everything pending
hx = hx2; del hx2
gc.collect(0)                       # nothing young to move; make hx visited instead:
gc.collect(); hy = [t]; gc.collect(0); hv = hy; hy = [t]
r = gc.get_referrers(t)
print("7 referrers order:", ["hv(visited)" if o is hv else "hy(young)" if o is hy else "hz(pending)" if o is hz else "hx(pending)" if o is hx else type(o).__name__ for o in r])
show("7")
gc.collect(); gc.freeze()           # leave things frozen, like the harness wants
