#!/usr/bin/env bash
# Makes the four sample episodes of "Twin Talks" in podcast/: German speech from espeak-ng, encoded with lame
# (mono, 32 kbit/s), tagged with ffmpeg (title, artist, album, track, date, comment, ID3v2 CHAP/CTOC chapters,
# an embedded cover), plus a WebVTT transcript per episode whose cues are the spoken sentences, and the
# channel cover (cover.jpg, 3000 x 3000). Needs espeak-ng, lame and ffmpeg (Debian packages of those names).
# The results are committed; run this only to make them anew.
set -euo pipefail
cd "$(dirname "$0")"
for tool in espeak-ng lame ffmpeg ffprobe; do
  command -v "$tool" >/dev/null || { echo "missing: $tool (apt-get install espeak-ng lame ffmpeg)" >&2; exit 1; }
done

font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The channel cover: a dark blue square with two interlocking rings ("twins") and the show's name.
ffmpeg -v error -y -f lavfi -i "color=c=0x0b3d6b:s=3000x3000:d=1" -frames:v 1 \
  -vf "geq=r='if(lt(abs(hypot(X-1250,Y-1250)-560),70)+lt(abs(hypot(X-1750,Y-1250)-560),70),250,r(X,Y))':g='if(lt(abs(hypot(X-1250,Y-1250)-560),70)+lt(abs(hypot(X-1750,Y-1250)-560),70),180,g(X,Y))':b='if(lt(abs(hypot(X-1250,Y-1250)-560),70)+lt(abs(hypot(X-1750,Y-1250)-560),70),60,b(X,Y))',\
drawtext=fontfile=$font:text='Twin Talks':fontcolor=white:fontsize=330:x=(w-tw)/2:y=2150,\
drawtext=fontfile=$font:text='Urbane digitale Zwillinge':fontcolor=0xd0e4f5:fontsize=150:x=(w-tw)/2:y=2580" \
  -q:v 4 cover.jpg

# episode number | file stem | city | date | colour | title | sentences (| separated; chapter starts marked with >Title>)
episodes=(
"1|01-aarhus|Aarhus|2026-10-22|0x1f6f50|Aarhus: Der Zwilling, der allen gehört|>Begrüßung>Willkommen bei Twin Talks, dem Podcast über urbane digitale Zwillinge.|Heute reisen wir nach Aarhus in Dänemark.|>Offene Daten>In Aarhus steht die Idee im Mittelpunkt, dass Daten der Stadt allen gehören.|Bürgerinnen und Bürger sollen sehen können, wie sich ihr Viertel verändert.|>Ausblick>Was können deutsche Kommunen davon lernen?|Darüber sprechen wir in den nächsten Minuten."
"2|02-chicago|Chicago|2026-11-05|0x8a3b12|Chicago: Sensoren an jeder Ecke|>Begrüßung>Willkommen zurück bei Twin Talks.|Diesmal geht es nach Chicago.|>Sensoren>Viele Sensoren in der Stadt messen Luft, Lärm und Verkehr.|Ein digitaler Zwilling macht aus diesen Messwerten ein Bild der ganzen Stadt.|>Datenschutz>Doch wer entscheidet, welche Daten erhoben werden?|Diese Frage stellen wir uns auch in Deutschland."
"3|03-durban|Durban|2026-11-19|0x6b1f6f|Durban: Wasser, Küste und Klima|>Begrüßung>Hallo und willkommen bei Twin Talks.|Wir sind heute in Durban in Südafrika.|>Starkregen>Starkregen und Überflutungen sind dort eine große Gefahr.|Ein Modell der Stadt hilft, Risiken früh zu erkennen.|>Lernen>Auch Kommunen in Deutschland bereiten sich auf solche Ereignisse vor.|Was das konkret heißt, hören Sie jetzt."
"4|04-rotterdam|Rotterdam|2026-12-03|0x0b5cad|Rotterdam: Hafenstadt im Modell|>Begrüßung>Willkommen bei Twin Talks.|Die letzte Folge dieser Reihe führt uns nach Rotterdam.|>Hafen>Der Hafen und die Stadt teilen sich Wasser, Straßen und Energie.|Ein gemeinsamer digitaler Zwilling kann beides zusammen planen.|>Bilanz>Zum Schluss ziehen wir Bilanz aus vier Städten.|Vielen Dank fürs Zuhören."
)

vtt_time() { # milliseconds → hh:mm:ss.mmm
  local ms=$1
  printf '%02d:%02d:%02d.%03d' $((ms / 3600000)) $((ms / 60000 % 60)) $((ms / 1000 % 60)) $((ms % 1000))
}

for entry in "${episodes[@]}"; do
  IFS='|' read -r number stem city date colour title rest <<<"$entry"
  IFS='|' read -r -a sentences <<<"$rest"

  # Speak each sentence on its own, so each transcript cue and chapter starts exactly where its sentence does.
  : >"$work/list.txt"
  {
    echo "WEBVTT"
    echo
  } >"$stem.vtt"
  {
    echo ";FFMETADATA1"
    echo "title=$title"
    echo "artist=Redaktion Smart City"
    echo "album=Twin Talks"
    echo "track=$number"
    echo "date=$date"
    echo "genre=Podcast"
    echo "comment=Der digitale Zwilling von $city im Gespräch."
  } >"$work/meta.txt"
  chapter_titles=()
  chapter_starts=()
  position=0
  index=0
  for sentence in "${sentences[@]}"; do
    if [[ $sentence == \>* ]]; then
      chapter="${sentence#>}"
      chapter="${chapter%%>*}"
      sentence="${sentence#>*>}"
      chapter_titles+=("$chapter")
      chapter_starts+=("$position")
    fi
    index=$((index + 1))
    espeak-ng -v de -s 145 -w "$work/s$index.wav" "$sentence"
    # A short pause after each sentence.
    ffmpeg -v error -y -i "$work/s$index.wav" -af "apad=pad_dur=0.4" "$work/p$index.wav"
    echo "file 'p$index.wav'" >>"$work/list.txt"
    length=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$work/p$index.wav")
    ms=$(awk -v d="$length" 'BEGIN { printf "%d", d * 1000 }')
    {
      echo "$(vtt_time "$position") --> $(vtt_time $((position + ms - 400)))"
      echo "<v Redaktion>$sentence"
      echo
    } >>"$stem.vtt"
    position=$((position + ms))
  done

  for i in "${!chapter_titles[@]}"; do
    next=$((i + 1))
    end=$position
    [ "$next" -lt "${#chapter_starts[@]}" ] && end=${chapter_starts[$next]}
    {
      echo "[CHAPTER]"
      echo "TIMEBASE=1/1000"
      echo "START=${chapter_starts[$i]}"
      echo "END=$end"
      echo "title=${chapter_titles[$i]}"
    } >>"$work/meta.txt"
  done

  ffmpeg -v error -y -f concat -safe 0 -i "$work/list.txt" -c copy "$work/speech.wav"
  lame --quiet -m m -b 32 "$work/speech.wav" "$work/plain.mp3"

  # The episode cover: the city's name on its own colour, 1400 x 1400.
  ffmpeg -v error -y -f lavfi -i "color=c=$colour:s=1400x1400:d=1" -frames:v 1 \
    -vf "drawtext=fontfile=$font:text='Twin Talks':fontcolor=white:fontsize=120:x=(w-tw)/2:y=420,\
drawtext=fontfile=$font:text='$city':fontcolor=white:fontsize=200:x=(w-tw)/2:y=700" \
    -q:v 6 "$work/cover.jpg"

  ffmpeg -v error -y -i "$work/plain.mp3" -i "$work/meta.txt" -i "$work/cover.jpg" \
    -map 0:a -map 2:v -map_metadata 1 -map_chapters 1 -c copy -id3v2_version 4 -write_id3v1 0 \
    -metadata:s:v title="Cover" -metadata:s:v comment="Cover (front)" -disposition:v attached_pic \
    "$work/tagged.mp3"
  # ffmpeg stores "comment" as TXXX; players and TagLib# read the comment from COMM, so add that frame.
  python3 - "$work/tagged.mp3" "$stem.mp3" "Der digitale Zwilling von $city im Gespräch." <<'PY'
import sys
source, target, text = sys.argv[1], sys.argv[2], sys.argv[3]
data = open(source, "rb").read()
assert data[:3] == b"ID3" and data[3] == 4, "expected an ID3v2.4 tag"
def syncsafe_decode(b): return (b[0] << 21) | (b[1] << 14) | (b[2] << 7) | b[3]
def syncsafe_encode(n): return bytes([(n >> 21) & 127, (n >> 14) & 127, (n >> 7) & 127, n & 127])
size = syncsafe_decode(data[6:10])
body = b"\x03" + b"deu" + b"\x00" + text.encode("utf-8")  # UTF-8, language, empty description, text
frame = b"COMM" + syncsafe_encode(len(body)) + b"\x00\x00" + body
tag = data[10:10 + size]
open(target, "wb").write(data[:6] + syncsafe_encode(size + len(frame)) + frame + tag + data[10 + size:])
PY
  echo "$stem.mp3: $(stat -c %s "$stem.mp3") bytes, $((position / 1000)) s, ${#chapter_titles[@]} chapters"
done

# The show's trailer (podcast:trailer in podcast.yml): the opening of the first episode, untagged but for its title.
# A subfolder keeps it off the episode list.
mkdir -p trailer
ffmpeg -v error -y -i 01-aarhus.mp3 -map 0:a -t 8 -c copy -map_metadata -1 -map_chapters -1 -write_id3v1 0 \
  -metadata title="Twin Talks: der Trailer" trailer/trailer.mp3
echo "trailer/trailer.mp3: $(stat -c %s trailer/trailer.mp3) bytes"

# The first episode in Opus as well (same stem): the feed names it as the MP3's podcast:alternateEnclosure.
ffmpeg -v error -y -i 01-aarhus.mp3 -map 0:a -c:a libopus -b:a 24k -ac 1 -map_metadata -1 \
  -metadata title="Aarhus: Der Zwilling, der allen gehört" 01-aarhus.opus
echo "01-aarhus.opus: $(stat -c %s 01-aarhus.opus) bytes"
