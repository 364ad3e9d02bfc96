#!/usr/bin/env python3
"""Two versions of sitecast on the same corpus, interleaved: does a change keep the build as fast?

usage: python3 bench/compare.py BEFORE AFTER [--posts 4000] [--episodes 100] [--clean 5] [--edited 10] [--unchanged 5]

BEFORE and AFTER are commits (anything `git worktree add` takes). Each is built once with `dotnet build -c Release`
into bench/out/compare/<commit>, then both run the same builds in turn (A B A B …), so drift in the machine's load
falls on both alike:

- clean: no output folder and no cache folder (`--no-cache`, the cache moved aside), as a first build or CI;
- edited: a line appended to the middle post before every build, cache on, each version with its own output and
  cache folder (a steady state: one clean and one edited build run first, unmeasured);
- unchanged: a rebuild with nothing changed.

Prints the median and minimum wall time, the median CPU time (user + system) and peak memory per version and build,
and AFTER as a percentage of BEFORE. Before timing, both versions build the corpus with --no-cache and their outputs
are compared file by file and the differences reported (with --same-output, a difference stops the comparison).
"""
import argparse
import filecmp
import os
import shutil
import statistics
import subprocess
import sys

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
OUT = os.path.join(BENCH, "out", "compare")
sys.path.insert(0, BENCH)
from run import NOW, TRASH, load_average, make_audio, put_aside, run_measured  # noqa: E402


def build_version(commit):
    """A Release build of the commit in a worktree of its own; returns the path of its sitecast.dll."""
    sha = subprocess.run(["git", "rev-parse", "--short=10", commit], cwd=ROOT, check=True, capture_output=True, text=True).stdout.strip()
    tree = os.path.join(OUT, sha)
    dll = os.path.join(tree, "bin", "Release", "net10.0", "sitecast.dll")
    if not os.path.exists(dll):
        if not os.path.isdir(tree):
            subprocess.run(["git", "worktree", "add", "--detach", tree, sha], cwd=ROOT, check=True, capture_output=True)
        subprocess.run(["dotnet", "build", "-c", "Release", "Build.csproj", "-nologo", "-v", "quiet"], cwd=tree, check=True)
    return sha, dll


def differing_files(left, right):
    """Relative paths present in only one folder or with different bytes."""
    found = []
    # ignore=[]: by default dircmp leaves out folders named like version-control files, among them "tags".
    compare = filecmp.dircmp(left, right, ignore=[])
    stack = [(compare, "")]
    while stack:
        node, prefix = stack.pop()
        found += [prefix + name for name in node.left_only + node.right_only + node.diff_files + node.funny_files]
        _, mismatch, errors = filecmp.cmpfiles(node.left, node.right, node.common_files, shallow=False)
        found += [prefix + name for name in mismatch + errors]
        stack += [(sub, prefix + name + "/") for name, sub in node.subdirs.items()]
    return sorted(set(found))


def folder_size(folder):
    files = size = 0
    for parent, _, names in os.walk(folder):
        files += len(names)
        size += sum(os.path.getsize(os.path.join(parent, name)) for name in names)
    return files, size


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--posts", type=int, default=4000)
    parser.add_argument("--episodes", type=int, default=100)
    parser.add_argument("--clean", type=int, default=5)
    parser.add_argument("--edited", type=int, default=10)
    parser.add_argument("--unchanged", type=int, default=5)
    parser.add_argument("--same-output", action="store_true", help="stop when the two outputs differ")
    args = parser.parse_args()

    os.makedirs(OUT, exist_ok=True)
    versions = dict(build_version(c) for c in (args.before, args.after))
    labels = list(versions)
    corpus = os.path.join(OUT, f"corpus-{args.posts}-{args.episodes}")
    if not os.path.isdir(corpus):
        make = [sys.executable, os.path.join(BENCH, "make-corpus.py"), corpus, str(args.posts), str(args.episodes)]
        if args.episodes:
            audio = os.path.join(BENCH, "out", "audio")
            if not make_audio(audio):
                sys.exit("sox and lame are needed for the episodes; pass --episodes 0 for posts only")
            make += ["--audio", audio]
        subprocess.run(make, check=True, stdout=subprocess.DEVNULL)
    site = os.path.join(corpus, "site")
    middle_post = sorted(os.listdir(os.path.join(site, "input", "posts")))[args.posts // 2]
    middle_post = os.path.join(site, "input", "posts", middle_post)

    def output(label, kind):
        return os.path.join(OUT, f"site-{label}-{kind}")

    def run(label, kind, *extra):
        command = ["dotnet", versions[label], "--source", site, "--output", output(label, kind), "--now", NOW, *extra]
        if kind != "clean":
            return run_measured(command, cwd=site)
        # A clean build finds no cache folder at all: versions before 7 December 2026 still read and wrote the
        # image cache with --no-cache, and so resized no image a build before had resized.
        # What a build leaves is put aside, not deleted: deleting thousands of files right before a build makes
        # the build pay for it in system time (see put_aside in run.py), more with every clean build run.
        put_aside(output(label, kind))
        cache = os.path.join(site, ".sitecast-cache")
        aside = cache + ".aside"
        if os.path.isdir(cache):
            os.rename(cache, aside)
        try:
            return run_measured(command + ["--no-cache"], cwd=site)
        finally:
            put_aside(cache)
            if os.path.isdir(aside):
                os.rename(aside, cache)

    # The cache folder lies in the site, so each version gets its own by swapping it in before its builds.
    def use_cache_of(label):
        cache = os.path.join(site, ".sitecast-cache")
        mine = os.path.join(OUT, f"cache-{label}")
        other = os.path.join(OUT, f"cache-{labels[1 - labels.index(label)]}")
        if os.path.isdir(cache):
            os.rename(cache, other if not os.path.isdir(other) else other + ".stale")
            shutil.rmtree(other + ".stale", ignore_errors=True)
        if os.path.isdir(mine):
            os.rename(mine, cache)

    print(f"corpus: {args.posts} posts, {args.episodes} episodes; {load_average()}", flush=True)
    for label in labels:
        use_cache_of(label)
        run(label, "clean")
    for label in labels:
        files, size = folder_size(output(label, "clean"))
        print(f"{label} wrote {files} files, {size:,} bytes")
    differences = differing_files(output(labels[0], "clean"), output(labels[1], "clean"))
    if differences and args.same_output:
        sys.exit(f"the outputs differ in {len(differences)} files, e.g. {differences[:5]}; not timed")
    print(f"the outputs differ in {len(differences)} files, e.g. {differences[:3]}" if differences
          else "the outputs are byte for byte the same", flush=True)

    results = {(label, kind): [] for label in labels for kind in ("clean", "edited", "unchanged")}
    for label in labels:  # the steady state of an edited build
        use_cache_of(label)
        run(label, "edited")
        with open(middle_post, "a", encoding="utf-8") as post:
            post.write("\nA line to rebuild.\n")
        run(label, "edited")
    for kind, count in (("clean", args.clean), ("edited", args.edited), ("unchanged", args.unchanged)):
        if kind == "unchanged":  # the last edit came after the other version's last build
            for label in labels:
                use_cache_of(label)
                run(label, "edited")
        for _ in range(count):
            for label in labels:
                use_cache_of(label)
                if kind == "edited":
                    with open(middle_post, "a", encoding="utf-8") as post:
                        post.write("\nA line to rebuild.\n")
                results[(label, kind)].append(run(label, "clean" if kind == "clean" else "edited"))
        print(f"{kind}: done; {load_average()}", flush=True)

    print()
    print("| build | version | wall median s | wall min s | CPU median s | peak MB median | after / before (wall median, CPU) |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for kind in ("clean", "edited", "unchanged"):
        if not all(results[(label, kind)] for label in labels):
            continue  # not asked for (e.g. --unchanged 0)
        rows = {}
        for label in labels:
            runs = results[(label, kind)]
            rows[label] = (statistics.median(r[0] for r in runs), min(r[0] for r in runs),
                           statistics.median(r[1] + r[2] for r in runs), statistics.median(r[3] for r in runs))
        for label in labels:
            wall, low, cpu, peak = rows[label]
            ratio = ""
            if label == labels[1]:
                ratio = f"{100 * wall / rows[labels[0]][0]:.0f} %, {100 * cpu / rows[labels[0]][2]:.0f} %"
            print(f"| {kind} ({len(results[(label, kind)])}) | {label} | {wall:.2f} | {low:.2f} | {cpu:.2f} | {peak:.0f} | {ratio} |")
    print(f"\n{load_average()}")
    shutil.rmtree(TRASH, ignore_errors=True)


if __name__ == "__main__":
    main()
