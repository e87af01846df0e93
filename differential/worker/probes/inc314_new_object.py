# versions-measured.md section 4: after one automatic step a3 is old while
# a1, a2 are young. The step is the first after the harness's full
# collection, so it only marks (mark_at_start): a3 is on the value stack
# (CALL result not yet stored) and is moved to the visited space; a1, a2
# are only reachable from the (frozen) module globals, which marking does
# not traverse.
import gc, sys
class C:
    def __init__(self, n): self.n = n
def where(o):
    for g in (0, 2):
        if any(x is o for x in gc.get_objects(g)): return g
    return "-"
ran = []
gc.collect(); gc.freeze()
s0 = gc.get_stats()[1]["collections"]
gc.set_threshold(3)
gc.callbacks.append(lambda phase, info: ran.append(len(gc.get_objects(0))) if phase == "start" else None)
a1 = C(1)
a2 = C(2)
a3 = C(3)
a4 = C(4)
a5 = C(5)
gc.disable()
s1 = gc.get_stats()[1]["collections"]
gens = [where(x) for x in (a1, a2, a3, a4, a5)]
n = C("n"); gc.collect(0)           # n is appended to the visited space
old = [o.n for o in gc.get_objects(2) if type(o) is C]
print(sys.version.split()[0], "steps:", len(ran), "young list length at each step start:", ran, "stats[1] +", s1 - s0,
      "| gen of a1..a5:", gens,
      "| old list order (visited first):", old)
