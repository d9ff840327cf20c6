#!/usr/bin/env bash
# Builds the npm package in npm/: release wasm → wasm-bindgen (web target) → wasm-opt.
# Output: npm/dist/reader_widget.js, npm/dist/reader_widget_bg.wasm, npm/dist/snippets/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
node -e '
  const fs = require("fs"); const p = "npm/package.json";
  const pkg = JSON.parse(fs.readFileSync(p, "utf8"));
  if (pkg.version !== process.argv[1]) { pkg.version = process.argv[1]; fs.writeFileSync(p, JSON.stringify(pkg, null, 2) + "\n"); }
' "$version"

cargo build --release --target wasm32-unknown-unknown --lib
rm -rf npm/dist
wasm-bindgen --target web --out-dir npm/dist --out-name reader_widget --no-typescript \
  target/wasm32-unknown-unknown/release/reader_widget.wasm
wasm-opt -Oz npm/dist/reader_widget_bg.wasm -o npm/dist/reader_widget_bg.wasm
echo "built npm/ (version $version):"
ls -l npm/dist npm/dist/snippets/*/ 2>/dev/null | sed 's/^/  /'
