#!/usr/bin/env bash
# The web server under load on loopback: wrk with 50 connections for 30 s on the region-scale file
# (20 000 projects, 200 000 grants), while another process imports grants into the same file.
# Prints wrk's latency distribution (p50 … p99) and how many requests failed; the import must succeed too.
#
#   bash scripts/load-test.sh                       # /public, no login needed
#   LOAD_USER=kari LOAD_PASSWORD=… PATHS="/ /grants" bash scripts/load-test.sh   # signed-in pages
#
# Needs wrk and curl (apt-get install wrk curl); builds mon and mon-web in release.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "load-test: wrk is missing (apt-get install wrk)" >&2; exit 1; }

swift build -c release -Xswiftc -static-stdlib > /dev/null
bin=$(swift build -c release -Xswiftc -static-stdlib --show-bin-path)
work=${WORK:-/tmp/mon-load}
mkdir -p "$work"
db=$work/region.sqlite
port=${PORT:-8088}

[ -f "$db" ] || "$bin/mon" demo --synthetic --projects 20000 --grants 200000 --seed 1 --db "$db" > /dev/null
[ -f "$work/grants.csv" ] || "$bin/mon" export grants -o "$work/grants.csv" --db "$db"
cp "$db" "$work/serve.sqlite"; rm -f "$work"/serve.sqlite-*

"$bin/mon" serve --db "$work/serve.sqlite" --port "$port" > "$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.2; done

cookie=""
if [ -n "${LOAD_USER:-}" ]; then
    cookie=$(curl -s -o /dev/null -D - --data-urlencode "username=$LOAD_USER" --data-urlencode "password=$LOAD_PASSWORD" \
        "http://127.0.0.1:$port/login" | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p')
    [ -n "$cookie" ] || { echo "load-test: the login was refused" >&2; exit 1; }
fi

# The writer: the region file's own grants imported again into the served file, for as long as wrk runs.
( "$bin/mon" import grants "$work/grants.csv" --db "$work/serve.sqlite" > "$work/import.log" 2>&1; echo "import exit $?" >> "$work/import.log" ) &
importer=$!

for path in ${PATHS:-/public}; do
    echo "== $path, 50 connections, 30 s"
    wrk -t2 -c50 -d30s --latency ${cookie:+-H "Cookie: $cookie"} "http://127.0.0.1:$port$path"
done
wait $importer || true
echo "== the import beside it"; tail -2 "$work/import.log"
