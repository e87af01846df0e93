# ---------------------------------------------------------------------------
# The gcops harness, part 2 (follows export_python_runtime.py in every
# exported script): expectations, with gcfuzz's failure messages, and the
# run itself.
# ---------------------------------------------------------------------------

# --- expectations --------------------------------------------------------------

def _at(line):
    _S.line = line
    return False


def _fail(msg):
    _S.fails.append('%s:%d: %s' % (_S.file, _S.line, msg))


def _lookup(labels):
    recs = []
    for lab in labels:
        r = _BYLABEL.get(lab)
        if r is None:
            _bad("no object has label '%s' in this run" % lab)
            return None
        recs.append(r)
    return recs


def _labels_of(objs):
    return [r.label for r in map(_LABEL.get, map(id, objs)) if r is not None]


def _where(o):
    if not gc.is_tracked(o):
        return 4
    for g in range(3):
        for x in gc.get_objects(g):
            if x is o:
                return g
    return 3


def _listtext(labels):
    return '[' + ', '.join(labels) + ']'


def _cleared(r):
    if not r.alive:
        return True
    w = _obj_at(r.addr)
    return ctypes.c_void_p.from_address(id(w) + _WR_OBJECT).value == id(None)


def _expect(kind, args, event_labels=()):
    if kind == 'log':
        if _lookup(event_labels) is None:  # labels in events must exist too
            return _S.stop
        got = _EV[_S.logpos:]
        _S.logpos = len(_EV)
        if got != list(args):
            _fail('expected log %s, got %s' % (', '.join(args) or '(nothing)',
                                               ', '.join(got) or '(nothing)'))
        return False
    if kind == 'collected':
        if _S.last is None:
            _fail('expected collected %d, got no collect yet' % args[0])
        elif _S.last != args[0]:
            _fail('expected collected %d, got %d' % (args[0], _S.last))
        return False
    if kind == 'count':
        if tuple(_S.count) != args:
            _fail('expected count %d %d %d, got %d %d %d' % (args + tuple(_S.count)))
        return False
    if kind == 'stats':
        got = tuple(_S.stats[args[0]])
        if got != args[1:]:
            _fail('expected stats %d %d %d %d, got %d %d %d' % (args + got))
        return False
    if kind == 'objects':
        recs = _lookup(args[1:])
        if recs is None:
            return _S.stop
        got = _labels_of(gc.get_objects(args[0]))
        if got != list(args[1:]):
            _fail('expected objects %d %s, got %s' % (
                args[0], _listtext(args[1:]), _listtext(got)))
        return False
    labels = [a for a in args if type(a) is str]
    recs = _lookup(labels)
    if recs is None:
        return _S.stop
    return _expect_on(kind, args, recs)


def _expect_on(kind, args, recs):
    r = recs[0] if recs else None
    if kind in ('alive', 'dead'):
        for r in recs:
            if r.alive != (kind == 'alive'):
                _fail('expected %s %s, got %s' % (
                    r.label, kind, 'alive' if r.alive else 'dead'))
    elif kind in ('del_calls', 'tp_del_calls', 'callback_calls'):
        if kind == 'callback_calls' and r.kind not in ('ref', 'proxy'):
            return _bad("'%s' is %s, not a weakref or proxy" % (
                r.label, _describe(_obj_at(r.addr)) if r.alive else 'dead'))
        got = {'del_calls': r.dels, 'tp_del_calls': r.tp_dels,
               'callback_calls': r.cbs}[kind]
        if got != args[1]:
            _fail('expected %s %s %d, got %d' % (kind, r.label, args[1], got))
    elif kind == 'cleared':
        for r in recs:
            if r.kind not in ('ref', 'proxy'):
                return _bad("'%s' is a %s, not a weakref or proxy" % (
                    r.label, r.kind))
        for r in recs:
            if not _cleared(r):
                _fail('expected %s cleared, got a live weakref to a live object'
                      % r.label)
    elif kind == 'garbage':
        got = _labels_of(gc.garbage)
        if got != [x.label for x in recs]:
            _fail('expected garbage %s, got %s' % (
                _listtext([x.label for x in recs]), _listtext(got)))
    else:
        _expect_live(kind, args, recs)
    return _S.stop


def _expect_live(kind, args, recs):
    for r in (recs if kind in ('tracked', 'untracked', 'finalized',
                               'unfinalized') else recs[:1]):
        if not r.alive:
            _fail('expected %s %s, got a dead object' % (kind, r.label))
            continue
        o = _obj_at(r.addr)
        if kind in ('tracked', 'untracked'):
            got = 'tracked' if gc.is_tracked(o) else 'untracked'
        elif kind in ('finalized', 'unfinalized'):
            got = 'finalized' if gc.is_finalized(o) else 'unfinalized'
        if kind in ('tracked', 'untracked', 'finalized', 'unfinalized'):
            if got != kind:
                _fail('expected %s %s, got %s' % (r.label, kind, got))
        elif kind == 'weakrefs':
            got = weakref.getweakrefcount(o)
            if got != args[1]:
                _fail('expected weakrefs %s %d, got %d' % (r.label, args[1], got))
        elif kind == 'generation':
            names = {3: 'permanent', 4: 'untracked'}
            got = _where(o)
            if got != args[1]:
                _fail('expected generation %s %s, got %s' % (
                    r.label, names.get(args[1], args[1]), names.get(got, got)))
        elif kind in ('referents', 'referrers'):
            objs = gc.get_referents(o) if kind == 'referents' else \
                gc.get_referrers(o)
            got, want = _labels_of(objs), list(args[1:])
            if got != want:
                _fail('expected %s %s %s, got %s' % (
                    kind, r.label, _listtext(want), _listtext(got)))
        del o


# --- the run ---------------------------------------------------------------------

def _run(file, names, program, budget):
    _S.file, _S.budget, _S.steps = file, budget, 0
    _S.count, _S.th, _S.llt, _S.llp = [0, 0, 0], [700, 10, 10], 0, 0
    _S.enabled, _S.collecting, _S.auto, _S.gen = True, False, False, 0
    _S.line, _S.stop, _S.misuse, _S.why, _S.depth = 0, False, None, '', 0
    _S.fails, _S.last, _S.stats = [], None, [[0, 0, 0], [0, 0, 0], [0, 0, 0]]
    _S.garb = _S.foreign = _S.pend0 = _S.logpos = 0
    _S.serial, _S.quiet = {}, True
    _ROOTS.append(_roots_class(names)())
    gc.disable()
    gc.set_debug(0)
    _API.PyObject_GC_UnTrack(gc.garbage)
    _API.PyObject_GC_UnTrack(gc.callbacks)
    gc.callbacks[:] = [_head, _tail]
    _S.gcstate = _find_gcstate()
    _hook_tp_free(weakref.ReferenceType)
    for tp in _PROXY_TYPES:
        _make_dealloc_hook(tp)
    gc.collect()
    del gc.garbage[:]
    gc.freeze()
    _S.quiet = False
    try:
        program()
    except BaseException:  # a harness bug: never exit through the hooks
        _S.quiet = True
        import traceback
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(3)
    _S.quiet = True
    sys.stdout.write(''.join(e + '\n' for e in _EV))
    for f in _S.fails:
        sys.stderr.write(f + '\n')
    if _S.stop:
        sys.stderr.write('%s:%d: %s\n' % (file, _S.line, _S.misuse))
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(2 if _S.stop else 1 if _S.fails else 0)
