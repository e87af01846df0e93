# V315 gh-91636: weakrefs made by a finalizer to an object that stays unreachable
import gc, weakref
gc.disable(); gc.collect()
log = []
class A:
    def __del__(self):
        global wl, wlp
        wl = weakref.ref(self.other, lambda w: log.append(f"late cb, target={w()}"))
        wlp = weakref.ref(self.other)
        log.append(f"del {self.name}")
class B:
    pass
gc.freeze()
a = A(); a.name = 'a'; b = B(); a.other = b; b.a = a
del a, b
n = gc.collect()
print("collected", n, log, "wl()", wl(), "wlp()", wlp())
# same under DEBUG_SAVEALL: objects are kept in gc.garbage, not cleared
log.clear()
gc.set_debug(gc.DEBUG_SAVEALL)
a = A(); a.name = 'a2'; b = B(); a.other = b; b.a = a
pre = weakref.ref(b)
del a, b
n = gc.collect()
gc.set_debug(0)
print("saveall collected", n, log, "garbage", [type(o).__name__ for o in gc.garbage])
print("  pre()", pre(), "late wl()", wl() is not None, "late wlp()", wlp() is not None)
gc.garbage.clear()
n = gc.collect()
print("after clearing garbage", n, log)
