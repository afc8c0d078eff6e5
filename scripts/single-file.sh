#!/usr/bin/env bash
# Builds the release and writes dist-single/ai-infra-report.html, one self-contained file that
# works opened straight from disk.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
trunk build --release --offline
node tools/single-file.mjs
