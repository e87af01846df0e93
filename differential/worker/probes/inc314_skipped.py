# A step whose work_to_do is negative does nothing; does it still run the
# gc callbacks and count in gc.get_stats()[1]? Objects reachable from the
# stack at the marking step are charged twice against work_to_do.
import gc, sys
gc.disable()
gc.collect(); gc.freeze()
class C: pass
phases = []
gc.callbacks.append(lambda ph, info: phases.append((ph, info["generation"])))
def st(): return gc.get_stats()[1]["collections"]
def f():
    L = [C() for _ in range(100)]        # 101 objects reachable from f's locals
    gc.collect()                           # pending; phase MARK, work_to_do 0
    out = []
    for i in range(4):
        s0 = st(); c = gc.get_count()[0]; phases.clear()
        r = gc.collect(1)
        out.append(f"step {i}: count {c} -> {r}, stats[1] +{st() - s0}, callbacks {len(phases)}")
    return out
for line in f(): print(line)
x = [C() for _ in range(150)]   # count 151: work_to_do -202 + 151 + 302 >= 0 -> increment
s0 = st(); phases.clear(); r = gc.collect(1)
print(f"after 151 new: -> {r}, stats[1] +{st() - s0}, callbacks {len(phases)}")
