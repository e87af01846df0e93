# V315 weakrefs that are themselves garbage
import gc, weakref
gc.disable(); gc.collect()
log = []
class L: pass
class H:
    def __del__(self):
        log.append(f"del H: w()={'live' if self.w() is not None else 'None'}")
        global live
        if self.drop_live:
            live = None        # drop the last strong ref to the referent of the trash weakref
def cb(w): log.append("cb of trash weakref")
gc.freeze()
# 1: trash weakref with callback to a live object; finalizer drops the live object
live = L()
h = H(); h.me = h; h.drop_live = True; h.w = weakref.ref(live, cb)
del h
n = gc.collect()
print("case1 drop-live:", n, log)
log.clear()
# 2: trash weakref without callback to trash object, seen in __del__
class K:
    def __del__(self):
        log.append(f"del K: peer via trash weakref = {type(self.w()).__name__}")
k = K(); j = L(); k.j = j; j.k = k; k.w = weakref.ref(j)
del k, j
n = gc.collect()
print("case2:", n, log)
log.clear()
# 3: trash weakref with callback to a live object, holder not resurrected
live = L()
h = H(); h.me = h; h.drop_live = False; h.w = weakref.ref(live, cb)
del h
n = gc.collect()
print("case3:", n, log, "weakrefcount(live)", weakref.getweakrefcount(live))
