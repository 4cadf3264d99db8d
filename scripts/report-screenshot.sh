#!/usr/bin/env bash
# Renders the demo's board report in headless Chromium (Debian's `chromium`)
# and saves the picture the README shows: docs/report.png.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
fi

swift build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
.build/debug/mon demo --db "$work/demo.sqlite" > /dev/null
.build/debug/mon report --format html -o "$work/report.html" --db "$work/demo.sqlite"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,2200 \
    --screenshot="$PWD/docs/report.png" "file://$work/report.html" 2> /dev/null
echo "saved docs/report.png"
