#!/usr/bin/env bash
# The switch-VM scenario on one machine: two network namespaces are the hosts (10.<n>.0.1 and
# 10.<n>.0.2), bridged by a switch; iperf3 sends UDP at fixed rates and TCP between them.
#   scripts/e2e.sh [--quick] [--switches "pmd-forwarder testpmd bridge"] [--kinds "tap af_packet"]
# Port kinds: tap (taps created by the DPDK switch, moved into the namespaces) and af_packet (veth
# pairs, the host ends driven by net_af_packet; the Linux bridge uses the same veths). Loss is located
# from every counter there is: the forwarder's own (summary.json), the ports' imissed, the namespaces'
# link counters and UDP receive-buffer errors. The forwarder's resident memory is sampled each second.
# Everything is torn down on exit, even on failure. Results: a markdown table and JSON in --out.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

quick=0 switches="pmd-forwarder testpmd bridge" kinds="tap af_packet" out=""
rates="200M 500M 1G 0" sizes="1400 64" seconds=5
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1; switches="pmd-forwarder"; rates="500M"; sizes="1400"; seconds=2; shift ;;
        --switches) switches=$2; shift 2 ;;
        --kinds) kinds=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "e2e.sh: unknown argument '$1' (try --help)" ;;
    esac
done
[ "$(id -u)" -eq 0 ] || die "e2e.sh needs root (network namespaces, taps, veths)"
"$PMDFWD_ROOT/scripts/setup.sh" >/dev/null 2>&1 || "$PMDFWD_ROOT/scripts/setup.sh"
for tool in iperf3 ip ethtool; do command -v "$tool" >/dev/null || die "e2e.sh: $tool missing: scripts/setup.sh installs it"; done
find_jdk
"$PMDFWD_ROOT/scripts/pmd-forwarder" --version >/dev/null   # build outside the measurement

id=$$ net=$(( ($$ % 200) + 20 ))
nsA=pfwA$id nsB=pfwB$id
out=${out:-$PMDFWD_ROOT/bench/results/e2e-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
switch_pid=""
cleanup() {
    [ -n "$switch_pid" ] && kill -TERM "$switch_pid" 2>/dev/null && wait "$switch_pid" 2>/dev/null || true
    ip netns del "$nsA" 2>/dev/null || true
    ip netns del "$nsB" 2>/dev/null || true
    ip link del "vh${id}a" 2>/dev/null || true
    ip link del "vh${id}b" 2>/dev/null || true
    ip link del "br$id" 2>/dev/null || true
}
trap cleanup EXIT

# host side ---------------------------------------------------------------------------------------
hosts_up() { # $1 $2: the interfaces, already inside nsA and nsB
    ip -n "$nsA" addr add "10.$net.0.1/24" dev "$1"; ip -n "$nsB" addr add "10.$net.0.2/24" dev "$2"
    for ns_if in "$nsA $1" "$nsB $2"; do
        set -- $ns_if
        ip -n "$1" link set "$2" up; ip -n "$1" link set lo up
        ip netns exec "$1" ethtool -K "$2" tx off >/dev/null 2>&1 || true  # no partial checksums to the switch
    done
}
veths() {
    ip link add "vh${id}a" type veth peer name "vn${id}a"; ip link add "vh${id}b" type veth peer name "vn${id}b"
    ip link set "vn${id}a" netns "$nsA"; ip link set "vn${id}b" netns "$nsB"
    ip link set "vh${id}a" up; ip link set "vh${id}b" up
    hosts_up "vn${id}a" "vn${id}b"
}

# switches ----------------------------------------------------------------------------------------
start_switch() { # $1 switch, $2 kind, $3 log
    local vdevs
    case "$2" in
        tap) vdevs=(--vdev "net_tap0,iface=tp${id}a" --vdev "net_tap1,iface=tp${id}b") ;;
        af_packet) veths; vdevs=(--vdev "net_af_packet0,iface=vh${id}a" --vdev "net_af_packet1,iface=vh${id}b") ;;
    esac
    case "$1" in
        pmd-forwarder)
            "$PMDFWD_ROOT/scripts/pmd-forwarder" -l 0-1 --log-level lib.eal:notice "${vdevs[@]}" -- \
                --idle backoff --report-dir "$3.report" >"$3" 2>&1 &
            switch_pid=$! ;;
        testpmd)
            dpdk-testpmd -l 0-1 --no-pci --in-memory --file-prefix "e2e-$id" --log-level lib.eal:notice "${vdevs[@]}" -- \
                --forward-mode=io --stats-period 1 </dev/null >"$3" 2>&1 &
            switch_pid=$! ;;
        bridge)
            [ "$2" = af_packet ] || return 1
            ip link add "br$id" type bridge; ip link set "br$id" up
            ip link set "vh${id}a" master "br$id"; ip link set "vh${id}b" master "br$id"
            switch_pid="" ;;
    esac
    if [ "$2" = tap ]; then
        for i in $(seq 1 150); do ip link show "tp${id}b" >/dev/null 2>&1 && break; sleep 0.2; done
        ip link show "tp${id}b" >/dev/null 2>&1 || die "$1 created no taps: see $3"
        sleep 1
        ip link set "tp${id}a" netns "$nsA"; ip link set "tp${id}b" netns "$nsB"
        hosts_up "tp${id}a" "tp${id}b"
    fi
    ip netns exec "$nsA" ping -c 1 -W 5 "10.$net.0.2" >/dev/null 2>&1 || ip netns exec "$nsA" ping -c 2 -W 5 "10.$net.0.2" >/dev/null 2>&1 ||
        say "warning: no ping through $1 over $2"
}
stop_switch() {
    # TERM, not INT: a background job of a script starts with SIGINT ignored, and the JVM keeps that
    if [ -n "$switch_pid" ]; then kill -TERM "$switch_pid" 2>/dev/null || true; wait "$switch_pid" 2>/dev/null || true; fi
    switch_pid=""
    ip link del "br$id" 2>/dev/null || true
    ip link del "vh${id}a" 2>/dev/null || true; ip link del "vh${id}b" 2>/dev/null || true
    ip netns del "$nsA" 2>/dev/null || true; ip netns del "$nsB" 2>/dev/null || true
    ip netns add "$nsA"; ip netns add "$nsB"
}

rcvbuf_errors() { ip netns exec "$nsB" awk '/^Udp: [0-9]/ {print $6}' /proc/net/snmp; }
rx_dropped() { ip -n "$nsB" -s link show "$1" | awk '/RX:/ {getline; print $4}'; }

# one measurement: prints "received_mbps loss_pct" (UDP) or "gbps" (TCP)
iperf() { # $1 udp|tcp $2 rate $3 size
    ip netns exec "$nsB" iperf3 -s -1 -B "10.$net.0.2" >/dev/null 2>&1 &
    local server=$!
    sleep 0.3
    local json
    if [ "$1" = udp ]; then
        json=$(ip netns exec "$nsA" iperf3 -c "10.$net.0.2" -u -b "$2" -l "$3" -t "$seconds" -J 2>/dev/null || true)
        wait "$server" 2>/dev/null || true
        python3 -c 'import json,sys; d=json.load(sys.stdin)["end"]["sum"]; print("%.1f %.2f" % (d["bits_per_second"]/1e6*(1-d["lost_percent"]/100), d["lost_percent"]))' <<<"$json" 2>/dev/null || echo "nan nan"
    else
        json=$(ip netns exec "$nsA" iperf3 -c "10.$net.0.2" -t "$seconds" -J 2>/dev/null || true)
        wait "$server" 2>/dev/null || true
        python3 -c 'import json,sys; print("%.2f" % (json.load(sys.stdin)["end"]["sum_received"]["bits_per_second"]/1e9))' <<<"$json" 2>/dev/null || echo "nan"
    fi
}

ip netns add "$nsA"; ip netns add "$nsB"
table="$out/results.md"
echo "| kind | switch | test | received | loss % | where the loss was |" >"$table"
echo "|---|---|---|---|---|---|" >>"$table"
status=0
for kind in $kinds; do
    for sw in $switches; do
        [ "$sw" = bridge ] && [ "$kind" != af_packet ] && continue
        log="$out/$sw-$kind.log"
        start_switch "$sw" "$kind" "$log"
        rss_log="$out/$sw-$kind.rss"
        if [ "$sw" = pmd-forwarder ]; then
            (while kill -0 "$switch_pid" 2>/dev/null; do ps -o rss= -p "$(pgrep -P "$switch_pid" java || echo "$switch_pid")" 2>/dev/null; sleep 1; done) >"$rss_log" &
        fi
        rxif=$([ "$kind" = tap ] && echo "tp${id}b" || echo "vn${id}b")
        for size in $sizes; do
            for rate in $rates; do
                e0=$(rcvbuf_errors); d0=$(rx_dropped "$rxif")
                read -r mbps loss < <(iperf udp "$rate" "$size")
                e1=$(rcvbuf_errors); d1=$(rx_dropped "$rxif")
                where="udp rcvbuf errors $((e1 - e0)), receiver link drops $((d1 - d0))"
                echo "| $kind | $sw | UDP ${rate/#0/unlimited} ${size} B | ${mbps} Mbit/s | $loss | $where |" >>"$table"
                say "$kind $sw UDP $rate ${size}B: $mbps Mbit/s, loss $loss% ($where)"
            done
        done
        gbps=$(iperf tcp 0 0)
        echo "| $kind | $sw | TCP | ${gbps} Gbit/s | | |" >>"$table"
        say "$kind $sw TCP: $gbps Gbit/s"
        stop_switch
        if [ "$sw" = pmd-forwarder ]; then
            grep -q "conservation: OK" "$log" || { say "conservation not OK for $kind: see $log"; status=1; }
            rss=$(sort -n "$rss_log" | sed -n '1p;$p' | paste -sd- -)
            say "$kind pmd-forwarder resident memory (KB, min-max over the run): $rss"
            echo "| $kind | $sw | RSS KB min-max | $rss | | |" >>"$table"
        fi
    done
done
cat "$table"
exit $status
