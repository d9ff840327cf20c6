// The documented contract matches the code: every part named in the manifest exists in
// a component, every custom property is documented, and the package metadata points at
// files that exist. (The attributes are generated from one Rust table and checked by
// tests/contract.rs; embed.test.mjs checks the running element against the manifest.)
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";

const manifest = JSON.parse(fs.readFileSync("npm/custom-elements.json", "utf8"));
const element = manifest.modules[0].declarations.find((d) => d.customElement);
const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]);
const read = (ext) => walk("src/components").filter((f) => f.endsWith(ext))
  .map((f) => fs.readFileSync(f, "utf8")).join("\n");
const components = read(".rs");
const css = read(".css");

test("every part in the manifest is on a node, and every part on a node is in the manifest", () => {
  const used = new Set([
    ...[...components.matchAll(/part="([a-z-]+)"/g)].map((m) => m[1]),
    ...[...components.matchAll(/heading\([^,]+,\s*\d+,\s*"[^"]+",\s*"([a-z-]+)"/g)].map((m) => m[1]),
  ]);
  const listed = new Set(element.cssParts.map((p) => p.name));
  assert.deepEqual([...listed].filter((p) => !used.has(p)), [], "listed but unused");
  assert.deepEqual([...used].filter((p) => !listed.has(p)), [], "used but not listed");
});

test("every --rw- custom property the styles use is documented in the manifest", () => {
  const used = new Set([...css.matchAll(/var\((--rw-[a-z0-9-]+)/g)].map((m) => m[1]));
  const listed = new Set(element.cssProperties.map((p) => p.name));
  assert.deepEqual([...used].filter((p) => !listed.has(p)).sort(), []);
});

test("every colour and spacing in the stylesheets goes through a --rw- property", () => {
  const literal = css.split("\n").filter((l) => !l.trim().startsWith("--rw-") && /#[0-9a-f]{3,8}\b|rgba?\(/i.test(l));
  assert.deepEqual(literal, []);
});

test("package.json points at files that exist and carries the crate's version", () => {
  const pkg = JSON.parse(fs.readFileSync("npm/package.json", "utf8"));
  const cargo = fs.readFileSync("Cargo.toml", "utf8").match(/^version = "(.+)"/m)[1];
  assert.equal(pkg.version, cargo);
  for (const f of [pkg.main, pkg.types, pkg.customElements, pkg.exports["."].default, pkg.exports["."].types]) {
    assert.ok(fs.existsSync(`npm/${f}`), f);
  }
});

test("no raw-HTML sink anywhere in our code (data only ever becomes nodes and text)", () => {
  const files = [...walk("src"), ...walk("www"), "index.html", "npm/reader-widget.js"]
    .filter((f) => /\.(rs|js|mjs|html)$/.test(f));
  const sinks = /inner_html|innerHTML|outerHTML|insertAdjacentHTML|document\.write|set_outer_html/;
  const hits = files.flatMap((f) => fs.readFileSync(f, "utf8").split("\n")
    .map((line, i) => [f, i + 1, line])
    .filter(([, , line]) => sinks.test(line) && !/^\s*(\/\/|\*|#)/.test(line)));
  assert.deepEqual(hits, []);
});
