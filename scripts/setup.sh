#!/usr/bin/env bash
# Installs what pmd-forwarder needs and prepares hugepages. Idempotent: says what it did, and
# what it could not do without root. Usage: scripts/setup.sh [--hugepages N]  (N 2 MB pages, default 512)
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

hugepages=${PMDFWD_HUGEPAGES:-512}
while [ $# -gt 0 ]; do
    case "$1" in
        --hugepages) hugepages=${2:?--hugepages takes a number of 2 MB pages}; shift 2 ;;
        -h|--help) sed -n '2,3p' "$0" | sed 's/^# //'; exit 0 ;;
        *) die "setup.sh: unknown argument '$1' (try --help)" ;;
    esac
done

# Debian packages: the DPDK runtime and PMDs, headers (layout test), dpdk-testpmd (benchmarks),
# a C compiler and pkg-config (layout probe), Maven (build), strace (the no-syscall test),
# iperf3, iproute2, ethtool and ping (scripts/e2e.sh), python3 (the bench summary).
packages=(dpdk libdpdk-dev dpdk-dev pkg-config gcc maven strace iperf3 iproute2 ethtool iputils-ping python3)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    if ! { as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
           as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }; then
        die "could not install ${missing[*]}: as root, run: apt-get update && apt-get install -y ${missing[*]}"
    fi
else
    say "packages present: ${packages[*]}"
fi
dpdk_version=$(pkg-config --modversion libdpdk 2>/dev/null || echo "?")
case "$dpdk_version" in
    22.11*) say "DPDK $dpdk_version" ;;
    *) die "DPDK $dpdk_version is installed, but the bindings are for 22.11 (Debian 12's dpdk packages)" ;;
esac

find_jdk
say "JDK: $JAVA_HOME"

# Hugepages: 2 MB pages reserved and hugetlbfs mounted. Without them the forwarder still runs,
# with --no-huge (about 30% slower), and says so.
nr=/proc/sys/vm/nr_hugepages
have=$(cat "$nr" 2>/dev/null || echo 0)
if [ "$have" -lt "$hugepages" ]; then
    if as_root sh -c "echo $hugepages > $nr" 2>/dev/null; then
        say "reserved $(cat "$nr") of $hugepages requested 2 MB hugepages (had $have)"
    else
        say "hugepages: $have reserved; as root run: echo $hugepages > $nr"
    fi
else
    say "hugepages: $have reserved (wanted >= $hugepages)"
fi
if ! grep -qs ' hugetlbfs ' /proc/mounts; then
    if as_root mkdir -p /dev/hugepages && as_root mount -t hugetlbfs nodev /dev/hugepages; then
        say "mounted hugetlbfs at /dev/hugepages"
    else
        say "hugetlbfs not mounted; as root run: mkdir -p /dev/hugepages && mount -t hugetlbfs nodev /dev/hugepages"
    fi
else
    say "hugetlbfs mounted at $(awk '$3 == "hugetlbfs" {print $2; exit}' /proc/mounts)"
fi
say "free 2 MB hugepages: $(cat /sys/kernel/mm/hugepages/hugepages-2048kB/free_hugepages 2>/dev/null || echo 0)"
