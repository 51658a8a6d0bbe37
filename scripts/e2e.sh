#!/usr/bin/env bash
# The switch-VM scenario on one machine: two network namespaces are the hosts (10.<n>.0.1 and
# 10.<n>.0.2), bridged by a switch; iperf3 sends UDP at fixed rates and TCP between them.
#   scripts/e2e.sh [--quick] [--switches "pmd-forwarder pmd-forwarder-busy pmd-forwarder-hold testpmd ovs bridge"]
#                  [--kinds "tap af_packet virtio"] [--rates "200M 500M 1G 0"] [--sizes "1400 64"]
#                  [--seconds S] [--rounds N] [--pin-hosts CPUS|SENDER:RECEIVER] [--hold-us US] [--out DIR]
# Switches: pmd-forwarder (--idle backoff), pmd-forwarder-busy (--idle busy), pmd-forwarder-hold
# (--idle backoff --tx-hold-us US, 100 by default as l2fwd's drain, --hold-us sets it; not in the
# default set), testpmd (io mode),
# ovs (Open vSwitch with DPDK, netdev bridge, one PMD core; its package is installed on first use,
# or skipped with a message) and bridge (Linux bridge, af_packet only). Every DPDK switch gets the
# same devargs and the same cores: main lcore 0, one forwarding core 1.
# Port kinds: tap (taps created by the DPDK switch, moved into the namespaces), af_packet (veth
# pairs, the host ends driven by net_af_packet; the Linux bridge uses the same veths) and virtio (the
# switch's ports are net_virtio_user devices; a peer offers the two vhost-user sockets and relays
# each to a tap in a namespace; not in the default set). Loss is located
# in the kernel's counters: UDP receive-buffer errors in the receiving namespace, and the hosts' link
# drops on both sides. The forwarder's conservation verdict is checked; every DPDK switch's resident
# memory is sampled.
# With --rounds N the switches alternate round by round and the table gives medians (min-max).
# --pin-hosts CPUS runs both iperf3 ends on those CPUs (taskset), e.g. 0: off the forwarding core;
# --pin-hosts 0:1 runs the sender on CPU 0 and the receiver on CPU 1 (with the switch's worker), a
# placement the scheduler cannot change from run to run.
# Everything is torn down on exit, even on failure. Results: results.md, measurements.md and
# results.json in --out.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

quick=0 switches="pmd-forwarder pmd-forwarder-busy testpmd ovs bridge" kinds="tap af_packet" out=""
rates="200M 500M 1G 0" sizes="1400 64" seconds=5 rounds=1 pin="" hold_us=100
invocation="scripts/e2e.sh $*"
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) quick=1; switches="pmd-forwarder"; kinds="tap af_packet virtio"; rates="500M"; sizes="1400"; seconds=2; shift ;;
        --switches) switches=$2; shift 2 ;;
        --kinds) kinds=$2; shift 2 ;;
        --rates) rates=$2; shift 2 ;;
        --sizes) sizes=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --pin-hosts) pin=$2; shift 2 ;;
        --hold-us) hold_us=$2; shift 2 ;;
        --out) out=$2; shift 2 ;;
        -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) die "e2e.sh: unknown argument '$1' (try --help)" ;;
    esac
done
for sw in $switches; do
    case "$sw" in pmd-forwarder|pmd-forwarder-busy|pmd-forwarder-hold|testpmd|ovs|bridge) ;; *) die "e2e.sh: unknown switch '$sw'" ;; esac
done
for kind in $kinds; do
    case "$kind" in tap|af_packet|virtio) ;; *) die "e2e.sh: unknown port kind '$kind' (tap, af_packet, virtio)" ;; esac
done
cpus_re='^[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*$'
if [ -n "$pin" ]; then
    [[ "${pin%%:*}" =~ $cpus_re && "${pin#*:}" =~ $cpus_re ]] ||
        die "e2e.sh: --pin-hosts takes a CPU list (0 or 0-1) or SENDER:RECEIVER lists (0:1), not '$pin'"
fi
[[ "$hold_us" =~ ^[0-9]+$ ]] || die "e2e.sh: --hold-us takes a whole number of microseconds"
[[ "$rounds" =~ ^[1-9][0-9]*$ ]] || die "e2e.sh: --rounds takes a whole number >= 1"
[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || die "e2e.sh: --seconds takes a whole number >= 1"
[ "$(id -u)" -eq 0 ] || die "e2e.sh needs root (network namespaces, taps, veths)"
"$PMDFWD_ROOT/scripts/setup.sh" >/dev/null 2>&1 || "$PMDFWD_ROOT/scripts/setup.sh"
for tool in iperf3 ip ethtool python3; do command -v "$tool" >/dev/null || die "e2e.sh: $tool missing: scripts/setup.sh installs it"; done
find_jdk
case " $switches " in *" pmd-forwarder"*) "$PMDFWD_ROOT/scripts/pmd-forwarder" --version >/dev/null ;; esac  # build outside the measurement

# OVS with DPDK: Debian's openvswitch-switch-dpdk (3.1, built on DPDK 22.11). It is not in setup.sh:
# only this script uses it, and the package enables a system service of its own. It is installed here
# on first use; that service is then stopped and disabled, because this script runs a private
# instance (own run directory, database and DPDK file prefix) that it stops by PID.
ovs_vswitchd=/usr/lib/openvswitch-switch-dpdk/ovs-vswitchd-dpdk
ovs_schema=/usr/share/openvswitch/vswitch.ovsschema
ovs_present() {
    [ -x "$ovs_vswitchd" ] && [ -f "$ovs_schema" ] && command -v ovsdb-server >/dev/null &&
        command -v ovsdb-tool >/dev/null && command -v ovs-vsctl >/dev/null && command -v ovs-ofctl >/dev/null
}
ensure_ovs() {
    ovs_present && return 0
    say "installing openvswitch-switch-dpdk for the ovs switch (once)"
    if ! { env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openvswitch-switch-dpdk >/dev/null 2>&1 ||
           { env DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null 2>&1 &&
             env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openvswitch-switch-dpdk >/dev/null 2>&1; }; }; then
        say "skipping ovs: could not install openvswitch-switch-dpdk (as root: apt-get install openvswitch-switch-dpdk)"
        return 1
    fi
    # the package's own service: enabled by the install, started where the init system allows it
    if [ -d /run/systemd/system ]; then
        for unit in openvswitch-switch.service ovs-vswitchd.service ovsdb-server.service; do
            if systemctl is-active --quiet "$unit" 2>/dev/null || systemctl is-enabled --quiet "$unit" 2>/dev/null; then
                systemctl disable --now "$unit" >/dev/null 2>&1 && say "stopped and disabled $unit (installed with openvswitch-switch-dpdk)"
            fi
        done
    fi
    local pidfile pid
    for pidfile in /run/openvswitch/ovs-vswitchd.pid /run/openvswitch/ovsdb-server.pid; do
        pid=$(cat "$pidfile" 2>/dev/null || true)
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            kill -TERM "$pid" && say "stopped the package's own $(basename "$pidfile" .pid) (pid $pid), started by its install"
        fi
    done
    ovs_present || { say "skipping ovs: openvswitch-switch-dpdk installed but $ovs_vswitchd is missing"; return 1; }
}
case " $switches " in
    *" ovs "*) ensure_ovs || switches=$(tr ' ' '\n' <<<"$switches" | { grep -vx ovs || true; } | paste -sd' ' -) ;;
esac
[ -n "${switches// /}" ] || die "e2e.sh: no switch left to run"

id=$$ net=$(( ($$ % 200) + 20 ))
nsA=pfwA$id nsB=pfwB$id nsS=pfwS$id   # nsS: OVS's own namespace, so its internal taps go with it
out=${out:-$PMDFWD_ROOT/bench/results/e2e-$(date -u +%Y%m%dT%H%M%SZ)}
mkdir -p "$out"
switch_pid="" ovsdb_pid="" ovs_run="" peer_pid="" peer_dir=""
iperf_pidfile=/tmp/pmdfwd-e2e-$id.iperf3-server.pid   # iperf() runs in a subshell: the trap finds the server here
stop_ovs() {
    if [ -n "$ovs_run" ] && [ -n "$switch_pid" ] && [ -n "${ovs_log:-}" ]; then
        # after the traffic: which rx queues carried it (pmd usage per queue) and the ports' counters,
        # OVS's own tx drops among them
        { echo "--- at the end"; ovs-appctl -t "$ovs_run/ovs-vswitchd.ctl" dpif-netdev/pmd-rxq-show
          for p in p0 p1; do echo "$p: $(ovs-vsctl --db="unix:$ovs_run/db.sock" --timeout=5 get Interface "$p" statistics)"; done
        } >>"$ovs_log" 2>&1 || true
    fi
    ovs_log=""
    if [ -n "$switch_pid" ]; then kill -TERM "$switch_pid" 2>/dev/null || true; wait "$switch_pid" 2>/dev/null || true; fi
    if [ -n "$ovsdb_pid" ]; then kill -TERM "$ovsdb_pid" 2>/dev/null || true; wait "$ovsdb_pid" 2>/dev/null || true; fi
    switch_pid="" ovsdb_pid=""
    [ -n "$ovs_run" ] && rm -rf "$ovs_run"
    ovs_run=""
    # the netdev datapath leaves persistent taps ("ovs-netdev", the bridge's own port): they go with nsS
    ip netns del "$nsS" 2>/dev/null || true
}
cleanup() {
    if [ -s "$iperf_pidfile" ]; then kill -TERM "$(cat "$iperf_pidfile")" 2>/dev/null || true; fi
    rm -f "$iperf_pidfile"
    stop_ovs
    [ -n "$switch_pid" ] && { kill -TERM "$switch_pid" 2>/dev/null || true; wait "$switch_pid" 2>/dev/null || true; }
    stop_peer
    ip netns del "$nsA" 2>/dev/null || true
    ip netns del "$nsB" 2>/dev/null || true
    ip link del "vh${id}a" 2>/dev/null || true
    ip link del "vh${id}b" 2>/dev/null || true
    ip link del "br$id" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

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

# The virtio kind's peer: a pmd-forwarder of its own on core 0 alone, with --idle backoff, that
# offers the two vhost-user sockets and relays tap A <-> vhost0 and vhost1 <-> tap B (its ports in
# order, paired 0-1 and 2-3). Every switch under test meets the same peer. Not testpmd: its
# forwarding lcore would busy-poll core 0, the hosts' core; not the bench generator: it does not
# relay to the kernel. The peer's taps carry the hosts' addresses, as the switch's own do on tap.
start_peer() { # $1 log
    peer_dir=$(mktemp -d "/tmp/pmdfwd-e2e-vhost-$id.XXXXXX")
    "$PMDFWD_ROOT/scripts/pmd-forwarder" -l 0 --file-prefix "e2e-peer-$id" --log-level lib.eal:notice \
        --vdev "net_tap0,iface=tp${id}a" --vdev "net_vhost0,iface=$peer_dir/0,queues=1" \
        --vdev "net_vhost1,iface=$peer_dir/1,queues=1" --vdev "net_tap1,iface=tp${id}b" -- --idle backoff \
        >"$1.peer" 2>&1 &
    peer_pid=$!
    for _ in $(seq 1 150); do [ -S "$peer_dir/1" ] && break; kill -0 "$peer_pid" 2>/dev/null || break; sleep 0.2; done
    [ -S "$peer_dir/1" ] || die "the virtio peer offered no vhost-user sockets: see $1.peer"
}
stop_peer() {
    if [ -n "$peer_pid" ]; then kill -TERM "$peer_pid" 2>/dev/null || true; wait "$peer_pid" 2>/dev/null || true; fi
    peer_pid=""
    [ -n "$peer_dir" ] && rm -rf "$peer_dir"
    peer_dir=""
}

# switches ----------------------------------------------------------------------------------------
# OVS-DPDK: a private ovsdb-server and ovs-vswitchd, a netdev bridge with the two DPDK ports (the same
# devargs the other switches get; 2 rx queues on taps), and two flows: port 1 -> port 2 and back.
# ovs-vswitchd runs in a namespace of its own (nsS): the taps it creates, the DPDK ones included, are
# made there, and the datapath's fixed-name "ovs-netdev" tap cannot collide with a parallel run.
start_ovs() { # $1 log prefix, $2 $3: the two devargs, $4 kind
    ovs_run=$(mktemp -d "/tmp/pmdfwd-ovs-$id.XXXXXX") ovs_log=$1
    local extra=""
    [ "$4" = virtio ] && extra=" --single-file-segments"  # a vhost-user peer maps at most 8 memory files
    export OVS_RUNDIR=$ovs_run OVS_DBDIR=$ovs_run OVS_LOGDIR=$ovs_run OVS_SYSCONFDIR=$ovs_run
    export OVS_PKGDATADIR=$(dirname "$ovs_schema")
    local db=$ovs_run/conf.db sock=$ovs_run/db.sock br=ovs$id rxq=""
    [ "$4" = tap ] && rxq="options:n_rxq=2"
    ovsdb-tool create "$db" "$ovs_schema"
    ovsdb-server "$db" --remote="punix:$sock" --pidfile="$ovs_run/ovsdb-server.pid" \
        --unixctl="$ovs_run/ovsdb-server.ctl" --log-file="$1.ovsdb-server.log" --no-chdir </dev/null >/dev/null 2>&1 &
    ovsdb_pid=$!
    for _ in $(seq 1 100); do [ -S "$sock" ] && break; sleep 0.1; done
    local vsctl=(ovs-vsctl --db="unix:$sock" --timeout=30)
    "${vsctl[@]}" --no-wait init
    # main lcore 0 and one PMD thread on core 1, as the forwarder and testpmd get; no PCI probing and
    # no hugepage files (--in-memory), a file prefix of its own
    "${vsctl[@]}" --no-wait set Open_vSwitch . other_config:dpdk-init=true other_config:dpdk-lcore-mask=0x1 \
        other_config:pmd-cpu-mask=0x2 "other_config:dpdk-extra=--no-pci --in-memory --file-prefix=e2e-ovs-$id$extra"
    ip netns exec "$nsS" "$ovs_vswitchd" "unix:$sock" --pidfile="$ovs_run/ovs-vswitchd.pid" --unixctl="$ovs_run/ovs-vswitchd.ctl" \
        --log-file="$1.ovs-vswitchd.log" --no-chdir </dev/null >/dev/null 2>&1 &
    switch_pid=$!
    "${vsctl[@]}" add-br "$br" -- set bridge "$br" datapath_type=netdev
    "${vsctl[@]}" add-port "$br" p0 -- set Interface p0 type=dpdk "options:dpdk-devargs=$2" $rxq ofport_request=1
    "${vsctl[@]}" add-port "$br" p1 -- set Interface p1 type=dpdk "options:dpdk-devargs=$3" $rxq ofport_request=2
    ovs-ofctl del-flows "$br"
    ovs-ofctl add-flow "$br" in_port=1,actions=output:2
    ovs-ofctl add-flow "$br" in_port=2,actions=output:1
    { "${vsctl[@]}" show; ovs-ofctl dump-flows "$br"
      ovs-appctl -t "$ovs_run/ovs-vswitchd.ctl" dpif-netdev/pmd-rxq-show; } >"$1" 2>&1 || true
}
start_switch() { # $1 switch, $2 kind, $3 log
    local vdevs devargs
    case "$2" in
        tap) devargs=("net_tap0,iface=tp${id}a" "net_tap1,iface=tp${id}b") ;;
        af_packet) veths; devargs=("net_af_packet0,iface=vh${id}a" "net_af_packet1,iface=vh${id}b") ;;
        virtio) start_peer "$3"; devargs=("net_virtio_user0,path=$peer_dir/0,queues=1" "net_virtio_user1,path=$peer_dir/1,queues=1") ;;
    esac
    local sfs=()
    [ "$2" = virtio ] && sfs=(--single-file-segments)  # testpmd: a vhost-user peer maps at most 8 memory files
    local swip=(ip)   # ip in the switch's namespace
    if [ "$1" = ovs ]; then
        ip netns add "$nsS"; swip=(ip -n "$nsS")
        "${swip[@]}" link set lo up
        if [ "$2" = af_packet ]; then
            ip link set "vh${id}a" netns "$nsS"; ip link set "vh${id}b" netns "$nsS"
            "${swip[@]}" link set "vh${id}a" up; "${swip[@]}" link set "vh${id}b" up
        fi
    fi
    vdevs=(--vdev "${devargs[0]}" --vdev "${devargs[1]}")
    case "$1" in
        pmd-forwarder|pmd-forwarder-busy|pmd-forwarder-hold)
            local app=(--idle backoff)
            [ "$1" = pmd-forwarder-busy ] && app=(--idle busy)
            [ "$1" = pmd-forwarder-hold ] && app=(--idle backoff --tx-hold-us "$hold_us")
            "$PMDFWD_ROOT/scripts/pmd-forwarder" -l 0-1 --log-level lib.eal:notice "${vdevs[@]}" -- \
                "${app[@]}" --report-dir "$3.report" >"$3" 2>&1 &
            switch_pid=$! ;;
        testpmd)
            dpdk-testpmd -l 0-1 --no-pci --in-memory "${sfs[@]}" --file-prefix "e2e-$id" --log-level lib.eal:notice "${vdevs[@]}" -- \
                --forward-mode=io --stats-period 1 </dev/null >"$3" 2>&1 &
            switch_pid=$! ;;
        ovs)
            start_ovs "$3" "${devargs[0]}" "${devargs[1]}" "$2" ;;
        bridge)
            [ "$2" = af_packet ] || return 1
            ip link add "br$id" type bridge; ip link set "br$id" up
            ip link set "vh${id}a" master "br$id"; ip link set "vh${id}b" master "br$id"
            switch_pid="" ;;
    esac
    if [ "$2" = tap ] || [ "$2" = virtio ]; then
        local tapip=("${swip[@]}") maker=$1 makerlog=$3   # who made the taps: the switch, or the virtio peer
        [ "$2" = virtio ] && tapip=(ip) maker="the virtio peer" makerlog=$3.peer
        for _ in $(seq 1 150); do "${tapip[@]}" link show "tp${id}b" >/dev/null 2>&1 && break; sleep 0.2; done
        "${tapip[@]}" link show "tp${id}b" >/dev/null 2>&1 || die "$maker created no taps: see $makerlog"
        sleep 1
        "${tapip[@]}" link set "tp${id}a" netns "$nsA"; "${tapip[@]}" link set "tp${id}b" netns "$nsB"
        hosts_up "tp${id}a" "tp${id}b"
    fi
    ip netns exec "$nsA" ping -c 1 -W 5 "10.$net.0.2" >/dev/null 2>&1 || ip netns exec "$nsA" ping -c 2 -W 5 "10.$net.0.2" >/dev/null 2>&1 ||
        say "warning: no ping through $1 over $2"
}
stop_switch() { # $1 switch
    # TERM, not INT: a background job of a script starts with SIGINT ignored, and the JVM keeps that
    if [ "$1" = ovs ]; then
        stop_ovs
    elif [ -n "$switch_pid" ]; then
        kill -TERM "$switch_pid" 2>/dev/null || true; wait "$switch_pid" 2>/dev/null || true
    fi
    switch_pid=""
    stop_peer
    ip link del "br$id" 2>/dev/null || true
    ip link del "vh${id}a" 2>/dev/null || true; ip link del "vh${id}b" 2>/dev/null || true
    ip netns del "$nsA" 2>/dev/null || true; ip netns del "$nsB" 2>/dev/null || true
    ip netns add "$nsA"; ip netns add "$nsB"
}

# Resident memory of a switch, once a second until it exits. No fork per sample (a ps and a pgrep
# a second cost the hosts' core about 4%): VmRSS by read, and a read with a timeout on a fifo that
# never gets data as the sleep. Every DPDK switch is sampled, so each pays the same.
sample_rss() { # $1 pid
    local status=/proc/$1/status fifo key value _
    fifo=$(mktemp -u "/tmp/pmdfwd-e2e-$id.rss.XXXXXX"); mkfifo "$fifo"
    exec {tick}<>"$fifo"; rm -f "$fifo"
    while [ -r "$status" ]; do
        while read -r key value _; do
            [ "$key" = VmRSS: ] && { echo "$value"; break; }
        done 2>/dev/null <"$status" || break
        read -r -t 1 -u "$tick" _ || true
    done
}
rcvbuf_errors() { ip netns exec "$nsB" awk '/^Udp: [0-9]/ {print $6}' /proc/net/snmp; }
link_dropped() { # $1 ns $2 interface $3 RX|TX
    ip -n "$1" -s link show "$2" | awk -v dir="$3:" '$1 == dir {getline; print $4}'
}

# one measurement: prints "received_mbps loss_pct sent_mbps" (UDP) or "gbps" (TCP)
sender_cmd=() receiver_cmd=()   # taskset for each end, from --pin-hosts CPUS or SENDER:RECEIVER
[ -n "$pin" ] && sender_cmd=(taskset -c "${pin%%:*}") receiver_cmd=(taskset -c "${pin#*:}")
iperf() { # $1 udp|tcp $2 rate $3 size
    # one test per server; the timeout ends a server whose client never came
    ip netns exec "$nsB" "${receiver_cmd[@]}" timeout $((seconds + 30)) iperf3 -s -1 -B "10.$net.0.2" -I "$iperf_pidfile" >/dev/null 2>&1 &
    local server=$!
    sleep 0.3
    local json
    if [ "$1" = udp ]; then
        json=$(ip netns exec "$nsA" "${sender_cmd[@]}" iperf3 -c "10.$net.0.2" -u -b "$2" -l "$3" -t "$seconds" -J 2>/dev/null || true)
        wait "$server" 2>/dev/null || true
        python3 -c 'import json,sys; d=json.load(sys.stdin)["end"]["sum"]; print("%.1f %.2f %.1f" % (d["bits_per_second"]/1e6*(1-d["lost_percent"]/100), d["lost_percent"], d["bits_per_second"]/1e6))' <<<"$json" 2>/dev/null || echo "nan nan nan"
    else
        json=$(ip netns exec "$nsA" "${sender_cmd[@]}" iperf3 -c "10.$net.0.2" -t "$seconds" -J 2>/dev/null || true)
        wait "$server" 2>/dev/null || true
        python3 -c 'import json,sys; print("%.2f" % (json.load(sys.stdin)["end"]["sum_received"]["bits_per_second"]/1e9))' <<<"$json" 2>/dev/null || echo "nan"
    fi
}

ip netns add "$nsA"; ip netns add "$nsB"
raw="$out/measurements.tsv"
printf 'round\tkind\tswitch\ttest\tvalue\tunit\tloss\tsent\trcvbuf_errors\treceiver_rx_drops\tsender_tx_drops\n' >"$raw"
status=0
for round in $(seq 1 "$rounds"); do
    for kind in $kinds; do
        for sw in $switches; do
            [ "$sw" = bridge ] && [ "$kind" != af_packet ] && continue  # the bridge takes kernel interfaces
            tag=$sw-$kind
            [ "$rounds" -gt 1 ] && tag=$tag-r$round
            log="$out/$tag.log"
            start_switch "$sw" "$kind" "$log"
            rss_log="$out/$tag.rss"
            [ -n "$switch_pid" ] && { sample_rss "$switch_pid" >"$rss_log" & }
            rxif=$([ "$kind" = af_packet ] && echo "vn${id}b" || echo "tp${id}b")
            txif=$([ "$kind" = af_packet ] && echo "vn${id}a" || echo "tp${id}a")
            for size in $sizes; do
                for rate in $rates; do
                    e0=$(rcvbuf_errors); d0=$(link_dropped "$nsB" "$rxif" RX); s0=$(link_dropped "$nsA" "$txif" TX)
                    read -r mbps loss sent < <(iperf udp "$rate" "$size")
                    e1=$(rcvbuf_errors); d1=$(link_dropped "$nsB" "$rxif" RX); s1=$(link_dropped "$nsA" "$txif" TX)
                    test="UDP ${rate/#0/unlimited} ${size} B"
                    printf '%s\t%s\t%s\t%s\t%s\tMbit/s\t%s\t%s\t%s\t%s\t%s\n' "$round" "$kind" "$sw" "$test" "$mbps" "$loss" "$sent" \
                        $((e1 - e0)) $((d1 - d0)) $((s1 - s0)) >>"$raw"
                    say "$kind $sw UDP $rate ${size}B: $mbps Mbit/s received of $sent sent, loss $loss% (udp rcvbuf errors $((e1 - e0)), receiver link drops $((d1 - d0)), sender link drops $((s1 - s0)))"
                done
            done
            gbps=$(iperf tcp 0 0)
            printf '%s\t%s\t%s\tTCP\t%s\tGbit/s\t\t\t\t\t\n' "$round" "$kind" "$sw" "$gbps" >>"$raw"
            say "$kind $sw TCP: $gbps Gbit/s"
            stop_switch "$sw"
            if [ "$kind" = virtio ]; then
                grep -q "conservation: OK" "$log.peer" || { say "conservation not OK for the virtio peer of $sw: see $log.peer"; status=1; }
            fi
            if [[ "$sw" = pmd-forwarder* ]]; then
                grep -q "conservation: OK" "$log" || { say "conservation not OK for $kind $sw: see $log"; status=1; }
            fi
            if [ -s "$rss_log" ]; then
                rss=$(sort -n "$rss_log" | sed -n '1p;$p' | paste -sd- -)
                say "$kind $sw resident memory (KB, min-max over the run): $rss"
                printf '%s\t%s\t%s\tRSS KB min-max\t%s\tKB\t\t\t\t\t\n' "$round" "$kind" "$sw" "$rss" >>"$raw"
            fi
        done
    done
done
python3 "$PMDFWD_ROOT/scripts/lib/e2e_summary.py" "$raw" "$out" "${invocation% }" \
    "scripts/e2e.sh --switches \"$switches\" --kinds \"$kinds\" --rates \"$rates\" --sizes \"$sizes\" --seconds $seconds --rounds $rounds${pin:+ --pin-hosts $pin}$([[ " $switches " = *" pmd-forwarder-hold "* ]] && echo " --hold-us $hold_us")"
cat "$out/results.md"
exit $status
