# ---------------------------------------------------------------------------
# gcfuzz_runtime: what the canonical Python translation of a gcops program
# calls (gcops spec section 7; docs/python-translation.md). Plain Python for
# CPython 3.11 and later, native or Pyodide: no gcfuzz code and nothing of
# the model; ctypes only to read an object known to be alive by its id, in
# expectations. `_testcapi.with_tp_del` only for classes with a
# legacy finalizer; a version without it refuses such a program before its
# first statement runs.
#
# The real interpreter decides everything: automatic collection stays on,
# with the version's own thresholds, counts and free lists. What the runtime
# adds is bookkeeping, kept out of the collector's way:
#  * Everything it needs exists before the program starts: the classes, the
#    body functions, the gc.callbacks entries it hands out, its tables. Then
#    gc.collect() and gc.freeze(): none of it is ever examined or counted.
#  * A statement makes exactly the GC allocations its Python makes (one
#    instance, list, tuple, dict or weakref, through the same C calls and
#    free lists); the runtime's own work in a statement allocates only
#    non-GC objects (str, int).
#  * Labels are found by id(), registered when the object is made, and
#    confirmed by a hidden marker: a fresh int (not a GC object, so the
#    collector never sees it) that each instance (slot `_m`, sorted first),
#    list (index 0), tuple (index 0) and dict (key '_m', kept last) holds.
#    The runtime holds the marker too: the object is alive while the
#    marker's reference count says someone else does (its tp_clear in a
#    collection, which only objects about to die get, counts as its death).
#    Weakrefs cannot carry one: they are found by search.
#  * Roots are the entries of one dict made before the freeze, as module
#    globals are.
#  * A collection is observed by one gc.callbacks entry of the runtime, kept
#    first: it writes `garbage` and `collect` events when the collection
#    stops, before the program's own callbacks run.
#  * Expectations run with the collector disabled, so no collection runs in
#    the middle of one. Those that call something returning a new list
#    (objects, referents, referrers, generation, count, stats) allocate as
#    that call does.
#
# The trace has no `free` events (plain Python cannot see the point of no
# return); everything else is spec section 4.
# ---------------------------------------------------------------------------
import gc
import sys
import weakref

try:  # expectations only: an id of an object known to be alive -> it
    from ctypes import cast as _cast, py_object as _py_object

    def _py_object_at(address):
        return _cast(address, _py_object).value
except ImportError:
    _py_object = None

try:
    from _testcapi import with_tp_del as _with_tp_del
except ImportError:  # 3.12 and 3.13 under Pyodide have no _testcapi
    _with_tp_del = None

__all__ = ['_class', '_new', '_list', '_tuple', '_dict', '_ref', '_proxy',
           '_set', '_clear', '_append', '_let', '_del', '_collect', '_enable',
           '_threshold', '_freeze', '_unfreeze', '_debug', '_clear_garbage',
           '_take_garbage', '_gccallback', '_on', '_expect', '_at', '_step',
           '_run']

_PROXY_TYPES = (weakref.ProxyType, weakref.CallableProxyType)
_SELF = 'self'  # gcops names are never `self`
_SLOT = tuple('s%02d' % i for i in range(16))
_GC_ENTRIES = 64  # gc.callbacks entries made in advance


class _State:
    __slots__ = ('file', 'line', 'stop', 'misuse', 'why', 'depth', 'last',
                 'budget', 'steps', 'quiet', 'logpos',
                 'explicit', 'nextmark', 'serial', 'entries', 'refused', 'worker',
                 'result', 'qm', 'qn', 'froze')


class _Sentinel:
    __slots__ = ()


class _GcEntry:
    __slots__ = ('body',)

    def __call__(self, phase, info):
        _on_gc_callback(self.body, phase, info)


_S = _State()
_NOTHING = _Sentinel()
_NOSELF = _Sentinel()
_EV = []        # the trace: one str per event
_FAILS = []     # failed expectations
_ROOTS = {}     # name -> object (the program's variables)
_BYID = {}      # id -> label, for the objects the program made
_ID = {}        # label -> id
_KIND = {}      # label -> 'instance' | 'list' | 'tuple' | 'dict' | 'ref' | 'proxy'
_CLS = {}       # label -> class (instances)
_ALIVE = {}     # label -> bool, for weakrefs (as last found)
_MARK = {}      # label -> its marker (instances, lists, tuples, dicts)
_DELS, _TPDELS, _CBS = {}, {}, {}   # label -> number of calls
_ONDEL, _ONTPDEL, _ONCB = {}, {}, {}  # label -> body function
_TARGET = {}    # weakref label -> target label
_REFS = []      # weakref labels in the order made, walked by index (below)
# The basic weakrefs being made by running `ref`/`proxy` statements (target
# label, kind, label), innermost last: parallel lists of str, no tuples.
_PEND_T, _PEND_K, _PEND_L = [], [], []
_BASIC = {}     # weakref label -> True when made without a callback
_NSLOTS = {}    # class -> slot count
# Items of a list or tuple being built, one buffer per body depth: the
# allocation that copies a buffer can run a collection whose bodies build
# their own (one depth down), and a buffer emptied under a copy is a
# use-after-free in CPython 3.11 (tuple() and list.copy() read the item
# array after allocating: docs/versions.md). Made in advance: a new list
# during a program would count.
_BUFS = [[] for _ in range(4096)]
_TLEN = {}      # tuple label -> its items (padding left out)
_STATS0 = []    # gc.get_stats() when the program started, flattened
_ENTRIES = [_GcEntry() for _ in range(_GC_ENTRIES)]
_GMARK = []     # per running collection: gc.garbage entries accounted for
_GPEND = []     # labels the running collections appended, not yet written
_AUTO = []      # per running collection: is it automatic


# --- labels, markers, roots -----------------------------------------------------

def _reserve(name):
    k = _S.serial.get(name, 0) + 1
    _S.serial[name] = k
    return name if k == 1 else f'{name}@{k}'


def _unreserve(name, label):
    """Gives back a label no object took (the basic weakref was reused):
    its serial is reused unless a later one of the name was given out."""
    k = _S.serial.get(name, 0)
    if label == (name if k == 1 else f'{name}@{k}'):
        _S.serial[name] = k - 1


def _register(o, label, kind):
    _BYID[id(o)] = label
    _ID[label] = id(o)
    _KIND[label] = kind
    _ALIVE[label] = True
    _DELS[label] = _TPDELS[label] = _CBS[label] = 0
    return o


def _mark(label):
    k = _S.nextmark
    _S.nextmark = k + 1
    m = _MARK_BASE + k  # a new int object, never cached
    _MARK[label] = m
    return m


def _dead_refs():
    """sys.getrefcount of a marker only the runtime holds."""
    probe = {0: _MARK_BASE + 1}
    return sys.getrefcount(probe[0])


_MARK_BASE = 10 ** 30
_DEAD_REFS = _dead_refs()


def _marked(label):
    """The object with this marker lives (someone besides us holds it)."""
    return sys.getrefcount(_MARK[label]) > _DEAD_REFS


def _label_of(o):
    """The label of a live program object, or None (ints, None, the
    runtime's own objects, an object at a dead one's address)."""
    if o is None or type(o) is int:
        return None
    label = _BYID.get(id(o))
    if label is None:
        return None
    kind = _KIND[label]
    t = type(o)
    if kind == 'instance':
        ok = t is _CLS[label] and getattr(o, '_m', None) is _MARK[label]
    elif kind == 'ref':
        ok = t is weakref.ReferenceType
    elif kind == 'proxy':
        ok = t in _PROXY_TYPES
    elif kind == 'dict':
        ok = t is dict and o.get('_m') is _MARK[label]
    else:
        ok = ((t is list if kind == 'list' else t is tuple) and len(o) > 0
              and o[0] is _MARK[label])
    return label if ok else None


# Tables for misuse messages, made before the program: a dict display in a
# message would be a tracked dict, counted by 3.14.2 (and a body's misuse
# is a no-op that must not schedule a collection).
_A_KIND = {'instance': 'an instance', 'list': 'a list', 'dict': 'a dict',
           'tuple': 'a tuple', 'ref': 'a weakref', 'proxy': 'a weakref proxy'}
_WEAK_TYPE = {'ref': 'weakref.ReferenceType', 'proxy': 'weakref.ProxyType'}


def _describe(v):
    if v is None:
        return 'None'
    if type(v) is int:
        return 'an int'
    label = _label_of(v)
    if label is None:
        return 'an object'
    return _A_KIND[_KIND[label]]


def _bad(why):
    """A statement that cannot run: a misuse at top level, nothing in a body."""
    if _S.depth == 0:
        _S.misuse, _S.stop = why, True
        return True
    return False


def _base(name, self):
    if name is _SELF or name == _SELF:
        if self is _NOSELF:
            _S.why = "'self' is not bound here"
            return _NOTHING
        return self
    v = _ROOTS.get(name, _NOTHING)
    if v is _NOTHING:
        _S.why = f"name '{name}' is not bound"
    return v


def _what(name):
    return 'self' if name == _SELF else f"'{name}'"


def _has_index(c, i, what):
    label = _label_of(c)
    if label is None:
        _S.why = f'{what} is {_describe(c)}, which has no slots or items'
        return False
    kind = _KIND[label]
    if kind == 'instance':
        n = _NSLOTS[type(c)]
        if not 0 <= i < n:
            _S.why = (f'slot {i} out of range for {what} '
                      f'(class {type(c).__name__} has {n} slots)')
            return False
    elif kind in ('list', 'tuple'):
        n = len(c) - 1 if kind == 'list' else _TLEN[label]
        if not 0 <= i < n:
            _S.why = f'index {i} out of range for {what} of length {n}'
            return False
    elif kind == 'dict':
        if i not in c:
            _S.why = f'key {i} is not in {what}'
            return False
    else:
        _S.why = f'{what} is {_describe(c)}, which is never looked through'
        return False
    return True


def _get(c, i):
    kind = _KIND[_label_of(c)]
    if kind == 'instance':
        return getattr(c, _SLOT[i])
    return c[i + 1] if kind in ('list', 'tuple') else c[i]


def _item(spec, self):
    """An item: None, an int, a name (str), 'self', or a path (base, i)."""
    if spec is None or type(spec) is int:
        return spec
    if type(spec) is tuple:
        c = _base(spec[0], self)
        if c is _NOTHING or not _has_index(c, spec[1], _what(spec[0])):
            return _NOTHING
        return _get(c, spec[1])
    return _base(spec, self)


def _swap(name, v):
    """Binds `name` to `v`; returns what it held, for the caller to drop
    *after* its own reference to `v`: `old = _swap(n, o); del o; del old`.
    So the old value is released (its finalizers may run and rebind the
    name) while only the name holds the new object, as in the model and the
    embedded backend. (Literal module-level `x = C()` would keep the new
    object on the stack until STORE_NAME ends: docs/python-translation.md.)"""
    old = _ROOTS.get(name)
    _ROOTS[name] = v
    return old


def _fill(specs, self):
    """Reads the items into this depth's buffer (after a marker slot) and
    returns it; None on misuse."""
    d = _S.depth
    buf = _BUFS[d] if d < len(_BUFS) else []
    buf.clear()
    buf.append(None)
    i = 0
    while i < len(specs):  # by index: a `for` makes an iterator (3.14 counts it)
        v = _item(specs[i], self)
        if v is _NOTHING:
            buf.clear()
            return None
        buf.append(v)
        del v
        i += 1
    return buf


# --- free lists: spec 3.4's count on every version (docs/python-translation.md)
#
# Spec 3.4 counts a program's own allocations and frees and nothing else.
# 3.11-3.13 and 3.15 count GC allocations and frees, except that an object
# freed onto a free list (list, dict, the slice cache, tuples of up to 20
# items; on 3.15 also bound and builtin methods, list and tuple iterators)
# is not subtracted and one taken from a free list is not added; a full
# collection empties the free lists. So the runtime keeps them in a state
# where the count sees exactly the program's objects:
#  * every free list *full* at statement boundaries: a program list or dict
#    that dies is then freed for real and subtracted; a temporary (the
#    runtime's, or CPython's own: an args tuple, a gc callback's info dict)
#    is taken from a free list and put back, so it never counts;
#  * before a program list or dict is made, its free list is drained into a
#    holder, so the program object is a fresh, counted allocation; the
#    holder is put back right after it, or at the start of a collection
#    that runs first (3.11 inside the allocation, 3.12+ at the end of the
#    call that made it), by the runtime's gc callback;
#  * program tuples are padded with None past the largest size with a
#    free list, so they never use one (None changes neither traversal
#    nor untracking);
#  * after each full collection the emptied free lists are filled again
#    from a pool of objects made before the program's start state (so never
#    counted) and frozen with it. The gc callbacks' info dict of that
#    collection's stop was made while the dict free list was empty, so it
#    counted: one pooled token (a GC object of no free list) is freed to
#    take it back, and the runtime holds the info dict until the next
#    collection starts, where freeing it counts for nothing (the counts
#    are reset right after). (Leaving the dict free list one short for it
#    instead let a program dict dying in a stop callback take that slot,
#    uncounted: 3.11 counting sweep, seed 5,012,397.)
# What a version does is measured here, not looked up: a kind's capacity
# is how many frees of it the count misses. 3.14.2 counts lists and dicts
# on every free (capacity 0): there, none of this runs.

_FL_TUPLE_MAX = 40  # tuple sizes probed
_FL_TOP = 16        # tuples kept on each tuple free list (temporaries only)

_FL_KINDS = []      # kind -> zero-argument maker (list, dict, slice, tuples)
_FL_CAP = []        # kind -> objects a full free list holds (count-visible)
_FL_FILL = []       # kind -> objects put back after a full collection
_FL_POOL = []       # kind -> made before the start state, released on refill
_FL_HOLD = []       # the program list's or dict's drained free list
_FL_TOKENS = []     # one per full collection: see above
_FL_INFO = []       # full collections' stop info dicts, held (see above)


class _Token:
    __slots__ = ('_',)  # a GC object (one slot), on no free list


class _FreeListState:
    __slots__ = ('active',       # the count misses frees onto free lists
                 'padded_size',  # items a program tuple is padded to
                 'short',        # refills the pool fell short of (this run)
                 'refills')      # full collections a program's pool covers


_FL_STATE = _FreeListState()
_FL_STATE.active, _FL_STATE.padded_size = False, 0
_FL_STATE.short, _FL_STATE.refills = 0, 64  # doubled after a run falls short


def _fl_count():
    return gc.get_count()[0]


def _fl_probe(make, n):
    """With the collector off and this kind's free list just emptied: how
    many of n frees the count does not see (the free list's capacity)."""
    gc.collect()
    _fl_count()  # a 3-tuple on its free list, reused by the reads below
    objs = []
    i = 0
    while i < n:
        objs.append(make())
        i += 1
    c1 = _fl_count()
    objs.clear()
    return n - (c1 - _fl_count())


class _FlProbe:
    __slots__ = ()

    def method(self):
        pass


def _fl_measure():
    was = gc.isenabled()
    gc.disable()
    try:
        makers = [list, dict, lambda: slice(None)]
        if _fl_probe(list, 200) == 0:
            return  # every free is counted (3.14.2)
        sizes = []
        size = 1
        while size <= _FL_TUPLE_MAX:
            template = [None] * size
            cap = _fl_probe(lambda t=template: tuple(t), 24)
            if cap > 0:
                sizes.append(size)
                makers.append(lambda t=template: tuple(t))
            elif sizes:
                break  # the sizes with a free list are 1..N
            size += 1
        # Kinds only some versions keep free lists of (3.15.0rc1: bound
        # methods 20, builtin methods 16, list and tuple iterators 10 each;
        # its first ctypes cast after a full collection counted one:
        # 3.15 counting sweep, seed 7,200,009). Kept when measured.
        other = _FlProbe()
        for make in (lambda: other.method, lambda: _FL_KINDS.append,
                     lambda: iter(_FL_KINDS), lambda: iter(()),
                     lambda: iter((None,)), lambda: iter({}),
                     lambda: iter(set()), lambda: iter({}.items())):
            if _fl_probe(make, 24) > 0:
                makers.append(make)
        for k, make in enumerate(makers):
            cap = _fl_probe(make, 200 if k < 2 else 24)
            _FL_KINDS.append(make)
            _FL_CAP.append(cap)
            _FL_FILL.append(cap if k < 3 else min(cap, _FL_TOP))
            _FL_POOL.append([])
        _FL_STATE.active = True
        _FL_STATE.padded_size = max(sizes) + 1 if sizes else 0
    finally:
        gc.collect()
        if was:
            gc.enable()


def _fl_stock():
    """Before the start state: a pool for the start fill and the full
    collections to come (made now, so the start collection's reset leaves
    them uncounted; frozen with the rest)."""
    for k, make in enumerate(_FL_KINDS):
        pool = _FL_POOL[k]
        want = _FL_FILL[k] * (_FL_STATE.refills + 1)
        while len(pool) < want:
            pool.append(make())
    while len(_FL_TOKENS) < _FL_STATE.refills:
        _FL_TOKENS.append(_Token())
    _FL_STATE.short = 0


def _fl_refill(info_dict=False):
    """Fills every free list a full collection emptied (or the start state's
    collection), from the pool: releases only, so the count never moves.
    `info_dict`: called from a gc callback at a full collection's stop,
    whose info dict counted (see above)."""
    if info_dict:
        if _FL_TOKENS:
            _FL_TOKENS.pop()  # freed: the count takes the info dict back
        else:
            _FL_STATE.short += 1
    k = 0
    while k < len(_FL_KINDS):
        pool = _FL_POOL[k]
        n = _FL_FILL[k]
        if len(pool) < n:
            _FL_STATE.short += 1  # out of pool: the count may drift from here
            n = len(pool)
        i = 0
        while i < n:
            pool.pop()  # its last reference: onto the free list
            i += 1
        k += 1


def _fl_drain(kind):
    """Takes every object of a full free list into _FL_HOLD (kind 0 lists,
    1 dicts): the next one of that kind is then a fresh allocation."""
    if not _FL_STATE.active:
        return
    n = _FL_CAP[kind]
    i = 0
    # Displays, not list() or dict(): only they take from the free list.
    if kind == 0:
        while i < n:
            _FL_HOLD.append([])
            i += 1
    else:
        while i < n:
            _FL_HOLD.append({})
            i += 1


def _fl_padding(n):
    """None items that take a tuple of n items past every free list.
    (Not max(): its argument parser makes a tuple the first time it is
    called, once per process, which the count would see.)"""
    k = _FL_STATE.padded_size - n
    return k if k > 0 else 0


_fl_measure()


# --- statements (each returns True when the run must stop) -------------------

def _new(name, cls, self=_NOSELF):
    # Labels are given out when the statement starts, before a collection
    # the allocation may run, as the model's runner gives them (spec 2):
    # objects a body makes during that collection number after this one.
    label = _reserve(name)
    o = cls()  # the one allocation (a collection may run at its end)
    for i in range(_NSLOTS[cls]):  # slots start as None (spec 3.1)
        setattr(o, _SLOT[i], None)
    _register(o, label, 'instance')
    _CLS[label] = cls
    o._m = _mark(label)
    old = _swap(name, o)
    del o
    del old


def _list(name, specs, self=_NOSELF):
    buf = _fill(specs, self)
    if buf is None:
        return _bad(_S.why)
    label = _reserve(name)  # before the allocation (see _new)
    _fl_drain(0)
    # One list: a fresh one, its free list drained. Not `buf[:]`: the
    # slice it makes would hold the one-object slice cache through a
    # collection this allocation runs (3.11), whose own slices would
    # refill the cache uncounted, so freeing it afterwards would count.
    o = buf.copy()
    _FL_HOLD.clear()  # the free list full again
    buf.clear()
    _register(o, label, 'list')
    o[0] = _mark(label)
    old = _swap(name, o)
    del o
    del old


def _tuple(name, specs, self=_NOSELF):
    buf = _fill(specs, self)
    if buf is None:
        return _bad(_S.why)
    label = _reserve(name)
    buf[0] = _mark(label)
    n = len(buf) - 1
    i = _fl_padding(len(buf))
    while i > 0:  # past the free lists: made and freed as counted
        buf.append(None)
        i -= 1
    o = tuple(buf)  # one tuple; tracked, as BUILD_TUPLE's are
    buf.clear()
    _register(o, label, 'tuple')
    _TLEN[label] = n
    old = _swap(name, o)
    del o
    del old


def _dict(name, self=_NOSELF):
    label = _reserve(name)  # before the allocation (see _new)
    _fl_drain(1)
    o = {}  # a fresh dict, its free list drained
    _FL_HOLD.clear()  # the free list full again
    _register(o, label, 'dict')
    o['_m'] = _mark(label)
    old = _swap(name, o)
    del o
    del old


def _live_weakrefs(t):
    """Refreshes which registered weakrefs to t live, by identity among
    the weakrefs CPython lists for t. Always, not only when the counts
    differ: a weakref being made by a running `ref`/`proxy` statement (not
    registered yet) can make them equal while a registered one has died,
    and a new weakref at the dead one's address would then pass for it.
    Walked by index (a `for` makes an iterator, which 3.14.2 tracks and
    counts), and the list is asked for with the gc off: a tracked object
    that must not schedule a collection the program did not make (nothing
    is pending on entry: the call's RESUME ran it)."""
    tl = _label_of(t)
    was = gc.isenabled()
    gc.disable()
    live = weakref.getweakrefs(t)
    i = 0
    while i < len(_REFS):
        label = _REFS[i]
        if _TARGET[label] == tl and _ALIVE[label]:
            _ALIVE[label] = False
            j = 0
            while j < len(live):
                if id(live[j]) == _ID[label]:
                    _ALIVE[label] = True
                    break
                j += 1
        i += 1
    del live
    if was:
        gc.enable()


def _ref(name, spec, body, proxy=False, self=_NOSELF):
    t = _item(spec, self)
    if t is _NOTHING:
        return _bad(_S.why)
    tl = _label_of(t)
    if (tl is None or _KIND[tl] != 'instance'
            or '__weakref__' not in _CLS[tl].__slots__):
        tp = ('NoneType' if t is None else 'int' if type(t) is int else
              'object' if tl is None else
              _CLS[tl].__name__ if _KIND[tl] == 'instance' else
              _WEAK_TYPE.get(_KIND[tl], _KIND[tl]))
        return _bad(f"cannot create weak reference to '{tp}' object")
    _live_weakrefs(t)
    kind = 'proxy' if proxy else 'ref'
    label = _reserve(name)  # before the allocation (see _new)
    if body is None:  # a basic one: a body run at the call's end may get it
        _PEND_T.append(tl)
        _PEND_K.append(kind)
        _PEND_L.append(label)
    before = weakref.getweakrefcount(t)
    if proxy:
        w = weakref.proxy(t) if body is None else weakref.proxy(t, _on_cb)
    else:
        w = weakref.ref(t) if body is None else weakref.ref(t, _on_cb)
    if body is None:
        _PEND_T.pop()
        _PEND_K.pop()
        _PEND_L.pop()
    old = _BYID.get(id(w))
    if old is not None and not (_KIND[old] == kind and _TARGET.get(old) == tl
                                and _ALIVE[old]):
        old = None  # the id of an object that died, reused by w
    if old is None and body is None and weakref.getweakrefcount(t) == before:
        # Not made by this call, and no one registered it: made by a call
        # still running below this one (3.12+ collect at the end of that
        # call, after the weakref exists), so it is that statement's
        # object, under the label it was given. (On 3.11 the collection
        # runs inside the allocation, before it exists: a basic ref made
        # there is new, and the running call then makes its own.)
        i = len(_PEND_T) - 1
        while i >= 0:
            if _PEND_T[i] == tl and _PEND_K[i] == kind:
                old = _PEND_L[i]
                _register_ref(w, old, tl, None)
                break
            i -= 1
    if old == label:
        pass  # registered by a body that got it back during the call
    elif body is None and old is not None and _BASIC[old]:
        _unreserve(name, label)  # CPython gave back the basic ref (or proxy)
    else:
        _register_ref(w, label, tl, body)
    del t
    old = _swap(name, w)
    del w
    del old


def _register_ref(w, label, tl, body):
    _register(w, label, 'proxy' if type(w) is not weakref.ref else 'ref')
    _TARGET[label] = tl
    _REFS.append(label)
    _BASIC[label] = body is None
    if body is not None:
        _ONCB[label] = body


def _proxy(name, spec, body, self=_NOSELF):
    return _ref(name, spec, body, True, self)


def _store(base, i, spec, clear, self):
    v = None if clear else _item(spec, self)
    if v is _NOTHING:
        return _bad(_S.why)
    c = _base(base, self)
    if c is _NOTHING:
        return _bad(_S.why)
    label, what = _label_of(c), _what(base)
    kind = _KIND[label] if label is not None else None
    if kind is None or kind in ('tuple', 'ref', 'proxy'):
        return _bad(f'{what} is {_describe(c)}, which cannot be changed')
    if not (kind == 'dict' and not clear) and not _has_index(c, i, what):
        return _bad(_S.why)
    if kind == 'instance':
        setattr(c, _SLOT[i], v)
    elif kind == 'list':
        c[i + 1] = v
    elif clear:
        del c[i]
    else:
        new = i not in c
        c[i] = v
        if new:  # keep the marker the last entry (released last)
            c['_m'] = c.pop('_m')
    del v
    del c


def _set(base, i, spec, self=_NOSELF):
    return _store(base, i, spec, False, self)


def _clear(base, i, self=_NOSELF):
    return _store(base, i, None, True, self)


def _append(base, spec, self=_NOSELF):
    c = _base(base, self)
    if c is _NOTHING:
        return _bad(_S.why)
    label = _label_of(c)
    if label is None or _KIND[label] != 'list':
        return _bad(f'cannot append to {_what(base)}: it is {_describe(c)}, '
                    'not a list')
    v = _item(spec, self)
    if v is _NOTHING:
        return _bad(_S.why)
    c.append(v)


def _let(name, spec, self=_NOSELF):
    v = _item(spec, self)
    if v is _NOTHING:
        return _bad(_S.why)
    old = _swap(name, v)
    del v
    del old


def _del(name, self=_NOSELF):
    if name not in _ROOTS:
        return _bad(f"name '{name}' is not bound")
    del _ROOTS[name]


def _collect(g=2, self=_NOSELF):
    # The next collection to start is this call's own (none starts when
    # one is already running: gc.collect() then returns 0 at once).
    _S.explicit = True
    n = gc.collect(g)
    _S.explicit = False
    if _S.depth == 0:
        _S.last = n


def _enable(on, self=_NOSELF):
    if on:
        gc.enable()
    else:
        gc.disable()


def _threshold(values, self=_NOSELF):
    gc.set_threshold(*values)


def _freeze(self=_NOSELF):
    _S.froze = True
    gc.freeze()


def _unfreeze(self=_NOSELF):
    gc.unfreeze()


def _debug(flags, self=_NOSELF):
    gc.set_debug(flags)


def _clear_garbage(self=_NOSELF):
    _garbage_changing()
    gc.garbage.clear()


def _take_garbage(name, i=0, self=_NOSELF):
    size = len(gc.garbage)
    if size == 0:
        return _bad('pop from empty list (gc.garbage is empty)')
    if i < 0:
        i += size
    if not 0 <= i < size:
        return _bad(f'pop index out of range (gc.garbage has {size} entries)')
    _garbage_changing(i)
    v = gc.garbage.pop(i)
    old = _swap(name, v)
    del v
    del old


def _gccallback(body, self=_NOSELF):
    k = _S.entries  # entries handed out so far in this run
    _S.entries = k + 1
    entry = _ENTRIES[k] if k < len(_ENTRIES) else _GcEntry()
    entry.body = body
    gc.callbacks.append(entry)


def _on(name, body, tp_del, self=_NOSELF):
    o = _base(name, _NOSELF)
    if o is _NOTHING:
        return _bad(_S.why)
    label = _label_of(o)
    what = ("tp_del (class flag 'tp_del')" if tp_del else
            "__del__ (class flag 'del')")
    if label is None or _KIND[label] != 'instance':
        return _bad(f"'{name}' is {_describe(o)}, which has no {what}")
    cls = _CLS[label]
    if not (cls in _TP_DEL_CLASSES if tp_del else hasattr(cls, '__del__')):
        return _bad(f"class {cls.__name__} of '{name}' has no {what}")
    if tp_del:
        _ONTPDEL[label] = body
    else:
        _ONDEL[label] = body


# --- finalizers, callbacks, bodies --------------------------------------------

def _run_body(body, self):
    if body is None:
        return
    _S.depth += 1
    body(self)
    _S.depth -= 1


def _step():
    """Counts one body statement; True once the body budget is spent."""
    if _S.budget and _S.steps >= _S.budget:
        return True
    _S.steps += 1
    return False


def _finalizer_event(o, word, calls, bodies):
    """`del`, `tp_del` or `callback` for program object o: the event, the
    call counter, then the body given to o (if any)."""
    label = _label_of(o)
    if label is None or _S.quiet:
        return
    _EV.append(word + label)
    calls[label] += 1
    _run_body(bodies.get(label), o)


def _on_del(o):
    _finalizer_event(o, 'del ', _DELS, _ONDEL)


def _on_tp_del(o):
    _finalizer_event(o, 'tp_del ', _TPDELS, _ONTPDEL)


def _on_cb(w):
    _finalizer_event(w, 'callback ', _CBS, _ONCB)


def _on_gc_callback(body, phase, info):
    if _S.quiet:
        return
    if phase == 'start':
        _EV.append(f"gc_start {info['generation']}")
    else:
        _EV.append(f"gc_stop {info['generation']} {info['collected']} "
                   f"{info['uncollectable']}")
    _run_body(body, _NOSELF)


def _harvest():
    """Takes the entries appended to gc.garbage since the last look: a
    collection appends at its end, and a body of the same collection may
    pop or clear entries before it ends (take_garbage, clear_garbage)."""
    if not _GMARK:
        return
    mark = _GMARK[-1]
    for o in gc.garbage[mark:]:
        label = _label_of(o)
        _GPEND.append('garbage ' + (label if label is not None else '?'))
    _GMARK[-1] = len(gc.garbage)


def _garbage_changing(index=None):
    """Called before the runtime pops entry `index` (None: clears all)."""
    _harvest()
    if _GMARK:
        mark = _GMARK[-1]
        _GMARK[-1] = 0 if index is None else mark - 1 if index < mark else mark


def _observer(phase, info):
    """The runtime's gc.callbacks entry, always first."""
    if _S.quiet:
        if phase == 'stop':  # the start state's own collection
            _S.qm, _S.qn = info['collected'], info['uncollectable']
        return
    if phase == 'start':
        if _FL_INFO:  # freed before this collection resets the counts
            _FL_INFO.clear()
        if _FL_HOLD:  # a program list's or dict's own allocation collects
            _FL_HOLD.clear()  # (3.11), or 3.12+ at that call's end: full first
        # Automatic unless a `collect` statement started it: a collection
        # that starts inside another (3.12.7 runs a pending automatic one
        # inside gc.collect()) is automatic too.
        _AUTO.append(not _S.explicit)
        _S.explicit = False
        _harvest()  # an enclosing collection's appends so far are its own
        _GMARK.append(len(gc.garbage))  # a stack: collections can nest
        _GPEND.append(None)  # where this collection's own events start
        return
    if _FL_STATE.active and info['generation'] == 2:
        _fl_refill(True)  # a full collection emptied the free lists
        _FL_INFO.append(info)
    _harvest()
    _GMARK.pop()
    k = len(_GPEND) - 1
    while _GPEND[k] is not None:
        k -= 1
    _EV.extend(_GPEND[k + 1:])
    del _GPEND[k:]
    _EV.append(f"collect {info['generation']} "
               f"{info['collected'] + info['uncollectable']}"
               f"{' auto' if _AUTO and _AUTO.pop() else ''}")


def _del_method(self):
    _on_del(self)


def _tp_del_method(self):
    _on_tp_del(self)


def _tp_del_lookup(self):
    """`__tp_del__` as a property, where _testcapi's tp_del slot looks the
    attribute up on the dying object and calls what it gets with no
    arguments (3.11): a method would be bound there, a new GC object the
    count would see (spec 3.4 counts the program's objects only: a
    threshold-1 program then collected inside the finalizer). The body runs
    in the lookup instead, right before that call, and the call gets `int`
    (which allocates nothing). 3.14 and 3.15 call the class's attribute
    with the object: a plain method there."""
    _on_tp_del(self)
    return int


def _tp_del_protocol():
    """The `__tp_del__` _testcapi's slot can call without allocating:
    found by trying the property on a throwaway class (its failure, where
    the slot calls the attribute, is reported as unraisable: silenced)."""
    if _with_tp_del is None:
        return _tp_del_method
    seen = []
    probe = _with_tp_del(type('_Probe', (), {
        # (the getter keeps nothing of the object: a resurrected probe
        # would sit in a cycle of its class and land in gc.garbage)
        '__slots__': (), '__tp_del__': property(lambda o: seen.append(1) or int)}))
    hook = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: None
    try:
        probe()
    finally:
        sys.unraisablehook = hook
    return property(_tp_del_lookup) if seen else _tp_del_method


_TP_DEL_SLOT = _tp_del_protocol()


_TP_DEL_CLASSES = set()


def _class(name, slots, has_del, has_tp_del, weakrefs):
    names = ('_m',) + _SLOT[:slots]
    ns = {'__slots__': names + (('__weakref__',) if weakrefs else ()),
          '__module__': '__main__'}
    if has_del:
        ns['__del__'] = _del_method
    if has_tp_del:
        if _with_tp_del is None:
            # Refused before the first statement runs: never run half.
            if _S.refused is None:
                _S.refused = (
                    f'class {name} has a legacy finalizer (tp_del), and '
                    f'CPython {sys.version.split()[0]} here has no '
                    '_testcapi.with_tp_del to make one')
            has_tp_del = False
        else:
            ns['__tp_del__'] = _TP_DEL_SLOT
    cls = type(name, (), ns)
    if has_tp_del:
        cls = _with_tp_del(cls)
        _TP_DEL_CLASSES.add(cls)
    _NSLOTS[cls] = slots
    return cls


# --- expectations ----------------------------------------------------------------

def _at(line):
    _S.line = line
    return False


def _fail(msg):
    _FAILS.append(f'{_S.file}:{_S.line}: {msg}')


def _lookup(labels):
    for label in labels:
        if label not in _ALIVE:
            _bad(f"no object has label '{label}' in this run")
            return False
    return True


def _labels_of(objs):
    got = []
    for o in objs:
        label = _label_of(o)
        if label is not None:
            got.append(label)
    return got


def _find(label):
    """The live object with this label, or None. An object with a marker
    whose count says it lives is read at its address (ctypes, read-only,
    only for an object known to be alive: that finds frozen and untracked
    ones too); a weakref is searched for."""
    if _KIND[label] not in ('ref', 'proxy'):
        if not _marked(label):
            return None
        if _py_object is not None:
            o = _py_object_at(_ID[label])
            return o if _label_of(o) == label else None
    return _search(label)


def _search(label):
    """Plain Python cannot turn an id into an object: the roots, gc.garbage,
    the tracked objects, what program objects refer to, and the weakrefs
    to the live targets."""
    want = _ID[label]
    todo = list(_ROOTS.values())
    todo.extend(gc.garbage)
    todo.extend(gc.get_objects())
    target = _TARGET.get(label)
    if target is not None and _marked(target) and _py_object is not None:
        todo.extend(weakref.getweakrefs(_py_object_at(_ID[target])))
    seen = set()
    hit = None
    while todo:
        o = todo.pop()
        if id(o) in seen:
            continue
        seen.add(id(o))
        found = _label_of(o)
        if found is None:
            continue
        if found == label and id(o) == want:
            hit = o
            break
        if _KIND[found] not in ('ref', 'proxy'):
            todo.extend(gc.get_referents(o))
    # `todo` holds itself (gc.get_objects() lists it) and the callers'
    # temporaries: left filled, it would be cyclic garbage of the runtime's
    # in the program's next collection.
    todo.clear()
    return hit


def _alive(label):
    if _KIND[label] in ('ref', 'proxy'):
        _ALIVE[label] = _find(label) is not None
        return _ALIVE[label]
    return _marked(label)


def _is_cleared(w):
    if type(w) is weakref.ReferenceType:
        return w() is None
    try:
        w._m  # a proxy forwards to its target, a program instance
    except ReferenceError:
        return True
    return False


def _listtext(labels):
    return '[' + ', '.join(labels) + ']'


def _expect(kind, args, event_labels=()):
    was = gc.isenabled()
    gc.disable()  # no collection in the middle of an expectation
    try:
        return _expect_kind(kind, args, event_labels)
    finally:
        if was:
            gc.enable()


def _expect_kind(kind, args, event_labels):
    if kind == 'log':
        if not _lookup(event_labels):  # labels in events must exist too
            return _S.stop
        got = _EV[_S.logpos:]
        _S.logpos = len(_EV)
        if got != list(args):
            _fail('expected log %s, got %s' % (', '.join(args) or '(nothing)',
                                               ', '.join(got) or '(nothing)'))
        return False
    if kind == 'collected':
        if _S.last is None:
            _fail(f'expected collected {args[0]}, got no collect yet')
        elif _S.last != args[0]:
            _fail(f'expected collected {args[0]}, got {_S.last}')
        return False
    if kind == 'count':
        got = tuple(gc.get_count())
        if got != args:
            _fail('expected count %d %d %d, got %d %d %d' % (args + got))
        return False
    if kind == 'stats':
        st = gc.get_stats()[args[0]]
        base = _STATS0[3 * args[0]:3 * args[0] + 3]
        got = (st['collections'] - base[0], st['collected'] - base[1],
               st['uncollectable'] - base[2])
        if got != args[1:]:
            _fail('expected stats %d %d %d %d, got %d %d %d' % (args + got))
        return False
    if kind == 'objects':
        if not _lookup(args[1:]):
            return _S.stop
        got = _labels_of(gc.get_objects(args[0]))
        if got != list(args[1:]):
            _fail('expected objects %d %s, got %s' % (
                args[0], _listtext(args[1:]), _listtext(got)))
        return False
    labels = [a for a in args if type(a) is str]
    if not _lookup(labels):
        return _S.stop
    return _expect_on(kind, args, labels)


def _expect_on(kind, args, labels):
    label = labels[0] if labels else None
    if kind in ('alive', 'dead'):
        for label in labels:
            alive = _alive(label)
            if alive != (kind == 'alive'):
                _fail('expected %s %s, got %s' % (
                    label, kind, 'alive' if alive else 'dead'))
    elif kind in ('del_calls', 'tp_del_calls', 'callback_calls'):
        if kind == 'callback_calls' and _KIND[label] not in ('ref', 'proxy'):
            return _bad("'%s' is %s, not a weakref or proxy" % (
                label, _describe(_find(label)) if _alive(label) else 'dead'))
        got = {'del_calls': _DELS, 'tp_del_calls': _TPDELS,
               'callback_calls': _CBS}[kind][label]
        if got != args[1]:
            _fail('expected %s %s %d, got %d' % (kind, label, args[1], got))
    elif kind == 'cleared':
        for label in labels:
            if _KIND[label] not in ('ref', 'proxy'):
                return _bad("'%s' is a %s, not a weakref or proxy" % (
                    label, _KIND[label]))
        for label in labels:
            w = _find(label)
            if w is not None and not _is_cleared(w):
                _fail('expected %s cleared, got a live weakref to a live '
                      'object' % label)
            del w
    elif kind == 'garbage':
        got = _labels_of(gc.garbage)
        if got != labels:
            _fail('expected garbage %s, got %s' % (_listtext(labels),
                                                   _listtext(got)))
    else:
        _expect_live(kind, args, labels)
    return _S.stop


def _where(o):
    if not gc.is_tracked(o):
        return 4
    for g in range(3):
        for x in gc.get_objects(g):
            if x is o:
                return g
    return 3


def _expect_live(kind, args, labels):
    flags = ('tracked', 'untracked', 'finalized', 'unfinalized')
    for label in (labels if kind in flags else labels[:1]):
        o = _find(label) if _alive(label) else None
        if o is None:
            _fail(f'expected {kind} {label}, got a dead object')
            continue
        if kind in ('tracked', 'untracked'):
            got = 'tracked' if gc.is_tracked(o) else 'untracked'
        elif kind in ('finalized', 'unfinalized'):
            got = 'finalized' if gc.is_finalized(o) else 'unfinalized'
        if kind in flags:
            if got != kind:
                _fail(f'expected {label} {kind}, got {got}')
        elif kind == 'weakrefs':
            got = weakref.getweakrefcount(o)
            if got != args[1]:
                _fail(f'expected weakrefs {label} {args[1]}, got {got}')
        elif kind == 'generation':
            names = {3: 'permanent', 4: 'untracked'}
            got = _where(o)
            if got != args[1]:
                _fail('expected generation %s %s, got %s' % (
                    label, names.get(args[1], args[1]), names.get(got, got)))
        elif kind in ('referents', 'referrers'):
            objs = (gc.get_referents(o) if kind == 'referents' else
                    gc.get_referrers(o))
            got, want = _labels_of(objs), list(args[1:])
            del objs
            if got != want:
                _fail('expected %s %s %s, got %s' % (
                    kind, label, _listtext(want), _listtext(got)))
        del o


# --- the run ---------------------------------------------------------------------

def _reset():
    """Forgets the last program (the worker calls it before each one)."""
    _S.file, _S.line, _S.stop, _S.misuse, _S.why = '', 0, False, None, ''
    _S.depth, _S.last, _S.budget, _S.steps, _S.quiet = 0, None, 0, 0, True
    _S.logpos, _S.explicit, _S.nextmark = 0, False, 0
    _S.serial, _S.entries, _S.refused, _S.result = {}, 0, None, None
    _S.qm = _S.qn = 0
    _S.froze = False  # the program called gc.freeze() (the worker asks)
    for table in (_ROOTS, _BYID, _ID, _KIND, _CLS, _ALIVE, _MARK, _DELS,
                  _TPDELS, _CBS, _ONDEL, _ONTPDEL, _ONCB, _TARGET, _BASIC,
                  _NSLOTS, _TLEN):
        table.clear()
    # A dict holding only atomic values is untracked by a collection, and
    # tracked again, into generation 0, when a GC object is put in it: the
    # roots would then be a young container, not an outside reference.
    # Anchored with a GC value, these stay tracked, and frozen.
    # (_CLS too: its values are classes; left untracked, it was tracked
    # into generation 0 by the first `new` and survived every collection
    # after, a long-lived object spec 3.4 does not have: 3.11 counting
    # sweep, seed 5,070,199.)
    for table in (_ROOTS, _ONDEL, _ONTPDEL, _ONCB, _CLS):
        table[None] = _ENTRIES
    _REFS.clear()
    _PEND_T.clear()
    _PEND_K.clear()
    _PEND_L.clear()
    _EV.clear()
    _FAILS.clear()
    for buf in _BUFS:
        buf.clear()
    _GMARK.clear()
    _GPEND.clear()
    _AUTO.clear()
    _STATS0.clear()
    _TP_DEL_CLASSES.clear()
    _FL_INFO.clear()
    for entry in _ENTRIES:
        entry.body = None


def _run(file, names, program, budget):
    _S.file, _S.budget, _S.steps = file, budget, 0
    if _S.refused is not None:
        _S.result = (2, [], [], None, _S.refused)
        return _finish()
    gc.disable()
    gc.set_debug(0)
    gc.callbacks[:] = [_observer]
    gc.garbage.clear()
    for st in gc.get_stats():
        _STATS0.extend((st['collections'], st['collected'],
                        st['uncollectable']))
    if _FL_STATE.active:
        if _FL_STATE.short:  # the last program ran out of pool
            _FL_STATE.refills *= 2
        _fl_stock()
    gc.collect()  # also empties the free lists
    # That collection is not the program's: leave it out of `stats`.
    _STATS0[6] += 1
    _STATS0[7] += _S.qm
    _STATS0[8] += _S.qn
    gc.freeze()
    if _FL_STATE.active:
        # The generational collectors keep long_lived_total, the survivors
        # of the last full collection: the start collection's were the
        # whole interpreter (~31,000 objects), which passed generation 2
        # over where spec 3.4 starts from 0 (3.11 counting sweep, seed
        # 5,000,542). A full collection of nothing, after the freeze.
        gc.collect()
        _STATS0[6] += 1
        _STATS0[7] += _S.qm
        _STATS0[8] += _S.qn
        _fl_refill()
    _S.quiet = False
    gc.enable()
    program()
    _S.quiet = True
    gc.callbacks.clear()
    gc.set_debug(0)  # the interpreter's shutdown is not the program's
    status = 2 if _S.stop else 1 if _FAILS else 0
    misuse = f'{file}:{_S.line}: {_S.misuse}' if _S.stop else None
    _S.result = (status, list(_EV), list(_FAILS), misuse, None)
    return _finish()


def _finish():
    if _S.worker:
        return None
    status, trace, fails, misuse, refused = _S.result
    sys.stdout.write(''.join(e + '\n' for e in trace))
    for f in fails:
        sys.stderr.write(f + '\n')
    if misuse:
        sys.stderr.write(misuse + '\n')
    if refused:
        sys.stderr.write(f'{_S.file}: refused: {refused}\n')
    sys.stdout.flush()
    sys.stderr.flush()
    raise SystemExit(status)


def _warm():
    """Calls once, before any program, the CPython functions the runtime
    calls during one: a function may make a process-wide object on its
    first call (3.11's max() made its argument parser's keyword tuple, a
    counted GC object), which must not fall inside the first program a
    worker runs."""
    was = gc.isenabled()
    gc.disable()
    try:
        cls = type('_Warm', (), {'__slots__': ('__weakref__', 'x')})
        o = cls()
        o.x = [o, (o,), {'o': o}]
        refs = [weakref.ref(o), weakref.ref(o, _warm_callback),
                weakref.proxy(o), weakref.proxy(o, _warm_callback)]
        weakref.getweakrefcount(o)
        weakref.getweakrefs(o)
        gc.get_referents(o)
        gc.get_referrers(o)
        for g in range(3):
            gc.get_objects(g)
        gc.get_objects()
        gc.is_tracked(o)
        gc.is_finalized(o)
        gc.get_count()
        gc.get_stats()
        gc.isenabled()
        sys.getrefcount(o)
        gc.set_threshold(*gc.get_threshold())
        gc.set_debug(gc.get_debug())
        if _py_object is not None:
            _py_object_at(id(o))
        del refs, o, cls
    finally:
        gc.collect()
        if was:
            gc.enable()


def _warm_callback(w):
    pass


_warm()
_S.worker = False  # the worker sets it: keep the result, print nothing
_reset()
