#!/usr/bin/env bash
# Sift's browser tests and demo drive Debian's browsers: installs each one named (chromium,
# firefox) that is missing, in one apt run. SIFT_CHROMIUM / SIFT_FIREFOX point at another binary.
set -euo pipefail
missing=()
binaries=()
for browser in "$@"; do
  case "$browser" in
    chromium) binary=${SIFT_CHROMIUM:-/usr/bin/chromium} package=chromium variable=SIFT_CHROMIUM ;;
    firefox) binary=${SIFT_FIREFOX:-/usr/bin/firefox-esr} package=firefox-esr variable=SIFT_FIREFOX ;;
    *) echo "usage: $0 chromium|firefox ..." >&2; exit 2 ;;
  esac
  if [ -x "$binary" ]; then continue; fi
  if [ "$(id -u)" != 0 ] && ! command -v sudo >/dev/null; then
    echo "Sift needs $browser at $binary: install Debian's '$package' package, or set $variable." >&2
    exit 1
  fi
  missing+=("$package")
  binaries+=("$binary")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
SUDO=$([ "$(id -u)" = 0 ] && echo "" || echo sudo)
echo "Installing ${missing[*]} (Debian packages) for Sift's browser tests..." >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
for binary in "${binaries[@]}"; do "$binary" --version >&2; done
