# The object whose allocation crossed threshold0: which generation is it in
# after the automatic collection, and is it counted? (3.11 collects inside
# the allocation, before the object is tracked; 3.12+ collect after the call
# returned, with the object on the value stack.)
import gc
import sys


class C:
    pass


def gen_of(obj):
    for g in range(3):
        if any(o is obj for o in gc.get_objects(g)):
            return g
    return "none (old space)" if gc.is_tracked(obj) else "untracked"


ran = []
gc.collect()
gc.freeze()
gc.get_count()  # a 3-tuple on the free list for the readings below
gc.set_threshold(3)  # its args tuple: counted (+1) except on 3.14
gc.callbacks.append(lambda phase, info: ran.append(phase) if phase == "start" else None)
a1 = C()
a2 = C()
a3 = C()
a4 = C()
a5 = C()
c = gc.get_count()
gc.disable()
print(sys.version.split()[0], "collections:", len(ran), "| count after:", c,
      "| generation of a1..a5:", [gen_of(x) for x in (a1, a2, a3, a4, a5)])
