#!/usr/bin/env bash
# Regenerates native-bindings/src/main/java/dev/pmdfwd/dpdk/gen from the installed DPDK headers with
# jextract (https://jdk.java.net/jextract/, JDK 22+ builds), for exactly the symbols listed in
# native-bindings/dpdk-symbols.txt. jextract is not available on every machine (not on the project's
# CI): the checked-in classes are written in its shape, and LayoutTest checks them against the headers.
# After regenerating, run: scripts/test.sh -pl native-bindings   (LayoutTest names any mismatch)
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

command -v jextract >/dev/null || die "jextract is not on PATH: install a JDK 22+ build of jextract first"
bindings=$PMDFWD_ROOT/native-bindings
include_flags=()
for flag in $(pkg-config --cflags-only-I libdpdk); do include_flags+=("$flag"); done
# libraries by their versioned soname, so a runtime-only install (no -dev symlinks) still loads them
jextract \
    --output "$bindings/src/main/java" \
    --target-package dev.pmdfwd.dpdk.gen \
    --header-class-name dpdk_h \
    --library :librte_eal.so.23 --library :librte_mempool.so.23 --library :librte_mbuf.so.23 \
    --library :librte_ring.so.23 --library :librte_ethdev.so.23 --library :librte_net_ring.so.23 \
    -D ALLOW_EXPERIMENTAL_API "${include_flags[@]}" \
    "@$bindings/dpdk-symbols.txt" \
    "$bindings/src/main/c/dpdk.h"
say "regenerated $bindings/src/main/java/dev/pmdfwd/dpdk/gen; now run scripts/test.sh -pl native-bindings"
