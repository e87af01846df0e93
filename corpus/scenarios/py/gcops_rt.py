"""Plain-Python runtime for the scenario scripts in this folder.

Each scenario script (corpus/scenarios/py/NAME.py) is the Python 3.11 program
that corpus/scenarios/NAME.gcops stands for, one call per gcops line. This
module holds what those calls share: the roots, the labels, the event log and
the checks. It uses nothing from gcfuzz: run a script with plain `python3`
(CPython 3.11 with _testcapi) and it prints every event, every check and exits
1 if a check fails, 2 on a misuse.

How it keeps the harness out of the collector's way (spec section 7):
  * everything the harness needs (classes, body functions, callback pools,
    tables) exists before `gc.freeze()`;
  * roots live in the slots of a non-GC object (`_testcapi.without_gc`), so
    they are external references the collector cannot traverse;
  * `gc.garbage` is untracked (it is never in a generation, as gcops says);
  * deaths are seen through a non-GC marker that each instance, list, tuple and
    dict carries in a place the program cannot see (instance slot `_m`, which
    sorts first; a list's or tuple's last element; a dict's str key '_m'). The
    marker dies when its owner releases its references, so `free L` is logged
    there. For lists and dicts a GC `tp_clear` releases it too: that is when
    the collector breaks them, and they die right after.
  * weakref callbacks and gc callbacks are module-level functions made before
    the freeze, never closures over program objects.
"""
import gc
import sys
import weakref
import _ctypes
import _testcapi

EVENTS = []          # every event in order, 'free L' included
LABEL = {}           # id(obj) -> label of the latest labelled object there
ID = {}              # label -> id
KIND = {}            # label -> 'inst' | 'list' | 'dict' | 'tuple' | 'ref' | 'proxy'
FREED = set()        # labels whose marker died
FROZEN_WEAKREFS = set()  # weakref labels alive when the program froze
SERIAL = {}          # name -> how many labels it has given out
BOUND = set()        # names currently bound
DEL_CALLS = {}
TP_DEL_CALLS = {}
CB_CALLS = {}
DEL_BODY = {}        # label -> block index
TP_DEL_BODY = {}
WR_BODY = {}         # label -> block index
GCCB_BODY = []       # gc.callbacks pool slot -> block index or None
STATE = {'setup': False, 'depth': 0, 'running': 0, 'manual': 0, 'collected': None,
         'mark': 0, 'fail': 0, 'noise': 0, 'garb_base': 0, 'hcb': False}
BASE_STATS = []
DEBUG_NOISE = bool(__import__('os').environ.get('GCOPS_NOISE'))
NOTHING = object()   # a non-GC sentinel: "nothing there"
R = None             # the roots object
BLOCKS = ()
CLASSES = set()
NSLOTS = {}
REF_TYPES = (weakref.ReferenceType,)
PROXY_TYPES = (weakref.ProxyType, weakref.CallableProxyType)


class GcopsRaise(Exception):
    """What a gcops `raise` statement raises."""


class Marker:
    __slots__ = ('lab',)

    def __del__(self):
        FREED.add(self.lab)
        EVENTS.append('free ' + self.lab)


Marker = _testcapi.without_gc(Marker)


def _quiet_unraisable(args):
    EVENTS.append('#unraisable')


SLOT_NAMES = tuple('s%02d' % i for i in range(16))


def _slot(i):
    return SLOT_NAMES[i]


# ---------------------------------------------------------------- set-up
def setup(names, blocks, classes, hcb):
    """names: every gcops name; blocks: body functions; classes: user classes;
    hcb: install the harness gc callback (programs that may collect
    automatically or that use gc.callbacks)."""
    global R, BLOCKS
    Roots = _testcapi.without_gc(type('Roots', (), {'__slots__': tuple('n_' + n for n in names)}))
    R = Roots()
    BLOCKS = tuple(blocks)
    for c in classes:
        CLASSES.add(c)
        NSLOTS[c] = sum(1 for s in c.__slots__ if s.startswith('s'))
    sys.unraisablehook = _quiet_unraisable
    gc.disable()
    gc.collect()
    # gc.garbage holds roots only: keep it out of every generation.
    import ctypes
    ctypes.pythonapi.PyObject_GC_UnTrack(ctypes.py_object(gc.garbage))
    del gc.garbage[:]
    gc.callbacks.clear()
    gc.set_debug(0)
    gc.freeze()
    # One full collection of the (now empty) generations, so that
    # long_lived_total and long_lived_pending start at 0 as gcops says.
    gc.collect()
    BASE_STATS.extend(dict(s) for s in gc.get_stats())
    # The baseline itself is harness data: freeze it too, and count the
    # collection that empties the young generations once more.
    gc.freeze()
    STATE['hcb'] = hcb
    if hcb:
        gc.callbacks.append(_harness_cb)
        gc.set_threshold(700, 10, 10)
    # Last: this collection resets count[0] after everything the harness
    # allocated (the callback primes the freelists if installed).
    STATE['setup'] = True
    gc.collect()
    STATE['setup'] = False
    BASE_STATS[2]['collections'] += 1
    if hcb:
        gc.enable()


# ------------------------------------------------------------- helpers
def _bad(msg):
    """A statement that cannot run: a misuse at top level, nothing in a body."""
    if STATE['depth'] == 0:
        print('MISUSE:', msg)
        dump()
        sys.exit(2)


def _next_label(name):
    n = SERIAL.get(name, 0) + 1
    SERIAL[name] = n
    return name if n == 1 else name + '@' + ('%d' % n)


def _register(obj, lab, kind):
    LABEL[id(obj)] = lab
    ID[lab] = id(obj)
    KIND[lab] = kind


def _label(obj, name, kind):
    lab = _next_label(name)
    _register(obj, lab, kind)
    return lab


def _marker(lab):
    m = Marker()
    m.lab = lab
    return m


def _bind(name, value):
    setattr(R, 'n_' + name, value)
    BOUND.add(name)


def _get(name):
    if name not in BOUND:
        return NOTHING
    return getattr(R, 'n_' + name)


def _base(S, base):
    if base == 'self':
        return NOTHING if S is None else S
    return _get(base)


def _read(obj, i):
    t = type(obj)
    if t in CLASSES:
        if 0 <= i < NSLOTS[t]:
            return getattr(obj, _slot(i))
        return NOTHING
    if t is list or t is tuple:
        if 0 <= i < len(obj) - 1:
            return obj[i]
        return NOTHING
    if t is dict:
        if i in obj:
            return obj[i]
    return NOTHING


def _item(S, spec):
    k = spec[0]
    if k == 'n':
        return _get(spec[1])
    if k == 's':
        return NOTHING if S is None else S
    if k == 'i':
        return spec[1]
    if k == 'z':
        return None
    b = _base(S, spec[1])
    if b is NOTHING:
        return NOTHING
    return _read(b, spec[2])


def _run_body(k, S):
    STATE['depth'] += 1
    try:
        BLOCKS[k](S)
    finally:
        STATE['depth'] -= 1


# ---------------------------------------------------------- statements
def new(S, name, cls):
    obj = cls()
    for i in range(NSLOTS[cls]):
        setattr(obj, _slot(i), None)
    lab = _label(obj, name, 'inst')
    obj._m = _marker(lab)
    _bind(name, obj)


def lst(S, name, items):
    for it in items:
        if _item(S, it) is NOTHING:
            return _bad('list %s: nothing at %r' % (name, it))
    obj = []
    for it in items:
        obj.append(_item(S, it))
    lab = _label(obj, name, 'list')
    obj.append(_marker(lab))
    _bind(name, obj)


def dct(S, name):
    obj = {}
    lab = _label(obj, name, 'dict')
    obj['_m'] = _marker(lab)
    _bind(name, obj)


def tup(S, name, items):
    vals = []
    for it in items:
        v = _item(S, it)
        if v is NOTHING:
            return _bad('tuple %s: nothing at %r' % (name, it))
        vals.append(v)
    lab = _next_label(name)
    vals.append(_marker(lab))
    obj = tuple(vals)
    del vals
    _register(obj, lab, 'tuple')
    _bind(name, obj)


def _weakref_target_ok(t):
    if type(t) in CLASSES and '__weakref__' in type(t).__slots__:
        return True
    return False


def _tpname(t):
    if type(t) in REF_TYPES:
        return 'weakref.ReferenceType'
    if type(t) in PROXY_TYPES:
        return 'weakref.ProxyType'
    return type(t).__name__


def ref(S, name, target, block, proxy=False):
    t = _item(S, target)
    if t is NOTHING:
        return _bad('ref %s: nothing at %r' % (name, target))
    if not _weakref_target_ok(t):
        return _bad("cannot create weak reference to '%s' object" % _tpname(t))
    make = weakref.proxy if proxy else weakref.ref
    if block is None:
        w = make(t)
    else:
        w = make(t, _wrcb)
    del t
    if block is None and sys.getrefcount(w) > 2 and LABEL.get(id(w)) is not None:
        pass    # CPython handed back the existing basic ref: no new label
    else:
        lab = _label(w, name, 'proxy' if proxy else 'ref')
        if block is not None:
            WR_BODY[lab] = block
    _bind(name, w)


def proxy(S, name, target, block):
    ref(S, name, target, block, proxy=True)


def set_(S, base, i, item):
    b = _base(S, base)
    v = _item(S, item)
    if b is NOTHING or v is NOTHING:
        return _bad('set %s.%d: nothing there' % (base, i))
    t = type(b)
    if t in CLASSES:
        if not 0 <= i < NSLOTS[t]:
            return _bad('set: no slot %d' % i)
        setattr(b, _slot(i), v)
    elif t is list:
        if not 0 <= i < len(b) - 1:
            return _bad('set: list index %d out of range' % i)
        b[i] = v
    elif t is dict:
        b[i] = v
    else:
        return _bad('set: wrong kind')


def clear(S, base, i):
    b = _base(S, base)
    if b is NOTHING:
        return _bad('clear %s.%d: nothing there' % (base, i))
    t = type(b)
    if t in CLASSES:
        if not 0 <= i < NSLOTS[t]:
            return _bad('clear: no slot %d' % i)
        setattr(b, _slot(i), None)
    elif t is list:
        if not 0 <= i < len(b) - 1:
            return _bad('clear: list index %d out of range' % i)
        b[i] = None
    elif t is dict:
        if i not in b:
            return _bad('clear: no key %d' % i)
        del b[i]
    else:
        return _bad('clear: wrong kind')


def append(S, base, item):
    b = _base(S, base)
    v = _item(S, item)
    if b is NOTHING or v is NOTHING or type(b) is not list:
        return _bad('append %s: cannot' % base)
    b.insert(len(b) - 1, v)


def let(S, name, item):
    v = _item(S, item)
    if v is NOTHING:
        return _bad('let %s: nothing at %r' % (name, item))
    _bind(name, v)


def delete(S, name):
    if name not in BOUND:
        return _bad('del %s: unbound' % name)
    BOUND.discard(name)
    delattr(R, 'n_' + name)


def _garbage_events():
    # Index loops and str concatenation only: no list/tuple temporaries,
    # which would land in freelists and skew count[0].
    g = gc.garbage
    for i in range(STATE['garb_base'], len(g)):
        EVENTS.append('garbage ' + _lab_of(g[i]))


def collect(S, g):
    if not STATE['running']:
        STATE['noise'] = 0
    if STATE['hcb']:
        STATE['manual'] += 1
        try:
            n = gc.collect(g)
        finally:
            STATE['manual'] -= 1
    elif STATE['running']:
        n = gc.collect(g)
    else:
        STATE['running'] = 1
        STATE['garb_base'] = len(gc.garbage)
        n = gc.collect(g)
        STATE['running'] = 0
        _garbage_events()
        EVENTS.append('collect ' + ('%d' % g) + ' ' + ('%d' % n))
    if STATE['depth'] == 0:
        STATE['collected'] = n


class _Holder:
    __slots__ = (tuple('d%02d' % i for i in range(80)) + tuple('t%d_%02d' % (k, i) for k in (1, 2, 3) for i in range(20)))


_Holder = _testcapi.without_gc(_Holder)
_HOLD = _Holder()


def _prime(x):
    for s in _Holder.__slots__:
        if s[0] == 'd':
            setattr(_HOLD, s, {})
        elif s[1] == '1':
            setattr(_HOLD, s, (x,))
        elif s[1] == '2':
            setattr(_HOLD, s, (x, x))
        else:
            setattr(_HOLD, s, (x, x, x))


def _unprime():
    for s in _Holder.__slots__:
        setattr(_HOLD, s, None)


def _harness_cb(phase, info):
    # A gen-2 collection empties the freelists, so the info dict CPython
    # builds for the stop callbacks, and the argument tuples of later gc.*
    # calls, would count +1 in count[0] and never give it back. Empty dicts
    # and small tuples made before the counts are reset (start) refill those
    # freelists at stop; the info dict then finds the dict freelist full
    # when it is freed and gives its count back.
    if info['generation'] == 2:
        if phase == 'start':
            _prime(phase)
        else:
            _unprime()
    if STATE['setup']:
        return
    if phase == 'start':
        STATE['noise'] = 0
        STATE['running'] += 1
        STATE['garb_base'] = len(gc.garbage)
    else:
        STATE['running'] -= 1
        _garbage_events()
        n = info['collected'] + info['uncollectable']
        ev = 'collect ' + ('%d' % info['generation']) + ' ' + ('%d' % n)
        if STATE['manual'] == 0:
            ev += ' auto'
        EVENTS.append(ev)


def enable(S):
    gc.enable()


def disable(S):
    gc.disable()


def threshold(S, a):
    # No *args: packing them would allocate a tuple (a freelist object) and
    # skew count[0].
    if len(a) == 1:
        gc.set_threshold(a[0])
    elif len(a) == 2:
        gc.set_threshold(a[0], a[1])
    else:
        gc.set_threshold(a[0], a[1], a[2])


def freeze(S):
    for lab in KIND:
        if KIND[lab] in ('ref', 'proxy') and alive(lab):
            FROZEN_WEAKREFS.add(lab)
    gc.freeze()
    STATE['noise'] = 0


def unfreeze(S):
    gc.unfreeze()
    FROZEN_WEAKREFS.clear()


def debug(S, flags):
    gc.set_debug(flags)


def clear_garbage(S):
    STATE['garb_base'] = 0
    gc.garbage.clear()


def take_garbage(S, name, i):
    n = len(gc.garbage)
    if not -n <= i < n:
        return _bad('take_garbage: index %d out of range' % i)
    if (i if i >= 0 else n + i) < STATE['garb_base']:
        STATE['garb_base'] -= 1
    _bind(name, gc.garbage.pop(i))


def _make_gccb(k):
    def gccb(phase, info):
        g = info['generation']
        if phase == 'start':
            EVENTS.append('gc_start ' + ('%d' % g))
        else:
            EVENTS.append('gc_stop ' + ('%d' % g) + ' ' + ('%d' % info['collected']) + ' ' + ('%d' % info['uncollectable']))
        b = GCCB_BODY[k]
        if b is not None:
            _run_body(b, None)
    return gccb


GCCB_POOL = [_make_gccb(k) for k in range(32)]


def gccallback(S, block):
    k = len(GCCB_BODY)
    GCCB_BODY.append(block)
    gc.callbacks.append(GCCB_POOL[k])


def on_del(S, name, block):
    o = _get(name)
    if o is NOTHING:
        return _bad('on_del %s: unbound' % name)
    DEL_BODY[LABEL[id(o)]] = block


def on_tp_del(S, name, block):
    o = _get(name)
    if o is NOTHING:
        return _bad('on_tp_del %s: unbound' % name)
    TP_DEL_BODY[LABEL[id(o)]] = block


# ------------------------------------------------------------ event hooks
def del_hook(obj):
    lab = LABEL[id(obj)]
    EVENTS.append('del ' + lab)
    DEL_CALLS[lab] = DEL_CALLS.get(lab, 0) + 1
    b = DEL_BODY.get(lab)
    if b is not None:
        _run_body(b, obj)


def tp_del_hook(obj):
    lab = LABEL[id(obj)]
    EVENTS.append('tp_del ' + lab)
    TP_DEL_CALLS[lab] = TP_DEL_CALLS.get(lab, 0) + 1
    b = TP_DEL_BODY.get(lab)
    if b is not None:
        _run_body(b, obj)


def _wrcb(w):
    lab = LABEL[id(w)]
    EVENTS.append('callback ' + lab)
    CB_CALLS[lab] = CB_CALLS.get(lab, 0) + 1
    b = WR_BODY.get(lab)
    if b is not None:
        _run_body(b, w)


# ------------------------------------------------------------ expectations
def _is_labelled(o):
    lab = LABEL.get(id(o))
    if lab is None:
        return None
    k = KIND[lab]
    t = type(o)
    ok = ((k == 'inst' and t in CLASSES) or (k == 'list' and t is list) or
          (k == 'dict' and t is dict) or (k == 'tuple' and t is tuple) or
          (k == 'ref' and t in REF_TYPES) or (k == 'proxy' and t in PROXY_TYPES))
    if not ok or lab in FREED:
        return None
    return lab


def _lab_of(o):
    return _is_labelled(o) or '?'


def alive(lab):
    if lab not in KIND:
        print('MISUSE: unknown label', lab)
        sys.exit(2)
    if KIND[lab] in ('ref', 'proxy'):
        i = ID[lab]
        if LABEL.get(i) != lab:
            return False
        for o in gc.get_objects():
            if id(o) == i and _is_labelled(o) == lab:
                return True
        # Not in generations 0-2: alive only if the program froze it.
        return lab in FROZEN_WEAKREFS
    return lab not in FREED


def obj(lab):
    return _ctypes.PyObj_FromPtr(ID[lab])


def _generation(o):
    if not gc.is_tracked(o):
        return 'untracked'
    for g in range(3):
        for x in gc.get_objects(g):
            if x is o:
                return ('%d' % g)
    return 'permanent'


def _labels(seq):
    out = []
    for x in seq:
        lab = _is_labelled(x)
        if lab is not None:
            out.append(lab)
    return out


def _cleared(lab):
    if not alive(lab):
        return True
    w = obj(lab)
    if KIND[lab] == 'ref':
        return w() is None
    return ' to NoneType at ' in repr(w)


def expect(line, what, args):
    # No automatic collection may start inside the harness's own checks, and
    # the count is read before anything here allocates.
    was = gc.isenabled()
    gc.disable()
    count = gc.get_count()
    c_in = count[0]
    count = (count[0] - STATE['noise'], count[1], count[2])
    try:
        _expect(line, what, args, count)
    finally:
        # What the checks allocated into the freelists stays in count[0]
        # until the next collection resets it: remember it as noise.
        gc.get_count()
        c_out = gc.get_count()[0]
        STATE['noise'] += c_out - c_in
        if DEBUG_NOISE: print('   count in', c_in, 'out', c_out, 'noise', STATE['noise'])
        if was:
            gc.enable()


def _expect(line, what, args, count):
    got = None
    want = None
    ok = True
    if what == 'log':
        evs = [e for e in EVENTS[STATE['mark']:] if not e.startswith('free ') and not e.startswith('#')]
        STATE['mark'] = len(EVENTS)
        want, got = ', '.join(args), ', '.join(evs)
    elif what == 'collected':
        want, got = str(args[0]), str(STATE['collected'])
    elif what in ('alive', 'dead'):
        bad = [l for l in args if alive(l) != (what == 'alive')]
        want = what + ' ' + ' '.join(args)
        got = ('not ' + what + ': ' + ' '.join(bad)) if bad else want
    elif what in ('del_calls', 'tp_del_calls', 'callback_calls'):
        table = {'del_calls': DEL_CALLS, 'tp_del_calls': TP_DEL_CALLS, 'callback_calls': CB_CALLS}[what]
        want, got = str(args[1]), str(table.get(args[0], 0))
    elif what == 'cleared':
        bad = [l for l in args if not _cleared(l)]
        want, got = 'cleared', ('not cleared: ' + ' '.join(bad)) if bad else 'cleared'
    elif what == 'garbage':
        want, got = ' '.join(args), ' '.join(_lab_of(o) for o in gc.garbage)
    else:
        lab = args[0] if what not in ('objects', 'count', 'stats') else None
        if lab is not None and not alive(lab):
            want, got = what + ' ' + ' '.join(map(str, args)), lab + ' is dead'
        elif what in ('tracked', 'untracked'):
            bad = [l for l in args if (not alive(l)) or gc.is_tracked(obj(l)) != (what == 'tracked')]
            want, got = what, ('not ' + what + ': ' + ' '.join(bad)) if bad else what
        elif what in ('finalized', 'unfinalized'):
            bad = [l for l in args if (not alive(l)) or gc.is_finalized(obj(l)) != (what == 'finalized')]
            want, got = what, ('not ' + what + ': ' + ' '.join(bad)) if bad else what
        elif what == 'weakrefs':
            want, got = str(args[1]), str(weakref.getweakrefcount(obj(lab)))
        elif what == 'generation':
            want, got = str(args[1]), _generation(obj(lab))
        elif what == 'objects':
            want, got = ' '.join(args[1:]), ' '.join(_labels(gc.get_objects(args[0])))
        elif what == 'referents':
            want, got = ' '.join(args[1:]), ' '.join(_labels(gc.get_referents(obj(lab))))
        elif what == 'referrers':
            want, got = ' '.join(args[1:]), ' '.join(_labels(gc.get_referrers(obj(lab))))
        elif what == 'count':
            want, got = ' '.join(map(str, args)), ' '.join(map(str, count))
        elif what == 'stats':
            g = args[0]
            s = gc.get_stats()[g]
            b = BASE_STATS[g]
            got = '%d %d %d' % (s['collections'] - b['collections'], s['collected'] - b['collected'],
                                s['uncollectable'] - b['uncollectable'])
            want = ' '.join(map(str, args[1:]))
    ok = want == got
    if not ok:
        STATE['fail'] += 1
    print('%s line %d: expect %s %s%s' % ('ok  ' if ok else 'FAIL', line, what,
                                         ' '.join(map(str, args)),
                                         '' if ok else '\n      expected: %s\n      got:      %s' % (want, got)))


def dump():
    print('events:', ', '.join(EVENTS))


def finish():
    gc.set_debug(0)
    gc.disable()
    dump()
    print('%d failed' % STATE['fail'])
    sys.exit(1 if STATE['fail'] else 0)
