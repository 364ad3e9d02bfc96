#!/usr/bin/env bash
# Times `sitecast stats` on a generated log of 1,000,000 lines (bench/make-access-log.py) of the sample podcast and
# checks the downloads it counted against the generator's truth.
# usage: bash bench/stats.sh [LINES]   (run from anywhere; builds Release first)
set -euo pipefail
cd "$(dirname "$0")/.."
lines=${1:-1000000}
log=bench/out/access-$lines.log
[ -f "$log" ] || python3 bench/make-access-log.py --lines "$lines" --out "$log"
dotnet build Build.csproj -c Release -v quiet -nologo >/dev/null
out=$(mktemp -d)
/usr/bin/time -f "%e %U %S %M" -o "$out/time" ./bin/Release/net10.0/sitecast stats "$log" --source . --output "$out/stats" >"$out/console"
read -r wall user system rss <"$out/time"
python3 - "$log.truth.json" "$out/stats/stats.json" <<'PY'
import json, sys
truth = json.load(open(sys.argv[1]))["downloads"]
counted = {e["url"].rstrip("/").split("/")[-1]: e["downloads"] for e in json.load(open(sys.argv[2]))["episodes"]}
expected = {name[3:-4]: n for name, n in truth.items()}
ok = sorted(counted.values()) == sorted(expected.values()) and sum(counted.values()) == sum(truth.values())
print(f"downloads counted {sum(counted.values())}, truth {sum(truth.values())}: {'equal' if ok else 'DIFFERENT'}")
sys.exit(0 if ok else 1)
PY
grep -E "^counted" "$out/console" || true
echo "stats on $lines lines: wall $wall s, CPU $(python3 -c "print(round($user+$system,2))") s, peak memory $((rss / 1024)) MB (load: $(cut -d' ' -f1-3 /proc/loadavg))"
rm -rf "$out"
