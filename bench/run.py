#!/usr/bin/env python3
"""The side-by-side benchmark: sitecast against Hugo and Eleventy making the same pages of the same generated corpus.

usage: python3 bench/run.py [--posts 5,4000] [--corpora blog,podcast] [--episodes 100] [--runs 3] [--skip-others]
                            [--skip-native] [--rebuild-native] [--skip-incremental] [--skip-sample]

Two corpora: "blog" (posts only) and "podcast" (the same posts and 100 episodes). Hugo (bench/hugo) and Eleventy
(bench/eleventy) are set up to make the pages sitecast makes for the posts: every post, the paged blog, the home
page, the tag overview and paged tags, the yearly archive, RSS, Atom and JSON Feed of the 20 newest posts, the
sitemap, robots.txt, a 404 page and the theme's assets, with no code highlighting. sitecast is measured twice:
"equal work" (site.yml's benchmarkEqualWork: no search page and index, no link check: the pages Hugo makes) and
"full work" (as a site is built). Each program is measured as users run it: the default program
(`dotnet bin/Release/net10.0/sitecast.dll`, ReadyToRun) and the native build (bench/out/native, published once and
reused until a source file is newer). Hugo and Eleventy do not read audio: on the podcast corpus they make the posts'
pages only, so the ratios there are sitecast's whole work against theirs.

Prints, per corpus and build, the median of the clean builds' wall time, user and system CPU time and peak memory
(maximum resident set size), the files and bytes the build wrote, and each sitecast build's wall and CPU time as a multiple of
Hugo's and Eleventy's. The clean builds of all programs take turns run by run; `sync` runs before each timed build,
so no program pays for the pages another left unwritten. The load average is printed with every corpus: figures
taken on a loaded machine are not comparable with those of a quiet one.
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
NATIVE = os.path.join(OUT, "native")
NOW = "2026-11-28T10:00"


def run_measured(cmd, cwd=None, env=None):
    """Runs a command after `sync`; returns (wall s, user CPU s, system CPU s, peak RSS MB), or raises on failure."""
    os.sync()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    output = proc.stdout.read().decode("utf-8", "replace")
    proc.stdout.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{output[-3000:]}")
    return wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss / 1024


def medians(results):
    return tuple(statistics.median(r[i] for r in results) for i in range(4))


def load_average():
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f}, {five:.2f}, {fifteen:.2f}"


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


def written(folder, redirect=None):
    """(files, bytes) under a folder, and how many of the files are paging redirects (a path ending in `redirect`)."""
    files = size = redirects = 0
    for parent, _, names in os.walk(folder):
        for name in names:
            path = os.path.join(parent, name)
            files += 1
            size += os.path.getsize(path)
            if redirect and path.endswith(redirect):
                redirects += 1
    return files, size, redirects


def make_audio(audio_dir):
    """A few short MP3s and one 60-minute VBR MP3 without a Xing header (cached between runs)."""
    os.makedirs(audio_dir, exist_ok=True)
    if not all(shutil.which(t) for t in ("sox", "lame")):
        print("note: sox and lame are needed for the episodes (apt-get install sox lame); the podcast corpus is left out")
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


def prepare_corpus(name, posts, episodes, audio_dir, hugo_setup="hugo"):
    """Writes the corpus with bench/make-corpus.py and puts the Hugo and Eleventy set-ups beside it."""
    corpus = os.path.join(OUT, f"corpus-{name}-{posts}")
    put_aside(corpus)
    args = [sys.executable, os.path.join(BENCH, "make-corpus.py"), corpus, str(posts), str(episodes)]
    if episodes:
        args += ["--audio", audio_dir]
    subprocess.run(args, check=True)
    for item in os.listdir(os.path.join(BENCH, hugo_setup)):
        source = os.path.join(BENCH, hugo_setup, item)
        (shutil.copytree if os.path.isdir(source) else shutil.copy)(source, os.path.join(corpus, "hugo", item))
    # The theme's files, which sitecast copies into every site, go into the others' output as well.
    shutil.copytree(os.path.join(ROOT, "theme", "assets"), os.path.join(corpus, "hugo", "static", "assets"))
    eleventy = os.path.join(corpus, "eleventy")
    for item in os.listdir(os.path.join(BENCH, "eleventy")):
        if item in ("node_modules", "package.json", "package-lock.json", "posts-data"):
            continue
        source = os.path.join(BENCH, "eleventy", item)
        (shutil.copytree if os.path.isdir(source) else shutil.copy)(source, os.path.join(eleventy, item))
    shutil.copy(os.path.join(BENCH, "eleventy", "posts-data", "posts.json"), os.path.join(eleventy, "posts", "posts.json"))
    shutil.copytree(os.path.join(ROOT, "theme", "assets"), os.path.join(eleventy, "assets"))
    # The configuration requires Eleventy's own modules, found from the corpus through this link.
    if os.path.isdir(os.path.join(BENCH, "eleventy", "node_modules")):
        os.symlink(os.path.join(BENCH, "eleventy", "node_modules"), os.path.join(eleventy, "node_modules"))
    # The new corpus is on disk before the first build is timed, not still being written back.
    os.sync()
    return corpus


def newest_source_time():
    newest = os.path.getmtime(os.path.join(ROOT, "Build.csproj"))
    for folder in ("src", "theme"):
        for parent, _, names in os.walk(os.path.join(ROOT, folder)):
            for name in names:
                newest = max(newest, os.path.getmtime(os.path.join(parent, name)))
    return newest


def build_native(rebuild):
    """The native build (Build.csproj, PublishAot) in bench/out/native: published once (a few minutes) and reused
    until a source file is newer; None, with a note, without clang."""
    program = os.path.join(NATIVE, "sitecast")
    if not rebuild and os.path.exists(program) and os.path.getmtime(program) > newest_source_time():
        print(f"reusing the native build in {NATIVE} (newer than every source file; --rebuild-native publishes it anew)")
        return program
    if not shutil.which("clang"):
        print("note: clang is not installed (apt-get install clang zlib1g-dev); the native build is left out")
        return None
    print("building sitecast native (dotnet publish -p:PublishAot=true; a few minutes) …", flush=True)
    info = subprocess.run(["dotnet", "--info"], capture_output=True, text=True).stdout
    rid = next((l.split(":", 1)[1].strip() for l in info.splitlines() if l.strip().startswith("RID:")), "linux-x64")
    result = subprocess.run(["dotnet", "publish", os.path.join(ROOT, "Build.csproj"), "-c", "Release", "-r", rid,
                             "-p:PublishAot=true", "-o", NATIVE, "-v", "q", "-nologo"], capture_output=True, text=True)
    if result.returncode != 0:
        print("note: the native build failed; left out\n" + (result.stdout + result.stderr)[-3000:])
        return None
    return program


def same_output(site, reference, native):
    """Builds the corpus with both programs (no cache) and stops the benchmark if any file differs: a faster build
    that writes something else would not be the same program."""
    outputs = []
    for name, program in (("ready-to-run", reference), ("native", native)):
        target = os.path.join(OUT, f"compare-{name}")
        put_aside(target)
        run_measured(program + ["--source", site, "--output", target, "--no-cache", "--now", NOW])
        outputs.append(target)
    different = []
    for folder, _, files in os.walk(outputs[0]):
        for name in files:
            left = os.path.join(folder, name)
            right = os.path.join(outputs[1], os.path.relpath(left, outputs[0]))
            if not os.path.isfile(right) or not filecmp.cmp(left, right, shallow=False):
                different.append(os.path.relpath(left, outputs[0]))
    count = written(outputs[0])[0]
    if different or count != written(outputs[1])[0]:
        sys.exit(f"the native build wrote other files than the ReadyToRun build: {different[:20]}")
    print(f"native and ReadyToRun builds wrote the same {count} files", flush=True)
    for target in outputs:
        put_aside(target)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", default="5,1000,4000")
    parser.add_argument("--corpora", default="blog,podcast", help="blog (posts only), podcast (posts and episodes), or both")
    parser.add_argument("--episodes", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-others", action="store_true", help="measure sitecast only")
    parser.add_argument("--skip-native", action="store_true", help="leave out the native (ahead-of-time compiled) build")
    parser.add_argument("--rebuild-native", action="store_true", help="publish the native build even when it is up to date")
    parser.add_argument("--skip-incremental", action="store_true", help="leave out the rebuilds with nothing changed and one post edited")
    parser.add_argument("--skip-sample", action="store_true", help="leave out the sample site's `dotnet run` timing")
    args = parser.parse_args()

    print("building sitecast (Release) …", flush=True)
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "Build.csproj"), "-c", "Release", "-v", "q", "-nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    # What users run: the ReadyToRun program `dotnet build -c Release` makes, started by `dotnet`, and the native one.
    programs = {"sitecast": ["dotnet", os.path.join(ROOT, "bin", "Release", "net10.0", "sitecast.dll")]}
    native = None if args.skip_native else build_native(args.rebuild_native)
    if native:
        programs["sitecast native"] = [native]

    corpora = [c.strip() for c in args.corpora.split(",")]
    audio_dir = os.path.join(OUT, "audio")
    if "podcast" in corpora and not (args.episodes > 0 and make_audio(audio_dir)):
        corpora.remove("podcast")
    hugo = None if args.skip_others else shutil.which("hugo")
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
    print(f"\nmachine: {cpu}, {os.cpu_count()} cores; {time.strftime('%Y-%m-%d %H:%M %Z')}; median of {args.runs} runs; {load_average()}")
    if hugo:
        print("hugo: " + subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip())
    if not hugo and not args.skip_others:
        print("note: hugo is not installed (apt-get install hugo); left out")
    if not eleventy and not args.skip_others:
        print("note: eleventy is not installed (npm ci in bench/eleventy); left out")

    rows, ratios = [], []
    for kind in corpora:
        for posts in [int(p) for p in args.posts.split(",")]:
            episodes = args.episodes if kind == "podcast" else 0
            label = f"{posts} posts" + (f" + {episodes} episodes" if episodes else "")
            corpus = prepare_corpus(kind, posts, episodes, audio_dir)
            rows_of_corpus = measure_corpus(corpus, label, posts, programs, hugo, eleventy, args)
            rows += rows_of_corpus
            ratios += ratios_of(label, rows_of_corpus, programs)
            print(f"{label}: done at {time.strftime('%H:%M:%S')}, {load_average()}", flush=True)

    print("\n| corpus | build | wall s | user s | sys s | peak MB | files | MB written |\n"
          "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, what, (wall, user, system, rss), files in rows:
        shown = "" if files is None else f"{files[0]}" + (f" ({files[2]} redirects)" if files[2] else "")
        size = "" if files is None else f"{files[1] / 1e6:.1f}"
        print(f"| {label} | {what} | {wall:.2f} | {user:.2f} | {system:.2f} | {rss:.0f} | {shown} | {size} |")
    if ratios:
        print("\n| corpus | sitecast build | work | wall × Hugo | CPU × Hugo | wall × Eleventy | CPU × Eleventy |\n"
              "| --- | --- | --- | ---: | ---: | ---: | ---: |")
        for line in ratios:
            print(line)
    print(f"\nfinished {time.strftime('%H:%M %Z')}; {load_average()}")

    if not args.skip_sample:
        measure_sample(args.runs, native)


def measure_corpus(corpus, label, posts, programs, hugo, eleventy, args):
    """The clean builds of every program, taking turns run by run, then sitecast's incremental rebuilds."""
    site = os.path.join(corpus, "site")
    output = os.path.join(site, "site")
    config = os.path.join(site, "site.yml")
    with open(config, encoding="utf-8") as f:
        site_yml = f.read()

    def clean(equal_work):
        put_aside(output)
        # The output before the last, kept for the next build to recycle (see README, Incremental builds).
        put_aside(output + ".spare")
        put_aside(os.path.join(site, ".sitecast-cache"))
        with open(config, "w", encoding="utf-8") as f:
            f.write(site_yml + ("benchmarkEqualWork: true\n" if equal_work else ""))

    def build(program):
        return programs[program] + ["--source", site, "--now", NOW]

    if "sitecast native" in programs:
        clean(False)
        same_output(site, programs["sitecast"], programs["sitecast native"])
    hugo_dir = os.path.join(corpus, "hugo")
    eleventy_dir = os.path.join(corpus, "eleventy")
    eleventy_env = dict(os.environ, ELEVENTY_ENV="production")
    builds = [(f"{name}, {work} work", name, work == "equal") for name in programs for work in ("equal", "full")]
    results = {what: [] for what, _, _ in builds} | {"hugo": [], "eleventy": []}
    files = {}
    # The clean builds of all generators take turns, run by run: this machine's speed may drift over minutes, and
    # the ratio to Hugo should compare runs made at the same time.
    for _ in range(args.runs):
        for what, name, equal_work in builds:
            clean(equal_work)
            results[what].append(run_measured(build(name)))
            files[what] = written(output)
        if hugo:
            for d in ("public", "resources"):
                put_aside(os.path.join(hugo_dir, d))
            results["hugo"].append(run_measured([hugo, "--quiet", "--source", hugo_dir, "-d", "public"]))
            files["hugo"] = written(os.path.join(hugo_dir, "public"), redirect=os.path.join("page", "1", "index.html"))
        if eleventy:
            put_aside(os.path.join(eleventy_dir, "_site"))
            results["eleventy"].append(run_measured([eleventy, "--quiet"], cwd=eleventy_dir, env=eleventy_env))
            files["eleventy"] = written(os.path.join(eleventy_dir, "_site"))

    rows = [(label, f"{what} clean", medians(results[what]), files[what]) for what, _, _ in builds]
    if not args.skip_incremental:
        rows += incremental(site, posts, label, programs, clean, build)
    names = {"hugo": "Hugo clean", "eleventy": "Eleventy clean"}
    rows += [(label, names[g], medians(results[g]), files[g]) for g in ("hugo", "eleventy") if results[g]]
    return rows


def incremental(site, posts, label, programs, clean, build):
    """A rebuild with nothing changed and one with one post edited, after a clean build by the same program."""
    edited_path = os.path.join(site, "input", "posts", sorted(os.listdir(os.path.join(site, "input", "posts")))[posts // 2])
    counter = [0]

    def edit():
        counter[0] += 1
        with open(edited_path, "a", encoding="utf-8") as f:
            f.write(f"\nNachtrag {counter[0]}.\n")

    rows = []
    runs = 3
    for name in programs:
        # A build by another program (another build of sitecast) renders everything again.
        clean(False)
        run_measured(build(name))
        rows.append((label, f"{name}, full work, nothing changed", medians([run_measured(build(name)) for _ in range(runs)]), None))
        measured = []
        for _ in range(runs):
            edit()
            measured.append(run_measured(build(name)))
        rows.append((label, f"{name}, full work, one post edited", medians(measured), None))
    return rows


def ratios_of(label, rows, programs):
    """Each sitecast clean build's wall time, and its CPU time (user + system), as a multiple of Hugo's and
    Eleventy's on the same corpus. On a loaded machine the CPU ratio is the steadier one."""
    wall = {what: measured[0] for _, what, measured, _ in rows}
    cpu = {what: measured[1] + measured[2] for _, what, measured, _ in rows}

    def ratio(ours, table, other):
        return f"{table[ours] / table[other]:.2f}" if other in table else "–"

    lines = []
    for name in programs:
        for work in ("equal", "full"):
            ours = f"{name}, {work} work clean"
            # On the podcast corpus the others make the posts' pages only: sitecast's episodes are work on top.
            shown = work + (" + podcast" if "episodes" in label else "")
            lines.append(f"| {label} | {name} | {shown} | {ratio(ours, wall, 'Hugo clean')} | {ratio(ours, cpu, 'Hugo clean')} | "
                         f"{ratio(ours, wall, 'Eleventy clean')} | {ratio(ours, cpu, 'Eleventy clean')} |")
    return lines


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
               "sample site: dotnet bin/Release/net10.0/sitecast.dll, site/ removed": []}
    if native:
        results["sample site: the native program, site/ removed"] = []
    program = ["dotnet", os.path.join(ROOT, "bin", "Release", "net10.0", "sitecast.dll")]
    for _ in range(runs):
        shutil.rmtree(sample_output, ignore_errors=True)
        results["sample site: dotnet run -c Release, site/ removed"].append(run_measured(command, cwd=ROOT))
        results["empty console program: dotnet run -c Release"].append(run_measured(command, cwd=empty))
        shutil.rmtree(sample_output, ignore_errors=True)
        results["sample site: dotnet bin/Release/net10.0/sitecast.dll, site/ removed"].append(run_measured(program, cwd=ROOT))
        if native:
            shutil.rmtree(sample_output, ignore_errors=True)
            results["sample site: the native program, site/ removed"].append(run_measured([native], cwd=ROOT))
    print(f"\n| sample site | wall s | user s | sys s | peak MB |\n| --- | ---: | ---: | ---: | ---: |")
    for what, measured in results.items():
        wall, user, system, rss = medians(measured)
        print(f"| {what} | {wall:.2f} | {user:.2f} | {system:.2f} | {rss:.0f} |")
    print(load_average())


if __name__ == "__main__":
    shutil.rmtree(TRASH, ignore_errors=True)
    try:
        main()
    finally:
        shutil.rmtree(TRASH, ignore_errors=True)
