#!/usr/bin/env bash
# Builds the release and measures it (size, paint, slider latency, memory, native timings);
# writes BENCHMARKS.md. Not part of the test command.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
trunk build --release --offline
node tools/bench.mjs
