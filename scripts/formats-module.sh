#!/usr/bin/env bash
# Builds the formats module (formats/: the adapters for JSON-LD, WordPress, JSON Feed,
# Arc ANS and Apple News) into <out dir>/formats/: release wasm → wasm-bindgen (web
# target) → wasm-opt. The widget fetches it only for documents in those formats.
# Usage: scripts/formats-module.sh <out dir>   (Trunk's hook: $TRUNK_STAGING_DIR)
set -euo pipefail
out=$(realpath "${1:-${TRUNK_STAGING_DIR:?usage: formats-module.sh <out dir>}}")
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo build --release --target wasm32-unknown-unknown --lib -p reader-widget-formats
wasm-bindgen --target web --out-dir "$out/formats" --out-name reader_widget_formats \
  --no-typescript target/wasm32-unknown-unknown/release/reader_widget_formats.wasm
wasm-opt -Oz --converge "$out/formats/reader_widget_formats_bg.wasm" -o "$out/formats/reader_widget_formats_bg.wasm"
