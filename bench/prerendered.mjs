// The `prerendered` scenario: the typical article as server-rendered HTML in a page
// (`reader-widget render`, default `activate=idle`: taken over once the page is idle),
// against the same markup as a plain static page with no script (the floor) and against
// a client-rendered widget (the same document inline, rendered by the module). Per page: first contentful paint,
// largest contentful paint, layout shift over the whole load and takeover, navigation →
// reader:ready, and the main-thread time of the mount (from the element's definition to
// reader:ready: for the server page that is the off-screen render and the swap).
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";

const RECORD = () => {
  window.__m = { lcp: 0, cls: 0, ready: NaN, defineAt: NaN };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__m.lcp = e.startTime; })
    .observe({ type: "largest-contentful-paint", buffered: true });
  new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__m.cls += e.value; })
    .observe({ type: "layout-shift", buffered: true });
  document.addEventListener("reader:ready", () => { window.__m.ready = performance.now(); }, true);
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => {
    if (name === "reader-widget") window.__m.defineAt = performance.now();
    return define(name, ...rest);
  };
};

const page = (title, body, script) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,">${script ? '<script type="module" src="/reader-widget/reader-widget.js"></script>' : ""}</head>
<body><main id="stage">${body}</main></body></html>`;

/** Writes the three pages into `dir` (served at `url`). */
export async function writePrerenderedPages(dir, doc) {
  const json = path.join(dir, "prerendered.json");
  await fs.writeFile(json, JSON.stringify(doc));
  const markup = execFileSync("cargo", ["run", "--quiet", "--features", "cli", "--", "render", json], { encoding: "utf8" }).trim();
  await fs.writeFile(path.join(dir, "static.html"), page("static", markup.replace(/<script type="application\/json">[\s\S]*?<\/script>/, ""), false));
  await fs.writeFile(path.join(dir, "prerendered.html"), page("prerendered", markup, true));
  const inline = JSON.stringify(doc).replaceAll("<", "\\u003c");
  await fs.writeFile(path.join(dir, "client.html"), page("client", `<reader-widget><script type="application/json">${inline}</script></reader-widget>`, true));
}

async function once(browser, url, name, scripted) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const p = await context.newPage();
  await p.addInitScript(RECORD);
  await p.goto(`${url}${name}.html`);
  if (scripted) await p.waitForFunction(() => Number.isFinite(window.__m.ready), null, { timeout: 20_000 });
  await p.waitForTimeout(800);
  const m = await p.evaluate(() => ({
    ...window.__m,
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
    static: !!document.querySelector("reader-widget")?.shadowRoot?.querySelector(".rw-mount--static"),
  }));
  await context.close();
  return m;
}

/** Medians (with min–max) of `runs` fresh loads of each page. */
export async function measurePrerendered(browser, url, runs, stats) {
  const out = {};
  for (const [name, scripted] of [["static", false], ["prerendered", true], ["client", true]]) {
    const all = [];
    for (let i = 0; i < runs; i++) all.push(await once(browser, url, name, scripted));
    if (scripted && all.some((m) => m.static)) throw new Error(`${name}: the server's rendering was not taken over`);
    const pick = (f) => stats(all.map(f).filter(Number.isFinite));
    out[name] = {
      fcp_ms: pick((m) => m.fcp),
      lcp_ms: pick((m) => m.lcp),
      cls: pick((m) => m.cls),
      ready_ms: pick((m) => m.ready),
      mount_ms: pick((m) => m.ready - m.defineAt),
    };
  }
  return out;
}
