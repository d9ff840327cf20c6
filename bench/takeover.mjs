// How the takeover of a server rendering spends its time (issue 26): the typical article
// rendered by `reader-widget render` (activate idle, the default), loaded in Chromium
// unthrottled. The widget builds its tree off-screen a part per task and swaps it in
// once whole; a heartbeat of messages from the element's definition until after the
// swap measures the longest task (also under 50 ms, where longtask entries stop). Per
// run: that task, the long tasks in the window, the definition's own task, the build's
// wall time to the swap, the swap itself, and the same takeover again on the same page
// with the code warm (the markup parsed anew with setHTMLUnsafe, so it comes with its
// declarative shadow root, timed to its reader:ready). Then the idle-time warm-up
// first, on a page that loads the module with no widget, and a takeover after it.
// GAPS=1 prints every task of the takeover over 6 ms.
//
//   node bench/takeover.mjs [--runs 5]
//
// Prints medians (with min–max) as Markdown and writes bench/results/takeover.json.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { makeDocument } from "./fixtures.mjs";
import { writePrerenderedPages } from "./prerendered.mjs";
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 5;

const RECORD = () => {
  window.__t = { tasks: [] };
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__t.tasks.push([e.startTime, e.duration]); })
    .observe({ type: "longtask", buffered: true });
  // A heartbeat of messages from the element's definition until after the swap: the
  // longest gap between two beats is the longest task of the takeover, also under 50 ms
  // (where the longtask entries stop).
  const beat = () => {
    const channel = new MessageChannel();
    let last = performance.now();
    window.__t.gaps = [];
    channel.port1.onmessage = () => {
      const now = performance.now();
      window.__t.gaps.push([last, now - last]);
      last = now;
      if (!window.__t.swap || now < window.__t.swap[1] + 100) channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
  };
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ...rest) => {
    const start = performance.now();
    if (name === "reader-widget" && document.querySelector("reader-widget")) beat(); // (a page with none must go idle)
    const out = define(name, ...rest);
    if (name === "reader-widget") window.__t.define = [start, performance.now()];
    return out;
  };
  const replaceWith = Element.prototype.replaceWith;
  Element.prototype.replaceWith = function (...nodes) {
    const start = performance.now();
    const out = replaceWith.apply(this, nodes);
    if (this.classList.contains("rw-mount--static") && !window.__t.swap) window.__t.swap = [start, performance.now()];
    return out;
  };
};

/** The same server rendering taken over `n` more times with warm code: ms each. */
const WARM = async (n) => {
  const html = await (await fetch("/prerendered.html")).text();
  const markup = html.slice(html.indexOf("<reader-widget"), html.lastIndexOf("</reader-widget>") + "</reader-widget>".length);
  const out = [];
  for (let i = 0; i < n; i++) {
    const box = document.createElement("div");
    box.setHTMLUnsafe(markup);
    const widget = box.firstElementChild;
    const start = performance.now();
    const ready = new Promise((r) => widget.addEventListener("reader:ready", r, { once: true }));
    document.body.append(box); // upgrades at once: the build starts in this call
    await ready;
    const ms = performance.now() - start;
    if (widget.shadowRoot.querySelector(".rw-mount--static")) throw new Error("a warm takeover did not happen");
    out.push(ms);
    box.remove();
    await new Promise((r) => setTimeout(r, 50));
  }
  return out;
};

/** On a page that loaded the module with no widget: waits for the idle warm-up's four
 * mounts, then takes the server's markup over (render + swap), timed. */
const AFTER_WARM_UP = async () => {
  const measures = () => performance.getEntriesByName("reader-widget warm-up", "measure");
  const deadline = performance.now() + 10_000;
  while (measures().length < 4 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 100));
  const html = await (await fetch("/prerendered.html")).text();
  const box = document.createElement("div");
  box.setHTMLUnsafe(html.slice(html.indexOf("<reader-widget"), html.lastIndexOf("</reader-widget>") + "</reader-widget>".length));
  const start = performance.now();
  const ready = new Promise((r) => box.firstElementChild.addEventListener("reader:ready", r, { once: true }));
  document.body.append(box);
  await ready;
  const takeover = performance.now() - start;
  if (box.firstElementChild.shadowRoot.querySelector(".rw-mount--static")) throw new Error("no takeover after the warm-up");
  return { warm_up_mounts: measures().map((m) => m.duration), longest_before: Math.max(0, ...window.__t.tasks.map(([, d]) => d)), takeover };
};

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const stat = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) });

const dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-takeover-"));
await fs.cp("npm", path.join(dir, "reader-widget"), { recursive: true });
await fs.cp("www/demo", path.join(dir, "demo"), { recursive: true });
await writePrerenderedPages(dir, makeDocument({ paragraphs: 40, photos: 5, cards: 10 }));
await fs.writeFile(path.join(dir, "empty.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>empty</title>
<link rel="icon" href="data:,"><script type="module" src="/reader-widget/reader-widget.js"></script></head><body><main></main></body></html>`);
const server = await serve(dir);
const browser = await launch();
const runs = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(RECORD);
    await page.goto(`${server.url}/prerendered.html`);
    await page.waitForFunction(() => window.__t.swap, null, { timeout: 20_000 });
    await page.waitForTimeout(300);
    const t = await page.evaluate(() => window.__t);
    // GAPS=1: every task of the takeover over 6 ms, as start+duration from the definition.
    if (process.env.GAPS) console.log(t.gaps.filter(([s, d]) => d > 6 && s >= t.define[0] - 5).map(([s, d]) => `${(s - t.define[0]).toFixed(0)}+${d.toFixed(0)}`).join(" "), "| swap at", (t.swap[0] - t.define[0]).toFixed(0));
    const warm = await page.evaluate(WARM, 4);
    await context.close();
    const during = t.gaps.filter(([s]) => s >= t.define[0] && s <= t.swap[1] + 50).map(([, d]) => d);
    runs.push({
      task_ms: Math.max(...during),
      long_tasks: t.tasks.filter(([s, d]) => s + d >= t.define[0] && s <= t.swap[1]).length,
      define_ms: t.define[1] - t.define[0],
      render_ms: t.swap[0] - t.define[0],
      swap_ms: t.swap[1] - t.swap[0],
      warm_takeover_ms: median(warm),
    });
    // The lever: the idle-time warm-up first, then the takeover.
    const second = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const other = await second.newPage();
    await other.addInitScript(RECORD);
    await other.goto(`${server.url}/empty.html`);
    const w = await other.evaluate(AFTER_WARM_UP);
    await second.close();
    Object.assign(runs.at(-1), {
      warm_up_first_mount_ms: w.warm_up_mounts[0] ?? NaN,
      warm_up_longest_task_ms: w.longest_before,
      takeover_after_warm_up_ms: w.takeover,
    });
  }
} finally {
  await browser.close();
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
}

const keys = ["task_ms", "long_tasks", "define_ms", "render_ms", "swap_ms", "warm_takeover_ms",
  "warm_up_first_mount_ms", "warm_up_longest_task_ms", "takeover_after_warm_up_ms"];
const result = Object.fromEntries(keys.map((k) => [k, stat(runs.map((r) => r[k]))]));
await fs.mkdir("bench/results", { recursive: true });
await fs.writeFile("bench/results/takeover.json", JSON.stringify({ runs: RUNS, date: new Date().toISOString(), result, all: runs }, null, 2));
const label = {
  task_ms: "the longest task of the takeover (definition → swap)",
  long_tasks: "… tasks over 50 ms in it",
  define_ms: "… the element's definition (upgrade, mount, first stage)",
  render_ms: "… definition → swap (the off-screen build in stages, code cold; wall time)",
  swap_ms: "… the swap (replaceWith)",
  warm_takeover_ms: "the same takeover again, code warm (build + swap; wall time)",
  warm_up_first_mount_ms: "idle warm-up first, on a page with no widget: its first mount",
  warm_up_longest_task_ms: "… the longest task before the takeover (module load, Intl, warm-up mounts)",
  takeover_after_warm_up_ms: "… then the takeover (render + swap)",
};
console.log(`Takeover of the typical article, Chromium unthrottled, medians of ${RUNS} (min–max)\n\n| part | ms |\n|---|---:|`);
for (const k of keys) console.log(`| ${label[k]} | ${result[k].median.toFixed(1)} (${result[k].min.toFixed(1)}–${result[k].max.toFixed(1)}) |`);
