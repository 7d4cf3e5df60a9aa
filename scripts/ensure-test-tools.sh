#!/usr/bin/env bash
# What the tests drive for real, from Debian (never downloaded by the tests): Chromium for the
# browser tests, with fonts for every script the form is offered in (Arabic, Persian, Urdu
# Nastaliq, Bengali: fonts-noto-core), so right-to-left screenshots show real text; nginx and
# Caddy, to run the operator guide's reverse-proxy recipes as written (tests/integration/
# proxy-recipes.test.ts). Installs what is missing when run as root.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
# nginx lives in /usr/sbin, which is not on every user's PATH.
have_nginx() { command -v nginx >/dev/null || [ -x /usr/sbin/nginx ]; }
need=()
[ -x "$CHROMIUM" ] || need+=(chromium fonts-dejavu-core)
dpkg -s fonts-noto-core >/dev/null 2>&1 || need+=(fonts-noto-core)
have_nginx || need+=(nginx-light)
command -v caddy >/dev/null || need+=(caddy)
if [ ${#need[@]} -eq 0 ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "ensure-test-tools: installing Debian's ${need[*]} (apt-get install -y)…" >&2
  apt-get update -qq
  # Installing nginx or Caddy must not start them as services (they would take ports 80 and 2019).
  own_policy=0
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && own_policy=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  if [ "$own_policy" = 1 ]; then rm -f /usr/sbin/policy-rc.d; fi
  exit 0
fi
missing=0
if [ ! -x "$CHROMIUM" ]; then
  echo "ensure-test-tools: browser tests need Chromium at $CHROMIUM. Install it with: sudo apt-get install -y chromium fonts-noto-core (or set CHROMIUM_PATH)." >&2
  missing=1
fi
if ! command -v caddy >/dev/null || ! have_nginx; then
  echo "ensure-test-tools: the reverse-proxy tests run Debian's nginx and Caddy. Install them with: sudo apt-get install -y nginx-light caddy" >&2
  missing=1
fi
[ "$missing" = 0 ] || exit 1
# Chromium is there but a script font is not: the tests still run; screenshots show boxes for those scripts.
dpkg -s fonts-noto-core >/dev/null 2>&1 || echo "ensure-test-tools: fonts-noto-core is missing; right-to-left and Bengali screenshots will not show real text (sudo apt-get install -y fonts-noto-core)." >&2
