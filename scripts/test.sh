#!/usr/bin/env bash
# The test command: installs what is missing (scripts/setup.sh), then builds and runs every
# module's tests with a JDK >= 25. Extra arguments go to Maven (e.g. -pl native-bindings).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

"$PMDFWD_ROOT/scripts/setup.sh"
find_jdk
cd "$PMDFWD_ROOT"
say "running the tests with $JAVA_HOME"
exec mvn -B -ntp verify "$@"
