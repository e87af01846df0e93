#!/usr/bin/env python3
"""The commands the ./gcfuzz wrapper runs itself (campaign, bench, corpus,
coverage) follow the CLI's conventions: `--help` prints a usage line naming
`gcfuzz COMMAND`, exits 0 and runs nothing (it returns in seconds, with no
build); an unknown option is one line naming the command, exit 2.

    wrapper_commands_test.py SOURCE_DIR
"""

import subprocess
import sys
import unittest
from pathlib import Path

SOURCE_DIR = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()

COMMANDS = {
    "campaign": [sys.executable, str(SOURCE_DIR / "scripts" / "campaign.py")],
    "bench": [sys.executable, str(SOURCE_DIR / "bench" / "bench.py")],
    "corpus": [sys.executable, str(SOURCE_DIR / "scripts" / "corpus.py")],
    "coverage": ["bash", str(SOURCE_DIR / "scripts" / "coverage.sh")],
}


class WrapperCommandsTest(unittest.TestCase):
    def run_cmd(self, name, *args):
        return subprocess.run(COMMANDS[name] + list(args), capture_output=True,
                              text=True, timeout=60)

    def test_help_names_the_command_and_runs_nothing(self):
        for name in COMMANDS:
            with self.subTest(command=name):
                r = self.run_cmd(name, "--help")
                self.assertEqual(r.returncode, 0, r.stderr)
                self.assertIn("usage: gcfuzz " + name, r.stdout)

    def test_unknown_option_is_one_line_and_exit_2(self):
        for name in COMMANDS:
            with self.subTest(command=name):
                # corpus's one action first, so the option is what is wrong
                args = ["merge"] if name == "corpus" else []
                r = self.run_cmd(name, *args, "--no-such-option")
                self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
                self.assertIn("gcfuzz " + name, r.stderr)
                self.assertIn("--no-such-option", r.stderr)


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
