#!/usr/bin/env bash
# Copies the release build into a web root for deploy/nginx.conf, with a gzip -9 copy (name.gz)
# beside every text file and the wasm, which nginx's gzip_static sends as they are (no
# compression per request, and smaller than nginx's on-the-fly level). Usage:
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
# -n: no name or time stamp in the .gz, so the same build gives the same bytes.
find "$dest" -type f \( -name '*.html' -o -name '*.js' -o -name '*.css' -o -name '*.json' \
  -o -name '*.csv' -o -name '*.txt' -o -name '*.svg' -o -name '*.wasm' \) -exec gzip -9 -n -k -f {} +
echo "deployed $(cd "$src" && pwd) to $dest ($(find "$dest" -name '*.gz' | wc -l) files pre-compressed)"
