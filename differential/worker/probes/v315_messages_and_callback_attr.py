# V315 unraisable messages and weakref.__callback__ after each kind of clear
import gc, sys, weakref
gc.disable(); gc.collect()
msgs = []
sys.unraisablehook = lambda u: msgs.append(f"{u.err_msg!r} obj={type(u.object).__name__} exc={type(u.exc_value).__name__}")
def cb(w): pass
def bad_cb(w): raise KeyError('cb')
class N: pass
class Bad:
    def __del__(self): raise ValueError('del')
gc.freeze()
# refcount death
o = N(); w1 = weakref.ref(o, cb); del o
print("refcount death: __callback__ is", w1.__callback__)
# GC-invoked callback
o = N(); o.me = o; w2 = weakref.ref(o, cb); del o; gc.collect()
print("gc-called: __callback__ is", w2.__callback__)
# weakref with callback made by a finalizer to garbage (3.15: cleared silently)
class A:
    def __del__(self):
        global w3
        w3 = weakref.ref(self.peer, cb)
a = A(); p = N(); a.peer = p; p.a = a; del a, p; gc.collect()
print("late: __callback__ is", w3.__callback__, "w3()", w3())
# unraisable messages
b = Bad(); del b
b = Bad(); b.me = b; del b; gc.collect()
o = N(); w4 = weakref.ref(o, bad_cb); del o
o = N(); o.me = o; w5 = weakref.ref(o, bad_cb); del o; gc.collect()
def bad_gc_cb(phase, info): raise RuntimeError(phase)
gc.callbacks.append(bad_gc_cb); gc.collect(); gc.callbacks.remove(bad_gc_cb)
for m in msgs: print(m)
