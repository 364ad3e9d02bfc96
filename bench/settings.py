#!/usr/bin/env python3
"""Start-up and runtime settings, measured: the sample site and a generated corpus, built by the Release binary
under each runtime setting (set through DOTNET_* environment variables, so nothing is rebuilt between variants).

usage: python3 bench/settings.py [--posts 4000] [--runs 3] [--sample-runs 5] [--only TEXT] [--binary DIR]

Prints the median wall time, CPU time and peak memory per variant. Run bench/run.py once first (or this script
makes the corpus itself with bench/make-corpus.py). Measure on a quiet machine: compare variants of one run only.
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
OUT = os.path.join(BENCH, "out")

VARIANTS = [
    ("as built (tiered, PGO off)", {}),
    ("TieredPGO on", {"DOTNET_TieredPGO": "1"}),
    ("TieredCompilation off", {"DOTNET_TieredCompilation": "0"}),
    ("QuickJitForLoops off", {"DOTNET_TC_QuickJitForLoops": "0"}),
    ("concurrent GC off", {"DOTNET_gcConcurrent": "0"}),
    ("server GC", {"DOTNET_gcServer": "1"}),
]


def measure(cmd, env, runs, prepare):
    results = []
    for _ in range(runs):
        prepare()
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        error = proc.stderr.read().decode("utf-8", "replace")
        proc.stderr.close()
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed:\n{error[-2000:]}")
        results.append((wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024))
    return tuple(statistics.median(r[i] for r in results) for i in range(3))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sample-runs", type=int, default=5)
    parser.add_argument("--only", help="measure only the variants whose name contains this text, e.g. 'as built'")
    parser.add_argument("--binary", default=os.path.join(ROOT, "bin", "Release", "net10.0"),
                        help="folder with the built generator (default: the Release build)")
    args = parser.parse_args()

    corpus = os.path.join(OUT, f"settings-{args.posts}")
    if not os.path.exists(os.path.join(corpus, "site", "site.yml")):
        subprocess.run([sys.executable, os.path.join(BENCH, "make-corpus.py"), corpus, str(args.posts)], check=True)
    generator = os.path.join(args.binary, "sitecast")
    sample_out = os.path.join(OUT, "settings-sample-site")
    corpus_out = os.path.join(corpus, "site", "site")

    print(f"binary: {generator}; {time.strftime('%Y-%m-%d %H:%M')}; load average {os.getloadavg()[0]:.1f}")
    print("\n| setting | sample site wall s | cpu s | peak MB | "
          f"{args.posts} posts wall s | cpu s | peak MB |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, extra in VARIANTS:
        if args.only and args.only not in name:
            continue
        env = dict(os.environ, **extra)
        sample = measure([generator, "--source", ROOT, "--output", sample_out, "--now", "2026-11-28T10:00"], env,
                         args.sample_runs, lambda: shutil.rmtree(sample_out, ignore_errors=True))
        posts = measure([generator, "--source", os.path.join(corpus, "site"), "--now", "2026-11-28T10:00"], env,
                        args.runs, lambda: shutil.rmtree(corpus_out, ignore_errors=True))
        print(f"| {name} | {sample[0]:.2f} | {sample[1]:.2f} | {sample[2]:.0f} | {posts[0]:.2f} | {posts[1]:.2f} | {posts[2]:.0f} |",
              flush=True)


if __name__ == "__main__":
    main()
