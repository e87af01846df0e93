# CPython 3.11: tuple(lst) reads len(lst) and lst's item array, then
# allocates the tuple, then copies the items. The allocation can run an
# automatic collection, whose gc.callbacks run Python code; one that empties
# lst frees the item array and the items before the copy reads them. The
# tuple then holds freed objects: reading them (or the next collection
# traversing the tuple) crashes. 3.12+ run automatic collections at the next
# eval-breaker check, after the copy.
#
#   python3 differential/worker/probes/v311_tuple_copy_use_after_free.py
#   -> CPython 3.11.7 and 3.11.2: Segmentation fault
#   -> 3.12.7, 3.13.2, 3.14.2, 3.15.0rc1 (Pyodide): "... items of t not O: 0"
#
# Found through gcfuzz (collector@3.11 counting sweep, seed 5,005,320): the
# translation's runtime built lists and tuples in one shared buffer, and a
# gc callback body built its own there during such a collection; see
# corpus/regressions/translation_nested_bodies_build_in_their_own_buffer.gcops.
import gc
import sys

buf = []
log = []


def cb(phase, info):
    if phase == 'start' and buf:
        log.append(len(buf))
        buf.clear()


class O:
    __slots__ = ('x',)


class Q:
    __slots__ = ('x',)


gc.freeze()
gc.set_threshold(1)
bad = 0
for r in range(50):
    gc.disable()
    buf[:] = [O() for _ in range(25)]  # 25 items: no tuple free list
    gc.collect()                       # count 0
    keep = O()                         # count 1: tuple()'s allocation makes 2 > 1
    gc.callbacks.append(cb)
    gc.enable()
    t = tuple(buf)
    gc.disable()
    gc.callbacks.remove(cb)
    junk = [Q() for _ in range(100)]   # reuses the freed objects' memory
    bad += sum(type(x) is not O for x in t)
print(sys.version.split()[0], 'lists a gc callback emptied:', len(log),
      'items of t not O:', bad)
