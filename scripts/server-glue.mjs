// Turns wasm-bindgen's glue for the server renderer (npm/dist/server/) into a factory:
// `instantiate(module)` makes a new instance of the compiled module with glue state of
// its own, and answers `{ renderDocument, styleHash, exports }` (the instance's raw
// exports). wasm-bindgen's glue keeps
// one instance in module-level variables and will not load a second, so an instance that
// trapped (its memory possibly half-written) could only be reused; npm/render-core.js
// replaces it instead. Edge runtimes cannot re-import a module under another name, so
// the fresh state has to come from the glue itself.
//
//   node scripts/server-glue.mjs npm/dist/server/reader_widget_render.js
//
// It fails, leaving the file untouched, when the glue does not have the shape it expects
// (another wasm-bindgen version, another set of exports).
import fs from "node:fs";

const file = process.argv[2];
if (!file) throw new Error("usage: server-glue.mjs <glue.js>");
const EXPORTS = ["renderDocument", "styleHash"];
const glue = fs.readFileSync(file, "utf8");
const fail = (why) => { throw new Error(`server-glue: ${why}; ${file} left as it was`); };
if (glue.includes("export function instantiate(")) fail("already a factory");

const imports = [];
const body = [];
const found = [];
for (const line of glue.split("\n")) {
  if (/^import\s/.test(line)) imports.push(line);
  else if (/^export \{ initSync, __wbg_init as default \};$/.test(line) || /^export default __wbg_init;$/.test(line)) continue;
  else if (/^export function ([A-Za-z_$][\w$]*)\(/.test(line)) {
    found.push(line.match(/^export function ([A-Za-z_$][\w$]*)\(/)[1]);
    body.push(line.replace(/^export /, ""));
  } else if (/^export class [A-Za-z_$][\w$]* \{$/.test(line)) body.push(line.replace(/^export /, "")); // used by the glue only
  else if (/^export\b/.test(line)) fail(`unexpected export: ${line}`);
  else body.push(line);
}
if (found.sort().join() !== [...EXPORTS].sort().join()) fail(`exports ${found.join(", ")}, expected ${EXPORTS.join(", ")}`);
if (!/^let (?:[\w$]+, )*wasm;$/m.test(glue) || !/^function initSync\(module\)/m.test(glue)) fail("no module-level `wasm` and initSync");

const out = `${imports.join("\n")}
/** A new instance of the compiled renderer \`module\`, with glue state of its own. */
export function instantiate(module) {
${body.join("\n")}
initSync({ module });
return { ${EXPORTS.join(", ")}, exports: wasm };
}
`;
fs.writeFileSync(file, out);
