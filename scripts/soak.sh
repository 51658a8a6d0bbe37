#!/usr/bin/env bash
# Soak: forwards net_null <-> net_null at full rate for MINUTES, sampling every 10 s the forwarder's
# resident memory, its counters (through pmd-forwarder stat) and GC events, then reports memory growth
# after the first minute, GC events, and the conservation verdict.
#   scripts/soak.sh MINUTES [--out DIR]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

minutes=${1:?usage: scripts/soak.sh MINUTES [--out DIR]}
shift
out=""
while [ $# -gt 0 ]; do
    case "$1" in
        --out) out=$2; shift 2 ;;
        *) die "soak.sh: unknown argument '$1'" ;;
    esac
done
[[ "$minutes" =~ ^[0-9]+$ ]] && [ "$minutes" -ge 2 ] || die "soak.sh: MINUTES must be a whole number >= 2"
find_jdk
"$PMDFWD_ROOT/scripts/pmd-forwarder" --version >/dev/null
out=${out:-$PMDFWD_ROOT/bench/results/soak-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
prefix="pmdfwd-soak-$$"
PMDFWD_JAVA_OPTS="-Xlog:gc:file=$out/gc.log" "$PMDFWD_ROOT/scripts/pmd-forwarder" -l 0-1 --file-prefix "$prefix" \
    --vdev net_null0 --vdev net_null1 -- --duration $((minutes * 60)) --report-dir "$out/report" \
    --counters-dir "$out/counters" >"$out/forwarder.out" 2>"$out/forwarder.err" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true' EXIT
echo "seconds,rss_kb,stream0_rx,stream0_tx,dropped_total" >"$out/samples.csv"
start=$(date +%s)
while kill -0 "$pid" 2>/dev/null; do
    sleep 10
    kill -0 "$pid" 2>/dev/null || break
    rss=$(ps -o rss= -p "$pid" | tr -d ' ')
    stat=$("$PMDFWD_ROOT/scripts/pmd-forwarder" stat --dir "$out/counters" --count 1 2>/dev/null || true)
    rx=$(awk '/stream 0 .*: rx packets$/ {print $2}' <<<"$stat")
    tx=$(awk '/stream 0 .*: tx packets$/ {print $2}' <<<"$stat")
    dropped=$(awk '/: dropped / {s += $2} END {print s + 0}' <<<"$stat")
    echo "$(( $(date +%s) - start )),$rss,${rx:-},${tx:-},$dropped" >>"$out/samples.csv"
done
trap - EXIT
wait "$pid" || true
after_warmup=$(awk -F, 'NR > 1 && $1 >= 60 {print $2; exit}' "$out/samples.csv")
last=$(awk -F, 'NR > 1 {v = $2} END {print v}' "$out/samples.csv")
gc=$(grep -c 'Pause' "$out/gc.log" || true)
verdict=$(grep -o 'conservation: [A-Z]*' "$out/forwarder.out" || echo "conservation: no report")
rx_total=$(grep -o '"rx_packets": [0-9]*' "$out/report/summary.json" | head -1 | awk '{print $2}')
{
    echo "soak: $minutes min, net_null <-> net_null, -l 0-1"
    echo "resident memory: ${after_warmup:-?} KB at 1 min, ${last:-?} KB at the end (growth $(( ${last:-0} - ${after_warmup:-0} )) KB)"
    echo "GC events over the run: $gc"
    echo "port 0 rx packets: ${rx_total:-?}; $verdict"
} | tee "$out/summary.txt"
