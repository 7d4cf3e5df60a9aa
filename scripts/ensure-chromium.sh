#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a downloaded browser), with fonts for every
# script the form is offered in (Arabic, Persian, Urdu Nastaliq, Bengali: fonts-noto-core), so
# right-to-left screenshots show real text. Install what is missing when run as root.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
need=()
[ -x "$CHROMIUM" ] || need+=(chromium fonts-dejavu-core)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: installing Debian's ${need[*]} (apt-get install -y)…" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  exit 0
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-chromium: browser tests need Chromium at $CHROMIUM. Install it with: sudo apt-get install -y chromium fonts-noto-core (or set CHROMIUM_PATH)." >&2
  exit 1
fi
# Chromium is there but a script font is not: the tests still run; screenshots show boxes for those scripts.
echo "ensure-chromium: fonts-noto-core is missing; right-to-left and Bengali screenshots will not show real text (sudo apt-get install -y fonts-noto-core)." >&2
