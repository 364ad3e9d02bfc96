#!/usr/bin/env bash
# Measures a clean build against a rebuild with nothing changed and one with one post edited, on a generated
# corpus of posts.
# Usage: bench/incremental.sh [POSTS]   (default 300). Prints the three times and the clean/no-change ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
posts=${1:-300}
corpus=bench/corpus
out=bench/out/site

dotnet build Build.csproj -c Release -nologo -v quiet >/dev/null
app=(dotnet bin/Release/net10.0/sitecast.dll --source "$corpus" --output "$out" --now 2040-01-01T12:00)

rm -rf "$corpus" bench/out
mkdir -p "$corpus/input/posts" bench/out
cp site.yml "$corpus/site.yml"
paragraph="Kommunen bündeln ihre Kräfte: ein *digitaler Zwilling* der Stadt zeigt, wo Wärme verloren geht, \"wie\" Verkehr fließt und welche Flächen sich für Grün eignen. Siehe [Projektseite](https://example.org/projekt) und \`code\`."
for i in $(seq 1 "$posts"); do
  day=$(date -u -d "2020-01-02 + $((i * 14)) days" +%Y-%m-%d)
  {
    printf -- '---\ntitle: "Beitrag Nummer %d über Städte"\ntags: [Stadt, Daten%d]\nauthor: redaktion\n---\n' "$i" "$((i % 7))"
    # Every body differs, so no post can reuse another's rendering.
    for p in 1 2 3 4 5 6; do printf '## Abschnitt %d.%d\n\n%s (%d)\n\n- eins\n- zwei\n\n' "$i" "$p" "$paragraph" "$i"; done
    printf '| a | b |\n| - | - |\n| 1 | 2 |\n'
  } > "$corpus/input/posts/$day-beitrag-$i.md"
done

seconds() { local start end; start=$(date +%s.%N); "$@" >/dev/null; end=$(date +%s.%N); echo "$end - $start" | bc -l; }

# A clean build has no output and no cache; the no-change rebuild runs right after it.
# Then one post is edited: its Markdown is rendered again, every page is laid out and written again.
edited="$corpus/input/posts/$(ls "$corpus/input/posts" | head -n 1)"
clean=99; nochange=99; edit=99
# Best of three for each, so a busy machine disturbs the figures less.
for round in 1 2 3; do
  rm -rf "$out" "$corpus/.sitecast-cache"
  c=$(seconds "${app[@]}"); n=$(seconds "${app[@]}")
  printf '\nEdit %d.\n' "$round" >> "$edited"
  e=$(seconds "${app[@]}")
  clean=$(echo "if ($c < $clean) $c else $clean" | bc -l)
  nochange=$(echo "if ($n < $nochange) $n else $nochange" | bc -l)
  edit=$(echo "if ($e < $edit) $e else $edit" | bc -l)
done

printf 'posts: %d\nclean build:      %.2f s\nno-change build:  %.2f s\none post edited:  %.2f s\nratio clean/no-change: %.1fx\n' \
  "$posts" "$clean" "$nochange" "$edit" "$(echo "$clean / $nochange" | bc -l)"
