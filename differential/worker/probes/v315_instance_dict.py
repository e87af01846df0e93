# V315: instance __dict__ materialization and what a collection counts
import gc
gc.disable(); gc.collect()
class P: pass
gc.freeze()
a = P(); b = P(); a.o = b; b.o = a
del a, b
print("plain pair:", gc.collect())
a = P(); b = P(); a.o = b; b.o = a; a.__dict__; b.__dict__
print("dict tracked:", gc.is_tracked(a.__dict__), "referents(a):", [type(r).__name__ for r in gc.get_referents(a)])
del a, b
print("pair with materialized __dict__:", gc.collect())
a = P(); d = vars(a); a.o = a
print("vars then attr: referents", [type(r).__name__ for r in gc.get_referents(a)])
del a, d
print("self-cycle after vars():", gc.collect())
