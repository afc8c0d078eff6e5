#!/usr/bin/env bash
# Installs what building and testing the report needs, skipping whatever is already there:
# the wasm32 target, trunk ~0.21, wasm-bindgen-cli equal to Cargo.lock's wasm-bindgen, the npm
# packages of the root package.json (binaryen for wasm-opt, terser, playwright-core,
# selenium-webdriver, axe-core, lighthouse, and Biome, TypeScript and Node's types for the JS
# checks) into node_modules/, Debian's Chromium + chromedriver,
# Firefox ESR, WebKitGTK's WebDriver (webkit2gtk-driver, with MiniBrowser) + Xvfb, nginx
# (the deploy recipe's server, tests/e2e/nginx.test.mjs) and zopfli (its pre-compressed copies),
# and geckodriver from crates.io.
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
for p in terser playwright-core selenium-webdriver axe-core lighthouse @biomejs/biome typescript @types/node; do
  [ -f "node_modules/$p/package.json" ] || NPM_MISSING+=" $p"
done
if [ -n "$NPM_MISSING" ]; then
  say "installing npm packages (missing:$NPM_MISSING) from package-lock.json"
  npm ci --no-audit --no-fund
fi

# Debian packages, each named by a file it installs; only the missing ones are installed.
MINIBROWSER=/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
APT_MISSING=
need() { [ -e "$1" ] || command -v "$1" >/dev/null || APT_MISSING+=" $2"; }
need chromium chromium
need chromedriver chromium-driver
need firefox-esr firefox-esr
need WebKitWebDriver webkit2gtk-driver
need "$MINIBROWSER" libwebkit2gtk-4.1-0
need Xvfb xvfb
need /usr/sbin/nginx nginx
need zopfli zopfli
if [ -n "$APT_MISSING" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    say "installing Debian packages:$APT_MISSING"
    apt-get update -qq
    # The tests and the benchmark run nginx themselves, on a free port with a config of their
    # own; they never use the system service the package sets up.
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $APT_MISSING >/dev/null
  else
    echo "Please install these Debian packages:$APT_MISSING" >&2
    echo "(sudo apt-get install$APT_MISSING), then run this again." >&2
    exit 1
  fi
fi

if ! command -v geckodriver >/dev/null; then
  say "installing geckodriver (Firefox's WebDriver; ~3 min)"
  cargo install geckodriver --locked
fi
say "ready: $(trunk --version), wasm-bindgen $WB, wasm-opt $(node_modules/.bin/wasm-opt --version | awk '{print $3}'), $(chromium --version 2>/dev/null), $(firefox-esr --version 2>/dev/null), $(geckodriver --version | head -1), WebKitGTK $(dpkg-query -W -f='${Version}' webkit2gtk-driver 2>/dev/null), $(/usr/sbin/nginx -v 2>&1 | sed 's/.*: //'), lighthouse $(node_modules/.bin/lighthouse --version)"
