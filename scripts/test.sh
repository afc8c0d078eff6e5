#!/usr/bin/env bash
# Runs every test: formatting and lints, the native suite (dataset, model, charts), then the
# release build in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"; cargo fmt --check
step "cargo clippy"; cargo clippy --all-targets --quiet -- -D warnings
step "native tests (cargo test)"; cargo test --quiet
step "release build (trunk build --release --offline)"; trunk build --release --offline
step "one-file build"; node scripts/single-file.mjs
step "browser tests (node --test, headless Chromium)"
node --test --test-concurrency=1 --test-timeout=120000 tests/e2e/
