# What gc.callbacks' info and gc.get_stats() report for collect(0),
# collect(1) (marking step, increment, skipped step), collect(2) and an
# automatic step; the automatic trigger (count > threshold0).
import gc, sys
gc.disable()
rec = []
class X:
    def __init__(self, n): self.n = n; self.me = self
gc.collect(); gc.freeze()
def cb(phase, info):
    rec.append((phase, info["generation"], info["collected"], info["uncollectable"], info.get("candidates", "-")))
base = gc.get_stats()
def delta():
    s = gc.get_stats()
    return [tuple(s[g][k] - base[g][k] for k in ("collections", "collected", "uncollectable")) for g in range(3)]
gc.callbacks.append(cb)
def run(title, f):
    global base
    rec.clear(); base = gc.get_stats()
    r = f()
    print(f"{title}: returned {r} | callbacks {rec} | stats delta {delta()}")
a = X("a"); b = X("b"); del a, b
run("collect(0), 2 garbage", lambda: gc.collect(0))
a = X("a"); gc.collect(); del a
run("collect(1) #1 (mark)", lambda: gc.collect(1))
b = X("b"); del b
run("collect(1) #2", lambda: gc.collect(1))
run("collect(1) #3", lambda: gc.collect(1))
run("collect(2)", lambda: gc.collect(2))
# automatic: threshold0 = 5, count starts at 0 after collect(2)? print it
gc.set_threshold(5)
print("count before auto part", gc.get_count())
rec.clear(); base = gc.get_stats()
gc.enable()
l1 = []; l2 = []; l3 = []; l4 = []; l5 = []
print("after 5 lists:", rec, gc.get_count())
l6 = []
print("after 6th list:", rec, gc.get_count(), "stats delta", delta())
rec.clear(); base = gc.get_stats()
m1 = X("m1"); del m1
l7 = []; l8 = []; l9 = []; l10 = []; l11 = []
print("after 6 more:", rec, gc.get_count(), "stats delta", delta())
gc.disable()
