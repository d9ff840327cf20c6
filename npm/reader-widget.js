// Entry of the reader-widget package. Importing it loads the WebAssembly module (found
// next to this file, so bundlers and plain static folders both work) and defines
// <reader-widget>. `mount` renders into an element of your own.
import init, { mount as mountNow } from "./dist/reader_widget.js";

/** Resolves once the module is instantiated and <reader-widget> is defined. */
export const ready = init({ module_or_path: new URL("./dist/reader_widget_bg.wasm", import.meta.url) });

/**
 * Mounts a widget into `element`'s shadow root. With `data`, the promise resolves once
 * the article (or its error panel) is in the DOM, also for long documents, which are
 * decoded over several tasks so the page stays responsive.
 * @param {HTMLElement} element
 * @param {import("./reader-widget.d.ts").MountOptions} [options] every attribute of the
 *   element under its property name, plus `data`, `related` and `strings` objects
 */
export async function mount(element, options) {
  await ready;
  const handle = mountNow(element, options ?? {});
  if (options?.data != null) await handle.settled();
  return handle;
}
