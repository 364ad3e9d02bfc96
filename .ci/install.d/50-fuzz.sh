#!/usr/bin/env bash
# Fuzzing (fuzz/run.sh, fuzz/ci.sh): Debian's afl++ and the SharpFuzz instrumenting tool pinned in
# fuzz/dotnet-tools.json. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive

if ! command -v afl-fuzz >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends afl++ >/dev/null
  else
    echo "warning: afl-fuzz is missing; the fuzz targets will be skipped"
  fi
fi

(cd fuzz && dotnet tool restore >/dev/null)
