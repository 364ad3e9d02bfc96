#!/usr/bin/env bash
# The stats tests start Debian's nginx (and Apache, where it is installed) on 127.0.0.1 and count its own access log.
# Idempotent: nothing happens when nginx is there; without it the tests are reported as skipped.
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends nginx-light >/dev/null \
    || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends nginx >/dev/null
  # Debian starts the packaged service on port 80; the tests run their own server and need no other.
  (command -v systemctl >/dev/null 2>&1 && systemctl stop nginx >/dev/null 2>&1) || true
fi
