#!/usr/bin/env bash
# The demo: no NIC needed. Installs what is missing, builds, writes a corpus of frames (minimum-size,
# VLAN, QinQ, ARP, IPv4, IPv6, broadcast, multicast, odd lengths, 1514 and 9000-byte jumbo) into two
# pcap files, bridges two net_pcap ports with the forwarder, prints its report, and checks that each
# port transmitted exactly the frames the other received.  Usage: scripts/demo.sh [REPEAT]
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

repeat=${1:-500}
"$PMDFWD_ROOT/scripts/setup.sh" >/dev/null 2>&1 || "$PMDFWD_ROOT/scripts/setup.sh"
find_jdk
work=$(mktemp -d /tmp/pmdfwd-demo.XXXXXX)   # kept: the report is worth opening
"$PMDFWD_ROOT/scripts/pmd-forwarder" --version >/dev/null   # builds if needed
cp="$PMDFWD_ROOT/pmd-forwarder/target/pmd-forwarder.jar:$PMDFWD_ROOT/pmd-forwarder/target/lib/*"
"$JAVA_HOME/bin/java" -cp "$cp" dev.pmdfwd.pcap.PcapTool corpus "$work/in0.pcap" "$repeat" >/dev/null
"$JAVA_HOME/bin/java" -cp "$cp" dev.pmdfwd.pcap.PcapTool corpus "$work/in1.pcap" "$((repeat / 2 + 1))" >/dev/null

say "forwarding $work/in0.pcap <-> $work/in1.pcap through two net_pcap ports for 3 s"
"$PMDFWD_ROOT/scripts/pmd-forwarder" -l 0-1 \
    --vdev "net_pcap0,rx_pcap=$work/in0.pcap,tx_pcap=$work/out0.pcap" \
    --vdev "net_pcap1,rx_pcap=$work/in1.pcap,tx_pcap=$work/out1.pcap" \
    -- --duration 3 --max-pkt-len 9018 --report-dir "$work/report"

# port 0 received in0 and sent it out of port 1, and the other way round
"$JAVA_HOME/bin/java" -cp "$cp" dev.pmdfwd.pcap.PcapTool compare "$work/in0.pcap" "$work/out1.pcap"
"$JAVA_HOME/bin/java" -cp "$cp" dev.pmdfwd.pcap.PcapTool compare "$work/in1.pcap" "$work/out0.pcap"
say "demo done: open $work/report/report.html (counters, latency percentiles, burst sizes)"
