#!/usr/bin/env bash
# Copies the release build into a web root for deploy/nginx.conf, with a gzip copy (name.gz)
# beside every text file and the wasm, which nginx's gzip_static sends as they are (no
# compression per request). The copies are zopfli's: ordinary gzip that any browser reads,
# about 4 % smaller than gzip -9 (7 KB of the wasm), for a second of work at deploy time.
# Without zopfli (Debian package zopfli) it falls back to gzip -9 and says so. Usage:
#
#   [BASE_URL=https://example.org/report] scripts/deploy.sh /var/www/ai-infra-report [dist]
#
# It adds and overwrites, never deletes: the previous build's hashed files stay for readers
# whose page is still running them. Build first (`trunk build --release --offline`).
set -euo pipefail
dest=${1:?usage: scripts/deploy.sh TARGET_DIR [DIST_DIR]}
src=${2:-"$(dirname "$0")/../dist"}
[ -f "$src/index.html" ] || { echo "no $src/index.html: run trunk build --release --offline first" >&2; exit 1; }
mkdir -p "$dest"
cp -R "$src/." "$dest/"
# Link previews want an absolute og:image: BASE_URL=https://example.org/report puts it in front.
if [ -n "${BASE_URL:-}" ]; then
  sed -i "s#<meta property=\"og:image\" content=\"preview.png\"#<meta property=\"og:image\" content=\"${BASE_URL%/}/preview.png\"#" "$dest/index.html"
fi
# zopfli writes no name or time stamp (nor does gzip -n), so the same build gives the same bytes.
texts=( -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.json' -o -name '*.csv'
  -o -name '*.txt' -o -name '*.svg' -o -name '*.wasm' \) )
if command -v zopfli >/dev/null; then
  find "$dest" "${texts[@]}" -print0 | xargs -0 -n 4 -P "$(nproc)" zopfli
else
  echo "zopfli not found (Debian package zopfli): gzip -9 instead, about 4 % larger" >&2
  find "$dest" "${texts[@]}" -exec gzip -9 -n -k -f {} +
fi
echo "deployed $(cd "$src" && pwd) to $dest ($(find "$dest" -name '*.gz' | wc -l) files pre-compressed)"
