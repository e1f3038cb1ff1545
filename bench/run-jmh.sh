#!/usr/bin/env bash
# Runs the JMH benchmarks under src/jmh (all, or those matching $1), e.g. bench/run-jmh.sh WardLookup
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pjmh test-compile exec:exec -Daldermail.jmh.args="${1:-.*}"
