#!/usr/bin/env bash
# Writes the demo's server-rendered page (<out dir>/server.html): the built index.html
# with the sample article rendered by `reader-widget render` in place of the empty
# element, and its NewsArticle JSON-LD in the head. The widget takes it over when the
# module loads. Usage: scripts/server-page.sh <out dir>   (Trunk's hook: $TRUNK_STAGING_DIR)
set -euo pipefail
out=$(realpath "${1:-${TRUNK_STAGING_DIR:?usage: server-page.sh <out dir>}}")
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
cargo run --quiet --features cli -- render www/demo/article.json --jsonld > "$out/server.part.html"
node -e '
  const fs = require("fs");
  const [index, part, dest] = process.argv.slice(1);
  const out = fs.readFileSync(part, "utf8").trim();
  const cut = out.indexOf("\n");
  const [jsonld, widget] = [out.slice(0, cut), out.slice(cut + 1)];
  let page = fs.readFileSync(index, "utf8");
  const empty = /<reader-widget id="demo"[^>]*><\/reader-widget>/;
  if (!empty.test(page)) throw new Error("no demo element in " + index);
  page = page
    .replace(empty, () => widget.replace("<reader-widget", "<reader-widget id=\"demo\""))
    .replace("</head>", () => jsonld + "\n</head>")
    .replace("<title>reader-widget — demo</title>", "<title>reader-widget — server-rendered demo</title>")
    .replace(/(<p class="demo-bar__note">)[\s\S]*?(<\/p>)/, "$1This page came with the article already in its HTML (<code>reader-widget render</code>); the widget takes it over when its module has loaded. <a href=\"./\">Rendered in the browser</a>$2");
  fs.writeFileSync(dest, page);
' "$out/index.html" "$out/server.part.html" "$out/server.html"
rm "$out/server.part.html"
