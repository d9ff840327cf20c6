// Entry of the reader-widget package. Importing it loads the WebAssembly module (found
// next to this file, so bundlers and plain static folders both work) and defines
// <reader-widget>. `mount` renders into an element of your own.
//
// A page whose widgets all came server-rendered already shows their stories: the module
// then loads when `activate.js` says (see there), or when `mount()` is called.
import init, { mount as mountNow } from "./dist/reader_widget.js";

let begin;
/** Resolves once the module is instantiated and <reader-widget> is defined. */
export const ready = new Promise((resolve, reject) => {
  let started = false;
  begin = () => {
    if (started) return;
    started = true;
    init({ module_or_path: new URL("./dist/reader_widget_bg.wasm", import.meta.url) }).then(resolve, reject);
  };
});

/** Whether `el` holds a server's rendering (a declarative shadow root from `render`). */
const serverRendered = (el) =>
  [...(el.shadowRoot?.children ?? [])].some((c) => c.classList.contains("rw-mount--static"));

/** Loads at once unless every widget on the page came server-rendered: then `activate.js` decides. */
function plan() {
  const widgets = [...document.querySelectorAll("reader-widget")];
  if (widgets.length === 0 || !widgets.every(serverRendered)) return begin();
  import("./activate.js").then((a) => a.activate(widgets, begin, ready, serverRendered), begin);
}

if (typeof document === "undefined") begin();
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", plan, { once: true });
else plan();

/**
 * Mounts a widget into `element`'s shadow root. With `data`, the promise resolves once
 * the article (or its error panel) is in the DOM, also for long documents, which are
 * decoded over several tasks so the page stays responsive.
 * @param {HTMLElement} element
 * @param {import("./reader-widget.d.ts").MountOptions} [options] every attribute of the
 *   element under its property name, plus `data`, `related` and `strings` objects
 */
export async function mount(element, options) {
  begin();
  await ready;
  const handle = mountNow(element, options ?? {});
  if (options?.data != null) await handle.settled();
  return handle;
}
