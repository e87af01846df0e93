# What one incremental step (gc.collect(1)) examines and in which order:
# young first, then pending objects from the head of the pending list,
# each with what it transitively reaches in pending; where survivors and
# resurrected objects go; the pending list emptying (completed scavenge).
import gc, sys
gc.disable()
log = []
saved = []
class X:
    def __init__(self, n, res=False): self.n = n; self.me = self; self.res = res
    def __del__(self):
        log.append(self.n)
        if self.res: saved.append(self)
class P:
    def __init__(self, n): self.n = n
def names(lst): return [o.n for o in lst if type(o) in (X, P)]
def show(title):
    print(f"{title}: count {gc.get_count()} visited+pending {names(gc.get_objects(2))} young {names(gc.get_objects(0))}")
def step(title):
    s0 = gc.get_stats()[1]["collections"]
    c = gc.get_count()[0]
    log.clear()
    r = gc.collect(1)
    s1 = gc.get_stats()[1]["collections"]
    print(f"{title}: count before {c} -> collect(1) = {r}, finalized {log}, get_stats()[1] collections +{s1 - s0}")
gc.collect(); gc.freeze()
gc.set_threshold(2000, 10)   # heap term = min(heap/100, 2*count): 2*count here
k1 = P("k1"); p1 = X("p1"); p2 = X("p2"); k2 = P("k2"); p3 = X("p3"); p4 = X("p4"); k3 = P("k3")
p3.link = k3                       # p3 reaches k3: k3 comes into the increment with p3
gc.collect()                       # all pending, in creation order
del p1, p2, p3, p4
show("after full")
step("step 1 (mark)")
y1 = X("y1"); del y1
show("before step 2")
step("step 2")
show("after step 2")
y2 = X("y2", res=True); del y2
step("step 3")
show("after step 3")
step("step 4")
show("after step 4")
step("step 5")
show("after step 5")
z = P("z")
step("step 6")
show("after step 6")
