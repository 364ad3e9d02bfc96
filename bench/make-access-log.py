#!/usr/bin/env python3
"""Writes a combined-format access log of the sample site's podcast with a known truth, for `sitecast stats`.

usage: python3 bench/make-access-log.py [--lines 1000000] [--out bench/out/access.log] [--seed 21]

Every listener has its own address, so the truth follows from how each listener's requests are made:
a full GET, or a two-byte probe plus ranges that add up to the file (one download each); ranges that stop short
(none); a repeat within 24 hours (no second download) or after (a second one); HEAD, 304 and 404 answers, bots from
the OPAWG list, an audio file that is no episode, feed fetches and page views (none). The truth (downloads per
episode) is written beside the log as <out>.truth.json.
"""
import argparse
import datetime
import json
import os
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EPISODES = ["01-aarhus.mp3", "02-chicago.mp3", "03-durban.mp3", "04-rotterdam.mp3"]
APPS = [
    "AppleCoreMedia/1.0.0.21E236 (iPhone; U; CPU OS 17_4 like Mac OS X; de_de)",
    "Podcasts/1710.3 CFNetwork/1494.0.7 Darwin/23.4.0",
    "Spotify/8.9.28 iOS/17.4.1 (iPhone15,2)",
    "AntennaPod/3.3.2",
    "PocketCasts/1.0 (Pocket Casts Feed Parser; +http://pocketcasts.com/)",
    "Overcast/3.0 (+http://overcast.fm/; iOS podcast app)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36",
    "Podcast Addict - v2024.4 - Dalvik/2.1.0 (Linux; U; Android 14)",
    "Castro 2024.3/1234 Like iTunes",
]
BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "iTMS",
]
PAGES = ["/", "/blog/", "/podcast/", "/podcast/aarhus/", "/assets/css/site.css", "/ueber-uns/"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
START = datetime.datetime(2026, 11, 2, 0, 0, 0, tzinfo=datetime.timezone.utc)
SPAN = 28 * 86400


def stamp(seconds):
    t = START + datetime.timedelta(seconds=seconds)
    return f"{t.day:02d}/{MONTHS[t.month - 1]}/{t.year}:{t.hour:02d}:{t.minute:02d}:{t.second:02d} +0000"


def line(seconds, ip, method, path, status, size, agent):
    return (seconds, f'{ip} - - [{stamp(seconds)}] "{method} {path} HTTP/1.1" {status} {size} "-" "{agent}"\n')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "out", "access.log"))
    parser.add_argument("--seed", type=int, default=21)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    sizes = {name: os.path.getsize(os.path.join(ROOT, "podcast", name)) for name in EPISODES}
    truth = {name: 0 for name in EPISODES}
    events = []
    listener = 0

    while len(events) < args.lines:
        listener += 1
        ip = f"10.{listener >> 16 & 255}.{listener >> 8 & 255}.{listener & 255}" if listener % 9 else f"2001:db8::{listener:x}"
        agent = rng.choice(APPS)
        episode = rng.choice(EPISODES)
        path = "/podcast/audio/" + episode
        size = sizes[episode]
        t = rng.randrange(0, SPAN - 3 * 86400)
        kind = rng.random()
        if kind < 0.35:  # a full GET, sometimes again within 24 hours: one download
            events.append(line(t, ip, "GET", path, 200, size, agent))
            if rng.random() < 0.3:
                events.append(line(t + rng.randrange(60, 80000), ip, "GET", path, 200, size, agent))
            truth[episode] += 1
        elif kind < 0.60:  # Apple's probe, then ranges that add up to the whole file: one download
            cut = rng.randrange(1000, size - 1000)
            events.append(line(t, ip, "GET", path, 206, 2, agent))
            events.append(line(t + 1, ip, "GET", path, 206, cut, agent))
            events.append(line(t + 5, ip, "GET", path, 206, size - cut, agent))
            truth[episode] += 1
        elif kind < 0.70:  # ranges that stop short of the file: none
            events.append(line(t, ip, "GET", path, 206, 2, agent))
            events.append(line(t + 1, ip, "GET", path, 206, rng.randrange(100, size // 2), agent))
        elif kind < 0.78:  # a download, and another one two days later: two
            events.append(line(t, ip, "GET", path, 200, size, agent))
            events.append(line(t + 2 * 86400, ip, "GET", path, 200, size, agent))
            truth[episode] += 2
        elif kind < 0.84:  # HEAD, 304, 404: none
            events.append(line(t, ip, "HEAD", path, 200, 0, agent))
            events.append(line(t + 3, ip, "GET", path, 304, 0, agent))
            events.append(line(t + 9, ip, "GET", "/podcast/audio/05-missing.mp3", 404, 153, agent))
        elif kind < 0.88:  # a bot: none
            events.append(line(t, ip, "GET", path, 200, size, rng.choice(BOTS)))
        elif kind < 0.90:  # an audio file that is no episode: none
            events.append(line(t, ip, "GET", "/assets/audio/jingle.mp3", 200, 48000, agent))
        else:  # the feed and some pages
            events.append(line(t, ip, "GET", "/podcast/feed.xml", rng.choice([200, 304]), 5000, agent))
            for _ in range(rng.randrange(1, 4)):
                events.append(line(t + rng.randrange(1, 600), ip, "GET", rng.choice(PAGES), 200, rng.randrange(2000, 30000), agent))

    events.sort(key=lambda e: e[0])
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as log:
        log.writelines(text for _, text in events)
    with open(args.out + ".truth.json", "w", encoding="utf-8") as out:
        json.dump({"lines": len(events), "downloads": truth}, out, indent=2)
    print(f"wrote {len(events)} lines to {args.out}; truth: {sum(truth.values())} downloads {truth}")


if __name__ == "__main__":
    main()
