#!/usr/bin/env bash
# The test command: installs what is missing (scripts/setup.sh), runs a smoke round of the benchmark
# and of the end-to-end scenario as root (so the scripts cannot rot; skip with PMDFWD_SKIP_BENCH=1 or
# PMDFWD_SKIP_E2E=1), then builds and runs every module's tests
# with a JDK >= 25. Extra arguments go to Maven (e.g. -pl native-bindings).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

"$PMDFWD_ROOT/scripts/setup.sh"
find_jdk
cd "$PMDFWD_ROOT"
if [ -z "${PMDFWD_SKIP_BENCH:-}" ]; then
    say "bench smoke run (scripts/bench.sh --quick, one short round; the numbers mean nothing here)"
    scripts/bench.sh --quick --out "$PMDFWD_ROOT/bench/target/smoke"
fi
if [ -z "${PMDFWD_SKIP_E2E:-}" ] && [ "$(id -u)" -eq 0 ]; then
    say "end-to-end smoke run (scripts/e2e.sh --quick: iperf3 between two namespaces over net_tap, af_packet and virtio)"
    scripts/e2e.sh --quick --out "$PMDFWD_ROOT/bench/target/e2e-smoke"
fi
say "running the tests with $JAVA_HOME"
exec mvn -B -ntp verify "$@"
