#!/usr/bin/env bash
# Sift's browser tests and demo drive Debian's Chromium; install it when it is missing.
set -euo pipefail
CHROMIUM=${SIFT_CHROMIUM:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
  echo "Sift needs Chromium at $CHROMIUM: install Debian's 'chromium' package, or set SIFT_CHROMIUM." >&2
  exit 1
fi
SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
echo "Installing Chromium (Debian package 'chromium') for Sift's browser tests..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version >&2
