# V315 open items: (1) count after a refcount resurrection; (2) a callback
# weakref made during pass 2 to trash that stays trash
import gc, weakref
gc.disable()
keep = []
class R:
    def __del__(self): keep.append(self)
class A:
    def __del__(self): log.append(f"del {self.name}")
log = []
def cb2(w): log.append("cb2 fired")
def cb(w):
    o = pa()
    if o is not None:
        made.append(weakref.ref(o, cb2))
    log.append("cb fired")
made = []
gc.collect(); gc.freeze(); gc.get_count()
c0 = gc.get_count()[0]
r = R(); c1 = gc.get_count()[0]
del r; c2 = gc.get_count()[0]
print("count: make R", c1 - c0, "| refcount-resurrect it", c2 - c1, "| tracked", gc.is_tracked(keep[0]), "gen0", any(o is keep[0] for o in gc.get_objects(0)))
a = A(); a.name = 'a'; b = A(); b.name = 'b'; a.b = b; b.a = a
pa = weakref.ref(a); wc = weakref.ref(b, cb)
del a, b
n = gc.collect()
print("collect", n, log, "made alive", [w() is not None for w in made], "callback attr", [w.__callback__ is cb2 for w in made])
