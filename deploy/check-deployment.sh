#!/usr/bin/env bash
# Follows docs/operator-guide.md, "Deploying on a small VPS", step by step on a fresh clone, and
# checks the result: production mode, settings read from the file, the form without the demo
# banner, the fingerprint the server prints and serves equal to keygen's, verify-form passing.
# Then the same with `.env` beside the checkout and `npm start`, stopped by its process id.
#
# Usage: deploy/check-deployment.sh [REPOSITORY]   (default: the checkout holding this script;
# its committed HEAD is cloned, so commit first). Runs unprivileged: what needs root in the guide
# (/etc, /var/lib, useradd, systemctl) goes to a scratch folder, and the service's ExecStart line
# is run from deploy/scanwitness.service itself. No network: set SCANWITNESS_NODE_MODULES to an
# installed node_modules to use instead of `npm ci`. Exit 0 = every check passed.
set -euo pipefail

repo=${1:-$(cd "$(dirname "$0")/.." && pwd)}
work=$(mktemp -d "${TMPDIR:-/tmp}/scanwitness-deploy-XXXXXX")
server_pid=
cleanup() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then kill -TERM "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "check-deployment: FAILED: $*" >&2
  exit 1
}
step() { echo "== $*"; }

# Set KEY=VALUE in a settings file: replaces the line, or its commented-out form, or appends.
set_setting() {
  local file=$1 key=$2 value=$3
  if grep -qE "^#?${key}=" "$file"; then
    sed -i -E "s|^#?${key}=.*|${key}=${value}|" "$file"
  else
    echo "${key}=${value}" >>"$file"
  fi
}

# Wait for the server's "serving http://…/" line in LOG; print the URL.
wait_for_url() {
  local log=$1 pid=$2 url
  for _ in $(seq 1 300); do
    url=$(sed -n -E 's|.*serving (http://[^ ]+)/.*|\1|p' "$log" | head -n 1)
    if [ -n "$url" ]; then
      echo "$url"
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || fail "the server stopped: $(cat "$log")"
    sleep 0.1
  done
  fail "the server did not start within 30 s: $(cat "$log")"
}

# The form as a browser renders it (scripts run), so the demo banner's state is what a witness sees.
rendered_form() {
  /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --virtual-time-budget=10000 --dump-dom "$1/" 2>/dev/null
}

# Production checks on a running server: its start-up LOG, its URL and the expected fingerprint.
check_production() {
  local log=$1 url=$2 settings=$3 fingerprint=$4 kid=$5
  grep -qF "scanwitness: settings from $settings (" "$log" || fail "no start-up line naming $settings: $(cat "$log")"
  grep -qE "^scanwitness: settings from .*; mode: production$" "$log" || fail "not in production mode: $(grep 'mode:' "$log")"
  grep -q 'DEMO MODE' "$log" && fail "the server says DEMO MODE"
  grep -qF "campaign key $kid (fingerprint $fingerprint)" "$log" || fail "the server prints another campaign key than keygen's $kid / $fingerprint"
  local campaign
  campaign=$(curl -fsS "$url/api/campaign")
  echo "$campaign" | grep -q '"demo":false' || fail "/api/campaign is not demo:false: $campaign"
  echo "$campaign" | grep -qF "\"kid\":\"$kid\"" || fail "/api/campaign serves another key: $campaign"
  echo "$campaign" | grep -qF 'https://campaign.example.org/key' || fail "/api/campaign lacks KEY_FINGERPRINT_PUBLISHED_AT: $campaign"
  local dom
  dom=$(rendered_form "$url")
  echo "$dom" | grep -q '<form' || fail "the form did not render"
  echo "$dom" | grep -qE '<section id="demo"[^>]* hidden' || fail "the form shows the demo banner"
  echo "ok: production, settings from $settings, key $kid, form without the demo banner"
}

step "1. keys, on the analyst's machine"
git clone --quiet "$repo" "$work/analyst"
if [ -n "${SCANWITNESS_NODE_MODULES:-}" ]; then ln -s "$SCANWITNESS_NODE_MODULES" "$work/analyst/node_modules"; else (cd "$work/analyst" && npm ci --no-audit --no-fund); fi
printf 'correct horse battery staple\n' >"$work/passphrase" && chmod 600 "$work/passphrase"
(cd "$work/analyst" && npm run --silent keygen -- --out keys/ --passphrase-file "$work/passphrase") >"$work/keygen.out"
fingerprint=$(sed -n '1,/^$/s/^  fingerprint: //p' "$work/keygen.out")
kid=$(sed -n '1,/^$/s/^  key id: *//p' "$work/keygen.out")
[ -n "$fingerprint" ] && [ -n "$kid" ] || fail "keygen printed no campaign fingerprint: $(cat "$work/keygen.out")"

step "2. the checkout, on the server"
git clone --quiet "$repo" "$work/opt/scanwitness"
cd "$work/opt/scanwitness"
if [ -n "${SCANWITNESS_NODE_MODULES:-}" ]; then ln -s "$SCANWITNESS_NODE_MODULES" node_modules; else npm ci --no-audit --no-fund; fi
npm run --silent build >"$work/build.out"

step "3. the settings file"
etc=$work/etc/scanwitness
mkdir -p "$etc" && cp .env.example "$etc/scanwitness.env"
cp "$work/analyst/keys/campaign.pub" "$etc/campaign.pub"
set_setting "$etc/scanwitness.env" NODE_ENV production
set_setting "$etc/scanwitness.env" CAMPAIGN_PUBLIC_KEY_FILES "$etc/campaign.pub"
set_setting "$etc/scanwitness.env" KEY_FINGERPRINT_PUBLISHED_AT https://campaign.example.org/key
set_setting "$etc/scanwitness.env" DATA_DIR "$work/var/lib/scanwitness"
set_setting "$etc/scanwitness.env" PORT 0 # a free port here; the guide keeps 3000
# The file must also read the same in a POSIX shell (and so as a systemd EnvironmentFile).
(set -a && . "$etc/scanwitness.env" && [ "$NODE_ENV" = production ] && [ "$CAMPAIGN_NAME" = 'Stop the Scan' ]) ||
  fail "the settings file does not read in a shell"

step "4. the service: deploy/scanwitness.service's ExecStart, with its SETTINGS_FILE moved to $etc"
exec_start=$(sed -n 's/^ExecStart=//p' "$repo/deploy/scanwitness.service")
[ -n "$exec_start" ] || fail "deploy/scanwitness.service has no ExecStart"
grep -qx 'Environment=SETTINGS_FILE=/etc/scanwitness/scanwitness.env' "$repo/deploy/scanwitness.service" || fail "the unit does not set SETTINGS_FILE"
# A clean environment, as systemd gives: only what the unit sets.
env -i PATH=/usr/bin:/bin SETTINGS_FILE="$etc/scanwitness.env" $exec_start >"$work/service.log" 2>&1 &
server_pid=$!
url=$(wait_for_url "$work/service.log" "$server_pid")

step "5. check the start"
check_production "$work/service.log" "$url" "$etc/scanwitness.env" "$fingerprint" "$kid"

step "6. verify-form from a checkout of the deployed commit (the analyst's)"
(cd "$work/analyst" && npm run --silent verify-form -- "$url" --fingerprint "$fingerprint") >"$work/verify.out" 2>&1 ||
  fail "verify-form: $(cat "$work/verify.out")"
kill -TERM "$server_pid"
wait "$server_pid" || fail "the service did not stop cleanly on SIGTERM"
server_pid=

step "again with .env beside the checkout and npm start, stopped by its process id"
cp "$etc/scanwitness.env" .env
env -i PATH="$PATH" HOME="$work" npm start >"$work/npm.log" 2>&1 &
npm_pid=$!
server_pid=$npm_pid
url=$(wait_for_url "$work/npm.log" "$npm_pid")
server_pid=$(pgrep -P "$npm_pid" | head -n 1) # the server itself, for the clean-up if a check fails
check_production "$work/npm.log" "$url" "$PWD/.env" "$fingerprint" "$kid"
port=${url##*:}
kill -TERM "$npm_pid"
wait "$npm_pid" || true
for _ in $(seq 1 100); do
  curl -fsS -o /dev/null "$url/healthz" 2>/dev/null || break
  sleep 0.1
done
curl -fsS -o /dev/null "$url/healthz" 2>/dev/null && fail "the server on port $port still answers after npm start was stopped by its process id"
server_pid=
echo "ok: stopping npm start by its process id stopped the server"
echo "check-deployment: every check passed"
