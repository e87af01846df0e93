# The marking step charges work_to_do for what it marks (twice, per
# gc.c mark_at_start + gc_collect_increment). Detect the charge: the next
# step with count 0 is skipped (get_stats()[1] unchanged) iff work_to_do < 0.
# Straight-line code: a for loop would leave its (GC-tracked) iterator on
# the frame's value stack, where the marking step finds it.
import gc
gc.disable()
gc.collect(); gc.freeze()
def g():
    return gc.collect(1)
def st():
    return gc.get_stats()[1]["collections"]
def report(via, c):
    s0 = st(); c2 = gc.get_count()[0]; gc.collect(1); s1 = st()
    print(f"mark {via} (count {c}): next step (count {c2}) {'ran an increment' if s1 > s0 else 'was skipped'}")
gc.collect(2)
c = gc.get_count()[0]; gc.collect(1)
report("at module level, nothing pending on the stack", c)
gc.collect(2)
c = gc.get_count()[0]; g()
report("inside g() (g pending)", c)
gc.collect(2)
it = iter([1, 2])                        # a list iterator, pending after collect(2)
for _ in it:
    c = gc.get_count()[0]; gc.collect(1)
    break
report("inside a for loop over a pending iterator", c)
gc.collect(2)
c = gc.get_count()[0]; gc.collect(1)
c2 = gc.get_count()[0]; x = []; c3 = gc.get_count()[0]
gc.collect(1); s0 = st(); gc.collect(1); s1 = st()
print(f"module level mark (count {c}), then step with count {c3} (1 new list): next-after {'increment' if s1 > s0 else 'skipped'}")
