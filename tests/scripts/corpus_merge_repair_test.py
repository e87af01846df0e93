#!/usr/bin/env python3
"""scripts/corpus.py's write-back filter: a fuzzed program whose only fault
is a failed `expect` is repaired by dropping that line (and then runs
clean); a program with a misuse is left as it is and still fails; a
program that passes is left byte for byte. Usage: TEST GCFUZZ_CLI"""

import importlib.util
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

ROOT = Path(os.environ.get("GCFUZZ_SOURCE_DIR",
                           Path(__file__).resolve().parents[2]))
spec = importlib.util.spec_from_file_location("corpus", ROOT / "scripts" / "corpus.py")
corpus = importlib.util.module_from_spec(spec)
spec.loader.exec_module(corpus)
CLI = None

CYCLE = """class Node slots=2 del
new a Node
new b Node
set a.0 b
set b.0 a
del a
del b
collect
"""


class RunRepairingTest(unittest.TestCase):
    def run_on(self, text, backend="collector", name="p.gcops"):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            path.write_text(text)
            rc, msg, self.diverged = corpus.run_repairing(CLI, backend, path,
                                                          Path(tmp))
            return rc, msg, path.read_text()

    def test_failed_expectation_line_is_dropped_and_program_then_passes(self):
        rc, msg, text = self.run_on(CYCLE + "expect collected 3\nexpect collected 2\n")
        self.assertEqual(rc, 0, msg)
        self.assertNotIn("expect collected 3", text)
        self.assertIn("expect collected 2", text)  # a passing check stays

    def test_misuse_is_not_repaired(self):
        rc, _, text = self.run_on("class C slots=1\ndel nobody\nexpect collected 1\n")
        self.assertNotEqual(rc, 0)
        self.assertIn("del nobody", text)

    def test_file_name_with_spaces_is_repaired_too(self):
        rc, msg, text = self.run_on(CYCLE + "expect collected 3\n",
                                    name="a fuzzed p.gcops")
        self.assertEqual(rc, 0, msg)
        self.assertNotIn("expect collected 3", text)

    def test_divergence_is_reported_not_repaired(self):
        stub = "exec:%s %s" % (sys.executable,
                               ROOT / "tests" / "cli" / "stub_worker.py")
        if "exec:COMMAND\tany program" not in subprocess.run(
                [str(CLI), "backends"], capture_output=True, text=True).stdout:
            self.skipTest("no worker backends in this CLI")
        rc, msg, text = self.run_on(CYCLE + "expect collected 3\n",
                                    backend="collector," + stub)
        self.assertEqual(rc, 1, msg)
        self.assertTrue(self.diverged, msg)
        self.assertIn("backends diverged", msg)
        self.assertIn("expect collected 3", text)

    def test_passing_program_is_unchanged(self):
        original = CYCLE + "expect collected 2\n"
        rc, msg, text = self.run_on(original)
        self.assertEqual(rc, 0, msg)
        self.assertEqual(text, original)


if __name__ == "__main__":
    CLI = Path(sys.argv.pop(1))
    unittest.main()
