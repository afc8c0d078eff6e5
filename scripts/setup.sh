#!/usr/bin/env bash
# Installs what building and testing the report needs, skipping whatever is already there:
# the wasm32 target, trunk ~0.21, wasm-bindgen-cli equal to Cargo.lock's wasm-bindgen, the npm
# packages of the root package.json (binaryen for wasm-opt, terser, playwright-core,
# selenium-webdriver, axe-core) into node_modules/, Debian's Chromium + chromedriver and
# Firefox ESR, and geckodriver from crates.io.
# Nothing here downloads from GitHub: only crates.io, npm and Debian.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"; rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then
  say "installing trunk ~0.21 (trunk 0.22 refuses rustc 1.95; ~6 min)"
  cargo install trunk --version '~0.21' --locked
fi

WB=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB" ]; then
  say "installing wasm-bindgen-cli $WB (must equal Cargo.lock; ~3 min)"
  # Not --locked: the CLI's own lockfile pins a crate version missing from the index.
  cargo install wasm-bindgen-cli --version "=$WB"
fi

NPM_MISSING=
[ -x node_modules/.bin/wasm-opt ] || NPM_MISSING+=" binaryen"
for p in terser playwright-core selenium-webdriver axe-core; do
  [ -f "node_modules/$p/package.json" ] || NPM_MISSING+=" $p"
done
if [ -n "$NPM_MISSING" ]; then
  say "installing npm packages (missing:$NPM_MISSING) from package-lock.json"
  npm ci --no-audit --no-fund
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || ! command -v firefox-esr >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Debian's chromium, chromium-driver and firefox-esr"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver firefox-esr >/dev/null
  else
    echo "Please install Chromium, its driver and Firefox ESR" >&2
    echo "(Debian: sudo apt-get install chromium chromium-driver firefox-esr), then run this again." >&2
    exit 1
  fi
fi

if ! command -v geckodriver >/dev/null; then
  say "installing geckodriver (Firefox's WebDriver; ~3 min)"
  cargo install geckodriver --locked
fi
say "ready: $(trunk --version), wasm-bindgen $WB, wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'), $(chromium --version 2>/dev/null), $(firefox-esr --version 2>/dev/null), $(geckodriver --version | head -1)"
