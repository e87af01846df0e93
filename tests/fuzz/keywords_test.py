#!/usr/bin/env python3
"""The gcops words outside the language's own tables agree with them.

gcops/statements.def, expectations.def and events.def state every keyword
once. Two other places spell them out for fuzzing: the parse fuzzer's
dictionary (fuzz/gcops.dict) and the program generator (fuzz/progen.py).
This test fails when either drifts:
  * every keyword of the three tables is a dictionary entry, and every
    `kw_` entry of the dictionary is a table keyword or one of the other
    words the parser accepts (found as a string literal in gcops/parser.cc
    or gcops/lexer.cc);
  * every statement progen writes (top level and inside bodies) starts with
    a statement keyword, every expectation it writes names an expectation
    of the table, and progen's own EXPECTS list is a subset of the table.

    keywords_test.py SOURCE_DIR
"""
import re
import sys
from pathlib import Path

root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2])
failures = []


def table(name, macro):
    text = (root / "gcops" / name).read_text()
    return re.findall(r'^%s\(\s*\w+\s*,\s*"([^"]+)"' % macro, text, re.M)


stmts = set(table("statements.def", "GCOPS_STMT"))
expects = set(table("expectations.def", "GCOPS_EXPECT"))
events = set(table("events.def", "GCOPS_EVENT"))
assert stmts and expects and events, "could not read the .def tables"
keywords = stmts | expects | events

# The dictionary.
dict_values = {}
for line in (root / "fuzz" / "gcops.dict").read_text().splitlines():
    m = re.match(r'^(\w+)="(.*)"$', line)
    if m:
        dict_values[m.group(1)] = m.group(2)
values = set(dict_values.values())
for kw in sorted(keywords):
    if kw not in values:
        failures.append("fuzz/gcops.dict lacks the keyword %r" % kw)
parser_src = (root / "gcops" / "parser.cc").read_text() + (root / "gcops" / "lexer.cc").read_text()
literals = set(re.findall(r'"([^"\\]*)"', parser_src))
for name, value in sorted(dict_values.items()):
    if not name.startswith("kw_"):
        continue
    word = value.rstrip("=0123456789") or value
    if value in keywords or word in literals or value in literals:
        continue
    failures.append("fuzz/gcops.dict: %s=%r is no keyword of the tables or the parser"
                    % (name, value))

# The generator.
sys.path.insert(0, str(root / "fuzz"))
import progen  # noqa: E402

for e in getattr(progen, "EXPECTS", ()):
    if e not in expects:
        failures.append("fuzz/progen.py EXPECTS names %r, not in expectations.def" % e)


def statements(line):
    """Every statement of a line: the line itself and those in its bodies."""
    out = [line.split("{", 1)[0].strip()]
    for body in re.findall(r"\{([^{}]*)\}", line):
        out += [s.strip() for s in body.split(";") if s.strip()]
    return out


seen = set()
for seed in range(300):
    for line in progen.generate(seed).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        for s in statements(line):
            if not s:
                continue
            words = s.split()
            seen.add(words[0])
            if words[0] not in stmts:
                failures.append("progen seed %d writes %r: %r is no statement keyword"
                                % (seed, s, words[0]))
            elif words[0] == "expect" and len(words) > 1 and words[1] not in expects:
                failures.append("progen seed %d writes %r: no such expectation" % (seed, s))

if not seen:
    failures.append("progen wrote no statements")
for f in failures[:40]:
    print("FAIL:", f)
print("%d keywords in the tables, %d dictionary entries, %d statement kinds seen "
      "in 300 progen programs; %d failures" % (len(keywords), len(dict_values),
                                                len(seen), len(failures)))
sys.exit(1 if failures else 0)
