# What happens to the visited space when an increment empties the pending
# space (completed_scavenge): do visited objects become pending again?
# And which objects does the marking step charge?
import gc, sys
gc.disable()
log = []
class X:
    def __init__(self, n): self.n = n; self.me = self
    def __del__(self, log=log): log.append(self.n)
def names(lst): return [o.n for o in lst if type(o) is X]
gc.collect(); gc.freeze()
gc.set_threshold(2000, 10)
a = X("a"); gc.collect(0)              # a: visited
b = X("b"); gc.collect()               # a, b: pending ... full collection
print("after full:", names(gc.get_objects(2)))
r1 = gc.collect(1)                     # mark
y = [X("y%d" % i) for i in range(5)]   # 6 young, kept -> budget 6 + 12
r2 = gc.collect(1)                     # takes a, b (and all pending) -> completes
print("r1", r1, "r2", r2, "after:", names(gc.get_objects(2)), "count", gc.get_count(), "log", log)
z = X("z"); gc.collect(0)              # z: visited
print("z collect(0):", names(gc.get_objects(2)))
del a, y
log.clear()
for i in range(4):
    w = [X("w%d" % i) for j in range(20)]   # budget
    s0 = gc.get_stats()[1]["collections"]; c = gc.get_count()[0]
    r = gc.collect(1)
    s1 = gc.get_stats()[1]["collections"]
    print(f"step {i}: count {c} -> {r} stats[1] +{s1 - s0} log {log}")
    if i == 2:
        print("   after step 2: young", sorted(set(names(gc.get_objects(0)))), "old", sorted(set(names(gc.get_objects(2)))))
    log.clear()
