// Real published documents of each format, loaded from ../shared/fixtures/real (never
// copied into the repo), render through <reader-widget src>; detection can be
// overridden; an unknown document says which formats are accepted.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { startHarness, addElement, addWidget } from "./harness.mjs";

const FIXTURES = path.resolve("..", "shared", "fixtures", "real");
let h;

before(async () => {
  h = await startHarness();
  for (const dir of ["jsonld", "wordpress", "jsonfeed", "ans", "anf"]) {
    for (const f of await fs.readdir(path.join(FIXTURES, dir))) {
      h.server.routes.set(`/real/${dir}/${f}`, async (req, res) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(await fs.readFile(path.join(FIXTURES, dir, f)));
        return true;
      });
    }
  }
  h.server.routes.set("/unknown.json", (req, res) => {
    res.writeHead(200, { "content-type": "application/json" }).end('{"foo": 1, "bar": [2]}');
    return true;
  });
});
after(async () => { await h?.close(); });

async function show(page, id, attrs) {
  await addElement(page, id, attrs);
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    return {
      headline: root.querySelector(".rw-article__headline")?.textContent,
      paragraphs: root.querySelectorAll(".rw-article__body > p").length,
      photos: root.querySelectorAll(".rw-carousel__slide").length,
      cards: root.querySelectorAll(".rw-card").length,
      error: root.querySelector(".rw-error")?.textContent,
    };
  }, id);
}

test("schema.org JSON-LD (a NewsArticle from a news site) renders through src", async () => {
  const page = await h.page();
  const r = await show(page, "ld", { src: "/real/jsonld/theverge-newsarticle.json" });
  assert.match(r.headline, /^Apple’?'?s Vision Pro hands-on/);
  assert.equal(r.paragraphs, 10);
  assert.equal(r.photos, 4);
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

test("a WordPress REST post with _embed renders through src", async () => {
  const page = await h.page();
  const r = await show(page, "wp", { src: "/real/wordpress/post-embed.json" });
  assert.equal(r.headline, "The Beauties of Gullfoss");
  // Seven images, but the featured photo and one gallery thumbnail are one upload.
  assert.equal(r.photos, 6);
  assert.ok(r.paragraphs >= 5);
  await page.close();
});

test("a JSON Feed renders its first item as the article and the rest as cards", async () => {
  const page = await h.page();
  const r = await show(page, "jf", { src: "/real/jsonfeed/allthis-v1.0.json" });
  assert.equal(r.headline, "Last thoughts on modifier keys");
  assert.equal(r.paragraphs, 11);
  assert.equal(r.cards, 11);
  await page.close();
});

test("an Arc XP ANS story renders through src, with its photos and credits", async () => {
  const page = await h.page();
  const r = await show(page, "ans", { src: "/real/ans/story-fixture-good-0.10.12.json" });
  assert.equal(r.headline, "The default headline for this story");
  assert.equal(r.photos, 4);
  assert.equal(r.paragraphs, 5, "five paragraphs (with a nested list and three quotes)");
  assert.equal(r.error, undefined);
  const byline = await page.locator("#ans .rw-article__byline").innerText();
  assert.match(byline, /^By John Q\. Reporter/);
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

test("an Apple News Format article renders through src, its components read as blocks", async () => {
  const page = await h.page();
  const r = await show(page, "anf", { src: "/real/anf/apple-example-news-article.json" });
  assert.equal(r.headline, "How To Succeed In Shanghai (And Have Some Fun, Too)");
  assert.equal(r.photos, 5);
  assert.equal(r.paragraphs, 10);
  assert.equal(r.error, undefined);
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

test("related-src takes a JSON Feed while src is the article", async () => {
  const page = await h.page();
  const r = await show(page, "mixed", { src: "/demo/article.json", "related-src": "/real/jsonfeed/allthis-v1.0.json" });
  assert.equal(r.headline, "A town's seed library outgrows its single drawer");
  await page.waitForFunction(() => document.getElementById("mixed").shadowRoot.querySelectorAll(".rw-card").length === 12);
  const title = await page.locator("#mixed .rw-related__title").first().innerText();
  assert.equal(title, "And now it’s all this");
  await page.close();
});

test("format= overrides detection", async () => {
  const page = await h.page();
  const r = await show(page, "forced", { src: "/real/jsonld/theverge-newsarticle.json", format: "native" });
  assert.equal(r.headline, undefined);
  assert.match(r.error, /article: missing/);
  await page.close();
});

test("an unrecognised document names the accepted formats and what it found", async () => {
  const page = await h.page();
  const r = await show(page, "unknown", { src: "/unknown.json" });
  assert.match(r.error, /cannot tell the format/);
  for (const name of ["native format", "JSON Feed", "schema.org JSON-LD", "WordPress post", "Arc XP ANS story", "Apple News Format article"]) assert.ok(r.error.includes(name), name);
  assert.match(r.error, /found an object with keys: foo, bar/);
  await page.close();
});

// The formats module (the adapters as a wasm module of their own): pages that serve the
// native format never download it; a page with documents in other formats downloads it
// once, whichever widget needs it first.
const isFormats = (url) => url.includes("/formats/reader_widget_formats");

test("a native-format page never downloads the formats module", async () => {
  const page = await h.page();
  const requested = [];
  page.on("request", (r) => requested.push(r.url()));
  const r = await show(page, "native", { src: "/demo/article.json" });
  await addWidget(page, "native-data", h.demo);
  assert.equal(r.headline, "A town's seed library outgrows its single drawer");
  await page.waitForTimeout(300);
  assert.deepEqual(requested.filter(isFormats), []);
  await page.close();
});

test("widgets in three other formats on one page download the formats module once", async () => {
  const page = await h.page();
  const requested = [];
  page.on("request", (r) => requested.push(r.url()));
  await page.evaluate(() => {
    for (const [id, src] of [["a", "/real/jsonld/theverge-newsarticle.json"], ["b", "/real/wordpress/post-embed.json"], ["c", "/real/anf/apple-example-news-article.json"]]) {
      const el = document.createElement("reader-widget");
      el.id = id;
      el.setAttribute("src", src);
      document.getElementById("stage").append(el);
    }
  });
  await page.waitForFunction(() => ["a", "b", "c"].every((id) => document.getElementById(id).shadowRoot?.querySelector(".rw-article__headline")));
  const headlines = await page.evaluate(() => ["a", "b", "c"].map((id) => document.getElementById(id).shadowRoot.querySelector(".rw-article__headline").textContent));
  assert.match(headlines[0], /Vision Pro hands-on/);
  assert.equal(headlines[1], "The Beauties of Gullfoss");
  assert.match(headlines[2], /How To Succeed In Shanghai/);
  assert.equal(requested.filter((u) => isFormats(u) && u.endsWith(".wasm")).length, 1);
  assert.equal(requested.filter((u) => isFormats(u) && u.endsWith(".js")).length, 1);
  // Related cards from a feed go through the same module, already there.
  await addElement(page, "d", { src: "/demo/article.json", "related-src": "/real/jsonfeed/allthis-v1.0.json" });
  await page.waitForFunction(() => document.getElementById("d").shadowRoot.querySelectorAll(".rw-card").length === 12);
  assert.equal(requested.filter((u) => isFormats(u) && u.endsWith(".wasm")).length, 1);
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

test("format= naming another format fetches the formats module while the document is on its way", async () => {
  const page = await h.page();
  const at = {};
  h.server.routes.set("/slow/verge.json", async (req, res) => {
    await new Promise((r) => setTimeout(r, 800));
    at.documentSent = Date.now();
    res.writeHead(200, { "content-type": "application/json" });
    res.end(await fs.readFile(path.join(FIXTURES, "jsonld", "theverge-newsarticle.json")));
    return true;
  });
  page.on("request", (r) => { if (isFormats(r.url()) && r.url().endsWith(".wasm")) at.module = Date.now(); });
  const r = await show(page, "pre", { src: "/slow/verge.json", format: "jsonld" });
  assert.match(r.headline, /Vision Pro hands-on/);
  assert.ok(at.module < at.documentSent, `module requested ${at.documentSent - at.module} ms before the document arrived`);
  await page.close();
});

test("a formats module that cannot be loaded is a readable error with Retry, and the page lives on", async () => {
  const page = await h.page();
  let fail = true;
  h.server.routes.set("/reader-widget/dist/formats/reader_widget_formats_bg.wasm", (req, res) => {
    if (!fail) return false;
    res.writeHead(503, { "content-type": "text/plain" }).end("unavailable");
    return true;
  });
  try {
    const r = await show(page, "down", { src: "/real/jsonld/theverge-newsarticle.json" });
    assert.equal(r.headline, undefined);
    assert.match(r.error, /the reader for this format could not be loaded/);
    // A native widget on the same page is unaffected.
    const native = await show(page, "fine", { src: "/demo/article.json" });
    assert.equal(native.headline, "A town's seed library outgrows its single drawer");
    fail = false;
    await page.locator("#down .rw-error__retry").click();
    await page.waitForFunction(() => document.getElementById("down").shadowRoot.querySelector(".rw-article__headline"));
    assert.match(await page.locator("#down .rw-article__headline").innerText(), /Vision Pro hands-on/);
  } finally {
    h.server.routes.delete("/reader-widget/dist/formats/reader_widget_formats_bg.wasm");
  }
  await page.close();
});
