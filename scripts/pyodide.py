#!/usr/bin/env python3
"""scripts/pyodide.py — installs the pinned Pyodide packages (real CPython
3.12-3.15 compiled to WebAssembly, run by Node) that the worker backends use.

The pins are stated once, in differential/worker/pyodide_versions.json
(CPython minor version -> exact npm version of `pyodide`). Each version is
installed with npm into its own directory outside git:

    build/pyodide/<minor>/node_modules/pyodide        (e.g. build/pyodide/3.14/...)

(GCFUZZ_PYODIDE_DIR overrides build/pyodide). Installing is idempotent: a
version whose directory already holds the pinned package costs one file
read. An install goes to a temporary directory first and is renamed into
place, so an interrupted or concurrent install never leaves a half
package behind.

Usage:
  scripts/pyodide.py install [--quiet] VERSION... | all   install (if missing)
  scripts/pyodide.py path VERSION      print the package directory (exit 2 if
                                       not installed, saying how to install)
  scripts/pyodide.py list              every pinned version and whether it is
                                       installed

Exit status: 0 done; 2 bad usage, node/npm missing, or an install failed
(one line on stderr naming what to install).
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parent.parent
MANIFEST = SOURCE_DIR / "differential" / "worker" / "pyodide_versions.json"
MIN_NODE = 18  # `engines` of every pinned pyodide package


def fail(message):
    print(f"pyodide: {message}", file=sys.stderr)
    sys.exit(2)


def manifest():
    with open(MANIFEST, encoding="utf-8") as f:
        return json.load(f)


def install_root():
    env = os.environ.get("GCFUZZ_PYODIDE_DIR")
    return Path(env) if env else SOURCE_DIR / "build" / "pyodide"


def entry(version):
    """The manifest entry of VERSION ('3.14'; '3.14.2' is accepted too)."""
    versions = manifest()["versions"]
    minor = ".".join(version.split(".")[:2])
    if minor not in versions:
        fail(f"no pinned Pyodide for CPython {version}; pinned: "
             f"{', '.join(sorted(versions))} ({MANIFEST.relative_to(SOURCE_DIR)})")
    return minor, versions[minor]


def package_dir(minor):
    return install_root() / minor / "node_modules" / manifest()["package"]


def installed_version(minor):
    """The npm version installed for MINOR, or None."""
    try:
        with open(package_dir(minor) / "package.json", encoding="utf-8") as f:
            return json.load(f).get("version")
    except (OSError, ValueError):
        return None


def is_installed(version):
    minor, pin = entry(version)
    return installed_version(minor) == pin["npm"]


def check_node():
    node = shutil.which("node")
    if node is None:
        fail(f"node not found: install Node.js {MIN_NODE} or later and npm "
             f"(Debian 12: apt-get install nodejs npm)")
    try:
        out = subprocess.run([node, "--version"], capture_output=True,
                             text=True, check=True).stdout.strip()
        major = int(out.lstrip("v").split(".")[0])
    except (OSError, subprocess.CalledProcessError, ValueError):
        fail(f"`node --version` failed: install Node.js {MIN_NODE} or later")
    if major < MIN_NODE:
        fail(f"node {out} is too old: install Node.js {MIN_NODE} or later")
    if shutil.which("npm") is None:
        fail("npm not found: install npm (Debian 12: apt-get install npm)")


def install(version, quiet=False):
    minor, pin = entry(version)
    if installed_version(minor) == pin["npm"]:
        if not quiet:
            print(f"pyodide: CPython {pin['cpython']} (pyodide@{pin['npm']}) "
                  f"already in {package_dir(minor)}")
        return
    check_node()
    name = manifest()["package"]
    root = install_root()
    root.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{minor}.", dir=root))
    try:
        (tmp / "package.json").write_text(json.dumps({
            "private": True,
            "description": f"gcfuzz: CPython {pin['cpython']} as Pyodide",
            "dependencies": {name: pin["npm"]},
        }, indent=2) + "\n")
        if not quiet:
            print(f"pyodide: installing {name}@{pin['npm']} "
                  f"(CPython {pin['cpython']}) with npm ...", file=sys.stderr)
        cmd = ["npm", "install", "--no-audit", "--no-fund", "--ignore-scripts",
               "--loglevel=error", "--prefix", str(tmp)]
        r = subprocess.run(cmd, capture_output=True, text=True)
        got = None
        try:
            got = json.loads((tmp / "node_modules" / name / "package.json")
                             .read_text()).get("version")
        except (OSError, ValueError):
            pass
        if r.returncode != 0 or got != pin["npm"]:
            lines = [l.removeprefix("npm error").strip()
                     for l in r.stderr.splitlines()]
            useful = [l for l in lines if l and not l.startswith(("code ",
                      "syscall ", "errno ", "at ", "A complete log"))]
            detail = useful[0] if useful else f"npm exit {r.returncode}"
            fail(f"npm install {name}@{pin['npm']} failed ({detail}); it needs "
                 f"the npm registry: retry, or install it by hand into "
                 f"{root / minor} with `npm install --prefix {root / minor} "
                 f"{name}@{pin['npm']}`")
        final = root / minor
        if final.exists():
            if installed_version(minor) == pin["npm"]:  # a concurrent install won
                return
            shutil.rmtree(final)  # another pin: replaced
        os.rename(tmp, final)
        if not quiet:
            print(f"pyodide: installed CPython {pin['cpython']} in "
                  f"{package_dir(minor)}")
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if argv else 2
    cmd, args = argv[0], argv[1:]
    quiet = "--quiet" in args
    args = [a for a in args if a != "--quiet"]
    versions = sorted(manifest()["versions"])
    if cmd == "install":
        if not args:
            fail("install needs VERSION... or all; pinned: " + ", ".join(versions))
        for v in versions if args == ["all"] else args:
            install(v, quiet)
        return 0
    if cmd == "path":
        if len(args) != 1:
            fail("path needs one VERSION")
        minor, pin = entry(args[0])
        if installed_version(minor) != pin["npm"]:
            fail(f"CPython {minor} (pyodide@{pin['npm']}) is not installed: "
                 f"run scripts/pyodide.py install {minor}")
        print(package_dir(minor))
        return 0
    if cmd == "list":
        for v in versions:
            pin = manifest()["versions"][v]
            state = "installed" if installed_version(v) == pin["npm"] else "-"
            print(f"{v}\tCPython {pin['cpython']}\tpyodide@{pin['npm']}\t"
                  f"tp_del={'yes' if pin['with_tp_del'] else 'no'}\t{state}")
        return 0
    fail(f"unknown command {cmd!r}: install, path or list")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
