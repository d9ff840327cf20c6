#!/usr/bin/env bash
# Builds the npm package if needed and prints bundle sizes and render times.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh >/dev/null
[ -f npm/dist/reader_widget_bg.wasm ] || ./scripts/build-package.sh
exec node bench/run.mjs "$@"
