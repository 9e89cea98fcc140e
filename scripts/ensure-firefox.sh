#!/usr/bin/env bash
# Sift's Firefox browser test drives Debian's Firefox ESR; install it when it is missing.
set -euo pipefail
FIREFOX=${SIFT_FIREFOX:-/usr/bin/firefox-esr}
if [ -x "$FIREFOX" ]; then exit 0; fi
if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
  echo "Sift needs Firefox at $FIREFOX: install Debian's 'firefox-esr' package, or set SIFT_FIREFOX." >&2
  exit 1
fi
SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
echo "Installing Firefox (Debian package 'firefox-esr') for Sift's browser tests..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq firefox-esr >/dev/null
"$FIREFOX" --version >&2
