// Entry of the reader-widget package. Importing it loads the WebAssembly module (found
// next to this file, so bundlers and plain static folders both work) and defines
// <reader-widget>. `mount` renders into an element of your own.
//
// A page whose widgets all came server-rendered already shows their stories: the module
// then loads when their `activate` attribute says, when a widget that must render in the
// browser appears, or on `mount()`. (Decided here, not in a second, chained module:
// Lighthouse counted that request into the page's LCP, 0.94 → 1.17 s.)
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
    let wasm = WASM;
    try {
      if (typeof document !== "undefined") (wasm = fetch(WASM)).catch(() => {});
    } catch {
      wasm = WASM;
    }
    import("./dist/reader_widget.js")
      .then((g) => g.default({ module_or_path: wasm }).then((exports) => ((glue = g), exports)))
      .then(resolve, reject);
  };
});

/** Whether `el` holds a server's rendering (a declarative shadow root from `render`). */
const serverRendered = (el) =>
  [...(el.shadowRoot?.children ?? [])].some((c) => c.classList.contains("rw-mount--static"));

/**
 * Asks now for the documents `widgets` will fetch, beside the module instead of after
 * it, as the widget would (same headers: a server may answer by `Accept`); the widget's
 * first fetch of that URL takes the response (`takeEarly` in `src/embed/element.js`).
 * What no widget has taken once they are all defined is cancelled and dropped, so it is
 * never handed to a later fetch.
 */
function fetchEarly(widgets) {
  // Defined already (another copy of the package): its widgets are fetching for themselves.
  if (typeof fetch !== "function" || typeof customElements === "undefined" || customElements.get("reader-widget")) return;
  const early = (globalThis[Symbol.for("reader-widget.early")] ??= new Map());
  const asked = [];
  for (const w of widgets) {
    if (serverRendered(w) || w.data != null) continue;
    for (const [name, property] of w.related == null ? [["src", "src"], ["related-src", "relatedSrc"]] : [["src", "src"]]) {
      // As the element will read it: a property set before it upgraded wins.
      const given = Object.hasOwn(w, property) ? w[property] : w.getAttribute(name);
      let url;
      try {
        url = typeof given === "string" && given.trim() && new URL(given, document.baseURI);
      } catch {
        continue;
      }
      if (!url || !/^https?:$/.test(url.protocol) || early.has(url.href)) continue;
      const controller = new AbortController();
      const response = fetch(url.href, { headers: { Accept: "application/json" }, signal: controller.signal });
      response.catch(() => {});
      early.set(url.href, { response, controller });
      asked.push(url.href);
    }
  }
  // Every widget on the page takes its response while the element is defined; a task
  // later, whatever is left (a widget removed or given other data meanwhile) is not wanted.
  const drop = () => setTimeout(() => {
    for (const href of asked) {
      early.get(href)?.controller.abort();
      early.delete(href);
    }
  });
  if (asked.length) ready.then(drop, drop);
}

/** Loads at once unless every widget on the page came server-rendered: then `activate` decides. */
function plan() {
  const widgets = [...document.querySelectorAll("reader-widget")];
  if (widgets.length === 0 || !widgets.every(serverRendered)) {
    begin();
    return fetchEarly(widgets);
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
