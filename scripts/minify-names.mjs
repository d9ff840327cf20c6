// Shortens the names a wasm-bindgen module and its glue use to talk to each other.
// wasm-bindgen names every import `__wbg_<name>_<16 hex digits>` and every closure
// export after its Rust path; those names travel twice (in the wasm and in the glue), and
// their hashes do not compress. wasm-opt renames them ("a", "b", … and every module to
// "a") and prints the mapping; this script applies the mapping to the glue.
//
//   node scripts/minify-names.mjs npm/dist/reader_widget
//     (rewrites reader_widget_bg.wasm and reader_widget.js in place)
//
// It fails, leaving the files untouched, when the glue does not have the shape it
// expects (a different wasm-bindgen version), so a build never ships a half-renamed pair.
import fs from "node:fs";
import { execFileSync } from "node:child_process";

const base = process.argv[2];
if (!base) throw new Error("usage: minify-names.mjs <dir/name> (for name.js + name_bg.wasm)");
const wasmPath = `${base}_bg.wasm`;
const jsPath = `${base}.js`;
const glueModule = `./${base.split("/").pop()}_bg.js`;

const tmp = `${wasmPath}.min`;
// The last wasm-opt pass, so it also drops the sections only tools read (which compiler
// made it, which features it uses: browsers need neither).
const map = JSON.parse(execFileSync("wasm-opt", [wasmPath, "--minify-imports-and-exports-and-modules",
  "--strip-producers", "--strip-target-features", "-o", tmp], { encoding: "utf8" }));
let js = fs.readFileSync(jsPath, "utf8");
const fail = (why) => { fs.rmSync(tmp, { force: true }); throw new Error(`minify-names: ${why}; ${jsPath} left as it was`); };

// Imports the glue defines itself: the keys of its `import0` object literal.
const glueImports = map.imports.filter(([module]) => module === glueModule);
for (const [, name, short] of glueImports) {
  const key = new RegExp(`\\n(\\s+)${name}: function`, "g");
  const hits = js.match(key)?.length ?? 0;
  if (hits !== 1) fail(`import ${name} found ${hits} times`);
  js = js.replace(key, (_, indent) => `\n${indent}${JSON.stringify(short)}: function`);
}

// Imports from snippet modules (`import * as importN from "./snippets/…"`), and the one
// object of imports the module is now instantiated with: every module is named "a".
const ret = /return \{\n\s+__proto__: null,\n((?:\s+"[^"]+": import\d+,\n)+)\s+\};/;
const found = js.match(ret);
if (!found) fail("no import object returned by __wbg_get_imports");
const objects = Object.fromEntries([...found[1].matchAll(/"([^"]+)": (import\d+)/g)].map((m) => [m[1], m[2]]));
if (objects[glueModule] === undefined) fail(`no import object for ${glueModule}`);
const extra = [];
for (const [module, name, short] of map.imports) {
  if (module === glueModule) continue;
  if (!objects[module]) fail(`no import object for ${module}`);
  extra.push(`${JSON.stringify(short)}: ${objects[module]}.${name}`);
}
const given = new Set(map.imports.map(([, , short]) => short));
if (given.size !== map.imports.length) fail("two imports share a short name");
js = js.replace(ret, `return { a: Object.assign(${objects[glueModule]}, { ${extra.join(", ")} }) };`);

// Exports: every `wasm.<name>` in the glue.
const exports = new Map(map.exports);
const ident = /^[A-Za-z_$][\w$]*$/;
js = js.replace(/\bwasm\.([A-Za-z_$][\w$]*)/g, (whole, name) => {
  const short = exports.get(name);
  if (short === undefined) fail(`the glue uses an export the module lacks: ${name}`);
  return ident.test(short) ? `wasm.${short}` : `wasm[${JSON.stringify(short)}]`;
});

// The wasm must now ask for nothing the glue does not give.
const module = new WebAssembly.Module(fs.readFileSync(tmp));
for (const { module: m, name } of WebAssembly.Module.imports(module)) {
  if (m !== "a" || !given.has(name)) fail(`the module imports ${m}.${name}, which the glue does not give`);
}

fs.renameSync(tmp, wasmPath);
fs.writeFileSync(jsPath, js);
console.log(`minify-names: ${map.imports.length} imports, ${map.exports.length} exports renamed in ${base}`);
