// When the module loads on a page whose widgets all came server-rendered (`reader-widget
// render`, `render_html`, `renderToString`): when the first of them asks for it by its
// `activate` attribute (`load`, `idle` by default, `visible`, `interaction`), or at once
// when a widget that must render in the browser appears. Imported by reader-widget.js
// only on such pages, so pages rendered in the browser never download it.

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
function arm(el, begin) {
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

/**
 * Arms every widget of `widgets` (all server-rendered); `begin` loads the module (once,
 * however often called), `ready` settles when it has.
 */
export function activate(widgets, begin, ready, serverRendered) {
  for (const w of widgets) arm(w, begin);
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
        for (const w of found) arm(w, begin);
      }
    }
  });
  added.observe(document.documentElement, { childList: true, subtree: true });
  ready.then(() => added.disconnect(), () => added.disconnect());
}
