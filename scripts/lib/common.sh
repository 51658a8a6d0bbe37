# Shared by the scripts: find the project, a JDK >= 22, and say things the same way.
# shellcheck shell=bash

PMDFWD_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export PMDFWD_ROOT

say() { printf 'pmd-forwarder: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

# java_major DIR: the feature release of the JDK in DIR, or nothing.
java_major() {
    local v
    v=$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    printf '%s' "${v%%.*}"
}

# find_jdk: sets JAVA_HOME to a JDK >= 22 with javac (the FFM API is final in 22; the build targets 25).
find_jdk() {
    local want=${PMDFWD_MIN_JDK:-25} cand major
    for cand in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
        [ -n "$cand" ] && [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
        major=$(java_major "$cand")
        if [ -n "$major" ] && [ "$major" -ge "$want" ]; then
            export JAVA_HOME=$cand
            return 0
        fi
    done
    die "no JDK >= $want found (looked at JAVA_HOME and /usr/lib/jvm/*). Install one, e.g. Temurin 25 under /usr/lib/jvm, or set JAVA_HOME."
}

# as_root CMD...: run CMD as root, or explain exactly what needs root.
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo "$@"
    else
        say "needs root: $*"
        return 1
    fi
}
