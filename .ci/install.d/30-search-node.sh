#!/usr/bin/env bash
# Node runs theme/assets/js/search.js in tests, to check it makes the same search terms as the C# index.
set -euo pipefail
if command -v node >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends nodejs >/dev/null
