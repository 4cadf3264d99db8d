#!/usr/bin/env bash
# The web pages in a real browser: signs in to `mon serve` on the demo file, has headless Chromium render
# the dashboard and a partly paid grant's page in bokmål, saves docs/web-dashboard.png and docs/web-grant.png,
# and fails (exit 1) unless the rendered pages show the figures the command line's JSON gives:
# each fund's available money (`mon fund status`) and the grant's amounts (`mon grant show`).
#
#   bash scripts/browser-check.sh                  # builds mon and mon-web (debug) first
#   BIN=/path/to/release bash scripts/browser-check.sh
#
# Needs chromium, curl and python3 (apt-get install chromium curl); nothing from outside Python's standard library.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in chromium curl python3; do
    command -v "$tool" > /dev/null || { echo "browser-check: $tool is missing (apt-get install $tool)" >&2; exit 1; }
done

if [ -z "${BIN:-}" ]; then
    swift build > /dev/null
    BIN=$(swift build --show-bin-path)
fi
mon() { "$BIN/mon" "$@" --db "$work/demo.sqlite"; }
work=$(mktemp -d)
server=""
trap '[ -z "$server" ] || kill "$server" 2> /dev/null; rm -rf "$work"' EXIT

mon demo > /dev/null
password=browser-check-$RANDOM$RANDOM
printf '%s\n' "$password" | mon user add styre --role board --password-stdin > /dev/null
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# Not through the function above: its $! would be a subshell's, and killing that leaves the server running.
"$BIN/mon" serve --port "$port" --db "$work/demo.sqlite" > "$work/server.log" 2>&1 &
server=$!
site=http://127.0.0.1:$port
for _ in $(seq 1 100); do curl -sf --max-time 2 "$site/healthz" > /dev/null && break; sleep 0.1; done
curl -sf --max-time 2 "$site/healthz" > /dev/null || { echo "browser-check: the server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }

cookie=$(curl -s --max-time 10 -o /dev/null -D - --data-urlencode "username=styre" --data-urlencode "password=$password" "$site/login" \
    | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p')
[ -n "$cookie" ] || { echo "browser-check: the login was refused" >&2; exit 1; }

# A partly paid grant shows the most: a decision, conditions, a payment and what remains.
export MON_LANG=en
grant=$(mon grant list --format json | python3 -c \
    'import json, sys; print(next(g["id"] for g in json.load(sys.stdin) if g["paid"] and g["remaining"]))')
mon fund status --format json > "$work/funds.json"
mon grant show "$grant" --format json > "$work/grant.json"

python3 scripts/browser-page.py "$site/" "$cookie" docs/web-dashboard.png > "$work/dashboard.html"
python3 scripts/browser-page.py "$site/grants/$grant" "$cookie" docs/web-grant.png > "$work/grant.html"
python3 scripts/browser-figures.py "$work/dashboard.html" "$work/funds.json" "$work/grant.html" "$work/grant.json"
echo "browser-check: the figures agree; saved docs/web-dashboard.png and docs/web-grant.png (grant $grant)"
