// Entry of the reader-widget package. Importing it loads the WebAssembly module (found
// next to this file, so bundlers and plain static folders both work) and defines
// <reader-widget>. `mount` renders into an element of your own.
//
// A page whose widgets all came server-rendered (`reader-widget render`, `render_html`)
// already shows their stories: the module then loads when the first of them asks for it
// by its `activate` attribute (`load`, `idle` by default, `visible`, `interaction`), or
// at once when a widget rendered in the browser appears or `mount()` is called.
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

const MODES = ["load", "idle", "visible", "interaction"];
const modeOf = (el) => (MODES.includes(el.getAttribute("activate")) ? el.getAttribute("activate") : "idle");

/**
 * Runs `f` once the page has loaded and its widgets' loaded photos are decoded and
 * painted: a takeover before the server's photos are on screen would make the swap's
 * copies the page's Largest Contentful Paint (measured: 100 ms → 300 ms); one after it
 * adds no entry. Waits at most 2 s for decoding.
 */
function afterFirstPaints(f) {
  const frames = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(f, 0)));
  const decoded = () => {
    const photos = [...document.querySelectorAll("reader-widget")]
      .flatMap((w) => [...(w.shadowRoot?.querySelectorAll("img") ?? [])])
      .filter((img) => img.complete && img.naturalWidth > 0);
    const limit = new Promise((resolve) => setTimeout(resolve, 2000));
    Promise.race([Promise.allSettled(photos.map((img) => img.decode())), limit]).then(frames);
  };
  if (document.readyState === "complete") decoded();
  else addEventListener("load", decoded, { once: true });
}

/** Calls `begin` when `el`'s `activate` mode says so. */
function arm(el) {
  const mode = modeOf(el);
  if (mode === "load") return begin();
  if (mode === "interaction") {
    for (const type of ["pointerdown", "keydown", "focusin", "touchstart"]) {
      el.addEventListener(type, begin, { once: true, passive: true });
    }
    return;
  }
  afterFirstPaints(() => {
    if (mode === "visible" && typeof IntersectionObserver === "function") {
      const seen = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          seen.disconnect();
          begin();
        }
      }, { rootMargin: "200px" });
      seen.observe(el);
    } else if (typeof requestIdleCallback === "function") requestIdleCallback(begin, { timeout: 3000 });
    else setTimeout(begin, 200);
  });
}

/** Loads at once unless every widget on the page is server-rendered and may wait. */
function plan() {
  const widgets = [...document.querySelectorAll("reader-widget")];
  if (widgets.length === 0 || !widgets.every(serverRendered)) return begin();
  widgets.forEach(arm);
  // A widget that has to render in the browser, added later, needs the module now.
  const added = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of r.addedNodes) {
        const found = node.nodeType === 1
          ? [node, ...node.querySelectorAll("reader-widget")].filter((n) => n.localName === "reader-widget")
          : [];
        if (found.some((w) => !serverRendered(w))) {
          added.disconnect();
          return begin();
        }
        found.forEach(arm);
      }
    }
  });
  added.observe(document.documentElement, { childList: true, subtree: true });
  ready.then(() => added.disconnect(), () => added.disconnect());
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
