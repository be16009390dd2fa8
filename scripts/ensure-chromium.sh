#!/usr/bin/env bash
# Installs Chromium from Debian's repositories when it is missing (Playwright uses /usr/bin/chromium;
# it never downloads a browser of its own). Needs root, or sudo.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  echo "Chromium: $(/usr/bin/chromium --version 2>/dev/null || echo present)"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "Chromium is missing: installing it with apt-get."
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
echo "Chromium: $(/usr/bin/chromium --version)"
