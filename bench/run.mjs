// Benchmark: bundle sizes and render times of the built npm package in Debian Chromium.
// Prints a Markdown table and writes bench/results/latest.json. Not a test: timings
// vary by machine and never gate anything.
//
//   node bench/run.mjs [--runs 7]
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { packageSizes } from "./sizes.mjs";
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const runs = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 7;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const stats = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), runs: xs.length });
const kb = (n) => (n / 1024).toFixed(1);
const ms = (s) => `${s.median.toFixed(2)} (${s.min.toFixed(2)}–${s.max.toFixed(2)})`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>
<link rel="icon" href="data:,"></head><body><main id="stage"></main></body></html>`;

/** In the page: load the package, then time mount() → DOM committed and → next frame. */
async function measureRender(page, warmRounds) {
  return page.evaluate(async (warmRounds) => {
    const t0 = performance.now();
    const pkg = await import("/reader-widget/reader-widget.js");
    await pkg.ready;
    const loaded = performance.now() - t0;
    const data = await (await fetch("/demo/article.json")).json();
    const stage = document.getElementById("stage");
    const once = async () => {
      const host = document.createElement("div");
      stage.append(host);
      performance.mark("rw-mount-start");
      const start = performance.now();
      const handle = await pkg.mount(host, { data });
      const committed = performance.now() - start;
      performance.mark("rw-committed");
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const framed = performance.now() - start;
      return { handle, host, committed, framed, nodes: host.shadowRoot.querySelectorAll("*").length };
    };
    const first = await once();
    const warm = [];
    for (let i = 0; i < warmRounds; i++) {
      const r = await once();
      warm.push(r.committed);
      r.handle.unmount();
      r.host.remove();
    }
    return { loaded, first: first.committed, firstFrame: first.framed, nodes: first.nodes, warm };
  }, warmRounds);
}

/** In the page: next-slide latency (click → next frame) and long tasks, n slides. */
async function measureInteraction(page, slides, clicks) {
  return page.evaluate(async ([slides, clicks]) => {
    const pkg = await import("/reader-widget/reader-widget.js");
    await pkg.ready;
    const data = await (await fetch("/demo/article.json")).json();
    const media = Array.from({ length: slides }, (_, i) => ({ ...data.article.media[i % data.article.media.length], caption: `Photo ${i + 1}` }));
    const host = document.createElement("div");
    document.getElementById("stage").append(host);
    await pkg.mount(host, { data: { ...data, article: { ...data.article, media } }, loop: true });
    // Let the first layout and paint of the mount finish: we measure navigation only.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    await new Promise((r) => setTimeout(r, 300));
    const longTasks = [];
    new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: "longtask" });
    const next = host.shadowRoot.querySelector(".rw-carousel__button--next");
    const times = [];
    for (let i = 0; i < clicks; i++) {
      const start = performance.now();
      next.click();
      await new Promise((r) => requestAnimationFrame(() => r()));
      times.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 30));
    }
    return { times, longTasks };
  }, [slides, clicks]);
}

/** In the page: memory before and after `cycles` mount/unmount cycles of the demo. */
async function measureLifecycle(page, cycles) {
  return page.evaluate(async (cycles) => {
    const pkg = await import("/reader-widget/reader-widget.js");
    const wasm = await pkg.ready;
    const data = await (await fetch("/demo/article.json")).json();
    const stage = document.getElementById("stage");
    const snapshot = () => { gc(); gc(); return { js: performance.memory.usedJSHeapSize, wasm: wasm.memory.buffer.byteLength }; };
    const once = async () => {
      const host = document.createElement("div");
      stage.append(host);
      const handle = await pkg.mount(host, { data });
      handle.unmount();
      host.remove();
    };
    for (let i = 0; i < 20; i++) await once(); // warm up: arenas and caches settle
    const before = snapshot();
    const start = performance.now();
    for (let i = 0; i < cycles; i++) await once();
    const ms = performance.now() - start;
    await new Promise((r) => setTimeout(r, 100));
    const after = snapshot();
    return { cycles, before, after, ms_per_cycle: ms / cycles };
  }, cycles);
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-bench-"));
await fs.cp("npm", path.join(dir, "reader-widget"), { recursive: true });
await fs.cp("www/demo", path.join(dir, "demo"), { recursive: true });
await fs.writeFile(path.join(dir, "index.html"), PAGE);
const server = await serve(dir);
const browser = await launch(["--js-flags=--expose-gc", "--enable-precise-memory-info"]);

const cold = [], firstFrame = [], load = [], warm = [];
let nodes = 0;
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  const r = await measureRender(page, 10);
  cold.push(r.first); firstFrame.push(r.firstFrame); load.push(r.loaded); warm.push(...r.warm);
  nodes = r.nodes;
  await context.close();
}
const interaction = {};
for (const n of [5, 100]) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  const r = await measureInteraction(page, n, 20);
  interaction[`next_slide_${n}_slides_ms`] = { ...stats(r.times), long_tasks: r.longTasks.length, longest_task_ms: Math.max(0, ...r.longTasks) };
  await context.close();
}
const lifecycleContext = await browser.newContext();
const lifecyclePage = await lifecycleContext.newPage();
await lifecyclePage.goto(`${server.url}/`);
const lifecycle = await measureLifecycle(lifecyclePage, 1000);
await lifecycleContext.close();
await browser.close();
await server.close();
await fs.rm(dir, { recursive: true, force: true });

const sizes = packageSizes("npm");
const result = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}`,
  sizes,
  render: {
    load_and_instantiate_ms: stats(load),
    first_mount_committed_ms: stats(cold),
    first_mount_to_frame_ms: stats(firstFrame),
    warm_mount_committed_ms: stats(warm),
    dom_nodes: nodes,
  },
  interaction,
  lifecycle,
};
await fs.mkdir("bench/results", { recursive: true });
await fs.writeFile("bench/results/latest.json", JSON.stringify(result, null, 2) + "\n");

const row = (name, s) => `| ${name} | ${s.raw} (${kb(s.raw)} KB) | ${s.gzip} (${kb(s.gzip)} KB) | ${s.brotli} (${kb(s.brotli)} KB) |`;
console.log(`\n### Bundle (npm package)\n\n| file | raw bytes | gzip -9 | brotli -11 |\n|---|---|---|---|`);
console.log(row("wasm", sizes.wasm));
console.log(row("js (entry + glue + snippet)", sizes.js));
console.log(row("css (inside the wasm)", sizes.css));
console.log(row("**total transfer**", sizes.total));
console.log(`\n### Render: demo article (${nodes} DOM nodes), ms, median (min–max)\n\n| measure | ms | runs |\n|---|---|---|`);
for (const [name, s] of Object.entries(result.render)) if (typeof s === "object") console.log(`| ${name} | ${ms(s)} | ${s.runs} |`);
console.log(`\n### Interaction: carousel next (click → next frame), ms, median (min–max)\n\n| scenario | ms | runs | long tasks (> 50 ms) | longest |\n|---|---|---|---|---|`);
for (const [name, s] of Object.entries(interaction)) console.log(`| ${name} | ${ms(s)} | ${s.runs} | ${s.long_tasks} | ${s.longest_task_ms.toFixed(1)} |`);
const mb = (n) => (n / 1048576).toFixed(2);
console.log(`\n### Lifecycle: ${lifecycle.cycles} mount/unmount cycles of the demo article\n\n| memory | before | after | change |\n|---|---|---|---|`);
for (const k of ["js", "wasm"]) {
  const [b, a] = [lifecycle.before[k], lifecycle.after[k]];
  console.log(`| ${k === "js" ? "JS heap (used)" : "wasm linear memory"} | ${mb(b)} MB | ${mb(a)} MB | ${a - b >= 0 ? "+" : ""}${((a - b) / 1024).toFixed(1)} KB |`);
}
console.log(`\n${lifecycle.ms_per_cycle.toFixed(2)} ms per cycle`);
console.log(`\nwritten: bench/results/latest.json`);
