#!/usr/bin/env bash
# Runs every test: formatting and lints (Rust, and the JavaScript of tools/ and tests/e2e/ with
# Biome and tsc), the native suite (dataset, model, charts), then the
# release build and its one-file build in the browser: headless Chromium through playwright-core,
# and Chromium, Firefox ESR and WebKit through WebDriver for the accessibility and console checks
# (tests/e2e/a11y*.test.mjs, console.test.mjs; BROWSERS=chromium,firefox,webkit by default).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
scripts/setup.sh
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
started=$SECONDS
logs=$(mktemp -d)

step "cargo fmt --check"; cargo fmt --check
step "cargo clippy"; cargo clippy --workspace --all-targets --quiet -- -D warnings
step "JavaScript: biome check, tsc"; node_modules/.bin/biome check tools tests/e2e && node_modules/.bin/tsc -p tsconfig.json
step "native tests (cargo test)"; cargo test --workspace --quiet 2>&1 | tee "$logs/native.txt"
step "release build (trunk build --release --offline)"; trunk build --release --offline
step "one-file build"; node tools/single-file.mjs
step "size: critical bytes against tools/budgets.mjs"; node tools/size.mjs
step "browser tests (node --test: headless Chromium; Chromium and Firefox ESR over WebDriver)"
# The spec reporter ends with every failing test, its suite and its error: the end of the log
# is what a CI summary shows.
node --test --test-concurrency=1 --test-timeout=120000 --test-reporter=spec tests/e2e/ | tee "$logs/browser.txt"

# The README's facts about this suite are checked, not remembered: how many tests ran.
native=$(grep -o '[0-9]* passed' "$logs/native.txt" | awk '{n += $1} END {print n}')
browser=$(grep -o 'ℹ tests [0-9]*' "$logs/browser.txt" | awk '{print $3}')
step "done: $native native tests, $browser browser tests, in $(( (SECONDS - started) / 60 )) min"
for fact in "$native native tests" "$browser browser tests"; do
  grep -q "$fact" README.md || { echo "README.md does not say \"$fact\": update it" >&2; exit 1; }
done
