"""gcfuzz worker harness: runs one Python program at a time in a warm
interpreter, each isolated from the ones before (docs/backend-protocol.md).

Pure Python, no gcfuzz code and nothing of collector/: the Pyodide worker
(pyodide_worker.mjs) imports it; a native `python3.X` worker can too.

run(source) -> (status, stdout, stderr)

  * Start state, made before the program and the same for every program:
    no gc.callbacks, gc.garbage empty, debug flags 0, the version's default
    thresholds (read once when this module is imported, before any program),
    gc enabled, then one gc.collect() and gc.freeze(): everything of the
    interpreter and of this harness is in the permanent generation, never
    examined or counted by the program's collections.
  * The program runs as module-level code in a fresh dict of globals
    (`__name__ == "__main__"`), with sys.stdout/sys.stderr captured and an
    empty sys.stdin. It is
    called as a function object made before the start state, not through
    exec(), which makes a function object of its own after it: so the
    program's first statement sees gc.get_count() == (0, 0, 0) on every
    version (through exec() it would be (1, 0, 0)).
  * status is what `python3 program.py` would exit with: 0; the SystemExit
    code (None -> 0, an int -> code & 0xff, anything else is written to
    stderr and gives 1); an uncaught exception -> its traceback on stderr
    and 1 (a SyntaxError too).
  * Teardown, still capturing output (a real interpreter's shutdown
    finalizers print too): gc state reset to the start state (before the
    traceback or exit message is written, so that no callback of the
    program runs for the harness's allocations), the globals
    cleared, gc.collect(); objects the collector cannot free (legacy
    tp_del cycles: gc.garbage) are moved to a private list and frozen
    with the next start state, so they never reappear in a later
    program's gc.garbage. A program that froze objects itself has them
    unfrozen and collected. Left over between programs by design:
    gc.get_stats() (cumulative), imported modules, and the id()s.
"""

import builtins
import gc
import io
import sys
import traceback
import types

DEFAULT_THRESHOLDS = gc.get_threshold()
_kept = []  # uncollectable objects of earlier programs, frozen away
_frozen = None  # gc.get_freeze_count() right after the last start state
_FILENAME = "<program>"
_since_clean = 0  # gcops runs since the permanent generation was cleaned


def _reset_gc_state():
    gc.callbacks.clear()
    gc.set_debug(0)
    gc.set_threshold(*DEFAULT_THRESHOLDS)
    gc.enable()


def _settle_visited_space():
    """3.14's incremental collector keeps a bit, visited_space, naming
    which old list is the visited one (docs/cpython-3.14-incremental.md
    INC-1); a full collection flips it when the permanent generation is
    empty (INC-15), which a program that unfreezes makes happen, so a
    program could leave it to the next ones. gc.get_objects(2) lists old[0]
    first (INC-32), so where it is shows: z survives a full collection
    (pending), x a young one (visited). If visited is old[1], one full
    collection with nothing frozen flips it back (and only then may this
    run a full collection: with nothing frozen each one flips). Every program then starts
    with visited_space 0, phase MARK and no work carried over."""
    if sys.version_info[:2] != (3, 14):
        return
    z = []
    gc.collect()
    x = []
    gc.collect(0)
    old = gc.get_objects(2)
    ix = iz = -1
    for i, o in enumerate(old):
        if o is x:
            ix = i
        elif o is z:
            iz = i
    old = None
    del x, z
    if ix > iz:  # visited is old[1]
        if gc.get_freeze_count():
            gc.unfreeze()
        gc.collect()  # nothing frozen: the space flips


def _exit_status(exc, err):
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        err.write(f"{code}\n")
    except BaseException:  # a __str__ that raises: CPython prints nothing
        pass
    return 1


def kept():
    """Uncollectable objects the harness holds from earlier programs."""
    return len(_kept)


def run(source, before_teardown=None, program_froze=None):
    """Runs one program; `before_teardown` (if given) is called once the
    program's last statement has ended, before its objects are released.
    `program_froze()` (if given) says whether the program froze objects
    itself (the gcops runtime knows); otherwise the freeze count tells,
    which costs a walk of the whole permanent generation, twice.
    """
    global _frozen
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdin, sys.stdout, sys.stderr
    status = 0
    g = {"__name__": "__main__", "__builtins__": builtins, "__doc__": None}
    sys.stdin, sys.stdout, sys.stderr = io.StringIO(), out, err
    try:
        try:
            code = compile(source, _FILENAME, "exec")
        except (SyntaxError, ValueError) as e:
            traceback.print_exception(type(e), e, None, file=err)
            return 1, out.getvalue(), err.getvalue()
        program = types.FunctionType(code, g)
        # The start state. Nothing allocates between freeze() and the call.
        _reset_gc_state()
        gc.garbage.clear()
        gc.collect()
        _settle_visited_space()
        gc.freeze()
        _frozen = gc.get_freeze_count() if program_froze is None else None
        exc = None
        try:
            program()
        except BaseException as e:
            exc = e
        # Frozen objects of the harness (the function, the globals) die in
        # the teardown and lower the count; only a rise means the program
        # froze objects of its own.
        froze = (gc.get_freeze_count() > _frozen if program_froze is None
                 else program_froze())
        # The program's gc state ends with its last statement: reporting
        # its exit (a traceback allocates) runs no callback of it and no
        # collection at its thresholds.
        _reset_gc_state()
        if isinstance(exc, SystemExit):
            status = _exit_status(exc, err)
        elif exc is not None:
            status = 1
            tb = exc.__traceback__.tb_next if exc.__traceback__ else None
            try:
                traceback.print_exception(type(exc), exc, tb, file=err)
            except BaseException:
                err.write(f"{type(exc).__name__} (traceback failed)\n")
            tb = None
        exc = None
        # Teardown: nothing of this program may reach the next one.
        code = program = None
        if before_teardown is not None:
            before_teardown()
        g.clear()
        if froze:
            gc.unfreeze()  # the program froze objects of its own
        gc.collect()
        if gc.garbage:
            _kept.extend(gc.garbage)
            gc.garbage.clear()
        return status, out.getvalue(), err.getvalue()
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved


def run_gcops(python):
    """Runs a gcops program's canonical translation (its `--import` form:
    translation/gcfuzz_runtime.py must be importable) and answers with the
    protocol's gcops answer (docs/backend-protocol.md): status, trace,
    failures, misuse, refused, unobserved, plus stdout and stderr; `error`
    instead when the translation did not reach its end (a bug of the
    runtime or of the translation, never of the program)."""
    import gcfuzz_runtime as rt
    kept_result = []

    def teardown():  # the program's objects die here, quietly
        kept_result.append(rt._S.result)
        rt._reset()

    global _since_clean
    # Each program's classes and body functions are frozen by its start
    # state and, being cyclic, stay in the permanent generation as garbage
    # after it ends. A program that unfreezes would get them back in its
    # own generation 2 (its collections would find them): before such a
    # program, and every 500 programs to bound memory, the whole heap is
    # unfrozen and collected once.
    _since_clean += 1
    if "_unfreeze(" in python or _since_clean >= 500:
        gc.unfreeze()
        gc.collect()
        _since_clean = 0
    rt._reset()
    rt._S.worker = True
    try:
        status, out, err = run(python, before_teardown=teardown,
                               program_froze=lambda: rt._S.froze)
    finally:
        rt._S.worker = False
    answer = {"stdout": out, "stderr": err}
    result = kept_result[0] if kept_result else None
    if result is None:
        last = err.strip().splitlines()[-1:] or ["no output"]
        answer["error"] = ("the translation did not finish (status %d): %s"
                           % (status, last[0]))
        return answer
    st, trace, fails, misuse, refused = result
    answer.update(status=st, trace=trace, failures=fails, misuse=misuse,
                  refused=refused, unobserved=["free"])
    return answer
