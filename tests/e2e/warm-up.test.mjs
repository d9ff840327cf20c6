// The idle-time warm-up (src/embed/warm_up.rs): before any widget has shown a document,
// the widget mounts a built-in sample off the page to get its code compiled. The page
// must see none of it (no requests, console lines, events or nodes), it must stop as
// soon as a real document shows, and widgets rendered after it must work as usual.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { serve } from "./server.mjs";
import { launch, newPage, waitForWidget } from "./browser.mjs";

const PKG = process.env.E2E_PKG ?? "npm";
const MEASURE = "reader-widget warm-up";
const ROUNDS = 4;
let dir, server, browser;

// Records what the page could notice, from before the module loads.
const WATCH = `window.seen = { events: [], nodes: 0 };
for (const type of ["reader:ready", "reader:error", "reader:warning", "reader:impression", "reader:cardclick"]) {
  window.addEventListener(type, (e) => seen.events.push(type), true);
}
document.addEventListener("DOMContentLoaded", () => { seen.nodes = document.querySelectorAll("*").length; });`;

const page = (body) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Warm-up</title>
<link rel="icon" href="data:,">
<script src="/watch.js"></script>
<script type="module" src="/reader-widget/reader-widget.js"></script>
</head><body><main><h1>A publisher's page</h1>${body}</main></body></html>`;

const INLINE = `<reader-widget id="w"><script type="application/json">
{"version":1,"article":{"headline":"Shown at load","body":[{"type":"paragraph","text":"Inline."}]}}
</script></reader-widget>`;

/** Resolves once the page has had `n` idle callbacks in a row, after `ms` milliseconds. */
const idle = (p, ms = 800, n = 12) =>
  p.evaluate(async ([ms, n]) => {
    await new Promise((r) => setTimeout(r, ms));
    for (let i = 0; i < n; i++) await new Promise((r) => requestIdleCallback(r));
  }, [ms, n]);

const warmUps = (p) => p.evaluate((name) => performance.getEntriesByName(name).length, MEASURE);

/** A page whose requests are recorded. */
async function open(file) {
  const p = await newPage(browser);
  p.requests = [];
  p.on("request", (r) => p.requests.push(new URL(r.url()).pathname));
  await p.goto(`${server.url}/${file}`);
  return p;
}

before(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-warm-"));
  await fs.cp(PKG, path.join(dir, "reader-widget"), { recursive: true });
  await fs.cp("www/demo", path.join(dir, "demo"), { recursive: true });
  await fs.writeFile(path.join(dir, "watch.js"), WATCH);
  await fs.writeFile(path.join(dir, "empty.html"), page(""));
  await fs.writeFile(path.join(dir, "inline.html"), page(INLINE));
  await fs.writeFile(path.join(dir, "slow.html"), page(`<reader-widget id="w" src="/slow.json"></reader-widget>`));
  const article = await fs.readFile("www/demo/article.json");
  // The document arrives late, as from a slow CMS: the page is idle meanwhile.
  const routes = new Map([["/slow.json", async (req, res) => {
    await new Promise((r) => setTimeout(r, 1500));
    res.writeHead(200, { "content-type": "application/json" }).end(article);
    return true;
  }]]);
  server = await serve(dir, routes);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

test("on an idle page the warm-up runs, and the page sees no request, message, event or node of it", async () => {
  const p = await open("empty.html");
  await p.evaluate(() => import("/reader-widget/reader-widget.js").then((m) => m.ready));
  await idle(p);
  assert.equal(await warmUps(p), ROUNDS, "every round of the warm-up ran");
  const outside = p.requests.filter((u) => !u.startsWith("/reader-widget/") && !["/empty.html", "/watch.js"].includes(u));
  assert.deepEqual(outside, [], "the sample's images and links are never requested");
  assert.deepEqual(p.consoleLines, []);
  assert.deepEqual(p.pageErrors, []);
  const seen = await p.evaluate(() => ({ events: seen.events, grew: document.querySelectorAll("*").length - seen.nodes }));
  assert.deepEqual(seen.events, [], "no reader:* event reaches the page");
  assert.equal(seen.grew, 0, "nothing is added to the page");

  // A widget mounted afterwards renders as usual, styled, and its carousel works.
  const after = await p.evaluate(async () => {
    const { mount } = await import("/reader-widget/reader-widget.js");
    const host = document.createElement("div");
    document.querySelector("main").append(host);
    const data = await (await fetch("/demo/article.json")).json();
    await mount(host, { data });
    const root = host.shadowRoot;
    const before = root.querySelector(".rw-carousel__counter")?.textContent;
    root.querySelector(".rw-carousel__button--next").click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return {
      headline: root.querySelector("h1")?.textContent,
      sheets: root.adoptedStyleSheets.length,
      before,
      counter: root.querySelector(".rw-carousel__counter")?.textContent,
      events: seen.events,
    };
  });
  assert.equal(after.headline, "A town's seed library outgrows its single drawer");
  assert.equal(after.sheets, 1, "the widget's stylesheet is adopted");
  assert.notEqual(after.counter, after.before, "the carousel moves on");
  assert.deepEqual(after.events, ["reader:ready"]);
});

test("the warm-up is skipped once a widget has shown a document", async () => {
  const p = await open("inline.html");
  await waitForWidget(p, "#w");
  await idle(p);
  assert.equal(await warmUps(p), 0);
  assert.deepEqual(p.pageErrors, []);
});

test("while a document is on the network the warm-up runs, then the document renders once", async () => {
  const p = await open("slow.html");
  await waitForWidget(p, "#w");
  const state = await p.evaluate((name) => ({
    warmUps: performance.getEntriesByName(name).length,
    headline: document.getElementById("w").shadowRoot.querySelector("h1")?.textContent,
    events: seen.events,
  }), MEASURE);
  assert.equal(state.warmUps, ROUNDS, "the warm-up used the 1.5 s the fetch took");
  assert.equal(state.headline, "A town's seed library outgrows its single drawer");
  await idle(p, 300, 4);
  assert.deepEqual(await p.evaluate(() => seen.events), ["reader:ready"], "one reader:ready, for the real document");
  assert.equal(await warmUps(p), ROUNDS, "nothing more after the document showed");
  assert.deepEqual(p.pageErrors, []);
});
