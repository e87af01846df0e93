#!/usr/bin/env python3
"""The fuzz target manifest (BUILD/fuzz_targets.json, fuzz/CMakeLists.txt)
is the one list of fuzz targets:

  - every gcfuzz_add_fuzzer call in the sources is in this build's manifest
    (with --all-declared: a build with every optional part on), and every
    manifest target comes from such a call;
  - each entry is well formed (input kind, absolute paths in the build,
    dict/options named as libFuzzer runners expect);
  - the scripts that act on fuzz targets name none: no target name, and no
    `*_fuzzer` glob or suffix test either (that is how lists crept back
    before), and each of them reads the manifest.

Usage: TEST SOURCE_DIR BUILD_DIR [--all-declared]
"""

import json
import os
import re
import sys
import unittest
from pathlib import Path

SOURCE_DIR = None
BUILD_DIR = None
ALL_DECLARED = False

CALL_RE = re.compile(r"^\s*gcfuzz_add_fuzzer\(\s*([^\s)]+)", re.M)
VAR_RE = re.compile(r"\$\{(\w+)\}")
INPUT_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# A fuzz target's name, a glob over them, or a suffix test: "_fuzzer" at
# the end of a word. gcfuzz_add_fuzzer (the CMake function) is no target;
# gcfuzz_fuzzers (the build target of them all) does not match.
TARGETISH_RE = re.compile(r"_fuzzer\b")
ALLOWED_WORDS = ("gcfuzz_add_fuzzer",)

# The scripts that act on fuzz targets: each must read the manifest.
CONSUMERS = ("scripts/campaign.py", "scripts/corpus.py", "scripts/coverage.sh",
             ".clusterfuzzlite/build.sh", ".ci/oss_fuzz_build_test.sh",
             ".ci/run")
# Where no target may be named: every script and CI file.
SCANNED_GLOBS = ("scripts/*", ".ci/*", ".clusterfuzzlite/*", "gcfuzz")


def cmake_files(root):
    """The project's CMake files (not build trees, which hold copies)."""
    for top, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs
                         if d not in (".git", "_deps") and
                         not (Path(top) == root and d == "build"))
        for f in sorted(files):
            if f == "CMakeLists.txt" or f.endswith(".cmake"):
                yield Path(top) / f


def expand(name, text, at, path):
    """`name` with ${VAR} replaced by each item of the innermost
    `foreach(VAR item...)` before position `at` (how
    fuzz/freethreading.fuzzers.cmake defines its targets)."""
    m = VAR_RE.search(name)
    if not m:
        return [name]
    loops = list(re.finditer(r"foreach\(\s*%s\s+([^)]*)\)" % m.group(1),
                             text[:at]))
    if not loops:
        raise AssertionError("%s: cannot expand %s (no foreach over ${%s} "
                             "before it)" % (path, name, m.group(1)))
    items = loops[-1].group(1).split()
    if items and items[0] in ("IN", "RANGE") or any("$" in i for i in items):
        raise AssertionError("%s: cannot expand %s: foreach(%s %s) is not a "
                             "literal list" % (path, name, m.group(1),
                                               " ".join(items)))
    out = []
    for item in items:
        out += expand(name.replace(m.group(0), item), text, at, path)
    return out


def declared_targets(root):
    """{name: file} for every gcfuzz_add_fuzzer call in the sources."""
    found = {}
    for path in cmake_files(root):
        text = path.read_text()
        for m in CALL_RE.finditer(text):
            for name in expand(m.group(1), text, m.start(), path):
                found[name] = path.relative_to(root)
    return found


class FuzzManifestTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        path = BUILD_DIR / "fuzz_targets.json"
        cls.manifest = json.loads(path.read_text())
        cls.targets = cls.manifest["targets"]
        cls.names = [t["name"] for t in cls.targets]
        cls.declared = declared_targets(SOURCE_DIR)

    def test_the_sources_declare_targets(self):
        # The parser above still finds the calls (else every other check
        # here would pass vacuously).
        self.assertGreater(len(self.declared), 0)

    def test_every_declared_target_is_in_the_manifest(self):
        if not ALL_DECLARED:
            self.skipTest("a build without every optional part: targets may "
                          "be left out legitimately")
        missing = sorted(set(self.declared) - set(self.names))
        self.assertEqual(missing, [], "declared in %s but not in %s"
                         % ({n: str(self.declared[n]) for n in missing},
                            BUILD_DIR / "fuzz_targets.json"))

    def test_every_manifest_target_is_declared(self):
        self.assertEqual(sorted(set(self.names) - set(self.declared)), [])

    def test_entries_are_well_formed(self):
        self.assertEqual(self.manifest["version"], 1)
        self.assertIn(self.manifest["fuzz_engine"], ("libfuzzer", "replay"))
        self.assertEqual(len(self.names), len(set(self.names)), "duplicate names")
        build = BUILD_DIR.resolve()
        for t in self.targets:
            with self.subTest(target=t["name"]):
                self.assertRegex(t["input"], INPUT_RE)
                binary = Path(t["binary"])
                self.assertTrue(binary.is_absolute())
                self.assertEqual(binary.name, t["name"])
                self.assertTrue(build in binary.resolve().parents, binary)
                self.assertTrue(t["corpus"], "no corpus directory")
                for d in t["corpus"]:
                    self.assertTrue(Path(d).is_absolute(), d)
                for key in ("dict", "options"):
                    if t[key] is not None:
                        self.assertEqual(Path(t[key]),
                                         binary.parent / ("%s.%s" % (t["name"], key)))
                self.assertIsInstance(t["campaign_weight"], int)
                self.assertGreaterEqual(t["campaign_weight"], 1)
                self.assertIn(t["triage"], ("repro", "replay"))

    def test_scripts_name_no_fuzz_target(self):
        files = sorted({p for g in SCANNED_GLOBS for p in SOURCE_DIR.glob(g)
                        if p.is_file()})
        self.assertTrue(files)
        names = set(self.names) | set(self.declared)
        hits = []
        for path in files:
            for n, line in enumerate(path.read_text(errors="replace")
                                     .splitlines(), 1):
                clean = line
                for word in ALLOWED_WORDS:
                    clean = clean.replace(word, "")
                named = [x for x in names if re.search(r"\b%s\b" % x, clean)]
                if named or TARGETISH_RE.search(clean):
                    hits.append("%s:%d: %s" % (path.relative_to(SOURCE_DIR),
                                               n, line.strip()))
        self.assertEqual(hits, [], "scripts must take fuzz targets from the "
                         "manifest (scripts/fuzz_targets.py), not name them")

    def test_consumers_read_the_manifest(self):
        for rel in CONSUMERS:
            with self.subTest(script=rel):
                self.assertTrue("fuzz_targets" in (SOURCE_DIR / rel).read_text(),
                                "%s does not read the manifest" % rel)


if __name__ == "__main__":
    args = sys.argv[1:]
    ALL_DECLARED = "--all-declared" in args
    args = [a for a in args if a != "--all-declared"]
    if len(args) != 2:
        sys.exit(__doc__)
    SOURCE_DIR, BUILD_DIR = Path(args[0]).resolve(), Path(args[1])
    unittest.main(argv=sys.argv[:1])
