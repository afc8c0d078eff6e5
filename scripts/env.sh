# Sourced by the scripts: the root node_modules/.bin (binaryen's wasm-opt 132, which Trunk runs)
# first on PATH, cargo's bin dir (trunk, wasm-bindgen, geckodriver) too.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$REPO/node_modules/.bin:$HOME/.cargo/bin:$PATH"
