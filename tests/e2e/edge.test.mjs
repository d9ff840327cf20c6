// reader-widget/edge and the drop-in worker (examples/edge-worker) in Cloudflare's own
// runtime (workerd): in front of a local origin page with two widgets (one native with
// related stories, one JSON-LD), the worker writes the renderer's markup into each
// element and nothing else changes; a widget whose document fails (404, too slow,
// refused, hostile URL, wrong type) stays exactly as the origin wrote it, with the
// reason logged; documents come from the Cache API on later views and are revalidated
// with their ETag. In Chromium, JavaScript off shows the stories; on, the widgets take
// the rendering over (reader:ready once each, no layout shift), and a page with failing
// documents ends as it does without the worker.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve } from "./server.mjs";
import { launch, newPage } from "./browser.mjs";
import { startEdgeWorker } from "./workerd.mjs";
import { makeJsonLd } from "../../bench/fixtures.mjs";

const PKG = path.resolve(process.env.E2E_PKG ?? "npm");
const TIMEOUT_MS = 800;
let dir, origin, worker, browser, server;
const hits = new Map();
const seen = [];

const demo = JSON.parse(readFileSync("www/demo/article.json", "utf8"));
const related = { version: 1, related: [{ title: "Elsewhere", items: [{ url: "https://news.example/elsewhere", title: "A related story from the feed" }] }] };
const jsonld = makeJsonLd({ paragraphs: 6, photos: 2 });
const refused = readFileSync("tests/hostile/native-headline-missing.json", "utf8");

const page = (title, body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">
<script type="module" src="/reader-widget/reader-widget.js"></script>
</head><body><main><h1>${title}</h1>
${body}
<p id="after">The page goes on after the widgets.</p></main></body></html>
`;

const WIDGETS = `<reader-widget id="story" class="lead" src="/docs/demo.json" related-src="/docs/related.json" heading-level="2" activate="load"></reader-widget>
<reader-widget src="docs/ld.json?v=1#top" format="jsonld" layout="list" activate="load"></reader-widget>`;

// Each failing widget, as the origin writes it, with what the log must say.
const FAILING = [
  ['<reader-widget src="/docs/missing.json" activate="load"></reader-widget>', "HTTP 404"],
  ['<reader-widget src="/docs/slow.json" activate="load"></reader-widget>', `no answer within ${TIMEOUT_MS} ms`],
  ['<reader-widget src="/docs/refused.json" activate="load"></reader-widget>', "headline"],
  ['<reader-widget src="/docs/page.html" activate="load"></reader-widget>', "instead of JSON"],
  ['<reader-widget src="javascript:alert(1)" activate="load"></reader-widget>', "javascript: URLs are not fetched"],
  ['<reader-widget src="http://127.0.0.2:9/x.json" activate="load"></reader-widget>', "not an allowed document origin"],
  ['<reader-widget src="/docs/demo.json" onclick="alert(1)" activate="load"><p>kept</p></reader-widget>', null],
];
// Hostile documents that render: injections through every text and URL field.
const HOSTILE = ["native-html-basic-injection.json", "native-mxss-raw-text-breakout.json", "jsonld-inject-articlebody-html.json", "jsonfeed-url-javascript-case.json"];

/** A JSON document route: counts requests, answers 304 to its ETag, with `headers`. */
function doc(body, headers = {}) {
  const etag = `"${body.length}"`;
  return async (req, res) => {
    const p = new URL(req.url, "http://x").pathname;
    hits.set(p, (hits.get(p) ?? 0) + 1);
    seen.push({ path: p, inm: req.headers["if-none-match"] });
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag }).end();
      return true;
    }
    res.writeHead(200, { "content-type": "application/json", etag, ...headers }).end(body);
    return true;
  };
}

before(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-edge-"));
  await fs.cp(PKG, path.join(dir, "reader-widget"), { recursive: true });
  await fs.cp("www/demo", path.join(dir, "demo"), { recursive: true });
  await fs.writeFile(path.join(dir, "page.html"), page("Two widgets", WIDGETS));
  await fs.writeFile(path.join(dir, "failing.html"), page("Failing documents",
    `${FAILING.map(([tag]) => tag).join("\n")}\n<reader-widget id="good" src="/docs/demo.json" activate="load"></reader-widget>
${HOSTILE.map((f) => `<reader-widget src="/hostile/${f}" activate="load"></reader-widget>`).join("\n")}`));
  await fs.mkdir(path.join(dir, "hostile"));
  for (const f of HOSTILE) await fs.copyFile(path.join("tests/hostile", f), path.join(dir, "hostile", f));
  await fs.writeFile(path.join(dir, "stale.html"), page("Stale", '<reader-widget src="/docs/short.json"></reader-widget>'));
  const routes = new Map([
    ["/docs/demo.json", doc(JSON.stringify(demo), { "cache-control": "max-age=300" })],
    ["/docs/related.json", doc(JSON.stringify(related), { "cache-control": "max-age=300" })],
    ["/docs/ld.json", doc(JSON.stringify(jsonld), { "content-type": "application/ld+json" })],
    ["/docs/refused.json", doc(refused)],
    ["/docs/short.json", doc(JSON.stringify(demo), { "cache-control": "max-age=1, stale-while-revalidate=600" })],
    ["/docs/page.html", async (req, res) => { res.writeHead(200, { "content-type": "text/html" }).end("<p>not JSON</p>"); return true; }],
    ["/docs/slow.json", async (req, res) => {
      await new Promise((r) => setTimeout(r, TIMEOUT_MS + 1200));
      if (!res.destroyed) res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(demo));
      return true;
    }],
  ]);
  origin = await serve(dir, routes);
  worker = await startEdgeWorker(origin.url, { bindings: { DOCUMENT_TIMEOUT_MS: String(TIMEOUT_MS) }, port: 0 });
  server = await import(path.join(PKG, "server.js"));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await worker?.close();
  await origin?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

/** The inner part of a render: what the worker writes into the element. */
const inner = (html) => html.slice(html.indexOf('<template shadowrootmode="open">'), -"</reader-widget>".length);
/** `html` with every <reader-widget> element cut out (they hold no nested widget). */
const withoutWidgets = (html) => html.replace(/<reader-widget[\s\S]*?<\/reader-widget>/g, "<reader-widget/>");

test("the worker writes the renderer's markup into both widgets and leaves the rest of the page as it was", async () => {
  const original = await fs.readFile(path.join(dir, "page.html"), "utf8");
  const res = await worker.fetch("/page.html");
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.equal(withoutWidgets(html), withoutWidgets(original));
  const [first, second] = html.match(/<reader-widget[\s\S]*?<\/reader-widget>/g);
  // The publisher's own attributes stay; the URLs go (the document is inline now).
  assert.match(first, /^<reader-widget id="story" class="lead" heading-level="2" activate="load"><template shadowrootmode="open">/);
  const expected = await server.renderToString(demo, { related, attributes: { "heading-level": "2", activate: "load" } });
  assert.equal(first.slice(first.indexOf("<template")), inner(expected) + "</reader-widget>");
  assert.ok(first.includes("A related story from the feed"), "related-src rendered");
  assert.match(second, /^<reader-widget layout="list" activate="load"><template shadowrootmode="open">/);
  const ld = await server.renderToString(jsonld, { format: "jsonld", attributes: { layout: "list", activate: "load" } });
  assert.equal(second.slice(second.indexOf("<template")), inner(ld) + "</reader-widget>");
  assert.deepEqual(worker.logs.filter((l) => l.includes("left to the browser")), []);
});

test("a failing document leaves its element exactly as the origin wrote it, and says why", async () => {
  const before = worker.logs.length;
  const html = await (await worker.fetch("/failing.html")).text();
  const logs = worker.logs.slice(before).join("\n");
  for (const [tag, why] of FAILING.slice(0, -1)) {
    assert.ok(html.includes(tag), `kept: ${tag}`);
    const src = tag.match(/src="([^"]*)"/)[1];
    assert.ok(logs.includes(`src="${src}"> left to the browser: `) && logs.includes(why), `${src}: ${why}\n${logs}`);
  }
  // A widget with an attribute outside the contract still renders: the attribute stays
  // as the origin wrote it (the page's own), its children are replaced.
  assert.match(html, /<reader-widget onclick="alert\(1\)" activate="load"><template shadowrootmode="open">/);
  assert.ok(!html.includes("<p>kept</p>"));
  assert.match(html, /<reader-widget id="good" activate="load"><template shadowrootmode="open">/);
  assert.ok(html.includes('<p id="after">'), "the page streams on past the failures");
  // Hostile documents that render get exactly the renderer's markup.
  for (const f of HOSTILE) {
    const expected = await server.renderToString(readFileSync(path.join("tests/hostile", f), "utf8"), { attributes: { activate: "load" } });
    assert.ok(html.includes(`<reader-widget activate="load">${inner(expected)}</reader-widget>`), f);
  }
});

test("a hot document is fetched once per TTL, then revalidated with its ETag", async () => {
  hits.clear();
  for (let i = 0; i < 3; i++) assert.match(await (await worker.fetch("/page.html")).text(), /id="story" class="lead"[^>]*><template/);
  assert.equal(hits.get("/docs/demo.json") ?? 0, 0, "max-age=300: from the cache");
  assert.equal(hits.get("/docs/related.json") ?? 0, 0);
  // No Cache-Control: the worker's default TTL (60 s) applies, also a cache hit.
  assert.equal(hits.get("/docs/ld.json") ?? 0, 0);
  // max-age=1, stale-while-revalidate=600: past a second, the stale copy renders at once
  // and the worker revalidates in the background with the ETag, which the origin answers 304.
  await worker.fetch("/stale.html").then((r) => r.text());
  assert.equal(hits.get("/docs/short.json"), 1);
  await new Promise((r) => setTimeout(r, 1300));
  seen.length = 0;
  const stale = await (await worker.fetch("/stale.html")).text();
  assert.match(stale, /<reader-widget><template shadowrootmode="open">/);
  for (let i = 0; i < 50 && !seen.some((s) => s.path === "/docs/short.json"); i++) await new Promise((r) => setTimeout(r, 100));
  const revalidation = seen.find((s) => s.path === "/docs/short.json");
  assert.ok(revalidation, "revalidated in the background");
  assert.equal(revalidation.inm, `"${JSON.stringify(demo).length}"`);
  assert.match(await (await worker.fetch("/stale.html")).text(), /<reader-widget><template shadowrootmode="open">/);
});

/** Each widget's state as the reader sees it. */
function widgets(p) {
  return p.evaluate(() => [...document.querySelectorAll("reader-widget")].map((host) => {
    const root = host.shadowRoot;
    return {
      headline: root?.querySelector(".rw-article__headline")?.textContent.trim() ?? null,
      error: !!root?.querySelector(".rw-error"),
      static: !!root?.querySelector(".rw-mount--static"),
    };
  }));
}

test("with JavaScript off the worker's page shows both stories", async () => {
  const p = await newPage(browser, { javaScriptEnabled: false });
  await p.goto(`${worker.url}/page.html`);
  const w = await widgets(p);
  assert.deepEqual(w.map((x) => x.headline), [demo.article.headline, jsonld.headline]);
  assert.ok(w.every((x) => x.static));
  await p.context().close();
});

test("with JavaScript the widgets take the worker's rendering over: one reader:ready each, no layout shift", async () => {
  const p = await newPage(browser);
  await p.addInitScript(() => {
    window.__ready = [];
    window.__shift = 0;
    document.addEventListener("reader:ready", (e) => window.__ready.push(e.target.id || e.target.getAttribute("layout")), true);
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shift += e.value; }).observe({ type: "layout-shift", buffered: true });
  });
  await p.goto(`${worker.url}/page.html`);
  await p.waitForFunction(() => [...document.querySelectorAll("reader-widget")].every((h) => h.shadowRoot && !h.shadowRoot.querySelector(".rw-mount--static") && h.shadowRoot.querySelector(".rw-article")), null, { timeout: 20_000 });
  await p.waitForTimeout(300);
  assert.deepEqual((await p.evaluate(() => window.__ready)).sort(), ["list", "story"]);
  assert.equal(await p.evaluate(() => window.__shift), 0);
  assert.deepEqual((await widgets(p)).map((x) => x.headline), [demo.article.headline, jsonld.headline]);
  assert.deepEqual(p.pageErrors, []);
  await p.context().close();
});

test("a page with failing documents ends as it does without the worker", async () => {
  const settled = (p) => p.waitForFunction(() => [...document.querySelectorAll("reader-widget")].every((h) => {
    const r = h.shadowRoot;
    return r && !r.querySelector(".rw-mount--static") && (r.querySelector(".rw-article") || r.querySelector(".rw-error"));
  }), null, { timeout: 20_000 });
  const ends = [];
  for (const base of [origin.url, worker.url]) {
    const p = await newPage(browser);
    await p.addInitScript(() => { window.__pwned = false; window.alert = () => { window.__pwned = true; }; });
    await p.goto(`${base}/failing.html`);
    await settled(p);
    ends.push({ widgets: await widgets(p), pwned: await p.evaluate(() => window.__pwned), errors: p.pageErrors });
    await p.context().close();
  }
  const [direct, through] = ends;
  assert.deepEqual(through, direct);
  assert.equal(direct.widgets.filter((w) => w.headline === demo.article.headline).length, 3, "slow, onclick and good render");
});
