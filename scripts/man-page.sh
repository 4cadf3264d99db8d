#!/usr/bin/env bash
# Regenerates docs/mon.1, mon's man page, from mon's own help with the generate-manual
# tool of swift-argument-parser (offline: it comes with the package's checkout).
#
#   scripts/man-page.sh             # dated today
#   MAN_DATE=2026-11-27 scripts/man-page.sh
#
# The tool leaves out every character beyond ASCII (æ, ø, å, –, →), so it is handed
# mon's help with each such character as a placeholder, {U+00E6}, and the page gets
# roff's escape for it, \[u00E6], back. A blank line becomes .Pp, as mdoc wants.
set -euo pipefail
cd "$(dirname "$0")/.."

# The plugin's run builds mon and the tool; the page it makes itself is not used.
swift package plugin generate-manual --configuration debug >/dev/null
bin="$(swift build --show-bin-path)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cat > "$work/mon" <<EOF
#!/usr/bin/env bash
set -o pipefail
MON_LANG=en "$bin/mon" "\$@" | perl -CS -pe 's/([^\\x00-\\x7F])/sprintf("{U+%04X}", ord(\$1))/ge'
EOF
chmod +x "$work/mon"
mkdir "$work/out"
"$bin/generate-manual-tool" "$work/mon" --output-directory "$work/out" --date "${MAN_DATE:-$(date +%F)}"
perl -pe 's/\{U\+([0-9A-F]{4,6})\}/\\[u$1]/g; s/^$/.Pp/' "$work/out/mon.1" > docs/mon.1
echo "wrote docs/mon.1"
