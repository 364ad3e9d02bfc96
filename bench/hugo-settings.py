#!/usr/bin/env python3
"""Where Hugo's time went in the benchmark's old set-up (bench/hugo-old: Hugo's defaults), one setting at a time.

usage: python3 bench/hugo-settings.py [--posts 4000] [--runs 3]

Builds the blog corpus of bench/make-corpus.py with Hugo under the old set-up, then under the old set-up with one
setting changed, then with all of them changed, and under the like-for-like set-up bench/run.py uses (bench/hugo).
The variants take turns run by run. Prints the median wall time, user and system CPU, peak memory, the files and
bytes written and the feed items. Compare the rows of one run only: the machine's speed drifts.
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import time

BENCH = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, BENCH)
run = __import__("run")

# Each a change to bench/hugo-old/hugo.toml: (top-level lines put first, tables added at the end).
HIGHLIGHT_OFF = ([], ["[markup.highlight]", "  codeFences = false"])
RSS_LIMIT = (["rssLimit = 20"], [])
HOME_FEED_ONLY = ([], ["[outputs]", '  home = ["HTML", "RSS"]', '  section = ["HTML"]', '  taxonomy = ["HTML"]', '  term = ["HTML"]'])
NO_SITEMAP = (['disableKinds = ["sitemap"]'], [])
VARIANTS = [
    ("old set-up (Hugo's defaults)", []),
    ("+ no highlighting (markup.highlight.codeFences = false)", [HIGHLIGHT_OFF]),
    ("+ rssLimit = 20 (still 15 feeds)", [RSS_LIMIT]),
    ("+ RSS for the home page only (unlimited)", [HOME_FEED_ONLY]),
    ("+ no sitemap", [NO_SITEMAP]),
    ("all three: no highlighting, one feed of 20 items", [HIGHLIGHT_OFF, RSS_LIMIT, HOME_FEED_ONLY]),
]


def feed_items(public):
    items = feeds = 0
    for parent, _, names in os.walk(public):
        for name in names:
            if name.endswith(".xml") and name != "sitemap.xml":
                with open(os.path.join(parent, name), encoding="utf-8") as f:
                    count = len(re.findall(r"<item>|<entry>", f.read()))
                if count:
                    feeds += 1
                    items += count
    return feeds, items


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--posts", type=int, default=4000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    hugo = shutil.which("hugo")
    if not hugo:
        sys.exit("hugo is not installed (apt-get install hugo)")

    corpus = run.prepare_corpus("hugo-settings", args.posts, 0, None, hugo_setup="hugo-old")
    # The old set-up's templates list the section "posts".
    os.rename(os.path.join(corpus, "hugo", "content", "blog"), os.path.join(corpus, "hugo", "content", "posts"))
    with open(os.path.join(run.BENCH, "hugo-old", "hugo.toml"), encoding="utf-8") as f:
        old = f.read()
    sites = []
    for i, (name, changes) in enumerate(VARIANTS):
        site = os.path.join(corpus, f"hugo-{i}")
        shutil.copytree(os.path.join(corpus, "hugo"), site, symlinks=True)
        # The old set-up had no copy of the theme's assets.
        shutil.rmtree(os.path.join(site, "static"))
        top = [line for change in changes for line in change[0]]
        tables = [line for change in changes for line in change[1]]
        with open(os.path.join(site, "hugo.toml"), "w", encoding="utf-8") as f:
            f.write("\n".join(top + [old.rstrip("\n")] + tables) + "\n")
        sites.append((name, site))
    like_for_like = run.prepare_corpus("hugo-settings-new", args.posts, 0, None)
    sites.append(("like-for-like set-up of bench/run.py (bench/hugo)", os.path.join(like_for_like, "hugo")))
    os.sync()

    print(f"{args.posts} posts; {time.strftime('%Y-%m-%d %H:%M %Z')}; median of {args.runs} runs; {run.load_average()}")
    print(subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.strip())
    results = {name: [] for name, _ in sites}
    for _ in range(args.runs):
        for name, site in sites:
            for d in ("public", "resources"):
                run.put_aside(os.path.join(site, d))
            results[name].append(run.run_measured([hugo, "--quiet", "--source", site, "-d", "public"]))
    print("\n| Hugo set-up | wall s | user s | sys s | peak MB | files | MB written | RSS/Atom files | their items |\n"
          "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, site in sites:
        wall, user, system, rss = run.medians(results[name])
        files, size, redirects = run.written(os.path.join(site, "public"), redirect=os.path.join("page", "1", "index.html"))
        feeds, items = feed_items(os.path.join(site, "public"))
        print(f"| {name} | {wall:.2f} | {user:.2f} | {system:.2f} | {rss:.0f} | {files} ({redirects} redirects) | "
              f"{size / 1e6:.1f} | {feeds} | {items} |", flush=True)
    print(f"\nfinished {time.strftime('%H:%M %Z')}; {run.load_average()}")


if __name__ == "__main__":
    shutil.rmtree(run.TRASH, ignore_errors=True)
    try:
        main()
    finally:
        shutil.rmtree(run.TRASH, ignore_errors=True)
