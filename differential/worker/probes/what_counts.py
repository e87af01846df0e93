# What does gc.get_count()[0] count? Each experiment starts from
# gc.collect(); gc.freeze() (a full collection also empties the free lists),
# reads the count, runs straight-line code, reads it again and prints the
# difference. Reading is `gc.get_count()[0]`; the count is read before the
# result tuple is made, and `warm()` (one reading thrown away) first puts a
# 3-tuple on the tuple free list so the measured readings cost nothing
# where free lists are not counted ("reading twice" shows what is left).
# Readings are reported only after an experiment's last one (report()
# allocates). Every experiment binds names of its own, so that no rebinding frees an
# object of an earlier one (that is an experiment of its own).
# Run natively or through the worker (run_probe.py).
import gc
import sys


class C:
    pass


def f():
    return None


def h():
    C()


def gen():
    yield 1


out = []


def warm():
    gc.get_count()


def report(what, before, after):
    out.append(f"{what:44} {after - before:+d}")


gc.collect()
r_after_collect = gc.get_count()
gc.freeze()
r_after_freeze = gc.get_count()
out.append(f"{'get_count() after collect / after freeze':44} "
           f"{r_after_collect} {r_after_freeze}")

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
r1 = gc.get_count()[0]
report("reading twice", r0, r1)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
x1 = C()
r1 = gc.get_count()[0]
report("1 x C()", r0, r1)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
a1 = C()
a2 = C()
a3 = C()
a4 = C()
a5 = C()
a6 = C()
a7 = C()
a8 = C()
a9 = C()
a10 = C()
r1 = gc.get_count()[0]
report("10 x C() (straight-line)", r0, r1)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
del a1, a2, a3, a4, a5
r1 = gc.get_count()[0]
report("5 x del of a (frozen) C instance", r0, r1)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
y1 = C()
y2 = C()
y3 = C()
del a6, a7, a8
r1 = gc.get_count()[0]
report("3 x C() then 3 x del of a frozen one", r0, r1)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
a9 = C()
r1 = gc.get_count()[0]
report("rebind a name: C() frees a frozen C", r0, r1)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
b1 = C()
b2 = C()
b3 = C()
del b1, b2, b3
r1 = gc.get_count()[0]
report("3 x C() then del them", r0, r1)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
f()
f()
f()
f()
f()
r1 = gc.get_count()[0]
report("5 x f() (Python call, no allocation)", r0, r1)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
h()
h()
h()
h()
h()
r1 = gc.get_count()[0]
report("5 x h() (makes and drops a C)", r0, r1)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
fr = sys._getframe()
r1 = gc.get_count()[0]
report("sys._getframe() (materialize a frame)", r0, r1)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
g1 = gen()
r1 = gc.get_count()[0]
report("1 generator object", r0, r1)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
l1 = []
l2 = []
l3 = []
r1 = gc.get_count()[0]
report("3 x [] (free list empty)", r0, r1)

gc.collect(); gc.freeze(); warm()
k1 = []
k2 = []
k3 = []
r0 = gc.get_count()[0]
del k1, k2, k3
r1 = gc.get_count()[0]
k1 = []
k2 = []
k3 = []
r2 = gc.get_count()[0]
report("3 x del of a [] (onto the free list)", r0, r1)
report("3 x [] again (from the free list)", r1, r2)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
d1 = {}
d2 = {}
d3 = {}
r1 = gc.get_count()[0]
del d1, d2, d3
r2 = gc.get_count()[0]
d1 = {}
d2 = {}
d3 = {}
r3 = gc.get_count()[0]
report("3 x {} (free list empty)", r0, r1)
report("3 x del of a {}", r1, r2)
report("3 x {} again", r2, r3)

gc.collect(); gc.freeze(); warm()
c1 = C()
r0 = gc.get_count()[0]
t1 = (c1, c1)
t2 = (c1, c1)
t3 = (c1, c1)
r1 = gc.get_count()[0]
del t1, t2, t3
t1 = (c1, c1)
t2 = (c1, c1)
t3 = (c1, c1)
r2 = gc.get_count()[0]
report("3 x (c, c) (tuple, free list empty)", r0, r1)
report("3 x del + 3 x (c, c) again", r1, r2)

gc.collect(); gc.freeze(); warm()
c2 = C()
r0 = gc.get_count()[0]
dd = c2.__dict__
r1 = gc.get_count()[0]
report("materialize an instance __dict__", r0, r1)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
fn1 = lambda: 0
fn2 = lambda: 0
r1 = gc.get_count()[0]
report("2 x lambda (function objects)", r0, r1)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
cb = lambda phase, info: None
gc.callbacks.append(cb)
gc.callbacks.remove(cb)
r1 = gc.get_count()[0]
report("lambda + callbacks.append/remove", r0, r1)

gc.collect(); gc.freeze(); warm()
r0 = gc.get_count()[0]
gc.set_threshold(700)
r1 = gc.get_count()[0]
gc.set_threshold(*gc.get_threshold())
report("gc.set_threshold(700) (its args tuple)", r0, r1)

gc.collect(); gc.freeze(); warm()
cb = lambda phase, info: None
gc.callbacks.append(cb)
gc.collect(); warm()
r0 = gc.get_count()[0]
gc.callbacks.remove(cb)
gc.collect(); warm()
r1 = gc.get_count()[0]
out.append(f"{'count after gc.collect(); warm(): 1 callback / none':44} {r0} {r1}")

print(sys.version.split()[0])
print("\n".join(out))
