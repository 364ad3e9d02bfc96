#!/usr/bin/env bash
# Shrinks a finding to the smallest input that still fails the same way:  fuzz/minimise.sh TARGET INPUT OUTPUT
# Uses the instrumented harness of the last fuzz/run.sh TARGET (fuzz/out/TARGET/bin) and afl-tmin.
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: fuzz/minimise.sh TARGET INPUT OUTPUT}
[ -f "fuzz/out/$target/bin/Sitecast.Fuzz.dll" ] || { echo "run fuzz/run.sh $target first" >&2; exit 2; }
export DOTNET_GCHeapHardLimit=0x10000000 AFL_SKIP_BIN_CHECK=1 AFL_FORKSRV_INIT_TMOUT=120000
afl-tmin -i "$2" -o "$3" -t 1000 -m 2048 -- dotnet "fuzz/out/$target/bin/Sitecast.Fuzz.dll" "$target" --afl
