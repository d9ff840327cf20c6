// The npm package used the plainest way: a static folder and one <script type="module">.
// Covers the element contract this issue promises: inline JSON, src (and changing it),
// data set before the element upgrades, and the mount() API.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { serve } from "./server.mjs";
import { launch, newPage, waitForWidget, axe } from "./browser.mjs";

const PKG = process.env.E2E_PKG ?? "npm";
let dir, server, browser, page;
/** What the server was asked for while the page loaded, in order. */
const asked = [];

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Plain host page</title>
<link rel="icon" href="data:,">
<script src="/early-data.js"></script>
<script type="module" src="/reader-widget/reader-widget.js"></script>
</head><body><main>
<h1>A publisher's page</h1>
<reader-widget id="inline" heading-level="2"><script type="application/json">
{"version":1,"article":{"headline":"Inline headline","body":[{"type":"paragraph","text":"From a script child."}]}}
</script></reader-widget>
<reader-widget id="fetched" src="/demo/article.json" heading-level="2"></reader-widget>
<reader-widget id="early"></reader-widget>
<div id="mounted"></div>
</main></body></html>`;

// Runs before the module loads: the element is not defined yet, so this sets a plain
// property that the element must pick up when it upgrades.
const EARLY = `document.addEventListener("DOMContentLoaded", () => {
  const el = document.getElementById("early");
  el.data = { version: 1, article: { headline: "Set before upgrade" } };
  el.related = { title: "Early cards", items: [{ url: "/early-1", title: "Early card" }] };
  el.headingLevel = 2;
});`;

before(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-pkg-"));
  await fs.cp(PKG, path.join(dir, "reader-widget"), { recursive: true });
  // A second, separate copy, as when two bundles on one page both include the package.
  await fs.cp(PKG, path.join(dir, "reader-widget-copy"), { recursive: true });
  await fs.cp("www/demo", path.join(dir, "demo"), { recursive: true });
  await fs.writeFile(path.join(dir, "index.html"), PAGE);
  await fs.writeFile(path.join(dir, "early-data.js"), EARLY);
  await fs.writeFile(path.join(dir, "other.json"), JSON.stringify({ version: 1, article: { headline: "Second source" } }));
  // The wasm answers late, so that what the page asks for while it travels shows.
  const wasm = path.join(dir, "reader-widget/dist/reader_widget_bg.wasm");
  const routes = new Map([
    ["/reader-widget/dist/reader_widget_bg.wasm", async (req, res) => {
      asked.push("wasm");
      await new Promise((r) => setTimeout(r, 300));
      res.writeHead(200, { "content-type": "application/wasm", "cache-control": "no-store" }).end(await fs.readFile(wasm));
      asked.push("wasm answered");
      return true;
    }],
    // Answers by `Accept`, as some CMS endpoints do: only the widget's own header gets JSON.
    ["/demo/article.json", async (req, res) => {
      asked.push("document");
      if (req.headers.accept === "application/json") return false;
      res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><p>The story, as a page</p>");
      return true;
    }],
  ]);
  server = await serve(dir, routes);
  browser = await launch();
  page = await newPage(browser);
  await page.goto(`${server.url}/`);
  for (const id of ["inline", "fetched", "early"]) await waitForWidget(page, `#${id}`);
});

after(async () => {
  await browser?.close();
  await server?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const headline = (id) =>
  page.evaluate((id) => document.getElementById(id).shadowRoot.querySelector(".rw-article__headline")?.textContent, id);

test("renders an inline JSON child at the requested heading level", async () => {
  assert.equal(await headline("inline"), "Inline headline");
  const tag = await page.evaluate(() => document.getElementById("inline").shadowRoot.querySelector(".rw-article__headline").tagName);
  assert.equal(tag, "H2");
});

test("fetches src, and a new src re-renders in place", async () => {
  assert.equal(await headline("fetched"), "A town's seed library outgrows its single drawer");
  await page.evaluate(() => document.getElementById("fetched").setAttribute("src", "/other.json"));
  await page.waitForFunction(() =>
    document.getElementById("fetched").shadowRoot.querySelector(".rw-article__headline")?.textContent === "Second source");
});

test("asks for a src document beside the module, once, not after the wasm has arrived", async () => {
  // Asked for after the wasm, the document would add its round trip to the story's first
  // paint; asked for twice, the page would pay for it twice; asked for with other headers
  // than the widget's, a server that answers by Accept (as this one does) would send the
  // page instead of the JSON, and "fetches src" above would not find the headline.
  assert.equal(asked.filter((a) => a === "document").length, 1, asked.join(", "));
  assert.ok(asked.indexOf("document") < asked.indexOf("wasm answered"), asked.join(", "));
});

test("keeps data, related and other properties assigned before the element was defined", async () => {
  assert.equal(await headline("early"), "Set before upgrade");
  const got = await page.evaluate(() => {
    const root = document.getElementById("early").shadowRoot;
    return [root.querySelector(".rw-article__headline").tagName, root.querySelector(".rw-related__title")?.textContent,
      document.getElementById("early").getAttribute("heading-level")];
  });
  assert.deepEqual(got, ["H2", "Early cards", "2"]);
});

test("mount() renders into any element and its handle updates and unmounts", async () => {
  const result = await page.evaluate(async () => {
    const { mount } = await import("/reader-widget/reader-widget.js");
    const host = document.getElementById("mounted");
    const handle = await mount(host, { data: { version: 1, article: { headline: "Mounted" } }, headingLevel: 2 });
    await new Promise((r) => setTimeout(r, 50));
    const first = host.shadowRoot.querySelector("h2")?.textContent;
    handle.update({ version: 1, article: { headline: "Updated" } });
    await new Promise((r) => setTimeout(r, 50));
    const second = host.shadowRoot.querySelector("h2")?.textContent;
    handle.unmount();
    return { first, second, left: host.shadowRoot.childElementCount };
  });
  assert.deepEqual(result, { first: "Mounted", second: "Updated", left: 0 });
});

test("a widget from mount() stays when the page drops its handle and memory is collected", async () => {
  const left = await page.evaluate(async () => {
    const { mount } = await import("/reader-widget/reader-widget.js");
    const host = document.createElement("div");
    document.querySelector("main").append(host);
    await mount(host, { data: { version: 1, article: { headline: "Handle dropped" } }, headingLevel: 2 });
    for (let i = 0; i < 5; i++) { gc(); await new Promise((r) => setTimeout(r, 20)); }
    const text = host.shadowRoot.querySelector("h2")?.textContent;
    // Mounting again into the same element replaces the widget rather than stacking one.
    const handle = await mount(host, { data: { version: 1, article: { headline: "Replaced" } }, headingLevel: 2 });
    const count = host.shadowRoot.querySelectorAll(".rw-root").length;
    handle.unmount();
    host.remove();
    return { text, count };
  });
  assert.deepEqual(left, { text: "Handle dropped", count: 1 });
});

test("long documents render over several tasks: loading first, the page keeps running, the newest data wins", async () => {
  const result = await page.evaluate(async () => {
    const { mount } = await import("/reader-widget/reader-widget.js");
    // About 280 KB of JSON, well over the 64 KiB from which decoding is sliced.
    const body = Array.from({ length: 3000 }, (_, i) => ({ type: "paragraph", text: `Paragraph ${i + 1} of a long report, with enough words to weigh something.` }));
    const long = (headline) => ({ version: 1, article: { headline, body } });
    const host = document.createElement("div");
    document.querySelector("main").append(host);
    const ready = [];
    host.addEventListener("reader:ready", () => ready.push(host.shadowRoot.querySelector("h2")?.textContent));
    let timerRan = false;
    setTimeout(() => { timerRan = true; }, 0);
    const mounting = mount(host, { data: long("Long report"), headingLevel: 2 });
    const handle = await mounting;
    const mounted = { timerRanBeforeRender: timerRan, loading: handle.loading, headline: host.shadowRoot.querySelector("h2")?.textContent };
    // Progressive rendering reaches the last paragraph.
    const last = () => host.shadowRoot.querySelector(".rw-article__body")?.lastElementChild?.textContent ?? "";
    for (let i = 0; i < 100 && !last().startsWith("Paragraph 3000 "); i++) await new Promise((r) => setTimeout(r, 50));
    const lastShown = last().split(" of ")[0];
    // Long data replaced before it finished decoding never shows.
    handle.update(long("Superseded report"));
    for (let i = 0; i < 3; i++) await Promise.resolve();
    const loadingNow = !!host.shadowRoot.querySelector(".rw-root--loading");
    handle.update({ version: 1, article: { headline: "Short follow-up" } });
    await new Promise((r) => setTimeout(r, 500));
    const after = host.shadowRoot.querySelector("h2")?.textContent;
    handle.unmount();
    host.remove();
    return { mounted, lastShown, loadingNow, after, ready };
  });
  assert.deepEqual(result, {
    mounted: { timerRanBeforeRender: true, loading: false, headline: "Long report" },
    lastShown: "Paragraph 3000",
    loadingNow: true,
    after: "Short follow-up",
    ready: ["Long report", "Short follow-up"],
  });
});

test("a second copy of the script warns instead of throwing", async () => {
  await page.evaluate(async () => {
    await import("/reader-widget-copy/reader-widget.js").then((m) => m.ready);
  });
  assert.ok(page.consoleLines.some((l) => l.startsWith("warning") && l.includes("already defined")));
  assert.deepEqual(page.pageErrors, []);
});

test("removing an element unmounts it", async () => {
  const left = await page.evaluate(() => {
    const el = document.getElementById("inline");
    el.remove();
    return el.shadowRoot.childElementCount;
  });
  assert.equal(left, 0);
});

test("axe-core reports no violations", async () => {
  assert.deepEqual(await axe(page), []);
});
