# Where does an automatic collection (threshold0 crossed) run in straight-line
# module-level code? One line per collection: the frame and statement it ran
# in, the bytecode instruction that frame was at, how many of the probe's
# names were bound, and how many instances of C were alive (sys.getrefcount
# of the class: a C instance holds a reference to it). In section A the
# class itself is on the value stack during `C()` (one more reference); in
# section A2 the calls go through functools.partial(C), so "C alive" counts
# exactly the instances that exist: it tells whether the object being made
# already existed (the call has returned) or not (inside the allocation).
#
# Run natively (`python3 where_auto_gc.py`) or as a worker request
# (`run_probe.py where_auto_gc.py`, which adds the source of each line).
# The gc callback allocates no GC object: it writes ints and existing
# objects into preallocated lists. The module frame is materialized
# (sys._getframe) before the start; frames of f()/g() are materialized
# (one more GC object counted) when a collection lands inside them.
import dis
import functools
import gc
import sys


class C:
    pass


def f():
    return None


def g():
    u = C()
    v = C()
    w = C()
    return u


make = functools.partial(C)
N = 64
lines = [0] * N
lastis = [0] * N
codes = [None] * N
gens = [0] * N
bound = [0] * N
alive = [0] * N
n = [0]
G = globals()
base = 0
refs0 = 0


def cb(phase, info):
    if phase != "start":
        return
    i = n[0]
    fr = sys._getframe(1)
    while fr is not None and fr.f_globals is not G:
        fr = fr.f_back
    if fr is None or i >= N:
        return
    lines[i] = fr.f_lineno
    lastis[i] = fr.f_lasti
    codes[i] = fr.f_code
    gens[i] = info["generation"]
    bound[i] = len(G) - base
    alive[i] = sys.getrefcount(C) - refs0
    n[0] = i + 1


here = sys._getframe()  # materialize the module frame now
refs0 = sys.getrefcount(C)
gc.collect()
gc.freeze()
gc.callbacks.append(cb)
base = len(G)
gc.set_threshold(5)
# A. calls of a class without __init__
a01 = C()
a02 = C()
a03 = C()
a04 = C()
a05 = C()
a06 = C()
a07 = C()
a08 = C()
a09 = C()
a10 = C()
a11 = C()
a12 = C()
# A2. the same through functools.partial(C): C is not on the value stack
gc.collect()
m01 = make()
m02 = make()
m03 = make()
m04 = make()
m05 = make()
m06 = make()
m07 = make()
# B. calls of Python functions
b01 = f()
a13 = C()
a14 = C()
a15 = C()
b02 = g()
b03 = g()
a16 = C()
a17 = C()
# C. a loop
for i in range(8):
    t = C()
# D. a display of calls
b04 = [C(), C(), C(), C(), C(), C()]
# E. allocations without a call (function objects), then a Python call
gc.collect()
e01 = lambda: 0
e02 = lambda: 0
e03 = lambda: 0
e04 = lambda: 0
e05 = lambda: 0
e06 = lambda: 0
e07 = lambda: 0
e08 = lambda: 0
e09 = 9
e10 = f()
# F. the same, then a loop that calls nothing
gc.collect()
f01 = lambda: 0
f02 = lambda: 0
f03 = lambda: 0
f04 = lambda: 0
f05 = lambda: 0
f06 = lambda: 0
f07 = lambda: 0
f08 = lambda: 0
f09 = 9
for i in (1, 2, 3):
    pass
# G. the same, then a call of a builtin function
gc.collect()
g01 = lambda: 0
g02 = lambda: 0
g03 = lambda: 0
g04 = lambda: 0
g05 = lambda: 0
g06 = lambda: 0
g07 = lambda: 0
g08 = lambda: 0
g09 = 9
g10 = len(G)
# H. the same, then an explicit gc.collect(): does the pending one still run?
gc.collect()
h01 = lambda: 0
h02 = lambda: 0
h03 = lambda: 0
h04 = lambda: 0
h05 = lambda: 0
h06 = lambda: 0
h07 = lambda: 0
h08 = lambda: 0
h09 = 9
gc.collect()
h10 = 10
h11 = f()
# I. the same, then nothing but the end of the program's checks
gc.collect()
i01 = lambda: 0
i02 = lambda: 0
i03 = lambda: 0
i04 = lambda: 0
i05 = lambda: 0
i06 = lambda: 0
i07 = lambda: 0
i08 = lambda: 0
i09 = 9
gc.disable()
gc.callbacks.remove(cb)

print(sys.version.split()[0], "threshold", gc.get_threshold())
for i in range(n[0]):
    code = codes[i]
    op = {ins.offset: ins.opname for ins in dis.get_instructions(code)}.get(
        lastis[i], "?")
    where = "<module>" if code.co_name == "<module>" else code.co_name + "()"
    print(f"collection {i + 1:2}: gen {gens[i]}, {where} line {lines[i]} "
          f"@{lastis[i]} {op}; names bound {bound[i]}, C alive {alive[i]}")
