#!/usr/bin/env python3
"""Writes a deterministic benchmark corpus: German-like posts dated every 14 days, plus podcast episodes.

usage: make-corpus.py OUT_DIR POSTS [EPISODES] [--audio DIR]

OUT_DIR gets a sitecast site (site.yml, input/posts, podcast/) and, beside it, the same posts for Hugo
(hugo/content/blog) and Eleventy (eleventy/posts), so every generator renders the same text.
"""
import datetime
import os
import random
import shutil
import struct
import sys
import zlib

WORDS = """Stadt Kommune Daten Zwilling digital Plattform Verwaltung Bürgerinnen Bürger Sensor Netzwerk Klima
Energie Wärme Mobilität Verkehr Planung Beteiligung offen Standard Schnittstelle Modell Simulation Karte
Gebäude Quartier Straße Brücke Wasser Starkregen Hitze Baum Grünfläche Fahrrad Bus Bahn Haltestelle
Strategie Projekt Förderung Ergebnis Erfahrung Praxis Wissenschaft Hochschule Partner Region Land Bund
Sicherheit Resilienz Ausfall Betrieb Wartung Software Quellcode Lizenz Gemeinwohl Transparenz Vertrauen
gemeinsam schnell langsam wichtig neu alt groß klein nachhaltig sicher einfach komplex lokal regional
entwickeln prüfen planen messen teilen nutzen verbessern betreiben verbinden lernen zeigen gestalten
und oder aber denn weil dass wenn auch noch schon immer wieder heute morgen hier dort viele wenige
die der das ein eine mit für über unter zwischen nach vor bei aus von zu im am""".split()
TAGS = ["Digitaler Zwilling", "Klimaschutz", "Resilienz", "Netzwerke", "Datenstrategie", "Podcast",
        "Governance", "Open Source", "Mobilität", "Energie", "Beteiligung", "Wärmeplanung"]


def sentence(rng, low=6, high=16):
    words = [rng.choice(WORDS) for _ in range(rng.randint(low, high))]
    words[0] = words[0].capitalize()
    if rng.random() < 0.3:
        i = rng.randrange(len(words))
        words[i] = f"*{words[i]}*"
    if rng.random() < 0.2:
        i = rng.randrange(len(words))
        words[i] = f"**{words[i]}**"
    return " ".join(words) + rng.choice([".", ".", ".", "?", "!"])


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def body(rng, index, total):
    parts = [paragraph(rng), ""]
    words = 0
    section = 1
    while words < 600:
        parts += [f"## Abschnitt {section}: {rng.choice(WORDS).capitalize()} und {rng.choice(WORDS)}", ""]
        p = paragraph(rng)
        parts += [p, ""]
        words += len(p.split())
        if section == 1:
            items = [f"- {sentence(rng, 3, 7)}" for _ in range(rng.randint(3, 5))]
            parts += items + [""]
            words += sum(len(i.split()) for i in items)
        if section == 2:
            other = (index + 7) % total
            parts += [f"Mehr dazu im [Blog](/blog/) und im [Beitrag {other}](/blog/beitrag-{other:05d}/).", ""]
            parts += ["```yaml", "sensor:", f"  id: {index}", "  intervall: 15min", "```", ""]
        section += 1
    return "\n".join(parts)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def id3v23(frames):
    """A minimal ID3v2.3 tag with text frames (ISO-8859-1 or UTF-16 text)."""
    data = b""
    for frame_id, text in frames:
        try:
            payload = b"\x00" + text.encode("latin-1")
        except UnicodeEncodeError:
            payload = b"\x01" + text.encode("utf-16")
        if frame_id == "COMM":
            payload = payload[:1] + b"deu" + (b"\x00" if payload[0] == 0 else b"\xff\xfe\x00\x00") + payload[1:]
        data += frame_id.encode() + struct.pack(">I", len(payload)) + b"\x00\x00" + payload
    size = len(data)
    synchsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    return b"ID3\x03\x00\x00" + synchsafe + data


def square_png(edge, rgb=(11, 92, 173)):
    """A one-colour square PNG: the podcast cover the channel needs (Apple asks for 1400 to 3000 px)."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    row = b"\x00" + bytes(rgb) * edge
    header = struct.pack(">IIBBBBB", edge, edge, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(row * edge, 9)) + chunk(b"IEND", b""))


def strip_id3v2(blob):
    if blob[:3] == b"ID3":
        size = (blob[6] << 21) | (blob[7] << 14) | (blob[8] << 7) | blob[9]
        return blob[10 + size + (10 if blob[5] & 0x10 else 0):]
    return blob


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    audio_dir = sys.argv[sys.argv.index("--audio") + 1] if "--audio" in sys.argv else None
    if audio_dir:
        args = [a for a in args if a != audio_dir]
    out, posts = args[0], int(args[1])
    episodes = int(args[2]) if len(args) > 2 else 0
    rng = random.Random(20261128)
    shutil.rmtree(out, ignore_errors=True)

    write(f"{out}/site/site.yml", "\n".join([
        "title: Benchmark", "description: Ein Korpus für Messungen", "baseUrl: https://bench.example.org/",
        "language: de", "timeZone: Europe/Berlin", "postsPerPage: 10",
        "authors:", "  - id: redaktion", "    name: Redaktion", ""]))
    # Hugo's settings and templates are copied in by bench/run.py (bench/hugo, or bench/hugo-old for the old set-up).
    write(f"{out}/hugo/content/blog/_index.md", "---\ntitle: Blog\n---\n")

    start = datetime.date(2026, 11, 26) - datetime.timedelta(days=14 * (posts - 1))
    for i in range(posts):
        date = start + datetime.timedelta(days=14 * i)
        title = f"Beitrag {i}: {rng.choice(WORDS).capitalize()} {rng.choice(WORDS)} {rng.choice(WORDS)}"
        tags = rng.sample(TAGS, rng.randint(1, 3))
        text = body(rng, i, posts)
        slug = f"beitrag-{i:05d}"
        tag_list = ", ".join(f'"{t}"' for t in tags)
        front = f'---\ntitle: "{title}"\ndate: {date.isoformat()}\ntags: [{tag_list}]\nauthor: redaktion\nslug: {slug}\n---\n'
        write(f"{out}/site/input/posts/{date.isoformat()}-{slug}.md", front + text + "\n")
        # archive: the year, as a taxonomy term, for the yearly archive pages sitecast makes from the date.
        hugo_front = f'---\ntitle: "{title}"\ndate: {date.isoformat()}\ntags: [{tag_list}]\narchive: ["{date.year}"]\nslug: {slug}\n---\n'
        write(f"{out}/hugo/content/blog/{slug}.md", hugo_front + text + "\n")
        eleventy_front = f'---\ntitle: "{title}"\ndate: {date.isoformat()}\ntags: [{tag_list}]\npermalink: /blog/{slug}/\n---\n'
        write(f"{out}/eleventy/posts/{slug}.md", eleventy_front + text + "\n")

    if episodes and audio_dir:
        sources = sorted(f for f in os.listdir(audio_dir) if f.endswith(".mp3"))
        podcast = f"{out}/site/podcast"
        os.makedirs(podcast, exist_ok=True)
        write(f"{podcast}/podcast.yml", "\n".join([
            "title: Benchmark-Podcast", "description: Folgen für Messungen", "author: Redaktion",
            "owner:", "  name: Redaktion", "  email: podcast@bench.example.org", "language: de",
            "category: Government", "explicit: false", "type: episodic", "image: cover.png", ""]))
        with open(f"{podcast}/cover.png", "wb") as f:
            f.write(square_png(1400))
        for n in range(episodes):
            # Episode 1 is the long VBR file without a Xing header; the others cycle through the short ones.
            source = "long-vbr-noxing.mp3" if n == 0 and "long-vbr-noxing.mp3" in sources else sources[n % len(sources)]
            with open(os.path.join(audio_dir, source), "rb") as f:
                audio = strip_id3v2(f.read())
            date = start + datetime.timedelta(days=14 * (n * posts // max(1, episodes)))
            tag = id3v23([("TIT2", f"Folge {n + 1}: {rng.choice(WORDS).capitalize()}"), ("TPE1", "Redaktion"),
                          ("TALB", "Benchmark-Podcast"), ("TRCK", str(n + 1)), ("TYER", str(date.year)),
                          ("COMM", sentence(rng))])
            with open(f"{podcast}/folge-{n + 1:03d}.mp3", "wb") as f:
                f.write(tag + audio)
            write(f"{podcast}/folge-{n + 1:03d}.md", f"---\ndate: {date.isoformat()}\n---\nShownotes zu Folge {n + 1}.\n")


if __name__ == "__main__":
    main()
