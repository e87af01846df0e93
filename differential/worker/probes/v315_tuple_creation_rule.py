# V315-7a: which items make a new tuple tracked at creation
import gc
gc.disable(); gc.collect()
x = 1
def untracked_tuple(): return (x, 2)
for label, make in [
    ("(x, int)  static type item", lambda: (x, int)),
    ("(x, untracked tuple)", lambda: (x, untracked_tuple())),
    ("(x, frozenset())", lambda: (x, frozenset())),
    ("(x, 'str', 2.5, None, True, b'b')", lambda: (x, 'str', 2.5, None, True, b'b')),
    ("tuple([x, int])", lambda: tuple([x, int])),
    ("tuple([x, untracked tuple])", lambda: tuple([x, untracked_tuple()])),
]:
    t = make()
    print(f"{label:36} tracked at creation: {gc.is_tracked(t)}")
