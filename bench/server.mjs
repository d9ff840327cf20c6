// Server rendering of the typical article (bench/fixtures.mjs: 40 paragraphs, 5 photos,
// 10 cards): renders per second and p50/p99 per render for the native CLI, Node
// (reader-widget/server) and workerd (reader-widget/edge, through miniflare), and the
// drop-in worker's page view when its document is a cache hit. Prints Markdown and
// writes bench/results/server.json. Timing varies by machine: compare runs on one.
//
//   node bench/server.mjs [--n 500]
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { makeDocument } from "./fixtures.mjs";
import { serve } from "../tests/e2e/server.mjs";
import { startWorker, startEdgeWorker } from "../tests/e2e/workerd.mjs";

const arg = (name, fallback) => { const i = process.argv.indexOf(name); return i > 0 ? Number(process.argv[i + 1]) : fallback; };
const N = arg("--n", 500);
const PKG = path.resolve("npm");
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };
const row = (name, times, how, perSecond = 1000 / (times.reduce((a, b) => a + b, 0) / times.length)) =>
  ({ name, perSecond, p50: pct(times, 50), p99: pct(times, 99), n: times.length, how });

/** Times `fn` `n` times after `warm` untimed calls; answers each call's milliseconds. */
async function timeEach(fn, n, warm = Math.min(50, n)) {
  for (let i = 0; i < warm; i++) await fn();
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times;
}

const dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-bench-server-"));
const text = JSON.stringify(makeDocument());
const docPath = path.join(dir, "typical.json");
await fs.writeFile(docPath, text);
const rows = [];

// Native CLI: a process per render (that is how it is used), so its time includes the
// process start; `style-hash` (no document, no render) is timed to show that part.
execFileSync("cargo", ["build", "--quiet", "--release", "--features", "cli", "--bin", "reader-widget"], { stdio: "inherit" });
const bin = path.resolve("target/release/reader-widget");
const cliN = Math.min(N, 200);
const invocations = await timeEach(() => execFileSync(bin, ["render", docPath], { stdio: ["ignore", "ignore", "ignore"] }), cliN, 10);
const starts = await timeEach(() => execFileSync(bin, ["style-hash"], { stdio: ["ignore", "ignore", "ignore"] }), cliN, 10);
rows.push(row("native CLI, one process per render", invocations, "render invocation, wall time incl. process start"));
rows.push(row("native CLI, process start only (style-hash)", starts, "for comparison: no render"));

// Node: reader-widget/server, in this process.
const server = await import(path.join(PKG, "server.js"));
const node = await timeEach(() => server.render(text), N);
rows.push(row("Node (reader-widget/server)", node, "per render, in process"));

// workerd: reader-widget/edge. Single renders are timed from here, so they include a
// request into workerd (the no-op request's p50 is printed beside); renders per second
// come from batches of 100 renders in one request.
const bench = await startWorker({ dir: "bench", entry: "edge-worker.js" });
await bench.fetch("/doc", { method: "POST", body: text });
const noop = await timeEach(() => bench.fetch("/noop").then((r) => r.text()), N);
const single = await timeEach(() => bench.fetch("/render?n=1").then((r) => r.text()), N);
const batches = await timeEach(() => bench.fetch("/render?n=100").then((r) => r.text()), Math.max(5, Math.round(N / 100)), 2);
const perRender = batches.map((t) => t / 100);
rows.push(row("workerd (reader-widget/edge), one render per request", single, `request incl. dispatch (no-op request p50 ${pct(noop, 50).toFixed(2)} ms)`, 1000 / (perRender.reduce((a, b) => a + b, 0) / perRender.length)));
await bench.close();

// The drop-in worker: a page with the typical widget whose document is in the cache.
let docFetches = 0;
const origin = await serve(dir, new Map([["/typical.json", async (req, res) => {
  docFetches++;
  res.writeHead(200, { "content-type": "application/json", "cache-control": "max-age=3600", etag: '"t"' }).end(text);
  return true;
}]]));
await fs.writeFile(path.join(dir, "page.html"), `<!doctype html><html lang="en"><head><title>bench</title></head><body><h1>Page</h1><reader-widget src="/typical.json"></reader-widget></body></html>`);
await fs.writeFile(path.join(dir, "plain.html"), `<!doctype html><html lang="en"><head><title>bench</title></head><body><h1>Page</h1></body></html>`);
const edge = await startEdgeWorker(origin.url);
const view = (p) => edge.fetch(p).then((r) => r.text());
if (!(await view("/page.html")).includes("shadowrootmode")) throw new Error("the worker did not render the widget");
const hits = await timeEach(() => view("/page.html"), N);
const plain = await timeEach(() => view("/plain.html"), N);
rows.push(row("drop-in worker, page view, document a cache hit", hits, `request incl. origin page fetch; ${docFetches} document fetch(es) in all`));
rows.push(row("drop-in worker, page without a widget", plain, "for comparison: origin page streamed through"));
await edge.close();
await origin.close();
await fs.rm(dir, { recursive: true, force: true });

const f = (n) => n.toFixed(2);
console.log(`\n## Server rendering of the typical article (${os.cpus().length} cores, n=${N})\n`);
console.log("| path | renders/s | p50 ms | p99 ms | what is timed |\n|---|---:|---:|---:|---|");
for (const r of rows) console.log(`| ${r.name} | ${r.perSecond.toFixed(0)} | ${f(r.p50)} | ${f(r.p99)} | ${r.how} |`);
const nodeMean = node.reduce((a, b) => a + b, 0) / node.length;
const edgeMean = perRender.reduce((a, b) => a + b, 0) / perRender.length;
console.log(`\nPer render (mean): Node ${f(nodeMean)} ms, workerd ${f(edgeMean)} ms (batches of 100): edge/Node ${(edgeMean / nodeMean).toFixed(2)}× (target ≤ 1.5×)`);
await fs.mkdir("bench/results", { recursive: true });
await fs.writeFile("bench/results/server.json", JSON.stringify({ n: N, rows, nodeMean, edgeMean, ratio: edgeMean / nodeMean }, null, 2) + "\n");
