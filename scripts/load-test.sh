#!/usr/bin/env bash
# The web server under load on loopback: wrk with 50 connections for 30 s on the region-scale file (20 000
# projects, 200 000 grants), while another process imports new grants into the same file. The connections
# ask for the pages in PATHS in turn, signed in (a user made for the run in the served copy): by default the
# dashboard, the first and a later page of each paged list (filtered too), a project and a grant. Prints each
# page's time alone first (curl, before the load), then wrk's latency distribution over all of them, a summary
# line (p50, p90, p99, requests, responses other than 200, socket errors) and the import's outcome and duration.
#
#   bash scripts/load-test.sh                       # builds mon and mon-web in release
#   BIN=.build-release/release DB=region.sqlite DURATION=5s bash scripts/load-test.sh
#   PATHS="/ /grants/1" bash scripts/load-test.sh
#
# BIN: the folder with mon and mon-web (else they are built in release). DB: the file to serve (else the
# region-scale demo, made once in WORK). The served file is a backup of DB: DB itself is never written.
# Needs wrk, curl and python3 (apt-get install wrk curl).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "load-test: wrk is missing (apt-get install wrk)" >&2; exit 1; }

if [ -z "${BIN:-}" ]; then
    swift build -c release -Xswiftc -static-stdlib > /dev/null
    BIN=$(swift build -c release -Xswiftc -static-stdlib --show-bin-path)
fi
work=${WORK:-/tmp/mon-load}
mkdir -p "$work"
db=${DB:-$work/region.sqlite}
port=${PORT:-8088}
duration=${DURATION:-30s}

[ -f "$db" ] || "$BIN/mon" demo --synthetic --projects 20000 --grants 200000 --seed 1 --db "$db" > /dev/null
[ "$work/grants.csv" -nt "$db" ] || "$BIN/mon" export grants -o "$work/grants.csv" --force --db "$db"
rm -f "$work"/serve.sqlite*
"$BIN/mon" backup "$work/serve.sqlite" --db "$db"

# The writer's grants: the file's own, moved past the served file's highest id, as applications received on
# their day. Replaying their decisions and payments a second
# time would be refused, and rightly: an undertaking's de minimis aid and each fund's cover would count them twice.
highest=$("$BIN/mon" sql 'SELECT max(id) AS highest FROM "grant"' --format csv --db "$work/serve.sqlite" | tail -1 | tr -d '\r')
new_grants() {
    python3 - "$work/grants.csv" "$highest" "$work/new-grants.csv" <<'PY'
import csv, sys
source, shift, target = sys.argv[1], int(sys.argv[2]), sys.argv[3]
kept = {"fund", "applicant", "project_id", "purpose", "basis", "amount_applied", "total_cost", "received_on"}
with open(source, encoding="utf-8-sig", newline="") as file:
    rows = list(csv.DictReader(file))
with open(target, "w", encoding="utf-8", newline="") as file:
    out = csv.DictWriter(file, fieldnames=list(rows[0]))
    out.writeheader()
    for row in rows:
        out.writerow({key: value if key in kept else "" for key, value in row.items()}
                     | {"id": int(row["id"]) + shift, "status": "applied"})
PY
}

# wrk counts only 4xx and 5xx as failures; a signed-in page that sends the reader to /login is a 302.
# Each connection asks for the pages in turn.
cat > "$work/load.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
local paths = {}
for path in string.gmatch(os.getenv("LOAD_PATHS"), "%S+") do table.insert(paths, path) end
local turn = 0
function init() other = 0 end
function request()
    turn = turn % #paths + 1
    return wrk.format("GET", paths[turn])
end
function response(status) if status ~= 200 then other = other + 1 end end
function done(summary, latency)
    local others = 0
    for _, thread in ipairs(threads) do others = others + thread:get("other") end
    local e = summary.errors
    io.write(string.format("summary: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; %d requests (%.0f a second), %d not 200, "
        .. "socket errors %d (connect %d, read %d, write %d, timeout %d)\n",
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
        summary.requests, summary.requests / (summary.duration / 1e6), others,
        e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout))
end
LUA

# A server left from an earlier run may still be finishing slow requests; this run must not measure it.
python3 -c 'import socket, sys; s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1])))' "$port" 2> /dev/null || { echo "load-test: port $port is in use (PORT=…)" >&2; exit 1; }
"$BIN/mon" serve --db "$work/serve.sqlite" --port "$port" > "$work/server.log" 2>&1 &
server=$!
# The server ends gracefully, after the requests in hand: waited for (30 s at most) so that the port is free again.
stop_server() {
    kill "$server" 2> /dev/null || return 0
    for _ in $(seq 1 150); do kill -0 "$server" 2> /dev/null || return 0; sleep 0.2; done
    kill -KILL "$server" 2> /dev/null || true
}
trap stop_server EXIT
for _ in $(seq 1 50); do curl -sf --max-time 2 "http://127.0.0.1:$port/healthz" > /dev/null && break; sleep 0.2; done
curl -sf --max-time 2 "http://127.0.0.1:$port/healthz" > /dev/null || { echo "load-test: the server did not start:" >&2; cat "$work/server.log" >&2; exit 1; }

# A user for the run, in the served copy only.
password=$(head -c 18 /dev/urandom | base64)
printf '%s\n' "$password" | "$BIN/mon" user add load --role board --password-stdin --db "$work/serve.sqlite" > /dev/null
cookie=$(curl -s --max-time 10 -o /dev/null -D - --data-urlencode "username=load" --data-urlencode "password=$password" \
    "http://127.0.0.1:$port/login" | sed -n 's/^[Ss]et-[Cc]ookie: \([^;]*\).*/\1/p')
[ -n "$cookie" ] || { echo "load-test: the login was refused" >&2; exit 1; }

# A later page of each list: from the middle of its ids.
middle=$((highest / 2))
paths=${PATHS:-"/ /grants /grants?after=$middle /grants?status=approved&after=$middle /projects /projects?after=$((middle / 10)) /public /public?after=$middle /projects/1 /grants/1"}

echo "== each page alone (one request, before the load)"
for path in $paths; do
    curl -s -o /dev/null -H "Cookie: $cookie" -w "%{http_code} %{time_total}s %{size_download} bytes  $path\n" "http://127.0.0.1:$port$path"
done

new_grants
# The writer, started with wrk: one import of new grants into the served file.
( start=$(date +%s%N)
  status=0; "$BIN/mon" import grants "$work/new-grants.csv" --db "$work/serve.sqlite" > "$work/import.log" 2>&1 || status=$?
  echo "exit $status after $(( ($(date +%s%N) - start) / 1000000 )) ms" >> "$work/import.log" ) &
importer=$!
echo "== $(echo $paths | wc -w) pages in turn, 50 connections, $duration, beside an import of $(($(wc -l < "$work/new-grants.csv") - 1)) new grants"
LOAD_PATHS="$paths" wrk -t2 -c50 -d"$duration" --latency -s "$work/load.lua" -H "Cookie: $cookie" "http://127.0.0.1:$port"
echo "import, when wrk ended: $(tr '\n' ' ' < "$work/import.log")"
wait $importer || true
echo "import: $(tr '\n' ' ' < "$work/import.log")"
