// The render both server entries share (reader-widget/server for Node and Deno,
// reader-widget/edge for workers): options marshalled for the wasm module, and one
// instance of it per process or isolate, replaced when it traps.
import { instantiate } from "./dist/server/reader_widget_render.js";

/**
 * The package's render functions over `load`, which resolves to the renderer's compiled
 * `WebAssembly.Module` (read from disk, fetched, or imported by the runtime);
 * `create` makes an instance of it (the glue's `instantiate`, or a test's wrapper).
 * @param {() => Promise<WebAssembly.Module>} load
 */
export function renderer(load, create = instantiate) {
  let module;
  let instance;
  /** The live instance, made on first use and again after a trap. */
  async function current() {
    // A module that failed to load is tried again by the next call.
    const compiled = await (module ??= load().catch((e) => { module = undefined; throw e; }));
    return (instance ??= create(compiled));
  }

  /** Runs `call` on the live instance; an instance that trapped is dropped, never reused. */
  async function run(call) {
    const live = await current();
    try {
      return call(live);
    } catch (e) {
      // A refusal is a plain Error from the renderer; anything else (a trap such as
      // `unreachable` or an out-of-bounds access, a stack overflow) may leave the
      // instance's memory half-written: the next call gets a fresh one.
      if (e?.constructor !== Error && instance === live) instance = undefined;
      throw e;
    }
  }

  /**
   * As reader-widget/server's `render`: the markup and the warnings, or a rejection with
   * every problem when the document cannot render.
   */
  async function render(document, options = {}) {
    const text = typeof document === "string" ? document : JSON.stringify(document);
    const related = options.related == null || typeof options.related === "string" ? options.related : JSON.stringify(options.related);
    // Attributes as pairs: written on the element in the order given.
    const attributes = Object.entries(options.attributes ?? {});
    const settings = JSON.stringify({ ...options, related, attributes });
    return JSON.parse(await run((live) => live.renderDocument(text, settings)));
  }

  return {
    render,
    /** The markup alone: what a page includes. */
    renderToString: async (document, options) => (await render(document, options)).html,
    /** The CSP source (`'sha256-…'`) that allows the inline stylesheet. */
    styleHash: () => run((live) => live.styleHash()),
  };
}
