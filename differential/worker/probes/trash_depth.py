# At what nesting depth does list deallocation start deferring (trashcan)?
import sys, gc
gc.disable()
order = []
class M:
    __slots__ = ("i",)
    def __init__(self, i): self.i = i
    def __del__(self): order.append(self.i)
def first_death(depth):
    del order[:]
    l = [M(0)]
    for i in range(1, depth + 1):
        l = [M(i), l]
    del l
    return order[0]
for d in (40, 48, 49, 50, 51, 52, 60, 100, 200, 500, 1000, 2000, 4000):
    try:
        f = first_death(d)
    except RecursionError as e:
        print("depth", d, "RecursionError"); continue
    print("depth", d, "first death", f, "deferred" if f != 0 else "not deferred")
print(sys.version.split()[0], sys.getrecursionlimit())
