#!/usr/bin/env bash
# Benchmarks pmd-forwarder against dpdk-testpmd (io forward mode, same burst, descriptors and pool) on
# the same machine, in the same run, alternating, and reports medians and the ratios Java/testpmd.
# Absolute numbers on shared VMs are noise; the ratios are the result.
#   scripts/bench.sh [--quick] [--rounds N] [--seconds S] [--scenarios LIST] [--out DIR]
# Scenarios (LIST is comma-separated, default all):
#   null     net_null <-> net_null, one forwarding core: Mpps per port, packets per CPU-second of the
#            forwarding thread, time from start to full rate, GC pauses (also with histograms off)
#   virtio   a generator process offers two net_vhost ports, the switch reaches them as virtio_user:
#            the most the switch forwards of 64-byte frames, and the loss
#   latency  the same setup at 10%, 50% and 90% of the lower of the two maxima: one-way latency
#            (coordinated-omission corrected) p50..p99.99 and max, loss, reordering
#   stall    the same setup at 50% of that maximum with a receiver that stops polling for 1 ms every
#            20 ms: loss, retries and the shortfall histogram for each tx policy, against testpmd with
#            and without its retry mode
# --quick: one short round of each (a smoke run: the numbers mean little).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

rounds=5 seconds=10 warmup=3 out="" quick="" scenarios="null,virtio,latency,stall"
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1 rounds=1 seconds=6 warmup=1; shift ;;
        --rounds) rounds=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --scenarios) scenarios=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        -h|--help) sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "bench.sh: unknown argument '$1' (try --help)" ;;
    esac
done
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || die "bench.sh: --rounds must be a whole number >= 1"
[[ "$seconds" =~ ^[0-9]+$ ]] && [ "$seconds" -gt "$warmup" ] || die "bench.sh: --seconds must be a whole number above the $warmup s warm-up"
for s in ${scenarios//,/ }; do
    case "$s" in null|virtio|latency|stall) ;; *) die "bench.sh: unknown scenario '$s' (null, virtio, latency, stall)" ;; esac
done
want() { [[ ",$scenarios," == *",$1,"* ]]; }

"$PMDFWD_ROOT/scripts/setup.sh" >/dev/null 2>&1 || "$PMDFWD_ROOT/scripts/setup.sh"
find_jdk
command -v dpdk-testpmd >/dev/null || die "dpdk-testpmd not found: scripts/setup.sh installs it (package dpdk-dev)"
out=${out:-$PMDFWD_ROOT/bench/results/$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
out=$(cd "$out" && pwd)
: >"$out/runs.jsonl"

# One benchmark at a time on this machine: two would share its cores and measure each other.
exec 9>/tmp/pmdfwd-cpu.lock
flock -n 9 || { say "waiting for another benchmark to finish (/tmp/pmdfwd-cpu.lock)"; flock 9; }

# Build first, outside any measurement.
"$PMDFWD_ROOT/scripts/pmd-forwarder" --version >/dev/null
bench_jar=$PMDFWD_ROOT/bench/target/bench.jar
if [ ! -f "$bench_jar" ] || [ -n "$(find "$PMDFWD_ROOT/bench/src/main" "$PMDFWD_ROOT/bench/pom.xml" -newer "$bench_jar" -print -quit)" ]; then
    (cd "$PMDFWD_ROOT" && mvn -B -q -ntp -DskipTests -pl bench -am package >&2) || die "bench build failed: run scripts/test.sh to see why"
fi
bench_cp="$bench_jar:$PMDFWD_ROOT/pmd-forwarder/target/pmd-forwarder.jar:$PMDFWD_ROOT/pmd-forwarder/target/lib/*"

mbufs=16384
burst=32
null_eal=(-l 0-1 --no-pci --in-memory --log-level lib.eal:notice --vdev net_null0 --vdev net_null1)
tp_app=(--forward-mode=io --burst=$burst --rxd=1024 --txd=1024 --total-num-mbufs=$mbufs --stats-period 1)
fw_app=(--burst $burst --rx-desc 1024 --tx-desc 1024 --mbufs $mbufs --stats-period 1)

# record KEY=VALUE...: one JSON line per run for the summary (values are numbers or quoted strings).
record() {
    local line="" kv
    for kv in "$@"; do line+="${line:+, }\"${kv%%=*}\": ${kv#*=}"; done
    echo "{$line}" >>"$out/runs.jsonl"
}

# cpu_seconds PID: user+system time of the process's forwarding lcore thread (rte-worker-1). The null
# runs read it at the start and the end of the measured window (after the warm-up).
cpu_seconds() {
    local t
    for t in /proc/"$1"/task/*; do
        if [ "$(cat "$t/comm" 2>/dev/null)" = rte-worker-1 ]; then
            awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "$t/stat"
            return
        fi
    done
    echo 0
}

# startup_seconds T0 LOG PATTERN: seconds from T0 (the launch) until forwarding began, i.e. until the
# first once-a-second stats line with traffic (matching PATTERN) appeared, less its one second; at most 30 s.
startup_seconds() {
    for _ in $(seq 600); do
        if grep -q -- "$3" "$2" 2>/dev/null; then
            awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN {printf "%.2f", b - a - 1}'
            return
        fi
        sleep 0.05
    done
    echo null
}

# stop PID SIGNAL: signal the process, wait for it (at most 15 s), never fail.
stop() {
    kill -"$2" "$1" 2>/dev/null || true
    for _ in $(seq 150); do kill -0 "$1" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# ---- null: net_null <-> net_null ------------------------------------------------------------------
# testpmd prints Rx-pps per port every second, the forwarder a "[t s] Mpps ... rx X" line: the
# per-second Mpps per port (mean of the two ports) goes into LOG.mpps, one line a second.
null_testpmd() {
    local log=$1
    local t0; t0=$(date +%s.%N)
    dpdk-testpmd "${null_eal[@]}" --file-prefix "bench-tp-$$" -- "${tp_app[@]}" </dev/null >"$log" 2>&1 &
    local pid=$!
    local startup; startup=$(startup_seconds "$t0" "$log" 'Rx-pps: *[1-9]')
    sleep "$warmup"
    local cpu0; cpu0=$(cpu_seconds "$pid")
    sleep $((seconds - warmup))
    local cpu; cpu=$(awk -v a="$cpu0" -v b="$(cpu_seconds "$pid")" 'BEGIN {printf "%.2f", b - a}')
    stop "$pid" INT
    grep -E '^ +Rx-pps:' "$log" | awk '{print $2}' | paste - - | awk '$1+$2 > 0 {print ($1+$2)/2/1e6}' >"$log.mpps"
    local packets; packets=$(awk '/Accumulated forward statistics/ {a=1} a && /RX-packets:/ {print $2; exit}' "$log")
    echo "$cpu ${packets:-0} $startup"
}

null_forwarder() {
    local log=$1 opts=${2:-}
    local t0; t0=$(date +%s.%N)
    PMDFWD_JAVA_OPTS="-Xlog:gc:file=$log.gc $opts" "$PMDFWD_ROOT/scripts/pmd-forwarder" "${null_eal[@]}" \
        --file-prefix "bench-fw-$$" -- "${fw_app[@]}" --report-dir "$log.report" >"$log.out" 2>"$log" &
    local pid=$!
    local startup; startup=$(startup_seconds "$t0" "$log" '] Mpps')
    sleep "$warmup"
    local cpu0; cpu0=$(cpu_seconds "$pid")
    sleep $((seconds - warmup))
    local cpu; cpu=$(awk -v a="$cpu0" -v b="$(cpu_seconds "$pid")" 'BEGIN {printf "%.2f", b - a}')
    stop "$pid" TERM
    grep -E '^\[ *[0-9.]+ s\] Mpps' "$log" \
        | awk '{s = 0; n = 0; for (i = 1; i < NF; i++) if ($i == "rx") {s += $(i + 1); n++}} n > 0 && s > 0 {print s / n}' >"$log.mpps"
    local packets; packets=$(grep -o '"rx_packets": [0-9]*' "$log.report/summary.json" 2>/dev/null | head -2 | awk '{s += $2} END {print s + 0}')
    echo "$cpu ${packets:-0} $startup"
}

run_null() {
    say "null: $rounds round(s) of ${seconds} s, net_null <-> net_null, -l 0-1"
    local r who order res log
    for r in $(seq 1 "$rounds"); do
        if [ $((r % 2)) -eq 1 ]; then order="testpmd pmd-forwarder histograms-off"; else order="histograms-off pmd-forwarder testpmd"; fi
        for who in $order; do
            log="$out/null-$who-$r.log"
            case "$who" in
                testpmd) res=$(null_testpmd "$log") ;;
                pmd-forwarder) res=$(null_forwarder "$log") ;;
                histograms-off) res=$(null_forwarder "$log" -Dpmdfwd.histograms=off) ;;
            esac
            [ -s "$log.mpps" ] || die "null round $r: no rate from $who: see $log"
            local cpu packets startup
            read -r cpu packets startup <<<"$res"
            local gc=null
            [ -f "$log.gc" ] && gc=$(grep -c 'Pause' "$log.gc" || true)
            record scenario='"null"' switch="\"$who\"" round="$r" per_second="[$(paste -sd, "$log.mpps")]" \
                warmup_seconds="$warmup" window_seconds="$((seconds - warmup))" cpu_seconds="$cpu" packets="$packets" startup_seconds="$startup" gc_pauses="$gc"
            say "null round $r: $who $(tail -n +$((warmup + 1)) "$log.mpps" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}') Mpps per port"
        done
    done
}

# ---- virtio: a generator process and the switch over vhost-user ---------------------------------
gdir=$(mktemp -d /tmp/pmdfwd-bench-XXXXXX)
switch_pid="" gen_pid=""
cleanup() {
    [ -n "$switch_pid" ] && stop "$switch_pid" KILL
    [ -n "$gen_pid" ] && stop "$gen_pid" KILL
    rm -rf "$gdir"
}
trap cleanup EXIT

virtio_eal() {
    echo -l 0-1 --no-pci --in-memory --single-file-segments --log-level lib.eal:notice \
        --vdev "net_virtio_user0,path=$gdir/0,queues=1" --vdev "net_virtio_user1,path=$gdir/1,queues=1"
}

# virtio_run SWITCH NAME [generator options...]: one generator run through SWITCH, one of
# pmd-forwarder[:tx-policy[:retries]] or testpmd[:retry]. Leaves NAME.json (generator), NAME.*.hgrm,
# NAME.switch.log and, for the forwarder, NAME.report/.
virtio_run() {
    local switch=$1 name=$2; shift 2
    rm -f "$gdir"/0 "$gdir"/1
    # The generator is pinned to core 0, all of its threads; the switch forwards on core 1.
    taskset -c 0 "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -XX:+UseSerialGC -Xms256m -Xmx256m \
        -XX:+AlwaysPreTouch -XX:PerMethodTrapLimit=0 -XX:ErrorFile=/tmp/pmd-bench-hs_err_%p.log -Xlog:gc:file="$name.gen.gc" -cp "$bench_cp" \
        dev.pmdfwd.bench.TrafficGenerator -l 0 --no-pci --in-memory --file-prefix "bench-gen-$$" \
        --log-level lib.eal:notice --log-level 'lib.vhost.*:warning' \
        --vdev "net_vhost0,iface=$gdir/0,queues=1" --vdev "net_vhost1,iface=$gdir/1,queues=1" \
        -- --json "$name.json" --hgrm "$name" "$@" >/dev/null 2>"$name.gen.log" &
    gen_pid=$!
    for _ in $(seq 100); do [ -S "$gdir/1" ] && break; kill -0 "$gen_pid" 2>/dev/null || break; sleep 0.1; done
    [ -S "$gdir/1" ] || die "the generator did not offer its vhost sockets: see $name.gen.log"
    local eal; read -r -a eal <<<"$(virtio_eal)"
    case "$switch" in
        testpmd*)
            local cmd=()
            if [ "$switch" = testpmd:retry ]; then
                printf 'set fwd io retry\nset burst tx delay 1 retry 64\n' >"$name.testpmd.cmd"
                cmd=(--cmdline-file="$name.testpmd.cmd")
            fi
            dpdk-testpmd "${eal[@]}" --file-prefix "bench-tp-$$" -- "${tp_app[@]}" "${cmd[@]}" \
                </dev/null >"$name.switch.log" 2>&1 &
            ;;
        pmd-forwarder*)
            IFS=: read -r _ policy retries <<<"$switch"
            local policy_opts=()
            [ -n "$policy" ] && policy_opts+=(--tx-policy "$policy")
            [ -n "$retries" ] && policy_opts+=(--tx-retry "$retries")
            PMDFWD_JAVA_OPTS="-Xlog:gc:file=$name.gc" "$PMDFWD_ROOT/scripts/pmd-forwarder" "${eal[@]}" \
                --file-prefix "bench-fw-$$" -- "${fw_app[@]}" "${policy_opts[@]}" --report-dir "$name.report" \
                >"$name.switch.out" 2>"$name.switch.log" &
            ;;
    esac
    switch_pid=$!
    local rc=0
    wait "$gen_pid" || rc=$?
    gen_pid=""
    if [[ "$switch" == testpmd* ]]; then stop "$switch_pid" INT; else stop "$switch_pid" TERM; fi
    switch_pid=""
    [ "$rc" -eq 0 ] && [ -s "$name.json" ] || die "generator failed (exit $rc) with $switch: see $name.gen.log and $name.switch.log"
}

# json_field FILE KEY: a top-level number of the generator's JSON.
json_field() { grep -o "\"$2\": [0-9.e+-]*" "$1" | head -1 | awk '{print $2}'; }

record_virtio() {
    local scenario=$1 switch=$2 round=$3 name=$4 extra=${5:-}
    local gc=0
    [ -f "$name.gc" ] && gc=$(grep -c 'Pause' "$name.gc" || true)
    record scenario="\"$scenario\"" switch="\"$switch\"" round="$round" generator="$(cat "$name.json")" \
        run="\"$(basename "$name")\"" gc_pauses="$gc" generator_gc_pauses="$(grep -c 'Pause' "$name.gen.gc" || true)" $extra
}

gen_seconds=$((seconds - warmup))
run_virtio() {
    say "virtio: $rounds round(s), generator (core 0) -> net_vhost -> virtio_user -> switch (core 1) -> back, 64 B, as fast as it goes"
    local r who order name
    for r in $(seq 1 "$rounds"); do
        if [ $((r % 2)) -eq 1 ]; then order="testpmd pmd-forwarder"; else order="pmd-forwarder testpmd"; fi
        for who in $order; do
            name="$out/virtio-$who-$r"
            virtio_run "$who" "$name" --rate 0 --seconds "$gen_seconds" --warmup "$warmup"
            record_virtio virtio "$who" "$r" "$name"
            say "virtio round $r: $who $(awk -v p="$(json_field "$name.json" received_pps)" 'BEGIN {printf "%.3f", p / 1e6}') Mpps received, loss $(json_field "$name.json" loss_ratio)"
        done
    done
}

# The lower of the two switches' median maxima, in pps: the latency and stall loads are fractions of it.
max_pps() {
    python3 - "$out/runs.jsonl" <<'PY'
import json, statistics, sys
runs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
m = {}
for r in runs:
    if r["scenario"] == "virtio":
        m.setdefault(r["switch"], []).append(r["generator"]["received_pps"])
print(int(min(statistics.median(v) for v in m.values())) if len(m) == 2 else 0)
PY
}

run_latency() {
    local max=$1 pct r who order name rate
    local loads="10 50 90" lat_rounds=$(( rounds < 3 ? rounds : 3 ))
    [ -n "$quick" ] && loads="10"
    say "latency: at ${loads// /%, }% of $max pps, $lat_rounds round(s) each"
    for pct in $loads; do
        rate=$((max * pct / 100))
        for r in $(seq 1 "$lat_rounds"); do
            if [ $((r % 2)) -eq 1 ]; then order="testpmd pmd-forwarder"; else order="pmd-forwarder testpmd"; fi
            for who in $order; do
                name="$out/latency-$pct-$who-$r"
                virtio_run "$who" "$name" --rate "$rate" --seconds "$gen_seconds" --warmup "$warmup"
                record_virtio latency "$who" "$r" "$name" "load_percent=$pct"
                say "latency $pct% round $r: $who p99.99 $(grep -o '"p99_99": [0-9]*' "$name.json" | head -1 | awk '{printf "%.1f", $2 / 1000}') us, lost $(json_field "$name.json" lost)"
            done
        done
    done
}

run_stall() {
    local max=$1 r who name rate=$(( $1 / 2 ))
    local switches="pmd-forwarder:retry pmd-forwarder:retry:64 pmd-forwarder:drop pmd-forwarder:backpressure testpmd testpmd:retry"
    local stall_rounds=$(( rounds < 3 ? rounds : 3 ))
    [ -n "$quick" ] && switches="pmd-forwarder:retry testpmd:retry"
    say "stall: $rate pps, receiver pauses 1 ms every 20 ms, $stall_rounds round(s) of: $switches"
    for r in $(seq 1 "$stall_rounds"); do
        for who in $switches; do
            name="$out/stall-${who//:/-}-$r"
            virtio_run "$who" "$name" --rate "$rate" --seconds "$gen_seconds" --warmup "$warmup" \
                --rx-pause-us 1000 --rx-pause-period-ms 20
            record_virtio stall "$who" "$r" "$name"
            say "stall round $r: $who lost $(json_field "$name.json" lost) of $(json_field "$name.json" offered)"
        done
    done
}

want null && run_null
if want virtio || want latency || want stall; then
    if want virtio; then run_virtio; fi
    max=$(max_pps)
    if [ "$max" -eq 0 ]; then
        # no virtio scenario in this run: measure the maxima with one short round each
        r_save=$rounds; rounds=1; run_virtio; rounds=$r_save; max=$(max_pps)
    fi
    [ "$max" -gt 0 ] || die "no maximum rate measured over virtio: see $out/virtio-*"
    want latency && run_latency "$max"
    want stall && run_stall "$max"
fi

python3 "$PMDFWD_ROOT/scripts/lib/bench_summary.py" "$out" \
    --machine "$(nproc) cores, $(uname -r), $(pkg-config --modversion libdpdk 2>/dev/null || echo '?')" \
    --command "scripts/bench.sh ${quick:+--quick }--rounds $rounds --seconds $seconds --scenarios $scenarios"
if [ -s "$out/latency-page.args" ]; then
    mapfile -t curves <"$out/latency-page.args"
    "$PMDFWD_ROOT/scripts/pmd-forwarder" report --latency --out "$out/latency.html" \
        --title "One-way latency through the switch: pmd-forwarder and dpdk-testpmd" \
        --note "virtio_user ports, a generator over vhost-user, 64-byte frames; latency from each frame's intended send time (uncorrected: from its actual send time)" \
        --note "$(head -1 "$out/results.md")" "${curves[@]}" >/dev/null
fi
cat "$out/results.md"
