# V315 resurrection: which weakrefs to a resurrected object survive
import gc, weakref
gc.disable(); gc.collect()
log = []
keep = []
class S:
    def __del__(self):
        keep.append(self)
        self.late_plain = None
        global late_plain, late_cb
        late_plain = weakref.ref(self)          # basic ref: exists already on 3.15 (reused)
        late_cb = weakref.ref(self, lambda w: log.append("late_cb fired"))
        log.append(f"del: plain={'live' if plain() is not None else 'dead'} withcb={'live' if withcb() is not None else 'dead'} late_plain_is_plain={late_plain is plain}")
def cb(w): log.append("cb fired")
gc.freeze()
s = S(); s.me = s
plain = weakref.ref(s)
withcb = weakref.ref(s, cb)
prox = weakref.proxy(s)
del s
n = gc.collect()
print("collect 1 ->", n, log)
print("plain", plain() is keep[0], "withcb", withcb(), "late_cb", late_cb() is keep[0], "count", weakref.getweakrefcount(keep[0]), "finalized", gc.is_finalized(keep[0]))
try:
    print("proxy ok", prox.me is keep[0])
except ReferenceError as e:
    print("proxy", e)
log.clear()
del keep[:]
n = gc.collect()
print("collect 2 ->", n, log, "plain", plain(), "late_cb", late_cb())
