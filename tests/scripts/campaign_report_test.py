#!/usr/bin/env python3
"""scripts/campaign.py's findings report, end to end on planted targets.

A build directory of the test's own holds a libFuzzer-engine manifest whose
targets are shell scripts speaking libFuzzer's output: one finds something
(saves crash-<sha1> under -artifact_prefix, prints a SUMMARY line, exits
1), one finds nothing. The campaign runs them with --no-build and must:
print the commands that fit each target's triage kind, write
FINDINGS/campaign.json (valid against docs/cli-json.schema.json, also on
stdout with --format=json) and FINDINGS/campaign.sarif (SARIF 2.1.0's
required shape), and pass libFuzzer flags after `--` to one target only.

    campaign_report_test.py SOURCE_DIR
"""

import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

SOURCE_DIR = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
sys.path.insert(0, str(SOURCE_DIR / "scripts"))
import campaign  # noqa: E402

try:
    import jsonschema
except ImportError:  # scripts/setup.sh installs python3-jsonschema
    jsonschema = None

FINDS = r"""#!/bin/sh
echo "ARGS: $*"
for a; do case $a in -artifact_prefix=*) p=${a#-artifact_prefix=};; esac; done
printf 'BOOM' > "${p}crash-0a1b"
echo "#2	NEW    cov: 10 ft: 12 corp: 1/1b exec/s: 5 rss: 30Mb"
echo "==1== ERROR: planted"
echo "SUMMARY: gcfuzz: planted-finding in the model"
echo "Test unit written to ${p}crash-0a1b"
exit 1
"""

CLEAN = r"""#!/bin/sh
echo "ARGS: $*"
for a; do case $a in -artifact_prefix=*) p=${a#-artifact_prefix=};; esac; done
printf 'slow' > "${p}slow-unit-5e1f"
echo "Slowest unit: 12 s:"
echo "artifact_prefix='$p'; Test unit written to ${p}slow-unit-5e1f"
echo "#100	DONE   cov: 20 ft: 30 corp: 3/9b exec/s: 100 rss: 30Mb"
echo "stat::number_of_executed_units: 100"
exit 0
"""


def entry(name, binary, triage, input_kind="planted-ops"):
    return {"name": name, "input": input_kind, "binary": str(binary),
            "corpus": [], "dict": None, "options": None,
            "campaign_weight": 1, "triage": triage}


class CampaignReportTest(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp(prefix="gcfuzz-campaign-test."))
        build = self.tmp / "build" / "fuzz"
        build.mkdir(parents=True)
        targets = []
        for name, text, triage in (("finds_fuzzer", FINDS, "replay"),
                                   ("clean_fuzzer", CLEAN, "repro")):
            path = build / name
            path.write_text(text)
            path.chmod(0o755)
            targets.append(entry(name, path, triage))
        (build / "fuzz_targets.json").write_text(json.dumps(
            {"version": 1, "fuzz_engine": "libfuzzer", "targets": targets}))

    def tearDown(self):
        subprocess.run(["rm", "-rf", str(self.tmp)])

    def campaign(self, *args):
        return subprocess.run(
            [sys.executable, str(SOURCE_DIR / "scripts" / "campaign.py"),
             "--root", str(self.tmp), "--no-build", "--seconds", "5"]
            + list(args), capture_output=True, text=True, timeout=300)

    def test_finding_report_json_and_sarif(self):
        r = self.campaign("--format", "json")
        self.assertEqual(r.returncode, 1, r.stderr)
        doc = json.loads(r.stdout)
        saved = json.loads((self.tmp / "fuzz-findings" /
                            "campaign.json").read_text())
        self.assertEqual(doc, saved)
        if jsonschema is not None:
            schema = json.loads((SOURCE_DIR / "docs" /
                                 "cli-json.schema.json").read_text())
            jsonschema.validate(doc, schema)
        self.assertEqual(doc["status"], 1)
        self.assertEqual([t["name"] for t in doc["targets"]],
                         ["clean_fuzzer", "finds_fuzzer"])
        self.assertEqual(doc["targets"][0]["execs"], 100)
        (finding,) = doc["findings"]
        crash = str(self.tmp / "fuzz-findings" / "finds_fuzzer" / "crash-0a1b")
        self.assertEqual(finding["signature"],
                         "gcfuzz: planted-finding in the model")
        self.assertEqual(finding["input"], crash)
        # A replayed target: its own binary judges, through --target.
        self.assertEqual(finding["commands"]["reproduce"],
                         "./gcfuzz repro --target=finds_fuzzer " + crash)
        self.assertIn("minimize --target=finds_fuzzer " + crash,
                      finding["commands"]["minimize"])
        self.assertIn("./gcfuzz repro --target=finds_fuzzer " + crash,
                      r.stderr)
        sarif = json.loads((self.tmp / "fuzz-findings" /
                            "campaign.sarif").read_text())
        self.assertEqual(sarif["version"], "2.1.0")
        (run,) = sarif["runs"]
        self.assertEqual(run["tool"]["driver"]["name"], "gcfuzz")
        (result,) = run["results"]
        self.assertEqual(result["ruleId"], "gcfuzz/planted-finding")
        self.assertEqual([x["id"] for x in run["tool"]["driver"]["rules"]],
                         ["gcfuzz/planted-finding"])
        self.assertIn("gcfuzz: planted-finding in the model",
                      result["message"]["text"])
        self.assertEqual(result["locations"][0]["physicalLocation"]
                         ["artifactLocation"]["uri"],
                         "fuzz-findings/finds_fuzzer/crash-0a1b")

    def test_no_finding_is_status_0_with_empty_findings(self):
        r = self.campaign("--targets", "clean_fuzzer")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("gcfuzz campaign: no findings", r.stdout)
        doc = json.loads((self.tmp / "fuzz-findings" /
                          "campaign.json").read_text())
        self.assertEqual((doc["status"], doc["findings"]), (0, []))
        # A slow input is kept and named, never a finding.
        slow = str(self.tmp / "fuzz-findings" / "clean_fuzzer" /
                   "slow-unit-5e1f")
        self.assertEqual(doc["targets"][0]["slow_inputs"], [slow])
        self.assertIn("slow input of clean_fuzzer", r.stdout)
        sarif = json.loads((self.tmp / "fuzz-findings" /
                            "campaign.sarif").read_text())
        self.assertEqual(sarif["runs"][0]["results"], [])

    def test_libfuzzer_flags_pass_through_to_one_target(self):
        r = self.campaign("--targets", "clean_fuzzer", "--",
                          "-max_len=77", "-use_value_profile=1")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        log = (self.tmp / "build" / "fuzz" / "campaign" /
               "clean_fuzzer.log").read_text()
        args = log.splitlines()[0]
        self.assertIn("-max_len=77 -use_value_profile=1", args)
        # After the campaign's own flags, so they win.
        self.assertLess(args.index("-max_total_time="), args.index("-max_len=77"))
        two = self.campaign("--", "-max_len=77")
        self.assertEqual(two.returncode, 2)
        self.assertIn("libFuzzer flags are for one libFuzzer target",
                      two.stderr)
        bad = self.campaign("--targets", "clean_fuzzer", "--", "max_len")
        self.assertEqual(bad.returncode, 2)
        self.assertIn("not a libFuzzer flag", bad.stderr)


class TriageCommandsTest(unittest.TestCase):
    """The commands printed for each kind of target."""

    def setUp(self):
        self.root = Path("/r")
        self.build = self.root / "build" / "fuzz"

    def commands(self, target, f="/r/fuzz-findings/t/crash-1"):
        return campaign.triage_commands(self.root, self.build, target, f)

    def test_in_process_heap_target_uses_plain_repro(self):
        t = campaign.Target("heap_fuzzer", Path("/b/heap_fuzzer"),
                            "gcops-binary", triage="repro")
        cmds, mini = self.commands(t)
        self.assertEqual(cmds["reproduce"],
                         "./gcfuzz repro /r/fuzz-findings/t/crash-1")
        self.assertEqual(cmds["as gcops"],
                         "./gcfuzz decode /r/fuzz-findings/t/crash-1")
        self.assertEqual(mini[0][1:], ["minimize", "/r/fuzz-findings/t/crash-1",
                                       "-o", "/r/fuzz-findings/t/crash-1.min.gcops"])

    def test_profile_the_fuzzer_logged_goes_into_repro_and_minimize(self):
        # collector_fuzzer picks a version profile per input and logs it; a
        # 3.14-only oracle finding does not reproduce on the default 3.11.
        with tempfile.TemporaryDirectory() as d:
            t = campaign.Target("collector_fuzzer", Path("/b/collector_fuzzer"),
                                "gcops-binary", triage="repro")
            t.log_path = Path(d) / "collector_fuzzer.log"
            t.log_path.write_text(
                "#1234 NEW cov: 1\ngcfuzz: this input ran on collector@3.14; "
                "reproduce with `gcfuzz repro --backend=collector@3.14 FILE`\n"
                "==gcfuzz== ERROR: oracle-mismatch\n")
            cmds, mini = self.commands(t)
        self.assertEqual(cmds["reproduce"], "./gcfuzz repro --backend="
                         "collector@3.14 /r/fuzz-findings/t/crash-1")
        self.assertEqual(mini[0][1:3], ["minimize", "--backend=collector@3.14"])

    def test_generator_finding_is_triaged_as_the_program_it_makes(self):
        # A generator_fuzzer input is choices, not a program: its program
        # (gcfuzz generate) is what repro and minimize take.
        t = campaign.Target("gen_fuzzer", Path("/b/gen_fuzzer"),
                            campaign.GENERATOR_INPUT, triage="repro")
        cmds, mini = self.commands(t)
        crash = "/r/fuzz-findings/t/crash-1"
        self.assertEqual(list(cmds)[0], "as gcops")
        self.assertEqual(cmds["as gcops"],
                         "./gcfuzz generate %s -o %s.gcops" % (crash, crash))
        self.assertEqual(cmds["reproduce"], "./gcfuzz repro %s.gcops" % crash)
        self.assertEqual(cmds["raw"], "/b/gen_fuzzer %s" % crash)
        self.assertEqual(mini[0][1:], ["minimize", crash + ".gcops", "-o",
                                       crash + ".gcops.min.gcops"])

    def test_replayed_target_uses_its_binary_through_target(self):
        t = campaign.Target("pool_fuzzer", Path("/b/pool_fuzzer"), "pool-ops")
        cmds, mini = self.commands(t)
        self.assertEqual(cmds["reproduce"], "./gcfuzz repro --target=pool_fuzzer "
                         "/r/fuzz-findings/t/crash-1")
        self.assertEqual(cmds["exactly"], "/r/build/fuzz/cli/gcfuzz-cli repro "
                         "--target=pool_fuzzer /r/fuzz-findings/t/crash-1")
        self.assertNotIn("as gcops", cmds)
        self.assertEqual(mini[1], "/r/fuzz-findings/t/crash-1.min")

    def test_sweep_against_a_worker_reproduces_with_run(self):
        t = campaign.Target(campaign.SWEEP + "@cpython@3.14", Path("/b/cli"),
                            "gcops-text")
        t.backends = "collector@3.14,cpython@3.14"
        cmds, mini = self.commands(t, "/r/f/sweep-p1.gcops")
        self.assertEqual(cmds["reproduce"], "./gcfuzz run --backend=collector@"
                         "3.14,cpython@3.14 --trace /r/f/sweep-p1.gcops")
        self.assertIsNone(mini)

    def test_rule_of_a_signature(self):
        self.assertEqual(campaign.rule_of("SUMMARY: gcfuzz: divergence x"),
                         "gcfuzz/divergence")
        self.assertEqual(campaign.rule_of(
            "SUMMARY: AddressSanitizer: heap-use-after-free a.cc:3 in F"),
            "AddressSanitizer/heap-use-after-free")
        self.assertEqual(campaign.rule_of("t crashed (no SUMMARY line)"),
                         "gcfuzz/crash")


if __name__ == "__main__":
    unittest.main(argv=sys.argv[:1], verbosity=2)
