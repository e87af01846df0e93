# V315 a weakref callback resurrects trash through a plain weakref
import gc, weakref
gc.disable(); gc.collect()
log = []; keep = []
class A:
    def __del__(self): log.append(f"del {self.name}")
def cb(w):
    o = pa()
    log.append(f"cb: pa() -> {None if o is None else o.name}")
    if o is not None: keep.append(o)
gc.freeze()
a = A(); a.name='a'; b = A(); b.name='b'; a.b = b; b.a = a
pa = weakref.ref(a); wc = weakref.ref(b, cb)
del a, b
n = gc.collect()
print("collected", n, log, "kept", [o.name for o in keep], "finalized", [gc.is_finalized(o) for o in keep], "pa", pa() is not None)
log.clear(); keep.clear()
n = gc.collect()
print("second", n, log)
