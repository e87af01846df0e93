#!/usr/bin/env python3
"""Write the plain-Python 3.11 program that a gcops scenario stands for.

    python3 gcops2py.py ../NAME.gcops > NAME.py

The output is a straight-line script, one gcops_rt call per gcops statement
(the gcops line above it as a comment), with the user classes written as real
Python classes and every finalizer / callback body as a module-level function
made before gc.freeze(). This is a small independent reader of gcops text (it
shares no code with gcfuzz): it exists so that each scenario's expectations
are checked against real CPython, not against gcfuzz's own backends.
"""
import re
import sys

TOK = re.compile(r'[{};,.]|[A-Za-z0-9_@=-]+')
DEBUG = {'stats': 1, 'collectable': 2, 'uncollectable': 4, 'saveall': 32, 'leak': 38}


class Gen:
    def __init__(self):
        self.blocks = []      # (index, [python lines])
        self.names = set()
        self.classes = []
        self.hcb = False

    # -- items
    def item(self, toks, p):
        t = toks[p]
        if p + 2 < len(toks) + 1 and p + 1 < len(toks) and toks[p + 1] == '.':
            base = t
            if base != 'self':
                self.names.add(base)
            return ('p', base, int(toks[p + 2])), p + 3
        if t == 'none':
            return ('z',), p + 1
        if t == 'self':
            return ('s',), p + 1
        if re.fullmatch(r'-?[0-9]+', t):
            return ('i', int(t)), p + 1
        self.names.add(t)
        return ('n', t), p + 1

    def block(self, toks, p):
        """toks[p] == '{'; returns (block index, new p)."""
        assert toks[p] == '{'
        p += 1
        stmts = []
        while toks[p] != '}':
            s, p = self.stmt(toks, p, 'self')
            stmts.append(s)
            if toks[p] == ';':
                p += 1
        k = len(self.blocks)
        self.blocks.append((k, stmts))
        return k, p + 1

    def stmt(self, toks, p, S):
        op = toks[p]
        p += 1
        if op == 'new':
            self.names.add(toks[p])
            return 'rt.new(%s, %r, %s)' % (S, toks[p], toks[p + 1]), p + 2
        if op in ('list', 'tuple'):
            name = toks[p]
            self.names.add(name)
            p += 1
            items = []
            while p < len(toks) and toks[p] not in (';', '}'):
                it, p = self.item(toks, p)
                items.append(it)
            fn = 'lst' if op == 'list' else 'tup'
            return 'rt.%s(%s, %r, %r)' % (fn, S, name, tuple(items)), p
        if op == 'dict':
            self.names.add(toks[p])
            return 'rt.dct(%s, %r)' % (S, toks[p]), p + 1
        if op in ('ref', 'proxy'):
            name = toks[p]
            self.names.add(name)
            it, p = self.item(toks, p + 1)
            blk = None
            if p < len(toks) and toks[p] == '{':
                blk, p = self.block(toks, p)
            return 'rt.%s(%s, %r, %r, %r)' % (op, S, name, it, blk), p
        if op in ('set', 'clear'):
            base = toks[p]
            if base != 'self':
                self.names.add(base)
            i = int(toks[p + 2])
            p += 3
            if op == 'clear':
                return 'rt.clear(%s, %r, %d)' % (S, base, i), p
            it, p = self.item(toks, p)
            return 'rt.set_(%s, %r, %d, %r)' % (S, base, i, it), p
        if op == 'append':
            base = toks[p]
            if base != 'self':
                self.names.add(base)
            it, p = self.item(toks, p + 1)
            return 'rt.append(%s, %r, %r)' % (S, base, it), p
        if op == 'let':
            self.names.add(toks[p])
            it, p2 = self.item(toks, p + 1)
            return 'rt.let(%s, %r, %r)' % (S, toks[p], it), p2
        if op == 'del':
            self.names.add(toks[p])
            return 'rt.delete(%s, %r)' % (S, toks[p]), p + 1
        if op == 'collect':
            g = 2
            if p < len(toks) and re.fullmatch(r'[0-9]+', toks[p]):
                g = int(toks[p])
                p += 1
            return 'rt.collect(%s, %d)' % (S, g), p
        if op in ('enable', 'disable', 'freeze', 'unfreeze', 'clear_garbage'):
            if op == 'enable':
                self.hcb = True
            return 'rt.%s(%s)' % (op, S), p
        if op == 'threshold':
            a = []
            while p < len(toks) and re.fullmatch(r'-?[0-9]+', toks[p]):
                a.append(toks[p])
                p += 1
            self.hcb = True
            return 'rt.threshold(%s, (%s,))' % (S, ', '.join(a)), p
        if op == 'debug':
            f = 0
            while p < len(toks) and toks[p] in DEBUG:
                f |= DEBUG[toks[p]]
                p += 1
            return 'rt.debug(%s, %d)' % (S, f), p
        if op == 'take_garbage':
            name = toks[p]
            self.names.add(name)
            p += 1
            i = 0
            if p < len(toks) and re.fullmatch(r'-?[0-9]+', toks[p]):
                i = int(toks[p])
                p += 1
            return 'rt.take_garbage(%s, %r, %d)' % (S, name, i), p
        if op == 'gccallback':
            self.hcb = True
            blk = None
            if p < len(toks) and toks[p] == '{':
                blk, p = self.block(toks, p)
            return 'rt.gccallback(%s, %r)' % (S, blk), p
        if op == 'raise':
            return 'raise rt.GcopsRaise()', p
        if op in ('on_del', 'on_tp_del'):
            if S != 'None':
                raise SyntaxError('%r is only allowed at top level' % op)
            self.names.add(toks[p])
            blk, p2 = self.block(toks, p + 1)
            return 'rt.%s(%s, %r, %r)' % (op, S, toks[p], blk), p2
        raise SyntaxError('unknown statement %r' % op)

    def expect(self, toks, line):
        what = toks[1]
        rest = toks[2:]
        if what == 'log':
            evs = ' '.join(rest).replace(' ,', ',').split(', ') if rest else []
            return 'rt.expect(%d, %r, %r)' % (line, what, tuple(evs))
        args = []
        for t in rest:
            args.append(int(t) if re.fullmatch(r'-?[0-9]+', t) else t)
        if what == 'generation':
            args[1] = str(args[1])
        return 'rt.expect(%d, %r, %r)' % (line, what, tuple(args))


def translate(path):
    g = Gen()
    body = []
    for n, raw in enumerate(open(path, encoding='utf-8').read().splitlines(), 1):
        text = raw.split('#', 1)[0].strip()
        if raw.strip().startswith('#') and 'py: auto' in raw:
            g.hcb = True
        if not text:
            continue
        toks = TOK.findall(text)
        body.append('# %d: %s' % (n, text))
        if toks[0] == 'class':
            name = toks[1]
            slots, fdel, ftp, noweak = 4, False, False, False
            for f in toks[2:]:
                if f.startswith('slots='):
                    slots = int(f[6:])
                elif f == 'del':
                    fdel = True
                elif f == 'tp_del':
                    ftp = True
                elif f == 'noweakref':
                    noweak = True
            g.classes.append((name, slots, fdel, ftp, noweak))
            body.pop()
            continue
        if toks[0] == 'expect':
            body.append(g.expect(toks, n))
            continue
        s, p = g.stmt(toks, 0, 'None')
        assert p == len(toks), (path, n, toks[p:])
        body.append(s)
    out = ['#!/usr/bin/env python3',
           '"""Plain CPython 3.11 rendering of corpus/scenarios/%s."""' % path.split('/')[-1],
           'import os, sys',
           'sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))',
           'import _testcapi',
           'import gcops_rt as rt', '']
    for name, slots, fdel, ftp, noweak in g.classes:
        sl = ['_m'] + ['s%02d' % i for i in range(slots)] + ([] if noweak else ['__weakref__'])
        if ftp:
            out.append('@_testcapi.with_tp_del')
        out.append('class %s:' % name)
        out.append('    __slots__ = %r' % (tuple(sl),))
        if fdel:
            out.append('    def __del__(self): rt.del_hook(self)')
        if ftp:
            out.append('    def __tp_del__(self): rt.tp_del_hook(self)')
        if not fdel and not ftp:
            out.append('    pass')
        out.append('')
    for k, stmts in g.blocks:
        out.append('def _b%d(self):' % k)
        for s in stmts or ['pass']:
            out.append('    ' + s)
        out.append('')
    out.append('rt.setup(%r, [%s], [%s], %r)' % (
        sorted(g.names), ', '.join('_b%d' % k for k, _ in g.blocks),
        ', '.join(c[0] for c in g.classes), g.hcb))
    out.append('')
    out.extend(body)
    out.append('rt.finish()')
    return '\n'.join(out) + '\n'


if __name__ == '__main__':
    sys.stdout.write(translate(sys.argv[1]))
