#!/usr/bin/env bash
# Serves the report at http://127.0.0.1:8080/ (release build, rebuilt on change).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
echo "Serving the report at http://127.0.0.1:${PORT:-8080}/"
exec trunk serve --release --offline --address 127.0.0.1 --port "${PORT:-8080}"
