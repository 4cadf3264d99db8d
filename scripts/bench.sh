#!/usr/bin/env bash
# Measures mon against the sqlite3 shell doing the same work on the same file,
# at region scale (20 000 projects, 200 000 grants) and national scale
# (100 000 projects, 1 000 000 grants), and prints a Markdown table of the
# times and their ratios. Files go to .build-bench/ (kept between runs).
#
#   bash scripts/bench.sh             # both scales
#   SCALES=region bash scripts/bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
sql=$root/scripts/bench
work=$root/.build-bench
mkdir -p "$work"

missing=()
command -v hyperfine >/dev/null || missing+=(hyperfine)
command -v sqlite3 >/dev/null || missing+=(sqlite3)
[ -x /usr/bin/time ] || missing+=(time)
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

# Built as it is installed: the Swift runtime and Foundation linked in, which
# halves start-up (see the README's Install).
swift build -c release -Xswiftc -static-stdlib --scratch-path "$root/.build-release" --product mon >&2
mon=$root/.build-release/release/mon
results=$work/results.tsv
: > "$results"

# time_pair NAME SCALE MON_COMMAND SQLITE_COMMAND [ANCHOR_COMMAND]: hyperfine's mean of each, run without a
# shell between (-N, as start-up is: a shell's own start is as long as some of these), in ms, and
# their ratios. SQLITE_COMMAND runs mon's own SQL in the shell; ANCHOR_COMMAND the best SQL a user could
# write from the raw tables alone (scripts/bench/anchor/), where it differs from mon's.
time_pair() {
    local name=$1 scale=$2 mon_command=$3 sqlite_command=$4 anchor_command=${5:-}
    local anchor=()
    [ -n "$anchor_command" ] && anchor=(--command-name anchor "$anchor_command")
    hyperfine -N --warmup 3 --min-runs 10 --max-runs 50 --export-json "$work/run.json" \
        --command-name mon "$mon_command" --command-name sqlite3 "$sqlite_command" "${anchor[@]}" > /dev/null
    python3 - "$work/run.json" "$name" "$scale" >> "$results" <<'PY'
import json, sys
runs = {r["command"]: r["mean"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
anchor = f"{runs['anchor']:.1f}\t{runs['mon'] / runs['anchor']:.2f}" if "anchor" in runs else "\t"
print(f"{sys.argv[2]}\t{sys.argv[3]}\t{runs['mon']:.1f}\t{runs['sqlite3']:.1f}\t{runs['mon'] / runs['sqlite3']:.2f}\t{anchor}")
PY
}

# time_alone NAME SCALE RUNS COMMAND [PREPARE]: hyperfine's mean of one command with nothing to compare it with
# but start-up, in ms; PREPARE runs before each run, untimed.
time_alone() {
    local name=$1 scale=$2 runs=$3 command=$4 prepare=${5:-}
    local before=()
    [ -n "$prepare" ] && before=(--prepare "$prepare")
    hyperfine --runs "$runs" "${before[@]}" --export-json "$work/run.json" --command-name mon "$command" > /dev/null
    python3 - "$work/run.json" "$name" "$scale" >> "$results" <<'PY'
import json, sys
runs = {r["command"]: r["mean"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
print(f"{sys.argv[2]}\t{sys.argv[3]}\t{runs['mon']:.1f}\t\t\t\t")
PY
}

# time_approval SCALE DB: one `grant approve` end to end on a fresh copy of the file (the copy is not timed),
# of the last open application that is not state aid, for 1 000 kr on the day it was received. The copy is
# synced to disk first: else the approval's first fsync waits for the kernel to write the whole fresh copy
# (0.7 s at region scale), which grows with the file and is the benchmark's work, not mon's. Ten runs: the
# fsyncs make one approval vary by ±5–10 ms.
time_approval() {
    local scale=$1 db=$2 copy=$work/approve.sqlite grant received
    grant=$(sqlite3 "$db" "SELECT id FROM grant WHERE status = 'applied' AND basis IN ('not-aid', 'purchase') ORDER BY id DESC LIMIT 1")
    [ -n "$grant" ] || { printf 'one approval\t%s\tno open application\t\t\t\t\n' "$scale" >> "$results"; return; }
    received=$(sqlite3 "$db" "SELECT received_on FROM grant WHERE id = $grant")
    time_alone "one approval" "$scale" 10 "$mon grant approve $grant --date $received --amount 1000 --reason bench --db $copy" \
        "cp $db $copy; rm -f $copy-*; sync $copy"
}

# peak_memory COMMAND…: the command's maximum resident set, in MB.
peak_memory() {
    /usr/bin/time -f %M "$@" 2>&1 > /dev/null | tail -1 | awk '{ printf "%.1f", $1 / 1024 }'
}

for scale in ${SCALES:-region national}; do
    case $scale in
        region) projects=20000 grants=200000 ;;
        national) projects=100000 grants=1000000 ;;
    esac
    db=$work/$scale.sqlite
    if [ ! -f "$db" ]; then
        echo "making the $scale file ($projects projects, $grants grants)…" >&2
        "$mon" demo --synthetic --projects $projects --grants $grants --seed 1 --db "$db" > /dev/null
    fi
    time_pair "rank --top 20" $scale "$mon rank --top 20 --db $db" "sqlite3 $db '.read $sql/rank.sql'"
    time_pair "fund status" $scale "$mon fund status --db $db" "sqlite3 $db '.read $sql/fund-status.sql'" \
        "sqlite3 $db '.read $sql/anchor/fund-status.sql'"
    time_pair "grant list --year 2020" $scale "$mon grant list --year 2020 --db $db" "sqlite3 $db '.read $sql/grant-list.sql'" \
        "sqlite3 $db '.read $sql/anchor/grant-list.sql'"
    time_pair "deminimis of one partner" $scale "$mon deminimis 11 --at 2023-06-30 --db $db" "sqlite3 $db '.read $sql/deminimis.sql'"
    time_pair "history of one project" $scale "$mon history --table project --id 5 --db $db" "sqlite3 $db '.read $sql/history.sql'"
    memory=0
    for command in "rank --top 20" "fund status" "grant list --year 2020" "history --table project --id 5"; do
        used=$(peak_memory "$mon" $command --db "$db")
        memory=$(python3 -c "print(max($memory, $used))")
    done
    time_approval $scale "$db"
    time_alone "report --format html" $scale 3 "$mon report --format html --db $db"
    printf 'peak memory (MB)\t%s\t%s\t\t\t\t\n' $scale "$memory" >> "$results"
done

# Importing a million grants: mon replays each through every rule; SQLite only loads rows.
if [[ " ${SCALES:-region national} " == *" national "* ]]; then
    national=$work/national.sqlite
    import=$work/import
    mkdir -p "$import"
    [ -f "$import/grants.csv" ] || "$mon" export grants -o "$import/grants.csv" --db "$national"
    # The same partners, projects and funds as the national file, and no grants.
    rm -f "$import/base.sqlite"*
    "$mon" init --db "$import/base.sqlite" > /dev/null
    sqlite3 "$import/base.sqlite" "ATTACH '$national' AS n; PRAGMA foreign_keys = OFF;
        INSERT INTO partner_group SELECT * FROM n.partner_group; INSERT INTO partner SELECT * FROM n.partner;
        INSERT INTO project SELECT * FROM n.project; INSERT INTO fund SELECT * FROM n.fund WHERE id > 1;
        INSERT INTO allocation SELECT * FROM n.allocation;"
    hyperfine --runs 1 --export-json "$work/run.json" \
        --prepare "cp $import/base.sqlite $import/mon.sqlite; rm -f $import/mon.sqlite-*" --command-name mon \
            "$mon import grants $import/grants.csv --db $import/mon.sqlite" \
        --prepare "cp $import/base.sqlite $import/sqlite.sqlite; rm -f $import/sqlite.sqlite-*" --command-name sqlite3 \
            "cd $import && sqlite3 sqlite.sqlite < $sql/import-grants.sql" > /dev/null
    python3 - "$work/run.json" >> "$results" <<'PY'
import json, sys
runs = {r["command"]: r["mean"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
print(f"import 1 000 000 grants\tnational\t{runs['mon']:.1f}\t{runs['sqlite3']:.1f}\t{runs['mon'] / runs['sqlite3']:.2f}")
PY
    printf 'peak memory of the import (MB)\tnational\t%s\t\t\n' \
        "$(cp "$import/base.sqlite" "$import/mon.sqlite"; rm -f "$import"/mon.sqlite-*; peak_memory "$mon" import grants "$import/grants.csv" --db "$import/mon.sqlite")" >> "$results"
fi

# Start-up: the smallest thing each program does (the shell opens a database and runs a statement), and the
# floor under mon's: a Swift program built the same way that only prints its version (scripts/bench/floor.swift).
swiftc -O -static-stdlib "$sql/floor.swift" -o "$work/floor" 2> /dev/null
hyperfine -N --warmup 20 --runs 300 --export-json "$work/run.json" --command-name mon "$mon --version" \
    --command-name sqlite3 "sqlite3 :memory: 'select 1'" --command-name floor "$work/floor" > /dev/null
python3 - "$work/run.json" >> "$results" <<'PY'
import json, sys
runs = {r["command"]: r["mean"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
print(f"start-up (--version)\t–\t{runs['mon']:.1f}\t{runs['sqlite3']:.1f}\t{runs['mon'] / runs['sqlite3']:.2f}\t\t")
print(f"start-up floor: Swift and Foundation printing a version\t–\t{runs['floor']:.1f}\t{runs['sqlite3']:.1f}\t{runs['floor'] / runs['sqlite3']:.2f}\t\t")
PY

# select over about 2 000 candidates.
candidates=$work/select.sqlite
[ -f "$candidates" ] || "$mon" demo --synthetic --projects 3600 --grants 0 --seed 1 --db "$candidates" > /dev/null
count=$("$mon" sql "SELECT count(*) FROM assessment JOIN project ON project.id = assessment.project_id WHERE project.status NOT IN ('completed', 'cancelled') AND assessment.id = (SELECT max(id) FROM assessment AS latest WHERE latest.project_id = project.id)" --format csv --db "$candidates" | tail -1 | tr -d '\r')
budget=$("$mon" sql "SELECT sum(request_ore) / 200 FROM assessment" --format csv --db "$candidates" | tail -1 | tr -d '\r')
hyperfine --runs 5 --export-json "$work/run.json" --command-name mon "$mon select --budget $budget --db $candidates" > /dev/null
optimal=$("$mon" select --budget "$budget" --format json --db "$candidates" | python3 -c "import json, sys; print(json.load(sys.stdin)['optimal'])")
python3 - "$work/run.json" "$count" "$optimal" >> "$results" <<'PY'
import json, sys
runs = {r["command"]: r["mean"] * 1000 for r in json.load(open(sys.argv[1]))["results"]}
print(f"select over {sys.argv[2]} candidates (optimal: {sys.argv[3].lower()})\t–\t{runs['mon']:.1f}\t\t")
PY

# The SQLite layer against the raw C API, by package-benchmark.
swift package --package-path Benchmarks benchmark --format markdown > "$work/layer.md" 2> /dev/null || true
python3 - "$work/layer.md" >> "$results" <<'PY'
import re, sys
text = open(sys.argv[1]).read()
def p50(name):
    block = text.split("### " + name, 1)[1]
    row = next(line for line in block.splitlines() if line.startswith("| Time (wall clock)"))
    unit = re.search(r"\((\w+)\)", row).group(1)
    value = float(row.split("|")[4].strip().replace(",", ""))  # the p50 column
    return value * {"ns": 1e-6, "us": 1e-3, "μs": 1e-3, "ms": 1, "s": 1000}[unit]
layer, raw = p50("SQLite layer: 200 000 rows"), p50("raw C API: 200 000 rows")
print(f"SQLite layer, 200 000 rows (p50)\t–\t{layer:.1f}\t{raw:.1f} (raw C)\t{layer / raw:.2f}")
PY

echo
echo "| scenario | scale | mon (ms) | mon's SQL in sqlite3 (ms) | ratio | anchor SQL (ms) | ratio to anchor |"
echo "|---|---|---:|---:|---:|---:|---:|"
awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7 }' "$results"
echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB, $(uname -sr), $(sqlite3 --version | cut -d' ' -f1-2 | sed 's/ .*//') SQLite, $(swift --version 2>&1 | head -1)"
