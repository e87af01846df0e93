# V315 phase order: weakref callbacks -> finalizers (plain weakrefs still live) -> resurrection -> clear rest -> tp_clear
import gc, sys, weakref
gc.disable(); gc.collect()
log = []
class A:
    def __del__(self):
        log.append(f"del {self.name}: plain_a={'live' if pa() is not None else 'dead'} cb_a={'live' if ca() is not None else 'dead'} count_a={weakref.getweakrefcount(self)}")
def cb(name):
    def f(w):
        log.append(f"cb {name}: plain_a={'live' if pa() is not None else 'dead'} plain_b={'live' if pb() is not None else 'dead'}")
    return f
gc.freeze()
a = A(); a.name = 'a'; b = A(); b.name = 'b'
a.o = b; b.o = a
pa = weakref.ref(a); pb = weakref.ref(b)
ca = weakref.ref(a, cb('ca')); cb_b = weakref.ref(b, cb('cb_b'))
ca2 = weakref.ref(a, cb('ca2'))
del a, b
n = gc.collect()
for l in log: print(l)
print("collected", n, "pa", pa(), "pb", pb())
