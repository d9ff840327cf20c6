// reader-widget/server: the widget rendered to HTML in JavaScript servers and builds
// (Node 22, Deno, Astro, 11ty, Next …), no DOM needed. It runs the same Rust as
// `reader-widget render` (a wasm build of the same components), so the markup is the
// same: a <reader-widget> with a declarative shadow root and its document inline, which
// the browser's widget takes over when reader-widget.js loads. Edge runtimes take
// reader-widget/edge, which imports the module instead of reading it.
import { renderer } from "./render-core.js";

const WASM = new URL("./dist/server/reader_widget_render_bg.wasm", import.meta.url);

/** The compiled module: read from disk where the package is files (Node, Deno), fetched elsewhere. */
async function load() {
  if (WASM.protocol === "file:") {
    const { readFile } = await import("node:fs/promises");
    return WebAssembly.compile(await readFile(WASM));
  }
  return WebAssembly.compile(await (await fetch(WASM)).arrayBuffer());
}

const api = renderer(load);

/**
 * Renders `document` (an object or JSON text, in any format the widget reads) as the
 * element's markup, ready to put in a page. Throws with every problem (one per line,
 * with its JSON path) when the document cannot render.
 * @param {object | string} document
 * @param {import("./server.d.ts").RenderOptions} [options]
 * @returns {Promise<string>}
 */
export const renderToString = api.renderToString;

/**
 * As {@link renderToString}, with the warnings too (what was dropped or repaired, with
 * JSON paths), as `reader-widget render` prints them.
 * @returns {Promise<{ html: string, warnings: string[] }>}
 */
export const render = api.render;

/** The CSP source (`'sha256-…'`) that allows the inline stylesheet: `style-src 'self' <hash>`. */
export const styleHash = api.styleHash;
