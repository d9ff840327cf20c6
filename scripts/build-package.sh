#!/usr/bin/env bash
# Builds the npm package in npm/: release wasm → wasm-bindgen (web target) → wasm-opt,
# the formats module (npm/dist/formats/), the server renderer for JavaScript servers
# (npm/dist/server/, behind npm/server.js and npm/edge.js), the language files as modules
# (npm/dist/i18n/), then the SRI hashes of the built files in npm/dist/integrity.json.
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
wasm-opt -Oz --converge npm/dist/reader_widget_bg.wasm -o npm/dist/reader_widget_bg.wasm
# Short names between the module and its glue (-4.8 KB brotli; not worth it for the
# formats module, whose dozen names cost less than the pass adds).
node scripts/minify-names.mjs npm/dist/reader_widget
# The adapters for other formats, fetched only for documents in those formats.
./scripts/formats-module.sh npm/dist
# renderToString for JavaScript servers (npm/server.js) and edge runtimes (npm/edge.js):
# the components rendering HTML.
cargo build --release --target wasm32-unknown-unknown --lib -p reader-widget-render
wasm-bindgen --target web --out-dir npm/dist/server --out-name reader_widget_render --no-typescript \
  target/wasm32-unknown-unknown/release/reader_widget_render.wasm
wasm-opt -Oz --converge npm/dist/server/reader_widget_render_bg.wasm -o npm/dist/server/reader_widget_render_bg.wasm
# Its glue as a factory, so an instance that trapped is replaced, not reused (render-core.js).
node scripts/server-glue.mjs npm/dist/server/reader_widget_render.js
# The texts of every language but English, fetched only by widgets that speak them.
node scripts/i18n-modules.mjs npm/dist
cp README.md npm/README.md
# The stylesheet as a file, for server-rendered pages that link it (`render --stylesheet`).
cargo run --quiet --features cli -- stylesheet > npm/dist/reader-widget.css

# Subresource Integrity for hosts that pin the files (<script integrity=…>).
node -e '
  const fs = require("fs"), path = require("path"), crypto = require("crypto");
  const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]);
  const files = ["npm/reader-widget.js", "npm/server.js", "npm/edge.js", "npm/render-core.js", ...walk("npm/dist")].filter((f) => !f.endsWith("integrity.json"));
  const sri = Object.fromEntries(files.map((f) => [path.relative("npm", f),
    "sha384-" + crypto.createHash("sha384").update(fs.readFileSync(f)).digest("base64")]));
  fs.writeFileSync("npm/dist/integrity.json", JSON.stringify(sri, null, 2) + "\n");
  for (const [f, h] of Object.entries(sri)) console.log(`  ${h}  ${f}`);
'
echo "built npm/ (version $version)"
