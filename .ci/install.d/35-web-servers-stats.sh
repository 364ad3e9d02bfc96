#!/usr/bin/env bash
# The stats tests start Debian's nginx and Apache on 127.0.0.1 and count their own access logs.
# Idempotent: a server that is there is left alone; without one its test is reported as skipped.
set -euo pipefail
install() {
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends "$@" >/dev/null
}
if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != "0" ]; then exit 0; fi
if ! [ -x /usr/sbin/nginx ]; then install nginx-light || install nginx; fi
if ! [ -x /usr/sbin/apache2 ]; then install apache2; fi
# Debian starts the packaged services on port 80; the tests run their own servers and need neither.
if command -v systemctl >/dev/null 2>&1; then systemctl stop nginx apache2 >/dev/null 2>&1 || true; fi
