#!/usr/bin/env bash
# The browser tests and the benchmark's Lighthouse runs drive Debian's Chromium: browser
# downloads by `npx playwright install` are not possible on every machine. Installs it when
# missing and allowed to; otherwise says how.
set -euo pipefail

CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Chromium is missing: installing Debian's chromium package (about a minute)…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  exit 0
fi

echo "The browser tests and Lighthouse need Chromium at $CHROMIUM." >&2
echo "Install Debian's package as root: apt-get install chromium fonts-noto-cjk" >&2
echo "or point CHROMIUM_PATH at another Chromium build." >&2
exit 1
