// reader-widget/server: the widget rendered to HTML in JavaScript servers and builds
// (Node 22, Deno, Astro, 11ty, Next …), no DOM needed. It runs the same Rust as
// `reader-widget render` (a wasm build of the same components), so the markup is the
// same: a <reader-widget> with a declarative shadow root and its document inline, which
// the browser's widget takes over when reader-widget.js loads.
import init, { renderDocument, styleHash as hash } from "./dist/server/reader_widget_render.js";

const WASM = new URL("./dist/server/reader_widget_render_bg.wasm", import.meta.url);

/** The module's bytes: read from disk where the package is files (Node, Deno), fetched elsewhere. */
async function bytes() {
  if (WASM.protocol === "file:") {
    const { readFile } = await import("node:fs/promises");
    return readFile(WASM);
  }
  return fetch(WASM);
}

let loading;
/** Loads the module once; later calls share it. */
const ready = () => (loading ??= bytes().then((module_or_path) => init({ module_or_path })));

/**
 * Renders `document` (an object or JSON text, in any format the widget reads) as the
 * element's markup, ready to put in a page. Throws with every problem (one per line,
 * with its JSON path) when the document cannot render.
 * @param {object | string} document
 * @param {import("./server.d.ts").RenderOptions} [options]
 * @returns {Promise<string>}
 */
export async function renderToString(document, options = {}) {
  return (await render(document, options)).html;
}

/**
 * As {@link renderToString}, with the warnings too (what was dropped or repaired, with
 * JSON paths), as `reader-widget render` prints them.
 * @returns {Promise<{ html: string, warnings: string[] }>}
 */
export async function render(document, options = {}) {
  await ready();
  const text = typeof document === "string" ? document : JSON.stringify(document);
  const related = options.related == null || typeof options.related === "string" ? options.related : JSON.stringify(options.related);
  // Attributes as pairs: written on the element in the order given.
  const attributes = Object.entries(options.attributes ?? {});
  return JSON.parse(renderDocument(text, JSON.stringify({ ...options, related, attributes })));
}

/** The CSP source (`'sha256-…'`) that allows the inline stylesheet: `style-src 'self' <hash>`. */
export async function styleHash() {
  await ready();
  return hash();
}
