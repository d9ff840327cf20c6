// What the takeover of a server-rendered widget keeps and what it replaces (issue 26):
// after it, every interaction a reader has works (carousel next/prev, the full-screen
// viewer, Load more, the card click event) and the focused card keeps focus. The
// server's text nodes are marked before the module loads and looked for afterwards:
// today the takeover renders the article anew off-screen and swaps it in, so every one of
// them is replaced (same words, new nodes); this test says so, and fails if that changes
// without the test changing with it. Long tasks are recorded and printed, never asserted.
// A long story is built off-screen in parts, with the page's own tasks running between
// them, and the swap shows all of it at once.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve } from "./server.mjs";
import { launch, newPage } from "./browser.mjs";

const PKG = process.env.E2E_PKG ?? "npm";
let browser, dir, server;

const render = (file, ...args) => execFileSync("cargo", ["run", "--quiet", "--features", "cli", "--", "render", file, ...args], {
  encoding: "utf8",
  stdio: ["ignore", "pipe", "ignore"],
});

before(async () => {
  browser = await launch();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-takeover-"));
  await fs.cp(PKG, path.join(dir, "reader-widget"), { recursive: true });
  await fs.cp("www/demo", path.join(dir, "demo"), { recursive: true });
  // The demo article, its first related group with a next page for Load more; taken over
  // on the first interaction, so the test marks the server's nodes before the module loads.
  const doc = JSON.parse(readFileSync("www/demo/article.json", "utf8"));
  doc.related[0].next_url = "/pages/2.json";
  await fs.writeFile(path.join(dir, "article.json"), JSON.stringify(doc));
  const widget = render(path.join(dir, "article.json"), "--attr", "activate=interaction");
  await fs.writeFile(path.join(dir, "index.html"), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Takeover</title><link rel="icon" href="data:,">
<script type="module" src="/reader-widget/reader-widget.js"></script></head>
<body><main><h1>Takeover</h1>${widget}</main></body></html>`);
  // A long story (300 blocks, 60 cards: more than any first chunk), taken over at load.
  const long = structuredClone(JSON.parse(readFileSync("www/demo/article.json", "utf8")));
  const paragraphs = long.article.body.filter((b) => b.type === "paragraph");
  long.article.body = Array.from({ length: 300 }, (_, i) => paragraphs[i % paragraphs.length]);
  const cards = long.related[0].items;
  long.related[0].items = Array.from({ length: 60 }, (_, i) => ({ ...cards[i % cards.length], url: `https://news.example/long/${i}` }));
  await fs.writeFile(path.join(dir, "long.json"), JSON.stringify(long));
  await fs.writeFile(path.join(dir, "long.html"), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Long takeover</title><link rel="icon" href="data:,">
<script type="module" src="/reader-widget/reader-widget.js"></script></head>
<body><main><h1>Long takeover</h1>${render(path.join(dir, "long.json"), "--attr", "activate=load")}</main></body></html>`);
  await fs.mkdir(path.join(dir, "pages"));
  await fs.writeFile(path.join(dir, "pages/2.json"), JSON.stringify({
    title: "More", items: [{ url: "https://news.example/extra-1", title: "An extra story from page two" }],
  }));
  server = await serve(dir);
});

after(async () => {
  await browser?.close();
  await server?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

/** Long tasks from the first byte, card clicks, and no navigation away from the page. */
const RECORDER = () => {
  window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]); })
    .observe({ type: "longtask", buffered: true });
  window.__clicks = [];
  document.addEventListener("reader:cardclick", (e) => window.__clicks.push(e.detail.position));
  document.addEventListener("click", (e) => e.preventDefault());
  document.addEventListener("reader:ready", () => { window.__readyAt = performance.now(); }, true);
};

/** The article's text nodes (headline, deck, body, captions, cards) by where they sit. */
const ARTICLE_TEXT = () => {
  const root = document.querySelector("reader-widget").shadowRoot;
  const out = [];
  for (const [kind, sel] of [["headline", ".rw-article__headline"], ["paragraph", ".rw-article__body p"],
    ["caption", ".rw-carousel__slide figcaption"], ["card", ".rw-card__title"]]) {
    for (const el of root.querySelectorAll(sel)) {
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) if (n.data.trim()) out.push({ kind, node: n });
    }
  }
  return out;
};

test("after the takeover every interaction works and focus stays; the server's text nodes are replaced by the same words", async (t) => {
  const p = await newPage(browser);
  await p.addInitScript(RECORDER);
  await p.goto(`${server.url}/`);
  const marked = await p.evaluate(`(() => {
    const found = (${ARTICLE_TEXT})();
    for (const { node } of found) node.__fromServer = true;
    return { defined: !!customElements.get("reader-widget"), texts: found.map(({ kind, node }) => [kind, node.data]) };
  })()`);
  assert.equal(marked.defined, false, "the module waits for the first interaction");
  const kinds = new Set(marked.texts.map(([kind]) => kind));
  assert.deepEqual([...kinds].sort(), ["caption", "card", "headline", "paragraph"], "the server rendered every part");

  // The first interaction: a card focused by keyboard. It loads the module.
  const w = p.locator("reader-widget");
  const card = w.locator(".rw-card__link").nth(1);
  const href = await card.getAttribute("href");
  await card.focus();
  await p.waitForFunction(() => !document.querySelector("reader-widget").shadowRoot.querySelector(".rw-mount--static"),
    null, { timeout: 20_000 });
  await p.waitForTimeout(300);
  assert.equal(await p.evaluate(() => document.querySelector("reader-widget").shadowRoot.activeElement?.getAttribute("href")),
    href, "the focused card keeps focus");

  // Which of the server's text nodes are still in the document.
  const kept = await p.evaluate(`(() => {
    const found = (${ARTICLE_TEXT})();
    return { texts: found.map(({ kind, node }) => [kind, node.data]), kept: found.filter(({ node }) => node.__fromServer).map(({ kind }) => kind) };
  })()`);
  assert.deepEqual(kept.texts, marked.texts, "the reader sees the same words after the takeover");
  // Today's takeover renders anew and swaps the whole rendering: every node is new. When
  // grafting keeps the server's nodes (issue 26), this becomes the list of those kept.
  assert.deepEqual(kept.kept, [], "the takeover replaces the server's text nodes (a new render swapped in)");

  // The carousel: next, then previous.
  const current = () => p.evaluate(() => document.querySelector("reader-widget").shadowRoot
    .querySelector(".rw-carousel__slide--current")?.getAttribute("aria-label") ?? "");
  assert.match(await current(), /^1\b/);
  await w.locator(".rw-carousel__button--next").click();
  await p.waitForFunction(() => document.querySelector("reader-widget").shadowRoot
    .querySelector(".rw-carousel__slide--current")?.getAttribute("aria-label")?.startsWith("2"));
  await w.locator(".rw-carousel__button--prev").click();
  await p.waitForFunction(() => document.querySelector("reader-widget").shadowRoot
    .querySelector(".rw-carousel__slide--current")?.getAttribute("aria-label")?.startsWith("1"));

  // The full-screen viewer opens and closes.
  await w.locator(".rw-carousel__expand").click();
  await w.locator(".rw-lightbox[open]").waitFor();
  await p.keyboard.press("Escape");
  await w.locator(".rw-lightbox[open]").waitFor({ state: "detached" });

  // A card click is reported with its position.
  await w.locator(".rw-card__link").nth(1).click();
  assert.deepEqual(await p.evaluate(() => window.__clicks), [2]);

  // Load more brings the next page's card.
  const before = await w.locator(".rw-card").count();
  await w.locator(".rw-related__button", { hasText: "Load more" }).click();
  await w.locator(".rw-card").nth(before).waitFor();
  assert.ok((await w.locator(".rw-card__title").allInnerTexts()).includes("An extra story from page two"));

  const { longTasks, readyAt } = await p.evaluate(() => ({ longTasks: window.__longTasks, readyAt: window.__readyAt }));
  t.diagnostic(`replaced ${marked.texts.length} server text nodes (${[...kinds].join(", ")}); reader:ready at ${Math.round(readyAt)} ms`);
  t.diagnostic(`long tasks [start ms, duration ms]: ${JSON.stringify(longTasks)}`);
  assert.deepEqual(p.pageErrors, []);
  await p.context().close();
});

test("a long story is built off-screen over many tasks, the page's own tasks running between them, and swapped in whole", async () => {
  const p = await newPage(browser);
  await p.addInitScript(() => {
    window.__t = { ticks: 0, shifts: 0, ready: 0 };
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__t.shifts += e.value; })
      .observe({ type: "layout-shift", buffered: true });
    document.addEventListener("reader:ready", () => window.__t.ready++, true);
    // The page's own work: a task every few ms, counted while the widget comes alive.
    const tick = () => { window.__t.ticks++; setTimeout(tick, 0); };
    tick();
    const define = customElements.define.bind(customElements);
    customElements.define = (name, ...rest) => {
      if (name === "reader-widget") {
        window.__t.server = (() => {
          const root = document.querySelector("reader-widget").shadowRoot;
          return { paragraphs: root.querySelectorAll(".rw-article__body p").length, cards: root.querySelectorAll(".rw-card").length };
        })();
        window.__t.ticksAtDefine = window.__t.ticks;
      }
      return define(name, ...rest);
    };
    const replaceWith = Element.prototype.replaceWith;
    Element.prototype.replaceWith = function (...nodes) {
      if (this.classList.contains("rw-mount--static")) {
        // What the swap puts on screen, counted in the swap's own task.
        window.__t.swapped = { paragraphs: nodes[0].querySelectorAll(".rw-article__body p").length, cards: nodes[0].querySelectorAll(".rw-card").length };
        window.__t.ticksDuringBuild = window.__t.ticks - window.__t.ticksAtDefine;
      }
      return replaceWith.apply(this, nodes);
    };
  });
  await p.goto(`${server.url}/long.html`);
  await p.waitForFunction(() => window.__t.swapped, null, { timeout: 30_000 });
  await p.waitForTimeout(300);
  const t = await p.evaluate(() => window.__t);
  console.log(`# long story: ${t.server.paragraphs} paragraphs and ${t.server.cards} cards from the server; the page ran ${t.ticksDuringBuild} tasks of its own during the build`);
  assert.ok(t.server.paragraphs >= 300 && t.server.cards >= 60, JSON.stringify(t.server));
  assert.deepEqual(t.swapped, t.server, "the swap shows every paragraph and card the server did, at once");
  assert.ok(t.ticksDuringBuild >= 5, `the page's own tasks ran between the parts: ${t.ticksDuringBuild}`);
  assert.equal(t.shifts, 0);
  assert.equal(t.ready, 1);
  assert.deepEqual(p.pageErrors, []);
  await p.context().close();
});

