// reader-widget/edge: reader-widget/server for edge runtimes (Cloudflare Workers and
// workerd, wrangler's bundler, Deno Deploy, Vercel and Netlify edge functions), which
// have no filesystem and compile no wasm from bytes at run time. The module is imported
// as a compiled WebAssembly.Module, as their bundlers and loaders provide it, and
// instantiated once per isolate (anew only after a trap).
import wasm from "./dist/server/reader_widget_render_bg.wasm";
import { renderer } from "./render-core.js";

const api = renderer(async () => wasm);

/**
 * Renders `document` (an object or JSON text, in any format the widget reads) as the
 * element's markup, ready to put in a page. Rejects with every problem (one per line,
 * with its JSON path) when the document cannot render.
 * @param {object | string} document
 * @param {import("./server.d.ts").RenderOptions} [options]
 * @returns {Promise<string>}
 */
export const renderToString = api.renderToString;

/**
 * As {@link renderToString}, with the warnings too (what was dropped or repaired, with
 * JSON paths).
 * @returns {Promise<{ html: string, warnings: string[] }>}
 */
export const render = api.render;

/** The CSP source (`'sha256-…'`) that allows the inline stylesheet: `style-src 'self' <hash>`. */
export const styleHash = api.styleHash;
