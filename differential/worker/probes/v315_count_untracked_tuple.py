# V315: does a tuple that is born untracked count as a GC allocation?
import gc
gc.disable()
x = 1; y = 2
class C: pass
c = C()
gc.collect(); gc.freeze(); gc.get_count()
a0 = gc.get_count()[0]
t1 = (x, y, x, y, x, y, x); t2 = (y, x, y, x, y, x, y); t3 = (x, x, y, y, x, x, y)
a1 = gc.get_count()[0]
u1 = (c, x, y, x, y, x, y); u2 = (c, y, x, y, x, y, x); u3 = (c, c, y, y, x, x, y)
a2 = gc.get_count()[0]
print("3 atomic 7-tuples:", a1 - a0, "tracked:", gc.is_tracked(t1), "| 3 7-tuples holding an instance:", a2 - a1)
