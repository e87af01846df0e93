# ---------------------------------------------------------------------------
# The gcops harness for plain CPython 3.11 (written by `gcfuzz export
# --python`; needs only python3 with _testcapi). It runs the program below
# on the real interpreter and prints its trace, one event per line, as
# `gcfuzz run --trace` does, without `free` events. Failed expectations go
# to stderr as FILE:LINE: expected ..., got ...; exit status 0, 1 (an
# expectation failed) or 2 (misuse), as gcfuzz.
#
# How the heap is kept the program's own (see cpython-3.11-gc.md section 7):
#  * CPython's automatic collection is off; the gcops rule (count program
#    objects only, 3.11's generation choice and 25% rule) runs here, in
#    _alloc(), and calls gc.collect(g) where CPython would collect.
#  * Roots live in the slots of a non-GC object (_R), so they are external
#    references, as the runner's are; so do evaluation temporaries (_Hold).
#    Module globals would not do: after `unfreeze` the module dict would be
#    a container in generation 2 referring to program objects.
#  * Everything the harness needs exists before gc.freeze(); what it makes
#    later (records, markers, gc callbacks) is non-GC (_testcapi.without_gc).
#  * count0 drops when a program object's memory goes: instances and
#    weakrefs through their type's tp_free (a ctypes hook); lists, tuples
#    and dicts through a non-GC marker they carry where the program does not
#    look (index 0, released last; a dict's last entry '_m'), re-armed when
#    a collection's tp_clear (not a death) releases it.
#  * CPython's long-lived counters are read from its GC state, minus the
#    non-program objects that were in the collected generations.
#  * `unfreeze` is gc.unfreeze(): unlike the embedded backend, which moves
#    only program objects, it also moves the harness's and interpreter's
#    frozen objects into generation 2. They refer to no program object, so
#    orders are unchanged, and they are subtracted from the long-lived
#    counters; a full collection that untracks some of their tuples could
#    still shift long_lived_total (not seen on the corpus or 1,000 mutants).
#  * Weakref callbacks are one harness function; gc.callbacks is
#    [_head, program callbacks..., _tail], so the head and tail see every
#    collection's start and end around the program's callbacks.
# ---------------------------------------------------------------------------
import ctypes
import gc
import os
import sys
import weakref
import _testcapi
from _ctypes import PyObj_FromPtr as _obj_at

_NG = _testcapi.without_gc
_API = ctypes.pythonapi
_API.PyObject_GC_Del.argtypes = [ctypes.c_void_p]
_API.PyObject_GC_Del.restype = None
_API.PyObject_GC_UnTrack.argtypes = [ctypes.py_object]
_API.PyObject_GC_UnTrack.restype = None
_API.PyInterpreterState_Get.restype = ctypes.c_void_p
_TP_DEALLOC = 48         # offsetof(PyTypeObject, tp_dealloc)
_TP_FREE = 320           # offsetof(PyTypeObject, tp_free), checked below
_WR_OBJECT = 16          # offsetof(PyWeakReference, wr_object)
_WR_CALLBACK = 24        # offsetof(PyWeakReference, wr_callback)
_PROXY_TYPES = (weakref.ProxyType, weakref.CallableProxyType)


class _State:
    __slots__ = ('count', 'th', 'llt', 'llp', 'enabled', 'collecting',
                 'auto', 'gen', 'line', 'stop', 'misuse', 'why', 'depth',
                 'fails', 'last', 'stats', 'garb', 'foreign', 'pend0',
                 'steps', 'budget', 'quiet', 'gccbs', 'serial', 'logpos',
                 'gcstate', 'file')


class _Rec:
    __slots__ = ('label', 'kind', 'cls', 'alive', 'addr', 'dels', 'tp_dels',
                 'cbs', 'on_del', 'on_tp_del', 'on_cb')


class _Hold:  # an evaluation temporary (emptied by _release)
    __slots__ = ('v',)


class _M:  # the free marker of a list, tuple or dict
    __slots__ = ('addr', 'kind')

    def __del__(self):
        _marker_released(self.addr, self.kind)


class _GcCb:  # one gc.callbacks entry of the program
    __slots__ = ('index',)

    def __call__(self, phase, info):
        _on_gc_callback(self.index, phase, info)


class _Sentinel:
    __slots__ = ('what',)


_State, _Rec, _Hold, _M, _GcCb, _Sentinel = map(
    _NG, (_State, _Rec, _Hold, _M, _GcCb, _Sentinel))
_S = _State()
_NOTHING = _Sentinel()
_SELF = 'self'        # gcops names are never `self`
_NOSELF = _Sentinel()
_EV = []             # the trace
_LABEL = {}          # id(obj) -> _Rec, while obj is alive
_BYLABEL = {}        # label -> _Rec
_NSLOTS = {}         # class -> slot count
_ROOTS = []          # [the roots object]
_BODY = {}           # index -> gccallback body


def _roots_class(names):
    return _NG(type('_Roots', (), {'__slots__': tuple('n_' + n for n in names)}))


# --- count0 on frees --------------------------------------------------------

def _freed(addr):
    rec = _LABEL.pop(addr, None)
    if rec is None or _S.quiet:
        return
    rec.alive = False
    if _S.count[0] > 0:
        _S.count[0] -= 1


def _tp_free(addr):
    _API.PyObject_GC_Del(addr)
    _freed(addr)


_TP_FREE_HOOK = ctypes.CFUNCTYPE(None, ctypes.c_void_p)(_tp_free)


def _hook_tp_free(tp):
    slot = ctypes.c_void_p.from_address(id(tp) + _TP_FREE)
    if slot.value != ctypes.cast(_API.PyObject_GC_Del, ctypes.c_void_p).value:
        raise SystemExit('gcfuzz export: unexpected PyTypeObject layout')
    slot.value = ctypes.cast(_TP_FREE_HOOK, ctypes.c_void_p).value


# Proxies free their memory with PyObject_GC_Del directly, not tp_free:
# wrap their tp_dealloc instead (it takes no trashcan, so wrapping is exact).
_DEALLOC = ctypes.PYFUNCTYPE(None, ctypes.c_void_p)  # keeps the GIL
_ORIG_DEALLOC = {}


def _make_dealloc_hook(tp):
    orig = _DEALLOC(ctypes.c_void_p.from_address(id(tp) + _TP_DEALLOC).value)

    def dealloc(addr):
        orig(addr)
        _freed(addr)
    hook = ctypes.CFUNCTYPE(None, ctypes.c_void_p)(dealloc)
    _ORIG_DEALLOC[tp] = (orig, hook)
    ctypes.c_void_p.from_address(id(tp) + _TP_DEALLOC).value = \
        ctypes.cast(hook, ctypes.c_void_p).value


def _marker(kind):
    m = _M()
    m.kind = kind
    m.addr = 0
    return m


def _marker_released(addr, kind):
    if addr == 0:
        return
    if ctypes.c_ssize_t.from_address(addr).value > 0:
        # tp_clear of a collection (the owner lives on): re-arm.
        owner = _obj_at(addr)
        m = _marker(kind)
        m.addr = addr
        if kind == 'list':
            owner.insert(0, m)
        else:
            owner['_m'] = m
        return
    _freed(addr)


# --- the scheduler (collector/version_rules.h, 3.11) -------------------------

_WORDS = (None, ctypes.c_ssize_t * 1, ctypes.c_ssize_t * 2)  # made once:
# every `c_ssize_t * n` makes a new array type, which is cyclic garbage


def _gcstate_words(i, n):
    return _WORDS[n].from_address(_S.gcstate + 8 * i)


def _find_gcstate():
    base = _API.PyInterpreterState_Get()
    words = (ctypes.c_size_t * 4096).from_address(base)
    g, c = id(gc.garbage), id(gc.callbacks)
    for i in range(4095):
        if words[i] == g and words[i + 1] == c:
            return base + 8 * (i + 2)  # long_lived_total, long_lived_pending
    raise SystemExit('gcfuzz export: cannot find the GC state')


def _alloc():
    _S.count[0] += 1
    if (_S.enabled and _S.th[0] != 0 and _S.count[0] > _S.th[0]
            and not _S.collecting):
        g = -1
        for i in (2, 1, 0):
            if _S.count[i] > _S.th[i]:
                if i == 2 and _S.llp < _S.llt // 4:
                    continue
                g = i
                break
        if g >= 0:
            _collect_now(g, True)


def _collect_now(g, auto):
    if _S.collecting:
        return 0  # CPython returns 0 too, and runs nothing
    _S.collecting, _S.auto, _S.gen = True, auto, g
    n = gc.collect(g)
    _S.collecting = False
    return n


def _young_foreign(g):
    n = 0
    for i in range(g + 1):
        for o in gc.get_objects(i):
            if id(o) not in _LABEL:
                n += 1
    return n


def _tail(phase, info):
    if _S.quiet or not _S.collecting or phase != 'start':
        return
    g = _S.gen
    if g + 1 < 3:
        _S.count[g + 1] += 1
    for i in range(g + 1):
        _S.count[i] = 0
    _S.garb = len(gc.garbage)
    _S.foreign = _young_foreign(g)
    _S.pend0 = _gcstate_words(1, 1)[0]


def _head(phase, info):
    if _S.quiet or not _S.collecting or phase != 'stop':
        return
    g = _S.gen
    m, n = info['collected'], info['uncollectable']
    total, pending = _gcstate_words(0, 2)
    if g == 1:
        _S.llp += max(0, pending - _S.pend0 - _S.foreign)
    elif g == 2:
        _S.llp = 0
        _S.llt = max(0, total - _S.foreign)
    st = _S.stats[g]
    st[0] += 1
    st[1] += m
    st[2] += n
    for o in gc.garbage[_S.garb:]:
        r = _LABEL.get(id(o))
        _EV.append('garbage ' + (r.label if r else '?'))
    _EV.append('collect %d %d%s' % (g, m + n, ' auto' if _S.auto else ''))


# --- objects and labels -------------------------------------------------------

def _reserve(name):
    k = _S.serial.get(name, 0) + 1
    _S.serial[name] = k
    return name if k == 1 else '%s@%d' % (name, k)


def _register(o, label, kind, cls=None):
    r = _Rec()
    r.label, r.kind, r.cls, r.alive, r.addr = label, kind, cls, True, id(o)
    r.dels = r.tp_dels = r.cbs = 0
    r.on_del = r.on_tp_del = r.on_cb = None
    _LABEL[id(o)] = r
    _BYLABEL[label] = r
    return o


def _rec(v):
    return _LABEL.get(id(v)) if v is not None and type(v) is not int else None


def _describe(v):
    if v is None:
        return 'None'
    if type(v) is int:
        return 'an int'
    r = _rec(v)
    return {'instance': 'an instance', 'list': 'a list', 'dict': 'a dict',
            'tuple': 'a tuple', 'ref': 'a weakref',
            'proxy': 'a weakref proxy'}[r.kind] if r else 'an object'


def _bad(why):
    """A statement that cannot run: a misuse at top level, nothing in a body."""
    if _S.depth == 0:
        _S.misuse, _S.stop = why, True
        return True
    return False


def _base(name, self):
    if name is _SELF:
        if self is _NOSELF:
            _S.why = "'self' is not bound here"
            return _NOTHING
        return self
    v = getattr(_ROOTS[0], 'n_' + name, _NOTHING)
    if v is _NOTHING:
        _S.why = "name '%s' is not bound" % name
    return v


def _what(name):
    return 'self' if name is _SELF else "'%s'" % name


def _has_index(c, i, what):
    r = _rec(c)
    if r is None:
        _S.why = '%s is %s, which has no slots or items' % (what, _describe(c))
        return False
    if r.kind == 'instance':
        n = _NSLOTS[type(c)]
        if not 0 <= i < n:
            _S.why = ('slot %d out of range for %s (class %s has %d slots)'
                      % (i, what, type(c).__name__, n))
            return False
    elif r.kind in ('list', 'tuple'):
        if not 0 <= i < len(c) - 1:
            _S.why = ('index %d out of range for %s of length %d'
                      % (i, what, len(c) - 1))
            return False
    elif r.kind == 'dict':
        if i not in c:
            _S.why = 'key %d is not in %s' % (i, what)
            return False
    else:
        _S.why = '%s is %s, which is never looked through' % (
            what, _describe(c))
        return False
    return True


def _get(c, i):
    kind = _LABEL[id(c)].kind
    if kind == 'instance':
        return getattr(c, 's%02d' % i, None)
    return c[i + 1] if kind in ('list', 'tuple') else c[i]


def _item(spec, self):
    """An item: None, an int, a name (str), _SELF, or a path (base, i)."""
    if spec is None or type(spec) is int:
        return spec
    if type(spec) is tuple:
        c = _base(spec[0], self)
        if c is _NOTHING or not _has_index(c, spec[1], _what(spec[0])):
            return _NOTHING
        return _get(c, spec[1])
    return _base(spec, self)


def _bind(name, v):
    roots, attr = _ROOTS[0], 'n_' + name
    old = getattr(roots, attr, _NOTHING)
    setattr(roots, attr, v)
    del v
    del old  # STORE_NAME: bind first, then drop what the name held


def _holds(specs, self):
    hs = []
    for spec in specs:
        h = _Hold()
        h.v = _item(spec, self)
        if h.v is _NOTHING:
            _release(hs)
            return None
        hs.append(h)
    return hs


def _release(hs):
    # Non-GC instances do not release their slots when they die
    # (subtype_dealloc skips clear_slots for them): empty them by hand.
    for h in hs:
        h.v = None


# --- statements (each returns True when the run must stop) -------------------

def _new(name, cls, self=_NOSELF):
    _bind(name, _make_instance(_reserve(name), cls))


def _make_instance(label, cls):
    _alloc()
    return _register(cls(), label, 'instance', cls)


def _list(name, specs, self=_NOSELF):
    hs = _holds(specs, self)
    if hs is None:
        return _bad(_S.why)
    _bind(name, _make_seq(_reserve(name), 'list', hs))


def _tuple(name, specs, self=_NOSELF):
    hs = _holds(specs, self)
    if hs is None:
        return _bad(_S.why)
    _bind(name, _make_seq(_reserve(name), 'tuple', hs))


def _make_seq(label, kind, hs):
    m = _marker('list')
    _alloc()
    if kind == 'list':
        o = [m]
        for h in hs:
            o.append(h.v)
    else:
        o = tuple([m] + [h.v for h in hs])
    m.addr = id(o)
    _release(hs)
    return _register(o, label, kind)


def _dict(name, self=_NOSELF):
    _bind(name, _make_dict(_reserve(name)))


def _make_dict(label):
    _alloc()
    d = {}
    m = _marker('dict')
    m.addr = id(d)
    d['_m'] = m
    return _register(d, label, 'dict')


def _wr_callback(w):
    return ctypes.c_void_p.from_address(id(w) + _WR_CALLBACK).value


def _basic(t, proxy):
    ws = weakref.getweakrefs(t)
    ref = prox = None
    i = 0
    if ws and type(ws[0]) is weakref.ReferenceType and not _wr_callback(ws[0]):
        ref, i = ws[0], 1
    if i < len(ws) and type(ws[i]) in _PROXY_TYPES and not _wr_callback(ws[i]):
        prox = ws[i]
    return prox if proxy else ref


def _ref(name, spec, body, proxy=False, self=_NOSELF):
    t = _item(spec, self)
    if t is _NOTHING:
        return _bad(_S.why)
    r = _rec(t)
    if r is None or r.kind != 'instance' or '__weakref__' not in r.cls.__slots__:
        tp = ('NoneType' if t is None else 'int' if type(t) is int else
              r.cls.__name__ if r.kind == 'instance' else
              {'ref': 'weakref.ReferenceType',
               'proxy': 'weakref.ProxyType'}.get(r.kind, r.kind))
        return _bad("cannot create weak reference to '%s' object" % tp)
    label = _reserve(name)
    w = _basic(t, proxy) if body is None else None
    if w is not None:
        _S.serial[name] -= 1  # CPython reused the basic ref: no new label
    else:
        _alloc()
        made = _basic(t, proxy) if body is None else None
        if made is not None and proxy:
            # PyWeakref_NewProxy looks again after its allocation: a basic
            # proxy made by the collection there wins; the new one is freed.
            _S.serial[name] -= 1
            _S.count[0] = max(0, _S.count[0] - 1)
            w = made
        elif made is not None:
            # weakref.ref does not look again: its new ref goes to the head
            # beside the one the collection made. Plain Python would reuse
            # that one, so hide it (a non-NULL callback) for the call.
            slot = ctypes.c_void_p.from_address(id(made) + _WR_CALLBACK)
            slot.value = id(_wr_callback)
            try:
                w = weakref.ref(t)
            finally:
                slot.value = None
        else:
            make = weakref.proxy if proxy else weakref.ref
            w = make(t) if body is None else make(t, _on_weakref_callback)
        if w is not made:
            _register(w, label, 'proxy' if proxy else 'ref')
            _LABEL[id(w)].on_cb = body
    del t
    _bind(name, w)


def _proxy(name, spec, body, self=_NOSELF):
    return _ref(name, spec, body, True, self)


def _store(base, i, spec, clear, self):
    v = None if clear else _item(spec, self)
    if v is _NOTHING:
        return _bad(_S.why)
    c = _base(base, self)
    if c is _NOTHING:
        return _bad(_S.why)
    r, what = _rec(c), _what(base)
    if r is None or r.kind in ('tuple', 'ref', 'proxy'):
        return _bad('%s is %s, which cannot be changed' % (what, _describe(c)))
    if not (r.kind == 'dict' and not clear) and not _has_index(c, i, what):
        return _bad(_S.why)
    if r.kind == 'instance':
        setattr(c, 's%02d' % i, v)
    elif r.kind == 'list':
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
    r = _rec(c)
    if r is None or r.kind != 'list':
        return _bad('cannot append to %s: it is %s, not a list'
                    % (_what(base), _describe(c)))
    v = _item(spec, self)
    if v is _NOTHING:
        return _bad(_S.why)
    c.append(v)


def _let(name, spec, self=_NOSELF):
    v = _item(spec, self)
    if v is _NOTHING:
        return _bad(_S.why)
    _bind(name, v)


def _del(name, self=_NOSELF):
    roots, attr = _ROOTS[0], 'n_' + name
    old = getattr(roots, attr, _NOTHING)
    if old is _NOTHING:
        return _bad("name '%s' is not bound" % name)
    delattr(roots, attr)
    del old


def _collect(g=2, self=_NOSELF):
    n = _collect_now(g, False)
    if _S.depth == 0:
        _S.last = n


def _enable(on, self=_NOSELF):
    _S.enabled = on


def _threshold(values, self=_NOSELF):
    for i, v in enumerate(values):
        _S.th[i] = v


def _freeze(self=_NOSELF):
    gc.freeze()
    _S.count[0] = _S.count[1] = _S.count[2] = 0  # as the collector models it


def _unfreeze(self=_NOSELF):
    gc.unfreeze()


def _debug(flags, self=_NOSELF):
    gc.set_debug(flags)


def _clear_garbage(self=_NOSELF):
    gc.garbage.clear()


def _take_garbage(name, i=0, self=_NOSELF):
    size = len(gc.garbage)
    if size == 0:
        return _bad('pop from empty list (gc.garbage is empty)')
    if i < 0:
        i += size
    if not 0 <= i < size:
        return _bad('pop index out of range (gc.garbage has %d entries)' % size)
    _bind(name, gc.garbage.pop(i))


def _gccallback(body, self=_NOSELF):
    cb = _GcCb()
    cb.index = len(_BODY)
    _BODY[cb.index] = body
    gc.callbacks.insert(len(gc.callbacks) - 1, cb)


def _on(name, body, tp_del, self=_NOSELF):
    o = _base(name, _NOSELF)
    if o is _NOTHING:
        return _bad(_S.why)
    r = _rec(o)
    what = 'tp_del (class flag \'tp_del\')' if tp_del else \
        '__del__ (class flag \'del\')'
    if r is None or r.kind != 'instance':
        return _bad("'%s' is %s, which has no %s" % (name, _describe(o), what))
    if not (hasattr(r.cls, '__tp_del__') if tp_del else
            hasattr(r.cls, '__del__')):
        return _bad("class %s of '%s' has no %s" % (r.cls.__name__, name, what))
    if tp_del:
        r.on_tp_del = body
    else:
        r.on_del = body


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


def _on_del(o):
    r = _LABEL.get(id(o))
    if r is None or _S.quiet:
        return
    _EV.append('del ' + r.label)
    r.dels += 1
    _run_body(r.on_del, o)


def _on_tp_del(o):
    r = _LABEL.get(id(o))
    if r is None or _S.quiet:
        return
    _EV.append('tp_del ' + r.label)
    r.tp_dels += 1
    _run_body(r.on_tp_del, o)


def _on_weakref_callback(w):
    r = _LABEL.get(id(w))
    if r is None or _S.quiet:
        return
    _EV.append('callback ' + r.label)
    r.cbs += 1
    _run_body(r.on_cb, w)


def _on_gc_callback(index, phase, info):
    if _S.quiet:
        return
    if phase == 'start':
        _EV.append('gc_start %d' % info['generation'])
    else:
        _EV.append('gc_stop %d %d %d' % (info['generation'], info['collected'],
                                         info['uncollectable']))
    _run_body(_BODY[index], _NOSELF)


def _del_method(self):
    _on_del(self)


def _tp_del_method(self):
    _on_tp_del(self)


def _class(name, slots, has_del, has_tp_del, weakrefs):
    names = tuple('s%02d' % i for i in range(slots))
    ns = {'__slots__': names + (('__weakref__',) if weakrefs else ()),
          '__module__': '__main__'}
    if has_del:
        ns['__del__'] = _del_method
    if has_tp_del:
        ns['__tp_del__'] = _tp_del_method
    cls = type(name, (), ns)
    if has_tp_del:
        cls = _testcapi.with_tp_del(cls)
    _hook_tp_free(cls)
    _NSLOTS[cls] = slots
    return cls
