#!/usr/bin/env bash
# Installs Debian's Chromium for the workbench's browser tests (tests/PolicyRules.Workbench.Tests). Playwright's own
# browser download is not used: the tests launch /usr/bin/chromium through ExecutablePath. Needs root (CI runs as root).
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "install-chromium: run as root (sudo .ci/install-chromium.sh); the browser tests need /usr/bin/chromium." >&2
  exit 2
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium
echo "chromium: $(/usr/bin/chromium --version)"
