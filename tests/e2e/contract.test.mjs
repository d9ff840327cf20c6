// The documented contract matches the code: every attribute the element observes is in
// custom-elements.json and the README table, every part named in the manifest exists in
// a component, and the package metadata points at files that exist.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";

const manifest = JSON.parse(fs.readFileSync("npm/custom-elements.json", "utf8"));
const element = manifest.modules[0].declarations.find((d) => d.customElement);
const elementJs = fs.readFileSync("src/embed/element.js", "utf8");
const readme = fs.readFileSync("README.md", "utf8");
const components = fs.readdirSync("src/components").filter((f) => f.endsWith(".rs"))
  .map((f) => fs.readFileSync(`src/components/${f}`, "utf8")).join("\n");
const css = fs.readdirSync("src/components").filter((f) => f.endsWith(".css"))
  .map((f) => fs.readFileSync(`src/components/${f}`, "utf8")).join("\n");

/** Attribute names in element.js: the REFLECTED and BOOLEAN maps, plus lang. */
function observedAttributes() {
  const maps = [...elementJs.matchAll(/^const (?:REFLECTED|BOOLEAN) = \{([\s\S]*?)\};/gm)].map((m) => m[1]).join(",");
  return [...maps.matchAll(/:\s*"([a-z-]+)"/g)].map((m) => m[1]).concat("lang").sort();
}

test("custom-elements.json lists exactly the attributes the element observes", () => {
  assert.deepEqual(element.attributes.map((a) => a.name).sort(), observedAttributes());
});

test("the README documents every attribute", () => {
  for (const name of observedAttributes()) assert.ok(readme.includes(`| \`${name}\``), `README lacks ${name}`);
});

test("every part in the manifest is on a node, and every part on a node is in the manifest", () => {
  const used = new Set([
    ...[...components.matchAll(/part="([a-z-]+)"/g)].map((m) => m[1]),
    ...[...components.matchAll(/heading\([^,]+,\s*"[^"]+",\s*"([a-z-]+)"/g)].map((m) => m[1]),
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
  const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]);
  const files = [...walk("src"), ...walk("www"), "index.html", "npm/reader-widget.js"]
    .filter((f) => /\.(rs|js|mjs|html)$/.test(f));
  const sinks = /inner_html|innerHTML|outerHTML|insertAdjacentHTML|document\.write|set_outer_html/;
  const hits = files.flatMap((f) => fs.readFileSync(f, "utf8").split("\n")
    .map((line, i) => [f, i + 1, line])
    .filter(([, , line]) => sinks.test(line) && !/^\s*(\/\/|\*|#)/.test(line)));
  assert.deepEqual(hits, []);
});
