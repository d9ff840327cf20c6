// Transfer sizes of the shipped files (raw, gzip -9, brotli -11), shared by the bench
// (which prints them) and the size-budget test (which enforces them).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/** Every file under `dir`, recursively. */
function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]);
}

/** Sizes of one buffer. */
export function measure(buf) {
  return {
    raw: buf.length,
    gzip: zlib.gzipSync(buf, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Sizes of the npm package a page downloads, grouped as wasm, js (entry, glue and
 * snippets) and css (the stylesheet compiled into the wasm, shown for reference: it is
 * part of the wasm figure, not added to the total). `total` is what an English page
 * with a native-format document downloads (the core); `formats` is what a document in
 * another format adds once per page (the formats module), `full` both; `language` is
 * what one other language adds (its texts file, the largest of them), `languages` all
 * of them (no page loads them all).
 */
export function packageSizes(pkgDir = "npm") {
  const all = [path.join(pkgDir, "reader-widget.js"), ...walk(path.join(pkgDir, "dist"))];
  const isText = (f) => f.split(path.sep).includes("i18n");
  const isFormats = (f) => f.split(path.sep).includes("formats");
  // dist/server/ is the module JavaScript servers run (renderToString); no page loads it.
  const isServer = (f) => f.split(path.sep).includes("server");
  const files = all.filter((f) => !isText(f) && !isFormats(f) && !isServer(f));
  const sum = (list) => list.map((f) => measure(fs.readFileSync(f)))
    .reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  const textFiles = all.filter(isText);
  const languages = sum(textFiles);
  const language = textFiles.map((f) => measure(fs.readFileSync(f)))
    .reduce((a, b) => (b.brotli > a.brotli ? b : a), { raw: 0, gzip: 0, brotli: 0 });
  const wasm = sum(files.filter((f) => f.endsWith(".wasm")));
  const js = sum(files.filter((f) => f.endsWith(".js")));
  // The stylesheet as compiled in (build.rs writes it compact); the package ships the
  // same text as dist/reader-widget.css for server-rendered pages.
  const css = measure(fs.readFileSync(path.join(pkgDir, "dist", "reader-widget.css")));
  const total = { raw: wasm.raw + js.raw, gzip: wasm.gzip + js.gzip, brotli: wasm.brotli + js.brotli };
  const formats = sum(all.filter((f) => isFormats(f) && !isServer(f)));
  const full = { raw: total.raw + formats.raw, gzip: total.gzip + formats.gzip, brotli: total.brotli + formats.brotli };
  return { wasm, js, css, total, formats, full, language, languages: { ...languages, files: textFiles.length } };
}
