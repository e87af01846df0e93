#!/usr/bin/env bash
# .ci/check_format.sh — are the C/C++ files a change touches formatted?
#
# Runs `clang-format-14 --dry-run -Werror` (style: the nearest .clang-format)
# on every C/C++ file (.h .hh .hpp .c .cc .cpp .cxx) that differs between
# BASE and the working tree (added, copied, modified or renamed; deleted
# files are skipped). Files outside the change are not looked at, so an
# old, unformatted file does not fail an unrelated change.
#
# Usage: .ci/check_format.sh [BASE]
#   BASE defaults to `git merge-base HEAD origin/main` when origin/main
#   exists, else HEAD~1 (else, in a one-commit history, every file).
#   CLANG_FORMAT overrides the binary (default clang-format-14, which
#   scripts/setup.sh installs).
# Exit status: 0 every checked file is formatted (or none changed),
# 1 some are not (listed, with the fix command), 2 bad usage or no
# clang-format.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

clang_format=${CLANG_FORMAT:-clang-format-14}
if ! command -v "$clang_format" >/dev/null; then
  echo "check_format: $clang_format not found (scripts/setup.sh installs it)" >&2
  exit 2
fi

if (($# > 1)); then
  echo "usage: .ci/check_format.sh [BASE]" >&2
  exit 2
fi
if (($# == 1)); then
  base=$1
elif git rev-parse --verify -q origin/main >/dev/null; then
  base=$(git merge-base HEAD origin/main)
elif git rev-parse --verify -q HEAD~1 >/dev/null; then
  base=HEAD~1
else
  base=$(git hash-object -t tree /dev/null)  # the empty tree: every file
fi
if ! git rev-parse --verify -q "$base^{tree}" >/dev/null; then
  echo "check_format: '$base' is not a commit or tree" >&2
  exit 2
fi

files=()
while IFS= read -r -d '' f; do
  [[ -f "$f" ]] && files+=("$f")
done < <(git diff -z --name-only --diff-filter=ACMR "$base" -- \
           '*.h' '*.hh' '*.hpp' '*.c' '*.cc' '*.cpp' '*.cxx')

if ((${#files[@]} == 0)); then
  echo "check_format: no C/C++ files changed since $base"
  exit 0
fi

bad=()
for f in "${files[@]}"; do
  if ! out=$("$clang_format" --dry-run -Werror "$f" 2>&1); then
    if [[ "$out" != *clang-format-violations* ]]; then
      # Not a formatting difference: a bad .clang-format, an unreadable
      # file, ... Say so rather than call the file misformatted.
      printf 'check_format: %s failed on %s:\n%s\n' "$clang_format" "$f" "$out" >&2
      exit 2
    fi
    bad+=("$f")
  fi
done

if ((${#bad[@]} == 0)); then
  echo "check_format: ${#files[@]} changed C/C++ file(s) formatted ($clang_format, base $base)"
  exit 0
fi
echo "check_format: ${#bad[@]} of ${#files[@]} changed C/C++ file(s) not formatted ($clang_format, base $base):" >&2
printf '  %s\n' "${bad[@]}" >&2
echo "fix with: $clang_format -i ${bad[*]}" >&2
exit 1
