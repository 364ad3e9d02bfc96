#!/usr/bin/env bash
# Browser tests: Debian's Chromium (never a downloaded browser), fonts, a Java runtime for the Nu HTML Checker,
# and the npm packages pinned in tests/browser/package-lock.json (axe-core, vnu-jar).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || missing+=(fonts-dejavu-core)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "warning: missing ${missing[*]}; the browser tests will be skipped"
  fi
fi

# --ignore-scripts: vnu-jar's install script would try to download a Java runtime; the machine's Java is used instead.
if command -v npm >/dev/null 2>&1; then
  (cd tests/browser && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error >/dev/null)
fi
