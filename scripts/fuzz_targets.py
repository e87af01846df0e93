#!/usr/bin/env python3
"""The fuzz targets of a build: its manifest, BUILD/fuzz_targets.json.

CMake writes the manifest at the end of configuration (fuzz/CMakeLists.txt
documents the format; fuzz/FUZZING.md too): every target that
gcfuzz_add_fuzzer defined in that build, with its input kind, binary, seed
directories, dict and options files. It is the only list of fuzz targets:
the scripts read it through this module and never name a target
themselves, so adding a target touches only fuzz CMake and its sources.

As a module (scripts/campaign.py, scripts/corpus.py):
    targets = fuzz_targets.load(build_dir)          # [Target], defined order
As a command (the shell scripts):
    fuzz_targets.py BUILD_DIR names                 # one name per line
    fuzz_targets.py BUILD_DIR count
    fuzz_targets.py BUILD_DIR engine                # libfuzzer | replay
    fuzz_targets.py BUILD_DIR get NAME FIELD        # input, binary, dict,
        options, campaign_weight, triage: one line (nothing for null); corpus: one
        directory per line, existing ones only with --existing
Exit status: 0, or 2 with a message when the manifest is missing, of an
unknown version, or has no such target or field.
"""

import json
import sys
from pathlib import Path

MANIFEST = "fuzz_targets.json"
VERSION = 1


class Target:
    """One manifest entry. Paths are absolute; binary/dict/options exist
    once the target is built; corpus directories may not exist."""

    def __init__(self, entry):
        self.name = entry["name"]
        self.input = entry["input"]
        self.binary = Path(entry["binary"])
        self.corpus = [Path(d) for d in entry["corpus"]]
        self.dict = Path(entry["dict"]) if entry["dict"] else None
        self.options = Path(entry["options"]) if entry["options"] else None
        self.campaign_weight = int(entry["campaign_weight"])
        # "repro": `gcfuzz repro`'s in-process verdict is the target's;
        # "replay": its own binary judges (`repro --target=NAME`).
        self.triage = entry.get("triage", "replay")

    def existing_corpus(self):
        return [d for d in self.corpus if d.is_dir()]


class ManifestError(Exception):
    pass


def manifest_path(build_dir):
    return Path(build_dir) / MANIFEST


def read(build_dir):
    """The manifest as parsed JSON, checked for the version this module
    knows."""
    path = manifest_path(build_dir)
    if not path.is_file():
        raise ManifestError(
            "%s does not exist: configure %s with this checkout's CMake "
            "(fuzz/CMakeLists.txt writes it)" % (path, build_dir))
    data = json.loads(path.read_text())
    if data.get("version") != VERSION:
        raise ManifestError("%s: version %r, expected %d"
                            % (path, data.get("version"), VERSION))
    return data


def load(build_dir):
    """The build's fuzz targets, in the order CMake defined them."""
    return [Target(e) for e in read(build_dir)["targets"]]


def engine(build_dir):
    return read(build_dir)["fuzz_engine"]


def _field_lines(target, field, existing):
    if field == "corpus":
        dirs = target.existing_corpus() if existing else target.corpus
        return [str(d) for d in dirs]
    if field not in ("input", "binary", "dict", "options", "campaign_weight",
                     "triage"):
        raise ManifestError("no such field: %s" % field)
    value = getattr(target, field)
    return [] if value is None else [str(value)]


def main(argv):
    args = [a for a in argv[1:] if a != "--existing"]
    existing = "--existing" in argv[1:]
    if len(args) < 2:
        sys.stderr.write(__doc__)
        return 2
    build_dir, cmd = args[0], args[1]
    try:
        if cmd == "names" and len(args) == 2:
            lines = [t.name for t in load(build_dir)]
        elif cmd == "count" and len(args) == 2:
            lines = [str(len(load(build_dir)))]
        elif cmd == "engine" and len(args) == 2:
            lines = [engine(build_dir)]
        elif cmd == "get" and len(args) == 4:
            by_name = {t.name: t for t in load(build_dir)}
            if args[2] not in by_name:
                raise ManifestError("%s lists no fuzz target %s (it has: %s)"
                                    % (manifest_path(build_dir), args[2],
                                       ", ".join(by_name)))
            lines = _field_lines(by_name[args[2]], args[3], existing)
        else:
            sys.stderr.write(__doc__)
            return 2
    except ManifestError as e:
        sys.stderr.write("fuzz_targets: %s\n" % e)
        return 2
    for line in lines:
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
