#!/usr/bin/env bash
# Builds the release and soaks it: 100,000 slider events in one page (tools/soak.mjs); writes
# the soak section of BENCHMARKS.md and fails if memory grows, the console says anything, or a
# chart is lost. About 20 minutes on 2 cores. Not part of the test command.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
trunk build --release --offline
node tools/soak.mjs
