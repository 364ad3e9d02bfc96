#!/usr/bin/env bash
# `check --live` is tested against Debian's nginx, which each test starts on 127.0.0.1 with its own configuration
# (the package's own service is not used). Without nginx those tests are reported as skipped.
set -euo pipefail
if [ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1; then exit 0; fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 --no-install-recommends nginx >/dev/null
fi
