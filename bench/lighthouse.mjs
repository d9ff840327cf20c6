// Lighthouse (pinned to 12.2.3: 13 needs Node 22) on three pages of the typical article
// (40 paragraphs, 5 photos, 10 cards): the server's rendering as a static page with no
// script (the floor), the same server rendering taken over by reader-widget.js
// (`activate` idle, the default), and the widget rendered in the browser from `src`
// (also with the preload hints a host can add).
// Mobile preset: simulated slow 4G, 4× CPU slowdown. Files are served brotli-compressed
// from a small server on 127.0.0.1, as a publisher's CDN would send them.
//
//   node bench/lighthouse.mjs [--runs 3] [--pages static,server-rendered]
//
// Lighthouse is installed on first use into bench/.lighthouse/ (git-ignored), so the
// test suite's `npm ci` does not carry it. Prints a Markdown table of medians (score,
// FCP, LCP, TBT, CLS, bytes transferred) and writes bench/results/lighthouse.json.
// Simulated TBT scales the main thread's observed task times: a busy machine (a build
// in the background) inflates it.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import zlib from "node:zlib";
import { makeDocument } from "./fixtures.mjs";
import { writePrerenderedPages } from "./prerendered.mjs";

const VERSION = "12.2.3";
const HOME = path.resolve("bench/.lighthouse");
const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 3;
const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Lighthouse and chrome-launcher from bench/.lighthouse, installed there if missing. */
async function lighthouseModules() {
  const main = path.join(HOME, "node_modules/lighthouse/package.json");
  const installed = existsSync(main) && JSON.parse(await fs.readFile(main, "utf8")).version === VERSION;
  if (!installed) {
    execFileSync("npm", ["install", "--no-save", "--no-package-lock", "--prefix", HOME, `lighthouse@${VERSION}`], { stdio: "inherit" });
  }
  const load = (p) => import(pathToFileURL(path.join(HOME, "node_modules", p)).href);
  return { lighthouse: (await load("lighthouse/core/index.js")).default, launcher: await load("chrome-launcher/dist/index.js") };
}

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8", ".wasm": "application/wasm",
  ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".json", ".wasm", ".svg"]);

/** Serves `root` on 127.0.0.1 with brotli (quality 11, compressed once per file) when asked for. */
async function serveBrotli(root) {
  const cache = new Map();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) return res.writeHead(403).end();
    try {
      if ((await fs.stat(file)).isDirectory()) file = path.join(file, "index.html");
      const ext = path.extname(file);
      const headers = { "content-type": TYPES[ext] ?? "application/octet-stream", "cache-control": "no-cache", vary: "accept-encoding" };
      let body = await fs.readFile(file);
      if (COMPRESSIBLE.has(ext) && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
        if (!cache.has(file)) cache.set(file, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
        body = cache.get(file);
        headers["content-encoding"] = "br";
      }
      headers["content-length"] = body.length;
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => { server.closeAllConnections(); server.close(r); }) };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One Lighthouse run (fresh Chrome) of `url`: the figures the targets name. */
async function audit({ lighthouse, launcher }, url) {
  const chrome = await launcher.launch({ chromePath: "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const a = (id) => lhr.audits[id]?.numericValue ?? NaN;
    return {
      score: Math.round((lhr.categories.performance.score ?? NaN) * 100),
      fcp_ms: a("first-contentful-paint"),
      lcp_ms: a("largest-contentful-paint"),
      tbt_ms: a("total-blocking-time"),
      cls: a("cumulative-layout-shift"),
      bytes: a("total-byte-weight"),
      // The main thread's long tasks as Lighthouse saw them ([start, duration] ms, simulated).
      long_tasks: (lhr.audits["long-tasks"]?.details?.items ?? []).map((t) => [Math.round(t.startTime), Math.round(t.duration)]),
      warnings: lhr.runWarnings,
    };
  } finally {
    await chrome.kill();
  }
}

const modules = await lighthouseModules();
const dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-lighthouse-"));
await fs.cp("npm", path.join(dir, "reader-widget"), { recursive: true });
await fs.cp("www/demo", path.join(dir, "demo"), { recursive: true });
const doc = makeDocument({ paragraphs: 40, photos: 5, cards: 10 });
await writePrerenderedPages(dir, doc);
// Rendered in the browser: the document fetched from `src`, as most publishers embed it.
await fs.writeFile(path.join(dir, "article.json"), JSON.stringify(doc));
const client = await fs.readFile(path.join(dir, "client.html"), "utf8");
await fs.writeFile(path.join(dir, "src.html"), client.replace(/<reader-widget>[\s\S]*<\/reader-widget>/, '<reader-widget src="/article.json"></reader-widget>'));
// The same, with the hints a host can write in its <head> (README, "Fetch early"): the
// module's JavaScript and wasm and the document fetched at once instead of one after
// another, and then also the lead photo, which the host knows from the document.
const HINTS = `<link rel="modulepreload" href="/reader-widget/dist/reader_widget.js">
<link rel="preload" href="/reader-widget/dist/reader_widget_bg.wasm" as="fetch" crossorigin>
<link rel="preload" href="/article.json" as="fetch" crossorigin>`;
const srcPage = await fs.readFile(path.join(dir, "src.html"), "utf8");
await fs.writeFile(path.join(dir, "src-hints.html"), srcPage.replace("</head>", `${HINTS}</head>`));
const PHOTO = `<link rel="preload" href="${doc.article.media[0].src}" as="image" fetchpriority="high">`;
await fs.writeFile(path.join(dir, "src-hints-photo.html"), srcPage.replace("</head>", `${HINTS}\n${PHOTO}</head>`));
const server = await serveBrotli(dir);

const PAGES = [
  ["static", "static.html", "server rendering, no script (the floor)"],
  ["server-rendered", "prerendered.html", "server rendering + reader-widget.js, activate idle"],
  ["browser-rendered", "src.html", "rendered in the browser from `src`"],
  ["browser-rendered-hints", "src-hints.html", "the same + preload hints: module, wasm, document"],
  ["browser-rendered-hints-photo", "src-hints-photo.html", "the same + hints + the lead photo's preload"],
];
const ONLY = process.argv.includes("--pages") ? process.argv[process.argv.indexOf("--pages") + 1].split(",") : null;
const results = {};
try {
  for (const [name, file] of PAGES.filter(([n]) => !ONLY || ONLY.includes(n))) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await audit(modules, server.url + file));
      process.stderr.write(`${name} run ${i + 1}: ${JSON.stringify(runs.at(-1))}\n`);
    }
    const pick = (k) => median(runs.map((r) => r[k]));
    results[name] = { score: pick("score"), fcp_ms: pick("fcp_ms"), lcp_ms: pick("lcp_ms"), tbt_ms: pick("tbt_ms"), cls: pick("cls"), bytes: pick("bytes"), runs };
  }
} finally {
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
}

await fs.mkdir("bench/results", { recursive: true });
await fs.writeFile("bench/results/lighthouse.json", JSON.stringify({ lighthouse: VERSION, runs: RUNS, date: new Date().toISOString(), pages: results }, null, 2));
const lines = [
  `Lighthouse ${VERSION}, mobile (simulated slow 4G, 4× CPU), brotli; medians of ${RUNS}.`, "",
  "| page | score | FCP ms | LCP ms | TBT ms | CLS | bytes (KB) |", "|---|---:|---:|---:|---:|---:|---:|",
];
for (const [name, , label] of PAGES) {
  const r = results[name];
  if (!r) continue;
  lines.push(`| ${name}: ${label} | ${r.score} | ${r.fcp_ms.toFixed(0)} | ${r.lcp_ms.toFixed(0)} | ${r.tbt_ms.toFixed(0)} | ${r.cls.toFixed(3)} | ${(r.bytes / 1024).toFixed(1)} |`);
}
const s = results["server-rendered"], f = results.static, b = results["browser-rendered"];
if (s && f && b) lines.push("", `Targets: server-rendered TBT ≤ 50 ms (${s.tbt_ms.toFixed(0)}), LCP ≤ 1.05× static (${(s.lcp_ms / f.lcp_ms).toFixed(2)}×), score 100 (${s.score}), CLS 0 (${s.cls.toFixed(3)}); browser-rendered LCP ≤ 2200 ms (${b.lcp_ms.toFixed(0)}), TBT ≤ 100 ms (${b.tbt_ms.toFixed(0)}).`);
console.log(lines.join("\n"));
