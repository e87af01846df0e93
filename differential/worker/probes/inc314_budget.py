# Work budget of an incremental step (gc.collect(1)): how many pending
# (old, not yet visited) garbage self-cycles one step takes, as a function
# of threshold1, the young count and the heap size.
import gc, sys
gc.disable()
class C: pass
def heap():  # tracked objects: young + both old spaces + permanent
    return len(gc.get_objects()) + gc.get_freeze_count()
gc.collect(); gc.freeze()
def trial(G, t1, Ys):
    gc.set_threshold(2000, t1)
    L = [C() for _ in range(G)]
    for c in L: c.me = c
    gc.collect()                   # L and the G cycles: pending; phase MARK
    del L, c                       # G garbage self-cycles in pending
    H = heap()
    n0 = gc.get_count()[0]
    r = gc.collect(1)              # the marking step
    out = [f"mark: count {n0} -> {r}"]
    keep = []
    for Y in Ys:
        keep.append([C() for _ in range(Y)])   # Y+1 young objects, kept
        n = gc.get_count()[0]
        y = len(gc.get_objects(0))
        r = gc.collect(1)
        out.append(f"Y={Y} count {n} young {y} -> {r}")
    gc.collect()
    print(f"G={G} t1={t1} heap~{H}:", "; ".join(out))
trial(3000, 10**6, [0, 10, 10, 100, 100])
trial(3000, 10, [0, 10, 10, 100, 100, 1000])
trial(3000, 2, [0, 10, 100, 1000])
trial(3000, 100, [0, 10, 100, 1000])
trial(300, 10, [0, 1000, 0, 10])
