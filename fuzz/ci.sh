#!/usr/bin/env bash
# The short fuzzing run of CI: every target for FUZZ_CI_SECONDS (30 by default), from its seeds, on a fresh corpus.
# Prints one line per target, "fuzz: TARGET passed|failed|skipped (...)", and exits non-zero if any failed: a crash
# or a hang (an input over 1 s). Without afl-fuzz every target is skipped.
set -uo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_CI_SECONDS:-30}
status=0
for target in audio chapters frontmatter transcript; do
  if ! command -v afl-fuzz >/dev/null 2>&1; then
    echo "fuzz: $target skipped (afl-fuzz is not installed)"
    continue
  fi
  log=$(mktemp)
  if FUZZ_FRESH=1 nice -n 10 bash fuzz/run.sh "$target" "$seconds" >"$log" 2>&1; then
    echo "fuzz: $target passed ($(tail -n 1 "$log"))"
  else
    cat "$log"
    echo "fuzz: $target failed (findings in fuzz/out/$target/findings/default)"
    status=1
  fi
  rm -f "$log"
done
exit $status
