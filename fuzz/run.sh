#!/usr/bin/env bash
# Fuzzes one entry point with afl-fuzz for a fixed time:  fuzz/run.sh TARGET SECONDS
# TARGET is audio, chapters, frontmatter or transcript (fuzz/Targets/). Builds the harness, instruments sitecast.dll
# (and the parsing library under the target) with SharpFuzz, runs afl-fuzz, prints executions, paths, crashes and
# hangs, and exits non-zero on any crash or hang. Findings stay in fuzz/out/TARGET/findings/default/{crashes,hangs}.
# A second run of the same target resumes its corpus; FUZZ_FRESH=1 starts again from the seeds. FUZZ_EXECS=N also
# stops once afl-fuzz has run about N inputs (e.g. 10000000), if that comes before SECONDS.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: fuzz/run.sh audio|chapters|frontmatter|transcript SECONDS}
seconds=${2:?usage: fuzz/run.sh TARGET SECONDS}
case "$target" in
  audio | chapters) libraries=(TagLibSharp.dll) ;;
  frontmatter) libraries=(YamlDotNet.dll) ;;
  transcript) libraries=() ;;
  *) echo "unknown target '$target' (audio, chapters, frontmatter, transcript)" >&2; exit 2 ;;
esac
command -v afl-fuzz >/dev/null || { echo "afl-fuzz is missing: apt-get install afl++ (or bash .ci/install.d/50-fuzz.sh)" >&2; exit 2; }

work=fuzz/out/$target
mkdir -p fuzz/out
build=fuzz/bin/Fuzz/net10.0
# One build at a time (two targets may start together); each target instruments its own copy of the output.
# Configuration "Fuzz" is Release's optimised code without ReadyToRun: SharpFuzz rewrites IL and refuses
# assemblies that carry native code, and its own obj/ and bin/ folders keep it apart from the Release build.
(
  flock 9
  dotnet build fuzz/Fuzz.csproj -c Fuzz -p:Optimize=true -nologo -v quiet >"$work.build.log" 2>&1 \
    || { cat "$work.build.log" >&2; exit 2; }
  (cd fuzz && dotnet tool restore >/dev/null)
  rm -rf "$work/bin"
  mkdir -p "$work"
  cp -r "$build" "$work/bin"
) 9>fuzz/out.lock

for assembly in sitecast.dll "${libraries[@]}"; do
  (cd fuzz && dotnet tool run sharpfuzz "../$work/bin/$assembly" >/dev/null)
done

if [ "${FUZZ_FRESH:-0}" = 1 ]; then rm -rf "$work/findings" "$work/exceptions.log"; fi
rm -rf "$work/seeds"
dotnet "$build/Sitecast.Fuzz.dll" "$target" --seeds "$work/seeds"

# Memory: afl-fuzz's -m limits the address space, and .NET reserves far more than it uses (the GC's region range,
# the code heap, thread stacks): with -m 256 the runtime cannot even start. DOTNET_GCHeapHardLimit holds the
# managed heap, where the parsers allocate, to 256 MB: an input that needs more ends in OutOfMemoryException, which
# the harness reports as a crash. -m 2048 remains as a backstop for native memory.
export DOTNET_GCHeapHardLimit=0x10000000
export AFL_SKIP_BIN_CHECK=1         # the target is the dotnet host; the instrumentation is in the assemblies
export AFL_NO_UI=1 AFL_QUIET=1 AFL_SKIP_CPUFREQ=1 AFL_NO_AFFINITY=1
export AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1
export FUZZ_EXCEPTIONS=$PWD/$work/exceptions.log # what each crash threw, written by the harness
export AFL_FORKSRV_INIT_TMOUT=120000 # the harness first runs every seed (JIT, static data) before it says hello
stats=$work/findings/default/fuzzer_stats
state=$work/findings/default

started=$(date +%s)
restarts=0
status=0
while :; do
  left=$(( seconds - ($(date +%s) - started) ))
  [ "$left" -gt 0 ] || break
  input=(-i "$work/seeds")
  [ -f "$stats" ] && input=(-i -) # resume the corpus of an earlier run
  log=$work/afl.log
  set +e
  execs=()
  [ -n "${FUZZ_EXECS:-}" ] && execs=(-E "$FUZZ_EXECS")
  afl-fuzz "${input[@]}" -o "$work/findings" -t 1000 -m 2048 -V "$left" "${execs[@]}" \
    -- dotnet "$work/bin/Sitecast.Fuzz.dll" "$target" --afl "$work/seeds" >"$log" 2>&1
  code=$?
  set -e
  [ "$code" = 0 ] && break
  # SharpFuzz's fork server is the harness process itself: when afl-fuzz kills a run that took over 1 s (or the
  # runtime dies of a stack overflow), the fork server is gone and afl-fuzz stops. The input it was running is
  # .cur_input; run it again outside afl-fuzz to tell a real hang from a run that was only starved of CPU.
  if [ -f "$state/.cur_input" ] && grep -qE "fork server|Fork server" "$log"; then
    mkdir -p "$state/hangs"
    keep=$state/hangs/stopped-fuzzer-$(date +%s)
    cp "$state/.cur_input" "$keep"
    # The replay reports its own time (over 1 s is a hang). The timeout only catches an input that never ends; a
    # replay that times out once is given a longer second chance, since a machine busy enough to stop the fuzzer
    # can also keep the runtime from starting within seconds.
    replayed=0
    for limit in 10 120; do
      set +e
      timeout "$limit" dotnet "$build/Sitecast.Fuzz.dll" "$target" --replay "$keep" >"$keep.replay" 2>&1
      replayed=$?
      set -e
      [ "$replayed" = 124 ] || break
    done
    if [ "$replayed" = 0 ]; then
      rm "$keep" "$keep.replay"
      restarts=$((restarts + 1))
      continue # not reproducible: the machine was busy
    fi
    if [ "$replayed" = 124 ]; then
      why="its replay did not end within 120 s; load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)"
    else
      why="its replay exited with $replayed: $(head -c 300 "$keep.replay")"
    fi
    echo "finding: $keep (the fuzzer stopped on it; $why)" >&2
    status=1
    break
  fi
  tail -n 20 "$log" >&2
  echo "afl-fuzz failed (exit $code); its log is $log" >&2
  exit 2
done

stat() { awk -F' *: *' -v key="$1" '$1 == key { print $2 }' "$stats" 2>/dev/null; }
crashes=$(find "$state/crashes" -type f -name 'id:*' 2>/dev/null | wc -l)
hangs=$(find "$state/hangs" -type f \( -name 'id:*' -o -name 'stopped-*' \) ! -name '*.replay' 2>/dev/null | wc -l)
echo "$target: executions $(stat execs_done), paths $(stat corpus_count), crashes $crashes, hangs $hangs," \
  "$(stat execs_per_sec) exec/s, $(stat run_time) s fuzzed in all, $restarts restarts after an unreproduced timeout"
[ "$crashes" = 0 ] && [ "$hangs" = 0 ] && [ "$status" = 0 ]
