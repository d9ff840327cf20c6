// Benchmark of the built npm package against a vanilla-JS baseline, in Debian Chromium.
// Prints Markdown tables (figures are medians of RUNS runs with min–max), checks the
// targets (pass/miss; nothing here gates CI), and writes bench/results/latest.json and
// bench/results/scaling.svg. Timing varies by machine: compare runs on one machine.
//
//   node bench/run.mjs [--runs 5] [--quick]
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { packageSizes } from "./sizes.mjs";
import { writePrerenderedPages, measurePrerendered } from "./prerendered.mjs";
import { makeDocument, makeJsonLd } from "./fixtures.mjs";
import { scalingSvg } from "./plot.mjs";
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : fallback; };
const RUNS = Math.max(5, arg("--runs", 5));
const QUICK = process.argv.includes("--quick");
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
const f2 = (n) => n.toFixed(2);
const ms = (s) => (s.runs ? `${f2(s.median)} (${f2(s.min)}–${f2(s.max)})` : "–");
const kb = (n) => (n / 1024).toFixed(1);

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<link rel="icon" href="data:,"></head><body><main id="stage"></main></body></html>`;

// ---- page-side measurement -------------------------------------------------------

/** Renders `doc` once with `renderer` ("widget" | "baseline") and measures it; then
 * renders it again into a second host on the same page (`warm`: code compiled, `Intl`
 * initialised), which separates the cold-start costs from the rendering work.
 * `at`: "idle" mounts once the page has been idle for a second (the data came from the
 * network, or the widget mounts further down the page later), so both renderers' idle
 * work has run: `Intl` for both, and the widget's warm-up render (its duration is
 * `warmUp`); "load" mounts as soon as the module is ready, with no idle time at all. */
async function renderOnce(page, renderer, doc, settleMs, at = "idle") {
  return page.evaluate(async ([renderer, doc, settleMs, at]) => {
    const loadStart = performance.now();
    const r = await (await import("/loader.js")).load(renderer);
    const mount = (host) => r.mount(host, doc);
    const load = performance.now() - loadStart;
    if (at === "idle") {
      await new Promise((r) => setTimeout(r, 1000));
      await new Promise((r) => requestIdleCallback(() => r(), { timeout: 1000 }));
    }
    const warmUp = performance.getEntriesByName("reader-widget warm-up")[0]?.duration ?? NaN;
    // Observed from the mount on: module loading is reported as `load` instead.
    const longTasks = [];
    let cls = 0;
    const lt = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)));
    lt.observe({ type: "longtask" });
    const ls = new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) cls += e.value; }));
    ls.observe({ type: "layout-shift" });
    const host = document.createElement("div");
    document.getElementById("stage").append(host);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    performance.mark("rw-mount-start");
    const start = performance.now();
    await mount(host);
    const committed = performance.now() - start;
    performance.mark("rw-committed");
    const img = host.shadowRoot.querySelector("img");
    const imageDecoded = img ? await img.decode().then(() => performance.now() - start, () => NaN) : NaN;
    await new Promise((r) => setTimeout(r, settleMs));
    lt.disconnect();
    ls.disconnect();
    gc(); gc();
    const wasm = r.wasmBytes();
    const jsHeap = performance.memory.usedJSHeapSize;
    const nodes = host.shadowRoot.querySelectorAll("*").length;
    const again = document.createElement("div");
    document.getElementById("stage").append(again);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const warmStart = performance.now();
    await mount(again);
    const warm = performance.now() - warmStart;
    return {
      load, committed, warm, imageDecoded, cls, warmUp,
      longTasks: longTasks.length, longestTask: Math.max(0, ...longTasks),
      jsHeap, wasm, nodes,
    };
  }, [renderer, doc, settleMs, at]);
}

/** Fresh page per run: first-render figures, as a reader loading an article gets them. */
async function measure(browser, url, renderer, doc, { runs = RUNS, settleMs = 300, at = "idle" } = {}) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    out.push(await renderOnce(page, renderer, doc, settleMs, at));
    await context.close();
  }
  const pick = (k) => stats(out.map((r) => r[k]).filter((x) => Number.isFinite(x)));
  return {
    load_ms: pick("load"), committed_ms: pick("committed"), warm_committed_ms: pick("warm"),
    image_decoded_ms: pick("imageDecoded"), cls: pick("cls"), warm_up_ms: pick("warmUp"),
    long_tasks: pick("longTasks"), longest_task_ms: pick("longestTask"),
    js_heap_bytes: pick("jsHeap"), wasm_bytes: pick("wasm"), dom_nodes: out[0].nodes,
  };
}

/** Next-slide latency (click → next frame) with `slides` photos, and long tasks. */
async function measureInteraction(browser, url, slides) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  const r = await page.evaluate(async ([doc]) => {
    const pkg = await import("/reader-widget/reader-widget.js");
    await pkg.ready;
    const host = document.createElement("div");
    document.getElementById("stage").append(host);
    await pkg.mount(host, { data: doc, loop: true });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((r) => setTimeout(r, 300));
    const longTasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: "longtask" });
    const next = host.shadowRoot.querySelector(".rw-carousel__button--next");
    const times = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      next.click();
      await new Promise((r) => requestAnimationFrame(() => r()));
      times.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 30));
    }
    return { times, longTasks };
  }, [makeDocument({ paragraphs: 5, photos: slides, cards: 0 })]);
  await page.context().close();
  return { ...stats(r.times), long_tasks: r.longTasks.length, longest_task_ms: Math.max(0, ...r.longTasks) };
}

/** Steady state: mount→committed of `doc` after 30 warm-up mounts on one page (code
 * compiled and optimised), median of 20; shows the rendering work without cold start. */
async function measureSteady(browser, url, renderer, doc) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  const times = await page.evaluate(async ([renderer, doc]) => {
    const { load, mountRepeatedly } = await import("/loader.js");
    return (await mountRepeatedly(await load(renderer), doc, 50)).slice(30);
  }, [renderer, doc]);
  await page.context().close();
  return stats(times);
}

/** A returning reader: the page is visited once (30 mounts, then 3 s for V8 to tier up
 * and store its code cache with the HTTP cache), then reloaded in the same context and
 * the first mount timed, as in `renderOnce`. One figure per run. */
async function measureRepeatVisit(browser, url, renderer, doc) {
  const out = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(async ([renderer, doc]) => {
      const { load, mountRepeatedly } = await import("/loader.js");
      await mountRepeatedly(await load(renderer), doc, 30);
      await new Promise((r) => setTimeout(r, 3000));
    }, [renderer, doc]);
    await page.goto(url);
    out.push((await renderOnce(page, renderer, doc, 100)).committed);
    await context.close();
  }
  return stats(out);
}

/** A page whose documents need the formats module: mount → `reader:ready` for the same
 * article as JSON-LD, the first widget fetching and compiling the module, then a second
 * widget with the module cached; against the native document's mount → ready on the
 * same page. Long tasks are counted over the first. Fresh page per run, after idle. */
async function measureFormats(browser, url, nativeDoc, jsonLd) {
  const out = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.goto(url);
    out.push(await page.evaluate(async ([nativeDoc, jsonLd]) => {
      const pkg = await import("/reader-widget/reader-widget.js");
      await pkg.ready;
      await new Promise((r) => setTimeout(r, 1000));
      await new Promise((r) => requestIdleCallback(() => r(), { timeout: 1000 }));
      const ready = async (doc) => {
        const host = document.createElement("div");
        document.getElementById("stage").append(host);
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const start = performance.now();
        const shown = new Promise((r) => host.addEventListener("reader:ready", r, { once: true }));
        await pkg.mount(host, { data: doc });
        await shown;
        return performance.now() - start;
      };
      const longTasks = [];
      const lt = new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration)));
      lt.observe({ type: "longtask" });
      const first = await ready(jsonLd);
      await new Promise((r) => setTimeout(r, 300));
      lt.disconnect();
      const second = await ready(jsonLd);
      const native = await ready(nativeDoc);
      return { first, second, native, longTasks: longTasks.length, longest: Math.max(0, ...longTasks) };
    }, [nativeDoc, jsonLd]));
    await context.close();
  }
  const pick = (k) => stats(out.map((r) => r[k]));
  return {
    first_ready_ms: pick("first"), second_ready_ms: pick("second"), native_ready_ms: pick("native"),
    long_tasks: pick("longTasks"), longest_task_ms: pick("longest"),
  };
}

/** DOM calls one typical mount makes (deterministic, so one run): the page's DOM
 * methods and setters are wrapped to count calls from the mount until it is committed.
 * Each call is a crossing from wasm (or the baseline's JS) into the browser. */
async function measureDomCalls(browser, url, renderer, doc) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  const counts = await page.evaluate(async ([renderer, doc]) => {
    const r = await (await import("/loader.js")).load(renderer);
    const counts = {};
    let on = false;
    const wrap = (proto, name, key = name) => {
      const original = proto[name];
      proto[name] = function (...args) { if (on) counts[key] = (counts[key] ?? 0) + 1; return original.apply(this, args); };
    };
    const wrapSetter = (proto, name, key) => {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      Object.defineProperty(proto, name, { ...d, set(v) { if (on) counts[key] = (counts[key] ?? 0) + 1; d.set.call(this, v); } });
    };
    wrap(Element.prototype, "setAttribute");
    wrap(Element.prototype, "removeAttribute");
    wrap(Document.prototype, "createElement");
    wrap(Document.prototype, "createComment");
    wrap(Document.prototype, "createTextNode");
    wrap(Node.prototype, "appendChild");
    wrap(Node.prototype, "insertBefore");
    wrap(Node.prototype, "cloneNode");
    wrap(Element.prototype, "append");
    wrap(Element.prototype, "before", "before/after");
    wrap(Element.prototype, "after", "before/after");
    wrap(EventTarget.prototype, "addEventListener");
    wrap(DOMTokenList.prototype, "add", "classList.add");
    wrapSetter(Node.prototype, "textContent", "text set");
    wrapSetter(CharacterData.prototype, "data", "text set");
    wrapSetter(Element.prototype, "className", "className set");
    // Attributes set through properties (the baseline sets pictures' this way).
    const props = {
      HTMLElement: ["hidden", "dir", "lang", "title", "tabIndex", "inert", "draggable"],
      Element: ["id"],
      HTMLImageElement: ["src", "srcset", "sizes", "width", "height", "alt", "loading", "decoding"],
      HTMLAnchorElement: ["href", "rel", "target"],
      HTMLButtonElement: ["type", "disabled"],
      HTMLTimeElement: ["dateTime"],
    };
    for (const [type, names] of Object.entries(props)) {
      for (const name of names) wrapSetter(window[type].prototype, name, "property set");
    }
    const host = document.createElement("div");
    document.getElementById("stage").append(host);
    on = true;
    await r.mount(host, doc);
    on = false;
    return counts;
  }, [renderer, doc]);
  await page.context().close();
  return { ...counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
}

/** Memory before and after `cycles` mount/unmount cycles of the demo article. */
async function measureLifecycle(browser, url, cycles) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(url);
  const r = await page.evaluate(async (cycles) => {
    const pkg = await import("/reader-widget/reader-widget.js");
    const wasm = await pkg.ready;
    const data = await (await fetch("/demo/article.json")).json();
    const stage = document.getElementById("stage");
    const memory = Object.values(wasm).find((v) => v instanceof WebAssembly.Memory);
    const snapshot = () => { gc(); gc(); return { js: performance.memory.usedJSHeapSize, wasm: memory.buffer.byteLength }; };
    const once = async () => {
      const host = document.createElement("div");
      stage.append(host);
      const handle = await pkg.mount(host, { data });
      handle.unmount();
      handle.free();
      host.remove();
    };
    for (let i = 0; i < 20; i++) await once();
    const before = snapshot();
    const start = performance.now();
    for (let i = 0; i < cycles; i++) await once();
    const ms = performance.now() - start;
    await new Promise((r) => setTimeout(r, 100));
    return { cycles, before, after: snapshot(), ms_per_cycle: ms / cycles };
  }, cycles);
  await page.context().close();
  return r;
}

// ---- run ---------------------------------------------------------------------------

const dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-bench-"));
await fs.cp("npm", path.join(dir, "reader-widget"), { recursive: true });
await fs.cp("www/demo", path.join(dir, "demo"), { recursive: true });
await fs.cp("bench/baseline", path.join(dir, "baseline"), { recursive: true });
await fs.cp("bench/page/loader.js", path.join(dir, "loader.js"));
const cssFiles = ["base.css", "article/article.css", "carousel/carousel.css", "carousel/lightbox.css", "related/related.css", "error_panel.css"].map((n) => `src/components/${n}`);
await fs.writeFile(path.join(dir, "baseline/widget.css"), (await Promise.all(cssFiles.map((f) => fs.readFile(f, "utf8")))).join("\n"));
await fs.writeFile(path.join(dir, "index.html"), PAGE);
const server = await serve(dir);
const url = `${server.url}/`;
const browser = await launch(["--js-flags=--expose-gc", "--enable-precise-memory-info"]);

const typicalDoc = makeDocument({ paragraphs: 40, photos: 5, cards: 10 });
const typical = {
  widget: await measure(browser, url, "widget", typicalDoc, { settleMs: 1000 }),
  baseline: await measure(browser, url, "baseline", typicalDoc, { settleMs: 1000 }),
};

// The same, mounted as soon as the module is ready: no idle time for any warm-up.
const atLoad = {
  widget: await measure(browser, url, "widget", typicalDoc, { settleMs: 1000, at: "load" }),
  baseline: await measure(browser, url, "baseline", typicalDoc, { settleMs: 1000, at: "load" }),
};

const steady = {
  widget: await measureSteady(browser, url, "widget", typicalDoc),
  baseline: await measureSteady(browser, url, "baseline", typicalDoc),
};

const repeat = {
  widget: await measureRepeatVisit(browser, url, "widget", typicalDoc),
  baseline: await measureRepeatVisit(browser, url, "baseline", typicalDoc),
};

const paragraphSizes = QUICK ? [10, 1000] : [10, 100, 1000, 10000];
const cardSizes = QUICK ? [10, 100] : [10, 100, 1000];
const scaling = { paragraphs: [], cards: [] };
for (const n of paragraphSizes) {
  const doc = makeDocument({ paragraphs: n, photos: 5, cards: 10 });
  scaling.paragraphs.push({ n, widget: await measure(browser, url, "widget", doc, { settleMs: 800 }), baseline: await measure(browser, url, "baseline", doc, { settleMs: 800 }) });
}
for (const n of cardSizes) {
  const doc = makeDocument({ paragraphs: 10, photos: 5, cards: n });
  scaling.cards.push({ n, widget: await measure(browser, url, "widget", doc), baseline: await measure(browser, url, "baseline", doc) });
}
const interaction = {
  next_slide_5_slides_ms: await measureInteraction(browser, url, 5),
  next_slide_100_slides_ms: await measureInteraction(browser, url, 100),
};
const domCalls = {
  widget: await measureDomCalls(browser, url, "widget", typicalDoc),
  baseline: await measureDomCalls(browser, url, "baseline", typicalDoc),
};
const formatsPage = await measureFormats(browser, url, makeDocument({ paragraphs: 40, photos: 5, cards: 0 }), makeJsonLd({ paragraphs: 40, photos: 5 }));
const lifecycle = await measureLifecycle(browser, url, QUICK ? 200 : 1000);
await writePrerenderedPages(dir, typicalDoc);
const prerendered = await measurePrerendered(browser, url, RUNS, stats);
await browser.close();
await server.close();
await fs.rm(dir, { recursive: true, force: true });

// ---- report ------------------------------------------------------------------------

const sizes = packageSizes("npm");
const biggest = scaling.paragraphs.at(-1);
const everyCls = [typical.widget, ...scaling.paragraphs.map((s) => s.widget), ...scaling.cards.map((s) => s.widget)].map((m) => m.cls.max);
const ratio = typical.widget.committed_ms.median / typical.baseline.committed_ms.median;
const ratioAtLoad = atLoad.widget.committed_ms.median / atLoad.baseline.committed_ms.median;
const targets = [
  ["core (native-format page: js + wasm, css inside) ≤ 150 KB brotli", `${kb(sizes.total.brotli)} KB`, sizes.total.brotli <= 150 * 1024],
  ["full set (core + formats module) ≤ 200 KB brotli", `${kb(sizes.full.brotli)} KB`, sizes.full.brotli <= 200 * 1024],
  ["typical mount→committed ≤ 1.2× baseline (mount after idle)", `${ratio.toFixed(2)}×`, ratio <= 1.2],
  ["typical mount→committed ≤ 1.6× baseline (mount at module load)", `${ratioAtLoad.toFixed(2)}×`, ratioAtLoad <= 1.6],
  ["DOM calls per typical mount ≤ 1.3× baseline", `${domCalls.widget.total} vs ${domCalls.baseline.total} (${(domCalls.widget.total / domCalls.baseline.total).toFixed(2)}×)`, domCalls.widget.total <= 1.3 * domCalls.baseline.total],
  ["JSON-LD page: formats module once per page, no long task > 50 ms", `${formatsPage.long_tasks.max} long tasks, longest ${f2(formatsPage.longest_task_ms.max)} ms`, formatsPage.long_tasks.max === 0],
  ["total transfer ≤ 100 KB brotli (performance issue)", `${kb(sizes.total.brotli)} KB`, sizes.total.brotli <= 100 * 1024],
  ["typical mount→committed ≤ 1.3× baseline (mount after idle)", `${ratio.toFixed(2)}×`, ratio <= 1.3],
  ["typical mount→committed ≤ 16 ms (mount after idle)", `${f2(typical.widget.committed_ms.median)} ms`, typical.widget.committed_ms.median <= 16],
  ["typical mount→committed ≤ 1.3× baseline (mount at module load)", `${ratioAtLoad.toFixed(2)}×`, ratioAtLoad <= 1.3],
  ["typical mount→committed ≤ 16 ms (mount at module load)", `${f2(atLoad.widget.committed_ms.median)} ms`, atLoad.widget.committed_ms.median <= 16],
  [`${biggest.n} paragraphs: no long task > 50 ms`, `${biggest.widget.long_tasks.max} long tasks, longest ${f2(biggest.widget.longest_task_ms.max)} ms`, biggest.widget.long_tasks.max === 0],
  ["layout shift 0.00 in every scenario", `max ${Math.max(...everyCls).toFixed(4)}`, Math.max(...everyCls) === 0],
  ["prerendered: LCP ≤ 1.1× the static page", `${(prerendered.prerendered.lcp_ms.median / prerendered.static.lcp_ms.median).toFixed(2)}×`, prerendered.prerendered.lcp_ms.median <= 1.1 * prerendered.static.lcp_ms.median],
  ["prerendered: layout shift 0.00 during takeover", `max ${prerendered.prerendered.cls.max.toFixed(4)}`, prerendered.prerendered.cls.max === 0],
  ["prerendered: takeover main thread ≤ 1.3× a client mount's", `${(prerendered.prerendered.mount_ms.median / prerendered.client.mount_ms.median).toFixed(2)}×`, prerendered.prerendered.mount_ms.median <= 1.3 * prerendered.client.mount_ms.median],
];

const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`,
  runs: RUNS,
  sizes, typical, typical_at_load: atLoad, steady, repeat, scaling, interaction, dom_calls: domCalls, formats_page: formatsPage, lifecycle, prerendered,
  targets: targets.map(([name, value, pass]) => ({ name, value, pass })),
};
await fs.mkdir("bench/results", { recursive: true });
await fs.writeFile("bench/results/latest.json", JSON.stringify(result, null, 2) + "\n");
await fs.writeFile("bench/results/scaling.svg", scalingSvg(scaling));

const row = (name, s) => `| ${name} | ${s.raw} (${kb(s.raw)} KB) | ${s.gzip} (${kb(s.gzip)} KB) | ${s.brotli} (${kb(s.brotli)} KB) |`;
const lines = [];
lines.push(`## reader-widget bench — ${result.date} — ${result.machine}, medians of ${RUNS} runs (min–max)`);
lines.push(`\n### Bundle (npm package)\n\n| file | raw bytes | gzip -9 | brotli -11 |\n|---|---|---|---|`);
lines.push(row("wasm", sizes.wasm), row("js (entry + glue + snippet)", sizes.js), row("css (inside the wasm)", sizes.css), row("**total transfer, native-format page (core)**", sizes.total),
  row("formats module (once per page with other formats)", sizes.formats), row("**full set (core + formats)**", sizes.full),
  row("one other language's texts (largest file)", sizes.language), row(`all ${sizes.languages.files} language files (never loaded together)`, sizes.languages));
lines.push(`\n### Typical: 40 paragraphs, 5 photos, 10 cards (${typical.widget.dom_nodes} DOM nodes)\n\nMounted after the page was idle for 1 s (both renderers' idle work done), except the \`at_load\` rows: mounted as soon as the module was ready.\n\n| measure | widget | baseline | widget/baseline |\n|---|---|---|---|`);
const typicalRow = (name, w, b) => lines.push(`| ${name} | ${ms(w)} | ${ms(b)} | ${b.median ? (w.median / b.median).toFixed(2) + "×" : "–"} |`);
for (const k of ["load_ms", "committed_ms", "warm_committed_ms", "image_decoded_ms", "long_tasks", "longest_task_ms", "cls"]) {
  typicalRow(k, typical.widget[k], typical.baseline[k]);
}
lines.push(`| warm_up_ms (widget's idle-time render, off the page) | ${ms(typical.widget.warm_up_ms)} | – | – |`);
for (const k of ["committed_ms", "long_tasks", "longest_task_ms"]) {
  typicalRow(`at_load ${k}`, atLoad.widget[k], atLoad.baseline[k]);
}
lines.push(`| repeat_visit_committed_ms (reload, V8 code cache) | ${ms(repeat.widget)} | ${ms(repeat.baseline)} | ${(repeat.widget.median / repeat.baseline.median).toFixed(2)}× |`);
lines.push(`| steady_committed_ms (after 30 mounts on one page) | ${ms(steady.widget)} | ${ms(steady.baseline)} | ${(steady.widget.median / steady.baseline.median).toFixed(2)}× |`);
for (const [kind, list] of Object.entries(scaling)) {
  lines.push(`\n### Scaling: ${kind} (mount→committed ms; memory after GC)\n\n| ${kind} | widget ms | baseline ms | ratio | widget long tasks (max) | longest ms | JS heap MB | wasm MB |\n|---|---|---|---|---|---|---|---|`);
  for (const s of list) {
    lines.push(`| ${s.n} | ${ms(s.widget.committed_ms)} | ${ms(s.baseline.committed_ms)} | ${(s.widget.committed_ms.median / s.baseline.committed_ms.median).toFixed(2)}× | ${s.widget.long_tasks.max} | ${f2(s.widget.longest_task_ms.max)} | ${(s.widget.js_heap_bytes.median / 1048576).toFixed(2)} | ${(s.widget.wasm_bytes.median / 1048576).toFixed(2)} |`);
  }
}
lines.push(`\n### DOM calls per typical mount (from mount() to committed)\n\n| call | widget | baseline |\n|---|---|---|`);
for (const k of [...new Set([...Object.keys(domCalls.widget), ...Object.keys(domCalls.baseline)])].filter((k) => k !== "total").sort()) {
  lines.push(`| ${k} | ${domCalls.widget[k] ?? 0} | ${domCalls.baseline[k] ?? 0} |`);
}
lines.push(`| **total** | ${domCalls.widget.total} | ${domCalls.baseline.total} (${(domCalls.widget.total / domCalls.baseline.total).toFixed(2)}×) |`);
lines.push(`\n### A page with documents in another format: 40 paragraphs, 5 photos as JSON-LD (mount → reader:ready)\n\n| measure | ms |\n|---|---|`);
lines.push(`| first JSON-LD widget (fetches and compiles the formats module) | ${ms(formatsPage.first_ready_ms)} |`);
lines.push(`| second JSON-LD widget (module cached for the page) | ${ms(formatsPage.second_ready_ms)} |`);
lines.push(`| the same article in the native format, same page | ${ms(formatsPage.native_ready_ms)} |`);
lines.push(`| long tasks during the first (max over runs) | ${formatsPage.long_tasks.max}, longest ${f2(formatsPage.longest_task_ms.max)} ms |`);
lines.push(`\n### Prerendered: the typical article as server-rendered HTML (\`reader-widget render\`, default activate=idle)\n\nFrom navigation; \`mount_ms\` is the element's definition → reader:ready (the server page: off-screen render + swap; the client page: its mount from inline JSON).\n\n| page | FCP ms | LCP ms | layout shift | reader:ready ms | mount_ms |\n|---|---|---|---|---|---|`);
for (const [name, m] of Object.entries(prerendered)) {
  lines.push(`| ${name}${name === "static" ? " (no script: the floor)" : name === "client" ? " (rendered in the browser)" : ""} | ${ms(m.fcp_ms)} | ${ms(m.lcp_ms)} | ${m.cls.runs ? m.cls.max.toFixed(4) : "–"} | ${ms(m.ready_ms)} | ${ms(m.mount_ms)} |`);
}
lines.push(`\n### Interaction: carousel next (click → next frame)\n\n| scenario | ms | runs | long tasks | longest ms |\n|---|---|---|---|---|`);
for (const [name, s] of Object.entries(interaction)) lines.push(`| ${name} | ${ms(s)} | ${s.runs} | ${s.long_tasks} | ${f2(s.longest_task_ms)} |`);
const mb = (n) => (n / 1048576).toFixed(2);
lines.push(`\n### Lifecycle: ${lifecycle.cycles} mount/unmount cycles (${f2(lifecycle.ms_per_cycle)} ms each)\n\n| memory | before | after | change |\n|---|---|---|---|`);
for (const k of ["js", "wasm"]) {
  const [b, a] = [lifecycle.before[k], lifecycle.after[k]];
  lines.push(`| ${k === "js" ? "JS heap (used)" : "wasm linear memory"} | ${mb(b)} MB | ${mb(a)} MB | ${a - b >= 0 ? "+" : ""}${kb(a - b)} KB |`);
}
lines.push(`\n### Targets\n\n| target | measured | |\n|---|---|---|`);
for (const [name, value, pass] of targets) lines.push(`| ${name} | ${value} | ${pass ? "pass" : "**miss**"} |`);
lines.push(`\nwritten: bench/results/latest.json, bench/results/scaling.svg`);
console.log(lines.join("\n"));
