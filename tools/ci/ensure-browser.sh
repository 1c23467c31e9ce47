#!/usr/bin/env bash
# The admin E2E suite drives Debian's Chromium with playwright-core (Playwright's own browser
# downloads cannot work here: only the package registries are reachable).
set -euo pipefail

if [ ! -x /usr/bin/chromium ]; then
  echo "Chromium is missing; installing Debian's package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends chromium || { apt-get update && apt-get install -y --no-install-recommends chromium; }
fi
/usr/bin/chromium --version
