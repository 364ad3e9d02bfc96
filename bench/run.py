#!/usr/bin/env python3
"""The side-by-side benchmark: sitecast against Hugo and Eleventy on the same generated corpus.

usage: python3 bench/run.py [--posts 1000,4000] [--episodes 100] [--runs 3] [--skip-others] [--skip-native] [--skip-sample]

Prints, for each corpus size and generator, the median wall time, CPU time (user + system) and peak memory
(maximum resident set size) of several runs, and sitecast's time as a ratio to Hugo's measured in the same run.
Hugo comes from Debian (`apt-get install hugo`), Eleventy from npm (pinned in bench/eleventy/package-lock.json);
a generator that is not installed is left out with a note.
"""
import argparse
import filecmp
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)
OUT = os.path.join(BENCH, "out")


def run_measured(cmd, cwd=None, env=None):
    """Runs a command; returns (wall seconds, cpu seconds, peak RSS in MB), or raises on failure."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    output = proc.stdout.read().decode("utf-8", "replace")
    proc.stdout.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{output[-3000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


# The output of an earlier run is moved here, not deleted, and deleted once the benchmark is over. On a file system
# that skips recently freed inodes when it makes new files (ext4 without a journal checks every free inode of a
# block group for how recently it was freed), deleting thousands of files right before a build made the next build
# pay for the deletion: a third of sitecast's CPU time went to that kernel check in one profile. Moving the old
# output aside frees nothing, so every generator's clean build starts from the same state.
TRASH = os.path.join(OUT, "trash")


def put_aside(path):
    """Moves a folder out of the way (to TRASH) instead of deleting it; nothing when it does not exist."""
    if os.path.lexists(path):
        os.makedirs(TRASH, exist_ok=True)
        os.rename(path, os.path.join(TRASH, f"{len(os.listdir(TRASH))}-{os.path.basename(path)}"))


def median_of(runs, prepare, cmd, cwd=None, env=None):
    results = []
    for _ in range(runs):
        prepare()
        results.append(run_measured(cmd, cwd, env))
    return tuple(statistics.median(r[i] for r in results) for i in range(3))


def make_audio(audio_dir):
    """A few short MP3s and one 60-minute VBR MP3 without a Xing header (cached between runs)."""
    os.makedirs(audio_dir, exist_ok=True)
    tools = all(shutil.which(t) for t in ("sox", "lame"))
    if not tools:
        print("note: sox and lame are needed for the episodes (apt-get install sox lame); episodes left out")
        return False
    for i, seconds in enumerate((20, 35, 50)):
        target = os.path.join(audio_dir, f"short-{i}.mp3")
        if not os.path.exists(target):
            wav = target + ".wav"
            subprocess.run(["sox", "-n", "-r", "44100", "-c", "1", wav, "synth", str(seconds), "pinknoise", "vol", "0.3"], check=True)
            subprocess.run(["lame", "--quiet", "-V", "6", wav, target], check=True)
            os.remove(wav)
    long_mp3 = os.path.join(audio_dir, "long-vbr-noxing.mp3")
    if not os.path.exists(long_mp3):
        print("making the 60-minute VBR file (once; about a minute) …", flush=True)
        wav = long_mp3 + ".wav"
        subprocess.run(["sox", "-n", "-r", "22050", "-c", "1", wav, "synth", "3600", "pinknoise", "vol", "0.3",
                        "tremolo", "0.5", "90"], check=True)
        # -t: no Xing/Info header, so the duration must come from counting frames.
        subprocess.run(["lame", "--quiet", "-t", "-V", "7", wav, long_mp3], check=True)
        os.remove(wav)
    return True


def prepare_corpus(posts, episodes, audio_dir):
    corpus = os.path.join(OUT, f"corpus-{posts}")
    put_aside(corpus)
    args = [sys.executable, os.path.join(BENCH, "make-corpus.py"), corpus, str(posts), str(episodes)]
    if audio_dir:
        args += ["--audio", audio_dir]
    subprocess.run(args, check=True)
    shutil.copytree(os.path.join(BENCH, "hugo", "layouts"), os.path.join(corpus, "hugo", "layouts"))
    eleventy = os.path.join(corpus, "eleventy")
    for name in os.listdir(os.path.join(BENCH, "eleventy")):
        if name in ("node_modules", "package.json", "package-lock.json", "posts-data"):
            continue
        source = os.path.join(BENCH, "eleventy", name)
        (shutil.copytree if os.path.isdir(source) else shutil.copy)(source, os.path.join(eleventy, name))
    shutil.copy(os.path.join(BENCH, "eleventy", "posts-data", "posts.json"), os.path.join(eleventy, "posts", "posts.json"))
    # The new corpus is on disk before the first build is timed, not still being written back.
    os.sync()
    return corpus


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", default="1000,4000")
    parser.add_argument("--episodes", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-others", action="store_true", help="measure sitecast only")
    parser.add_argument("--skip-sample", action="store_true", help="leave out the sample site's `dotnet run` timing")
    parser.add_argument("--skip-native", action="store_true", help="leave out the native (ahead-of-time compiled) build")
    args = parser.parse_args()

    print("building sitecast (Release) …", flush=True)
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "Build.csproj"), "-c", "Release", "-v", "q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    # Each build of sitecast measured: the ReadyToRun build `dotnet build -c Release` makes, and the native one.
    variants = {"sitecast": os.path.join(ROOT, "bin", "Release", "net10.0", "sitecast")}
    native = None if args.skip_native else build_native()
    if native:
        variants["sitecast native"] = native

    audio_dir = os.path.join(OUT, "audio") if args.episodes > 0 and make_audio(os.path.join(OUT, "audio")) else None
    hugo = shutil.which("hugo") if not args.skip_others else None
    eleventy_bin = os.path.join(BENCH, "eleventy", "node_modules", ".bin", "eleventy")
    if not args.skip_others and not os.path.exists(eleventy_bin) and shutil.which("npm"):
        subprocess.run(["npm", "ci", "--silent", "--no-audit", "--no-fund"], cwd=os.path.join(BENCH, "eleventy"), check=False)
    eleventy = eleventy_bin if not args.skip_others and os.path.exists(eleventy_bin) else None

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(l.split(":", 1)[1].strip() for l in f if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    print(f"\nmachine: {cpu}, {os.cpu_count()} cores; date: {time.strftime('%Y-%m-%d')}; median of {args.runs} runs")
    if hugo:
        print("hugo: " + subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip())
    if not hugo and not args.skip_others:
        print("note: hugo is not installed (apt-get install hugo); left out")
    if not eleventy and not args.skip_others:
        print("note: eleventy is not installed (npm ci in bench/eleventy); left out")

    rows = []
    for posts in [int(p) for p in args.posts.split(",")]:
        corpus = prepare_corpus(posts, args.episodes if audio_dir else 0, audio_dir)
        site = os.path.join(corpus, "site")
        output = os.path.join(site, "site")
        cache = os.path.join(site, ".sitecast-cache")

        def clean():
            put_aside(output)
            # The output before the last, kept for the next build to recycle (see README, Incremental builds).
            put_aside(output + ".spare")
            put_aside(cache)

        def build(name):
            return [variants[name], "--source", site, "--now", "2026-11-28T10:00"]

        if native:
            same_output(site, variants["sitecast"], native)
        label = f"{posts} posts" + (f" + {args.episodes} episodes" if audio_dir else "")
        hugo_dir = os.path.join(corpus, "hugo")
        eleventy_dir = os.path.join(corpus, "eleventy")
        eleventy_env = dict(os.environ, ELEVENTY_ENV="production")
        # The clean builds of all generators take turns, run by run: this machine's speed may drift over minutes,
        # and the ratio to Hugo should compare runs made at the same time.
        clean_runs = {f"{name} clean": [] for name in variants} | {"hugo clean": [], "eleventy clean": []}
        for _ in range(args.runs):
            for name in variants:
                clean()
                clean_runs[f"{name} clean"].append(run_measured(build(name)))
            if hugo:
                for d in ("public", "resources"):
                    put_aside(os.path.join(hugo_dir, d))
                clean_runs["hugo clean"].append(run_measured([hugo, "--quiet", "--source", hugo_dir, "-d", "public"]))
            if eleventy:
                put_aside(os.path.join(eleventy_dir, "_site"))
                clean_runs["eleventy clean"].append(run_measured([eleventy_bin, "--quiet"], cwd=eleventy_dir, env=eleventy_env))
        medians = {name: tuple(statistics.median(r[i] for r in results) for i in range(3))
                   for name, results in clean_runs.items() if results}
        edited = sorted(os.listdir(os.path.join(site, "input", "posts")))[posts // 2]
        edited_path = os.path.join(site, "input", "posts", edited)
        counter = [0]

        def edit():
            counter[0] += 1
            with open(edited_path, "a", encoding="utf-8") as f:
                f.write(f"\nNachtrag {counter[0]}.\n")

        for name in variants:
            rows.append((label, f"{name} clean", *medians[f"{name} clean"]))
            # Leave the output and cache of a clean build by the same program for the incremental runs below: a
            # build by another program (another build of sitecast) renders everything again.
            clean()
            run_measured(build(name))
            rows.append((label, f"{name} no change", *median_of(args.runs, lambda: None, build(name))))
            rows.append((label, f"{name} one post edited", *median_of(args.runs, edit, build(name))))

        if "hugo clean" in medians:
            rows.append((f"{posts} posts", "hugo clean", *medians["hugo clean"]))
        if "eleventy clean" in medians:
            rows.append((f"{posts} posts", "eleventy clean", *medians["eleventy clean"]))

        if "hugo clean" in medians:
            for name in variants:
                print(f"{posts} posts: {name} clean / hugo clean = {medians[f'{name} clean'][0] / medians['hugo clean'][0]:.2f}",
                      flush=True)

    print(f"\n| corpus | build | wall s | cpu s | peak MB |\n| --- | --- | ---: | ---: | ---: |")
    for label, what, wall, cpu_s, rss in rows:
        print(f"| {label} | {what} | {wall:.2f} | {cpu_s:.2f} | {rss:.0f} |")
    for posts in [int(p) for p in args.posts.split(",")]:
        ours = {r[1]: r for r in rows if r[0].startswith(f"{posts} posts")}
        for name in variants:
            clean_row = ours.get(f"{name} clean")
            if not clean_row:
                continue
            print(f"\n{posts} posts, {name}: no-change rebuild = {ours[f'{name} no change'][2] / clean_row[2]:.0%} of clean; "
                  f"one edited post = {ours[f'{name} one post edited'][2] / clean_row[2]:.0%} of clean")
            if "hugo clean" in ours:
                print(f"{posts} posts: {name} clean = {clean_row[2] / ours['hugo clean'][2]:.2f} × hugo clean")

    if not args.skip_sample:
        measure_sample(args.runs, native)


NATIVE = os.path.join(OUT, "native")


def build_native():
    """Publishes the native build (Build.csproj, PublishAot) into bench/out/native; None, with a note, without clang."""
    if not shutil.which("clang"):
        print("note: clang is not installed (apt-get install clang zlib1g-dev); the native build is left out")
        return None
    print("building sitecast native (dotnet publish -p:PublishAot=true; a few minutes) …", flush=True)
    rid = subprocess.run(["dotnet", "--info"], capture_output=True, text=True).stdout
    rid = next((l.split(":", 1)[1].strip() for l in rid.splitlines() if l.strip().startswith("RID:")), "linux-x64")
    result = subprocess.run(["dotnet", "publish", os.path.join(ROOT, "Build.csproj"), "-c", "Release", "-r", rid,
                             "-p:PublishAot=true", "-o", NATIVE, "-v", "q", "-nologo"], capture_output=True, text=True)
    if result.returncode != 0:
        print("note: the native build failed; left out\n" + (result.stdout + result.stderr)[-3000:])
        return None
    return os.path.join(NATIVE, "sitecast")


def same_output(site, reference, native):
    """Builds the corpus with both programs (no cache) and stops the benchmark if any file differs: a faster build
    that writes something else would not be the same program."""
    outputs = []
    for name, program in (("ready-to-run", reference), ("native", native)):
        target = os.path.join(OUT, f"compare-{name}")
        put_aside(target)
        run_measured([program, "--source", site, "--output", target, "--no-cache", "--now", "2026-11-28T10:00"])
        outputs.append(target)
    different = []
    for folder, _, files in os.walk(outputs[0]):
        for name in files:
            left = os.path.join(folder, name)
            right = os.path.join(outputs[1], os.path.relpath(left, outputs[0]))
            if not os.path.isfile(right) or not filecmp.cmp(left, right, shallow=False):
                different.append(os.path.relpath(left, outputs[0]))
    count = sum(len(files) for _, _, files in os.walk(outputs[0]))
    if different or count != sum(len(files) for _, _, files in os.walk(outputs[1])):
        sys.exit(f"the native build wrote other files than the ReadyToRun build: {different[:20]}")
    print(f"native and ReadyToRun builds wrote the same {count} files", flush=True)
    for target in outputs:
        put_aside(target)


def measure_sample(runs, native=None):
    """The README's build command on the sample site, against the same command on an empty console program:
    the part of `dotnet run` that is the SDK's own (evaluating and checking the project before it runs anything)."""
    sample_output = os.path.join(ROOT, "site")
    command = ["dotnet", "run", "-c", "Release"]
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    empty = os.path.join(OUT, "empty-console")
    if not os.path.exists(os.path.join(empty, "empty-console.csproj")):
        subprocess.run(["dotnet", "new", "console", "-o", empty, "-n", "empty-console"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(command, cwd=empty, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    results = {"sample site: dotnet run -c Release, site/ removed": [], "empty console program: dotnet run -c Release": [],
               "sample site: the built program alone, site/ removed": []}
    if native:
        results["sample site: the native program alone, site/ removed"] = []
    program = os.path.join(ROOT, "bin", "Release", "net10.0", "sitecast")
    for _ in range(runs):
        shutil.rmtree(sample_output, ignore_errors=True)
        results["sample site: dotnet run -c Release, site/ removed"].append(run_measured(command, cwd=ROOT))
        results["empty console program: dotnet run -c Release"].append(run_measured(command, cwd=empty))
        shutil.rmtree(sample_output, ignore_errors=True)
        results["sample site: the built program alone, site/ removed"].append(run_measured([program], cwd=ROOT))
        if native:
            shutil.rmtree(sample_output, ignore_errors=True)
            results["sample site: the native program alone, site/ removed"].append(run_measured([native], cwd=ROOT))
    print("\n| sample site | wall s | cpu s | peak MB |\n| --- | ---: | ---: | ---: |")
    for what, measured in results.items():
        wall, cpu_s, rss = (statistics.median(r[i] for r in measured) for i in range(3))
        print(f"| {what} | {wall:.2f} | {cpu_s:.2f} | {rss:.0f} |")


if __name__ == "__main__":
    shutil.rmtree(TRASH, ignore_errors=True)
    try:
        main()
    finally:
        shutil.rmtree(TRASH, ignore_errors=True)
