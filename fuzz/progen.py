#!/usr/bin/env python3
"""progen: random gcops programs that run to the end (no top-level misuse).

libFuzzer mutates 1 KiB binary inputs and rarely builds what needs many
coordinated statements: a gc callback that makes weakrefs while a weakref
is being allocated, several callbacks on one dying object with a
collection inside one of them, long chains. progen writes whole programs
from a small grammar instead, tracking at top level what each name is
bound to (kind, class, length), so every top-level statement can run;
bodies are free-form (a body statement that cannot run does nothing, spec
3.5). Bodies bind their own names (p q r s keepN) and only read, append to
or set slots of top-level objects, so they never unbind a top-level name.

Every generated program is valid gcops text; `fuzz/sweep.py` runs them on
both backends. Deterministic: the same seed gives the same program.

    python3 fuzz/progen.py SEED [COUNT] [-o DIR]
"""
import argparse
import re
import random
from pathlib import Path

TOP = ["a", "b", "c", "d", "e", "f", "g", "h"]
BODY = ["p", "q", "r", "s"]
# name -> (slots, has_del, has_tp_del, accepts weakrefs)
CLASSES = {"C": (2, True, False, True), "D": (2, False, False, True),
           "T": (2, False, True, True), "P": (2, True, True, True),
           "W": (1, True, False, False)}
EXPECTS = ("referrers", "referents", "objects", "generation", "count",
           "stats", "weakrefs", "alive", "tracked", "finalized", "garbage",
           "collected", "log", "cleared")


class Generator:
    def __init__(self, seed, legacy=True):
        self.r = random.Random(seed)
        # Without legacy finalizers (for interpreters lacking
        # _testcapi.with_tp_del) T and P keep their shape but not tp_del.
        self.classes = dict(CLASSES) if legacy else {
            n: (s, d, False, w) for n, (s, d, _, w) in CLASSES.items()}
        self.bound = {}    # top-level name -> (kind, length, class)
        self.labels = {}   # label made at top level -> is it a weakref
        self.made = {}     # name -> how many labels it has had
        self.unsure = set()  # names whose label count is unknown

    # --- bodies: anything goes, statements that cannot run do nothing
    def body_item(self):
        r = self.r
        c = r.random()
        if c < 0.10:
            return "none"
        if c < 0.15:
            return str(r.randint(0, 3))
        if c < 0.35:
            return "self"
        if c < 0.50:
            return "%s.%d" % (r.choice(TOP + BODY), r.randint(0, 1))
        return r.choice(TOP + BODY)

    def body(self, depth):
        n = self.r.randint(0, 4)
        if n == 0:
            return "{}"
        return "{ " + " ; ".join(self.body_stmt(depth + 1) for _ in range(n)) + " }"

    def body_stmt(self, depth):
        r = self.r
        x = r.choice(BODY)
        c = r.random()
        if c < 0.12:
            return "new %s %s" % (x, r.choice(list(self.classes)))
        if c < 0.17:
            return "list %s %s" % (x, " ".join(self.body_item() for _ in range(r.randint(0, 3))))
        if c < 0.19:
            return "tuple %s %s" % (x, " ".join(self.body_item() for _ in range(r.randint(1, 2))))
        if c < 0.27:
            kind = r.choice(["ref", "proxy", "ref"])
            target = r.choice(TOP + BODY + ["self"])
            if depth < 3 and r.random() < 0.6:
                return "%s %s %s %s" % (kind, x, target, self.body(depth))
            return "%s %s %s" % (kind, x, target)
        if c < 0.40:
            return "set %s.%d %s" % (r.choice(TOP + BODY + ["self"]), r.randint(0, 1), self.body_item())
        if c < 0.43:
            return "clear %s.%d" % (r.choice(BODY + ["self"]), r.randint(0, 1))
        if c < 0.45:
            return "append %s %s" % (r.choice(TOP + BODY), self.body_item())
        if c < 0.50:
            return "let %s %s" % (x, self.body_item())
        if c < 0.60:
            return "del %s" % x
        if c < 0.66:
            return "collect %d" % r.randint(0, 2)
        if c < 0.68:
            return "debug " + r.choice(["saveall", "", "", "leak", "collectable saveall", "uncollectable"])
        if c < 0.70:
            return "clear_garbage"
        if c < 0.74:
            return "take_garbage %s %d" % (x, r.choice([0, -1]))
        if c < 0.77:
            return "threshold %d" % r.randint(1, 3)
        if c < 0.78:
            return r.choice(["freeze", "unfreeze", "enable", "disable"])
        if c < 0.86:
            return "raise"
        return "let keep%d self" % r.randint(0, 2)

    # --- top level: only statements that can run
    def top_item(self):
        names = sorted(self.bound)
        if self.r.random() < 0.15 or not names:
            return self.r.choice(["none", "1"])
        return self.r.choice(names)

    def expect(self):
        r = self.r
        labels = sorted(self.labels)
        y = r.choice(labels)
        k = r.choice(EXPECTS)
        if k == "objects":
            return "expect objects %d %s" % (r.randint(0, 2), y)
        if k == "generation":
            return "expect generation %s %d" % (y, r.randint(0, 2))
        if k == "count":
            return "expect count 0 0 0"
        if k == "stats":
            return "expect stats %d 0 0 0" % r.randint(0, 2)
        if k == "weakrefs":
            return "expect weakrefs %s 0" % y
        if k in ("garbage", "log"):
            return "expect " + k
        if k == "collected":
            return "expect collected 0"
        if k == "cleared":
            refs = [n for n in labels if self.labels[n]]
            return "expect cleared %s" % r.choice(refs) if refs else "expect alive %s" % y
        return "expect %s %s" % (k, y)

    def top_stmt(self):
        r = self.r
        if self.labels and r.random() < 0.12:
            return self.expect()
        names = sorted(self.bound)
        x = r.choice(TOP)
        c = r.random()
        if c < 0.16:
            cls = r.choice(list(self.classes))
            self.bound[x] = ("inst", self.classes[cls][0], cls)
            return "new %s %s" % (x, cls)
        if c < 0.22:
            items = [self.top_item() for _ in range(r.randint(0, 3))]
            self.bound[x] = ("list", len(items), None)
            return ("list %s %s" % (x, " ".join(items))).rstrip()
        if c < 0.25:
            items = [self.top_item() for _ in range(r.randint(1, 3))]
            self.bound[x] = ("tuple", len(items), None)
            return "tuple %s %s" % (x, " ".join(items))
        if c < 0.27:
            self.bound[x] = ("dict", 0, None)
            return "dict %s" % x
        if c < 0.35:
            targets = [n for n in names if n != x and self.bound[n][0] == "inst"
                       and self.classes[self.bound[n][2]][3]]
            if not targets:
                return "collect"
            kind = r.choice(["ref", "proxy", "ref"])
            block = " " + self.body(0) if r.random() < 0.7 else ""
            stmt = "%s %s %s%s" % (kind, x, r.choice(targets), block)
            self.bound[x] = ("ref", 0, None)
            return stmt
        if c < 0.50:
            holders = [n for n in names if self.bound[n][0] == "dict"
                       or (self.bound[n][0] in ("inst", "list") and self.bound[n][1] > 0)]
            if not holders:
                return "collect"
            y = r.choice(holders)
            kind, length, _ = self.bound[y]
            i = r.randint(0, 3) if kind == "dict" else r.randint(0, length - 1)
            return "set %s.%d %s" % (y, i, self.top_item())
        if c < 0.53:
            lists = [n for n in names if self.bound[n][0] == "list"]
            if not lists:
                return "collect"
            y = r.choice(lists)
            kind, length, cls = self.bound[y]
            self.bound[y] = (kind, length + 1, cls)
            return "append %s %s" % (y, self.top_item())
        if c < 0.57:
            if not names:
                return "collect"
            y = r.choice(names)
            self.bound[x] = self.bound[y]
            return "let %s %s" % (x, y)
        if c < 0.70:
            if not names:
                return "collect"
            y = r.choice(names)
            del self.bound[y]
            return "del %s" % y
        if c < 0.78:
            return "collect %d" % r.randint(0, 2) if r.random() < 0.6 else "collect"
        if c < 0.80:
            return "threshold %d %d %d" % (r.randint(1, 5), r.randint(1, 3), r.randint(1, 3))
        if c < 0.81:
            return r.choice(["freeze", "unfreeze", "enable", "disable"])
        if c < 0.83:
            return "debug " + r.choice(["saveall", "", "saveall", "leak", "stats uncollectable", "collectable"])
        if c < 0.84:
            return "clear_garbage"
        if c < 0.86:
            return "gccallback %s" % self.body(1)
        which = r.choice(["on_del", "on_del", "on_tp_del"])
        flag = 1 if which == "on_del" else 2
        owners = [n for n in names if self.bound[n][0] == "inst"
                  and self.classes[self.bound[n][2]][flag]]
        if not owners:
            return "collect"
        return "%s %s %s" % (which, r.choice(owners), self.body(0))

    def program(self):
        lines = ["class %s slots=%d%s%s%s" % (name, slots, " del" if d else "",
                                               " tp_del" if t else "", "" if w else " noweakref")
                 for name, (slots, d, t, w) in self.classes.items()]
        r = self.r
        if r.random() < 0.7:
            lines.append("threshold %d %d %d" % (r.randint(1, 4), r.randint(1, 3), r.randint(1, 3)))
        for _ in range(r.randint(20, 100)):
            stmt = self.top_stmt()
            lines.append(stmt)
            self.note_label(stmt.split())
        lines.append("collect")
        return "\n".join(lines) + "\n"


    def note_label(self, words):
        """Labels are NAME, NAME@2, ... per creation under NAME (spec 2). A
        `ref`/`proxy` without a block may reuse a basic ref and make no
        label, so after one the name's labels are no longer known."""
        if words[0] not in ("new", "list", "tuple", "dict", "ref", "proxy"):
            return
        x = words[1]
        if words[0] in ("ref", "proxy") and "{" not in words:
            self.unsure.add(x)
        if x in self.unsure:
            return
        self.made[x] = self.made.get(x, 0) + 1
        label = x if self.made[x] == 1 else "%s@%d" % (x, self.made[x])
        self.labels[label] = words[0] in ("ref", "proxy")


# Words that make a program depend on how its interpreter counts
# allocations (gcops spec section 7, the open counting decision).
# `unfreeze` and `freeze` too: unfreeze moves the interpreter's frozen
# objects, the canonical translation's roots dict among them, into
# generation 2, where the roots stop being outside references; and a
# weakref kept alive only by frozen garbage is one the translation's
# runtime cannot find (docs/python-translation.md, "Limits").
_COUNTING = (re.compile(r"\bthreshold(?: \d+)+"), re.compile(r"\benable\b"),
             re.compile(r"\bunfreeze\b"), re.compile(r"\bfreeze\b"))


_BODY_SAVEALL = re.compile(r"(?<=\bdebug)((?: \w+)*?) saveall\b")
# DEBUG_LEAK is DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL.
_BODY_LEAK = re.compile(r"(?<=\bdebug)((?: \w+)*?) leak\b")


def _body_without_saveall(body):
    """A body's text with DEBUG_SAVEALL taken out of its `debug`s (also the
    one inside `leak`), keeping the other flags."""
    body = _BODY_LEAK.sub(r"\1 collectable uncollectable", body)
    return _BODY_SAVEALL.sub(r"\1", body)
# Statements the exact-counting mode leaves out: after `unfreeze` the
# translation's own objects are in the heap; `raise` makes an exception, a
# traceback and frames, tracked objects a real interpreter counts.
_UNCOUNTED = re.compile(r"^(?:unfreeze|freeze|raise)$")
_BODY_UNCOUNTED = re.compile(r"([{;]) *(?:unfreeze|freeze|raise) *([;}])")


def _without_uncounted(line):
    """`line` without its `freeze`, `unfreeze` and `raise` statements (a
    top-level one becomes the empty string; in a body, the statement
    goes)."""
    if _UNCOUNTED.match(line):
        return ""
    joins = {("{", ";"): "{ ", (";", ";"): "; ", (";", "}"): " }",
             ("{", "}"): "{}"}
    prev = None
    while prev != line:
        prev = line
        line = _BODY_UNCOUNTED.sub(
            lambda m: joins[(m.group(1), m.group(2))], line, count=1)
    return line


def generate(seed, counting_free=False, legacy=True, freezing=True):
    """The program for `seed` (gcops text). `counting_free`: the same
    program made not to depend on counting: automatic collection off from
    the start and never turned back on (`threshold` and `enable` become
    `disable`), and no `expect count`; nor on what the canonical
    translation cannot do the same way (`freeze` and `unfreeze` become
    `disable` too, and a body's `debug` drops `saveall`, also the one in
    `leak`). What such a program does is the same under spec 3.4's count and under a real interpreter's own, so the
    embedded backend, the model and a real interpreter's worker must agree
    on it whatever the counting decision. `legacy=False`: no class has a
    legacy finalizer (tp_del), for versions that cannot make one.
    `freezing=False` (for a real interpreter whose counting the model
    follows exactly, 3.14.2): counting kept, but no `freeze`/`unfreeze`
    (after `unfreeze` the translation's own objects are in the heap), no
    `raise` (its exception objects count) and no `saveall` (nor `leak`'s)
    in bodies."""
    text = Generator(seed, legacy).program()
    if not counting_free and not freezing:
        lines = []
        for line in text.splitlines():
            line = _without_uncounted(line)
            if "{" in line:
                head, _, body = line.partition("{")
                line = head + "{" + _body_without_saveall(body)
            if line:
                lines.append(line)
        return "\n".join(lines) + "\n"
    if not counting_free:
        return text
    lines = []
    for line in text.splitlines():
        if line.startswith("expect count"):
            continue
        for pattern in _COUNTING:
            line = pattern.sub("disable", line)
        # DEBUG_SAVEALL turned on by a body can land inside delete_garbage
        # and keep objects it already cleared alive, which the canonical
        # translation cannot see (corpus/regressions/
        # saveall_set_in_delete_garbage_keeps_cleared_survivors.gcops).
        if "{" in line:
            head, _, body = line.partition("{")
            line = head + "{" + _body_without_saveall(body)
        lines.append(line)
    first = next(i for i, l in enumerate(lines) if not l.startswith("class "))
    lines.insert(first, "disable")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("seed", type=int)
    ap.add_argument("count", type=int, nargs="?", default=1)
    ap.add_argument("-o", "--out", help="directory for pNNN.gcops files (default: stdout)")
    ap.add_argument("--counting-free", action="store_true",
                    help="programs that do not depend on counting (see generate)")
    ap.add_argument("--no-freezing", action="store_true",
                    help="counting kept, no freeze/unfreeze/raise (see generate)")
    ap.add_argument("--no-tp-del", action="store_true",
                    help="no legacy finalizers (CPython builds without _testcapi)")
    args = ap.parse_args()
    for seed in range(args.seed, args.seed + args.count):
        text = generate(seed, args.counting_free, not args.no_tp_del,
                        not args.no_freezing)
        if args.out:
            Path(args.out).mkdir(parents=True, exist_ok=True)
            (Path(args.out) / ("p%d.gcops" % seed)).write_text(text)
        else:
            print("# progen seed %d" % seed)
            print(text)


if __name__ == "__main__":
    main()
