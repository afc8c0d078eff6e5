# Sourced by the scripts: npm's binaryen (wasm-opt 132) first on PATH, cargo's bin dir too.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$REPO/tests/e2e/node_modules/.bin:$HOME/.cargo/bin:$PATH"
