// Entry of the reader-widget package. Importing it loads the WebAssembly module (found
// next to this file, so bundlers and plain static folders both work) and defines
// <reader-widget>. `mount` renders into an element of your own.
//
// A page whose widgets all came server-rendered already shows their stories: the module
// then loads when their `activate` attribute says (`load`, `idle` by default, `visible`,
// `interaction`), at once when a widget that must render in the browser appears, or when
// `mount()` is called. This lives here, not in a module of its own that such pages would
// import: a second request in a chain before the page's first paints is one that
// Lighthouse counts into the Largest Contentful Paint (measured: 0.96 → 1.17 s).
const WASM = new URL("./dist/reader_widget_bg.wasm", import.meta.url);

let begin;
let glue;
/** Resolves once the module is instantiated and <reader-widget> is defined. */
export const ready = new Promise((resolve, reject) => {
  let started = false;
  begin = () => {
    if (started) return;
    started = true;
    // The wasm is asked for beside the glue, not after it and its snippets have arrived
    // and run: two round trips fewer before the story on a phone.
    const wasm = typeof document === "undefined" ? WASM : fetch(WASM);
    if (wasm instanceof Promise) wasm.catch(() => {});
    import("./dist/reader_widget.js")
      .then((g) => g.default({ module_or_path: wasm }).then((exports) => ((glue = g), exports)))
      .then(resolve, reject);
  };
});

/** Whether `el` holds a server's rendering (a declarative shadow root from `render`). */
const serverRendered = (el) =>
  [...(el.shadowRoot?.children ?? [])].some((c) => c.classList.contains("rw-mount--static"));

/**
 * Asks now for the documents that `widgets` will fetch (`src`, `related-src`), beside the
 * module instead of after it. A preload has the widget's own fetch's URL, mode and
 * credentials, so that fetch takes its answer; its checks and errors stay the widget's.
 */
function preloadDocuments(widgets) {
  // Defined already (another copy of the package): its widgets are fetching for themselves.
  if (customElements.get("reader-widget")) return;
  const asked = new Set();
  for (const w of widgets) {
    if (serverRendered(w) || w.data != null) continue;
    for (const name of w.related == null ? ["src", "related-src"] : ["src"]) {
      const given = w.getAttribute(name);
      let url;
      try {
        url = given && new URL(given, document.baseURI);
      } catch {
        continue;
      }
      if (!url || !/^https?:$/.test(url.protocol) || asked.has(url.href)) continue;
      asked.add(url.href);
      const link = Object.assign(document.createElement("link"), { rel: "preload", as: "fetch", crossOrigin: "anonymous", href: url.href });
      (document.head ?? document.documentElement).append(link);
    }
  }
}

/** Loads at once unless every widget on the page came server-rendered: then `activate` decides. */
function plan() {
  const widgets = [...document.querySelectorAll("reader-widget")];
  if (widgets.length === 0 || !widgets.every(serverRendered)) {
    begin();
    return preloadDocuments(widgets);
  }
  activate(widgets);
}

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

/** Loads the module when `el`'s `activate` mode says so. */
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

/** Arms every widget of `widgets` (all server-rendered) and those added later. */
function activate(widgets) {
  for (const w of widgets) arm(w);
  // A widget added later: armed too, or, if it must render in the browser, the module now.
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
        for (const w of found) arm(w);
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
  const handle = glue.mount(element, options ?? {});
  if (options?.data != null) await handle.settled();
  return handle;
}
