// A/B comparison of two builds of the npm package on this machine, runs interleaved
// (A, B, A, B …) so background load hits both alike: the typical article's mount after
// idle and at module load, the steady-state mount, and memory over 1,000 mount/unmount
// cycles. For judging a change's cost; the full bench is run.mjs.
//
//   node bench/ab.mjs --a /path/to/old/npm --b npm [--runs 9]
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { makeDocument } from "./fixtures.mjs";
import { packageSizes } from "./sizes.mjs";
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const A = arg("--a");
const B = arg("--b", "npm");
const RUNS = Number(arg("--runs", 9));
// `--interleaved-only N`: just the one-page interleaved steady state, N mounts each.
const ONLY = process.argv.includes("--interleaved-only") ? Number(arg("--interleaved-only", 300)) : 0;
if (!A) throw new Error("usage: node bench/ab.mjs --a OLD_NPM_DIR --b NEW_NPM_DIR [--runs N]");
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const fmt = (xs) => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)})`;

const dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-ab-"));
await fs.cp(A, path.join(dir, "a"), { recursive: true });
await fs.cp(B, path.join(dir, "b"), { recursive: true });
await fs.writeFile(path.join(dir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>ab</title><link rel="icon" href="data:,"></head><body><main id="stage"></main></body></html>`);
await fs.writeFile(path.join(dir, "article.json"), JSON.stringify(makeDocument({ paragraphs: 40, photos: 5, cards: 10 })));
const server = await serve(dir, new Map());
const browser = await launch();

/** One fresh page: load package `which`, mount the typical article `at` idle or load. */
async function once(which, at) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  const ms = await page.evaluate(async ([which, at]) => {
    const doc = await (await fetch("/article.json")).json();
    const pkg = await import(`/${which}/reader-widget.js`);
    await pkg.ready;
    if (at === "idle") {
      await new Promise((r) => setTimeout(r, 1000));
      await new Promise((r) => requestIdleCallback(() => r(), { timeout: 1000 }));
    }
    const host = document.createElement("div");
    document.getElementById("stage").append(host);
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const start = performance.now();
    await pkg.mount(host, { data: doc });
    return performance.now() - start;
  }, [which, at]);
  await context.close();
  return ms;
}

/** A fresh page with `which` packages loaded and `window.cycle(name)`: one mount and
 * unmount of the article by that package, returning the mount's milliseconds. */
async function pageWith(which) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${server.url}/`);
  await page.evaluate(async (which) => {
    const doc = await (await fetch("/article.json")).json();
    const pkgs = {};
    for (const w of which) {
      // A module namespace cannot take new properties: keep what is needed beside it.
      const module = await import(`/${w}/reader-widget.js`);
      pkgs[w] = { mount: module.mount, wasm: await module.ready };
    }
    window.pkgs = pkgs;
    window.cycle = async (w) => {
      const host = document.createElement("div");
      document.getElementById("stage").append(host);
      const start = performance.now();
      const handle = await pkgs[w].mount(host, { data: doc });
      const ms = performance.now() - start;
      handle.unmount();
      handle.free();
      host.remove();
      return ms;
    };
  }, which);
  return page;
}

/** Steady state (median of 20 mounts after 30) and memory over 1,000 cycles. */
async function steady(which) {
  const page = await pageWith([which]);
  const r = await page.evaluate(async (which) => {
    const times = [];
    for (let i = 0; i < 50; i++) times.push(await window.cycle(which));
    const memory = Object.values(window.pkgs[which].wasm).find((v) => v instanceof WebAssembly.Memory);
    const snapshot = () => { gc(); gc(); return [performance.memory.usedJSHeapSize, memory.buffer.byteLength]; };
    const before = snapshot();
    for (let i = 0; i < 1000; i++) await window.cycle(which);
    await new Promise((r) => setTimeout(r, 100));
    const after = snapshot();
    return { times: times.slice(30), js: after[0] - before[0], wasm: after[1] - before[1] };
  }, which);
  await page.context().close();
  return r;
}

/** Both packages in one page (each its own wasm instance; mount() needs no element
 * definition), mounts interleaved A, B, A, B …: the steady-state cost with page-to-page
 * noise removed. Medians of `n` mounts each, after 30 warm-up mounts each. */
async function interleaved(n) {
  const page = await pageWith(["a", "b"]);
  const r = await page.evaluate(async (n) => {
    const times = { a: [], b: [] };
    for (let i = 0; i < 30 + n; i++) {
      for (const k of i % 2 ? ["b", "a"] : ["a", "b"]) {
        const ms = await window.cycle(k);
        if (i >= 30) times[k].push(ms);
      }
    }
    return times;
  }, n);
  await page.context().close();
  return r;
}

const results = { a: { idle: [], load: [], steady: [], js: [], wasm: [] }, b: { idle: [], load: [], steady: [], js: [], wasm: [] } };
for (let i = 0; i < (ONLY ? 0 : RUNS); i++) {
  for (const which of i % 2 ? ["b", "a"] : ["a", "b"]) {
    results[which].idle.push(await once(which, "idle"));
    results[which].load.push(await once(which, "load"));
  }
}
for (let i = 0; i < (ONLY ? 0 : 3); i++) {
  for (const which of ["a", "b"]) {
    const s = await steady(which);
    results[which].steady.push(median(s.times));
    results[which].js.push(s.js / 1024);
    results[which].wasm.push(s.wasm / 1024);
  }
}
const mixed = await interleaved(ONLY || 300);
await browser.close();
await server.close();
await fs.rm(dir, { recursive: true, force: true });

const size = (p) => packageSizes(p).total.brotli;
console.log(`| typical article (40 paragraphs, 5 photos, 10 cards) | A: ${A} | B: ${B} | B/A |`);
console.log("|---|---|---|---|");
for (const [k, label] of ONLY ? [] :  [["idle", "mount after idle (ms)"], ["load", "mount at module load (ms)"], ["steady", "steady-state mount (ms)"]]) {
  console.log(`| ${label} | ${fmt(results.a[k])} | ${fmt(results.b[k])} | ${(median(results.b[k]) / median(results.a[k])).toFixed(3)} |`);
}
console.log(`| steady-state mount, one page, interleaved (ms) | ${fmt(mixed.a)} | ${fmt(mixed.b)} | ${(median(mixed.b) / median(mixed.a)).toFixed(3)} |`);
if (!ONLY) console.log(`| JS heap growth over 1,000 cycles (KB) | ${fmt(results.a.js)} | ${fmt(results.b.js)} | |`);
if (!ONLY) console.log(`| wasm memory growth over 1,000 cycles (KB) | ${fmt(results.a.wasm)} | ${fmt(results.b.wasm)} | |`);
console.log(`| transfer, brotli (bytes) | ${size(A)} | ${size(B)} | ${(size(B) / size(A)).toFixed(4)} |`);
