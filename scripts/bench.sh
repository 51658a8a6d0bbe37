#!/usr/bin/env bash
# Benchmarks pmd-forwarder against dpdk-testpmd (io forward mode) on the same machine, in the same run,
# alternating, and reports medians and the ratio Java/testpmd. Absolute numbers on shared VMs are
# noise; the ratio is the result.
#   scripts/bench.sh [--quick] [--rounds N] [--seconds S] [--out DIR]
# Scenario (so far): net_null <-> net_null, one forwarding core (-l 0-1), burst 32, 1024 descriptors.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

rounds=5 seconds=10 warmup=3 out=""
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) rounds=1 seconds=6 warmup=1; shift ;;
        --rounds) rounds=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "bench.sh: unknown argument '$1' (try --help)" ;;
    esac
done
[ "$seconds" -gt "$warmup" ] || die "bench.sh: --seconds must exceed the $warmup s warm-up"
"$PMDFWD_ROOT/scripts/setup.sh" >/dev/null 2>&1 || "$PMDFWD_ROOT/scripts/setup.sh"
find_jdk
command -v dpdk-testpmd >/dev/null || die "dpdk-testpmd not found: scripts/setup.sh installs it (package dpdk-dev)"
out=${out:-$PMDFWD_ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
"$PMDFWD_ROOT/scripts/pmd-forwarder" --version >/dev/null   # build first, outside the measurement

eal=(-l 0-1 --no-pci --in-memory --log-level lib.eal:notice --vdev net_null0 --vdev net_null1)
mbufs=16384

# median of the numbers on stdin
median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'; }

# testpmd prints Rx-pps per port each period; the first $warmup periods are dropped. Mpps per port.
run_testpmd() {
    local log=$1
    timeout -s INT $((seconds + 5)) dpdk-testpmd "${eal[@]}" --file-prefix "bench-tp-$$" -- \
        --forward-mode=io --burst=32 --rxd=1024 --txd=1024 --total-num-mbufs=$mbufs --stats-period 1 \
        </dev/null >"$log" 2>&1 &
    local pid=$!
    sleep "$seconds"; kill -INT "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
    grep -E '^ +Rx-pps:' "$log" | awk '{print $2}' | paste - - | awk -v w="$warmup" '$1+$2 > 0 && ++n > w {print ($1+$2)/2/1e6}' | median
}

# the forwarder prints each port's rx Mpps each period: their mean is Mpps per port.
# $2: extra JVM options (the histograms-off variant)
run_forwarder() {
    local log=$1
    PMDFWD_JAVA_OPTS="-Xlog:gc:file=$log.gc ${2:-}" "$PMDFWD_ROOT/scripts/pmd-forwarder" "${eal[@]}" --file-prefix "bench-fw-$$" -- \
        --burst 32 --rx-desc 1024 --tx-desc 1024 --mbufs $mbufs --stats-period 1 --duration "$seconds" \
        >"$log.report" 2>"$log"
    grep -E '^\[ *[0-9.]+ s\] Mpps' "$log" \
        | awk -v w="$warmup" '{s = 0; n = 0; for (i = 1; i < NF; i++) if ($i == "rx") {s += $(i + 1); n++}} n > 0 && s > 0 && ++k > w {print s / n}' \
        | median
}

say "bench: $rounds round(s) of ${seconds} s, net_null <-> net_null, results in $out"
tp=() fw=() off=()
for r in $(seq 1 "$rounds"); do
    if [ $((r % 2)) -eq 1 ]; then order="tp fw off"; else order="off fw tp"; fi
    for who in $order; do
        case "$who" in
            tp) v=$(run_testpmd "$out/testpmd-$r.log"); tp+=("$v") ;;
            fw) v=$(run_forwarder "$out/forwarder-$r.log"); fw+=("$v") ;;
            off) v=$(run_forwarder "$out/histograms-off-$r.log" -Dpmdfwd.histograms=off); off+=("$v") ;;
        esac
        [ "$v" != nan ] || die "round $r: no $who measurement after the ${warmup} s warm-up: see the logs in $out"
        say "round $r: $who $v Mpps per port"
    done
done
tp_med=$(printf '%s\n' "${tp[@]}" | median)
fw_med=$(printf '%s\n' "${fw[@]}" | median)
off_med=$(printf '%s\n' "${off[@]}" | median)
ratio=$(awk -v a="$fw_med" -v b="$tp_med" 'BEGIN {printf "%.3f", (b > 0 ? a / b : 0)}')
cost=$(awk -v on="$fw_med" -v off="$off_med" 'BEGIN {printf "%.3f", (off > 0 ? on / off : 0)}')
gc=$(cat "$out"/forwarder-*.log.gc 2>/dev/null | grep -c 'Pause' || true)
minmax() { printf '%s\n' "$@" | sort -g | sed -n '1p;$p' | paste -sd/ -; }
{
    echo "| scenario | testpmd Mpps/port (median, min/max) | pmd-forwarder Mpps/port (median, min/max) | ratio | GC pauses |"
    echo "|---|---|---|---|---|"
    echo "| net_null <-> net_null, 1 core, burst 32 | $tp_med ($(minmax "${tp[@]}")) | $fw_med ($(minmax "${fw[@]}")) | $ratio | $gc |"
    echo
    echo "Histograms on versus off (-Dpmdfwd.histograms=off), same rounds: on $fw_med, off $off_med ($(minmax "${off[@]}")) Mpps/port, on/off $cost"
} >"$out/results.md"
cat >"$out/results.json" <<JSON
{"scenario": "net_null<->net_null, -l 0-1, burst 32, rxd/txd 1024", "rounds": $rounds, "seconds": $seconds,
 "warmup_seconds": $warmup, "testpmd_mpps_per_port": [$(IFS=,; echo "${tp[*]}")],
 "forwarder_mpps_per_port": [$(IFS=,; echo "${fw[*]}")], "testpmd_median": $tp_med, "forwarder_median": $fw_med,
 "ratio": $ratio, "forwarder_gc_pauses": $gc,
 "histograms_off_mpps_per_port": [$(IFS=,; echo "${off[*]}")], "histograms_off_median": $off_med, "histograms_on_over_off": $cost, "machine": "$(nproc) cores, $(uname -r)", "dpdk": "$(pkg-config --modversion libdpdk)"}
JSON
cat "$out/results.md"
