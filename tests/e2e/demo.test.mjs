// The built demo, as a reader sees it: the sample article, its photos and cards, the
// carousel moving, and no accessibility violations.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./server.mjs";
import { launch, newPage, waitForWidget, axe } from "./browser.mjs";

const DIST = process.env.E2E_DIST ?? "dist";
let server, browser, page;

before(async () => {
  server = await serve(DIST);
  browser = await launch();
  page = await newPage(browser);
  await page.goto(`${server.url}/`);
  await waitForWidget(page);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const inWidget = (fn, ...args) =>
  page.evaluate(
    ([src, args]) => new Function("root", "...args", src)(document.querySelector("reader-widget").shadowRoot, ...args),
    [`return (${fn})(root, ...args)`, args],
  );

test("shows the sample article's headline as the page's h1", async () => {
  const h1 = await page.locator("reader-widget h1").innerText();
  assert.equal(h1, "A town's seed library outgrows its single drawer");
});

test("renders every body paragraph, the quote and the subheadings", async () => {
  const counts = await inWidget((root) => ({
    paragraphs: root.querySelectorAll(".rw-article__body > p").length,
    quotes: root.querySelectorAll("blockquote").length,
    subheads: root.querySelectorAll(".rw-article__subhead").length,
    dateline: root.querySelector(".rw-article__dateline")?.textContent,
    byline: root.querySelector(".rw-article__byline")?.textContent,
  }));
  assert.equal(counts.paragraphs, 12);
  assert.equal(counts.quotes, 1);
  assert.equal(counts.subheads, 2);
  assert.equal(counts.dateline, "ASHFORD VALE — ");
  assert.equal(counts.byline, "By Mira Okonkwo-Hale and Tomasz Wren");
});

test("shows five photo slides with captions and credits", async () => {
  const slides = await inWidget((root) =>
    [...root.querySelectorAll(".rw-carousel__slide")].map((s) => ({
      label: s.getAttribute("aria-label"),
      credit: s.querySelector(".rw-carousel__credit")?.textContent,
      inert: s.inert,
    })),
  );
  assert.equal(slides.length, 5);
  assert.deepEqual(slides.map((s) => s.label), ["1 of 5", "2 of 5", "3 of 5", "4 of 5", "5 of 5"]);
  assert.ok(slides.every((s) => s.credit?.startsWith("Photo: ")));
  assert.deepEqual(slides.map((s) => s.inert), [false, true, true, true, true]);
});

test("shows two related sections with nine cards, one of them text-only", async () => {
  const related = await inWidget((root) => ({
    titles: [...root.querySelectorAll(".rw-related__title")].map((h) => h.textContent),
    cards: root.querySelectorAll(".rw-card").length,
    textCards: root.querySelectorAll(".rw-card--text").length,
    linksPerCard: [...root.querySelectorAll(".rw-card")].map((c) => c.querySelectorAll("a").length),
  }));
  assert.deepEqual(related.titles, ["More in Community", "Most read"]);
  assert.equal(related.cards, 9);
  assert.equal(related.textCards, 2);
  assert.ok(related.linksPerCard.every((n) => n === 1));
});

test("the next button changes the visible caption and the counter", async () => {
  const visibleCaption = () =>
    inWidget((root) => root.querySelector(".rw-carousel__slide:not([inert]) .rw-carousel__caption-text").textContent);
  const before = await visibleCaption();
  await page.locator("reader-widget .rw-carousel__button--next").click();
  await page.waitForFunction(() =>
    document.querySelector("reader-widget").shadowRoot.querySelector(".rw-carousel__counter").textContent === "2 / 5");
  const after = await visibleCaption();
  assert.notEqual(after, before);
  assert.match(after, /^Each drawer holds one crop family/);
  const live = await inWidget((root) => root.querySelector("[aria-live=polite]").textContent);
  assert.match(live, /^Photo 2 of 5: Each drawer/);
  await page.locator("reader-widget .rw-carousel__button--prev").click();
});

test("axe-core reports no violations", async () => {
  const violations = await axe(page);
  assert.deepEqual(violations, []);
});

test("the page logged no errors", () => {
  assert.deepEqual(page.pageErrors, []);
  assert.deepEqual(page.failedRequests, []);
  assert.deepEqual(page.consoleLines.filter((l) => l.startsWith("error")), []);
});

test("the language switcher shows the same story in Arabic, Hebrew and Japanese, or two side by side", async () => {
  const expected = {
    ar: { dir: "rtl", headline: /مكتبة البذور/, next: "الصورة التالية" },
    he: { dir: "rtl", headline: /ספריית הזרעים/, next: "התמונה הבאה" },
    ja: { dir: "ltr", headline: /種の図書館/, next: "次の写真" },
  };
  for (const [lang, want] of Object.entries(expected)) {
    const p = await newPage(browser);
    await p.goto(`${server.url}/?lang=${lang}`);
    await waitForWidget(p);
    const seen = await p.evaluate(() => {
      const root = document.querySelector("reader-widget").shadowRoot;
      return {
        dir: root.querySelector(".rw-root").getAttribute("dir"),
        headline: root.querySelector("h1").textContent,
        next: root.querySelector(".rw-carousel__button--next").getAttribute("aria-label"),
        current: document.querySelector(".demo-langs [aria-current=page]").getAttribute("href"),
      };
    });
    assert.equal(seen.dir, want.dir, lang);
    assert.match(seen.headline, want.headline);
    assert.equal(seen.next, want.next);
    assert.equal(seen.current, `?lang=${lang}`);
    assert.deepEqual(await axe(p), [], `axe in ${lang}`);
    assert.deepEqual(p.pageErrors, []);
    assert.deepEqual(p.failedRequests, []);
    await p.close();
  }
  const pair = await newPage(browser, { viewport: { width: 1400, height: 900 } });
  await pair.goto(`${server.url}/?lang=en,ar`);
  await pair.waitForFunction(() => [...document.querySelectorAll("reader-widget")].filter((el) =>
    el.shadowRoot?.querySelector(".rw-article")).length === 2);
  const dirs = await pair.evaluate(() => [...document.querySelectorAll("reader-widget")].map((el) =>
    el.shadowRoot.querySelector(".rw-root").getAttribute("dir")));
  assert.deepEqual(dirs, ["ltr", "rtl"]);
  assert.deepEqual(await axe(pair), [], "two widgets, no duplicate landmarks");
  await pair.close();
});

test("the server-rendered demo page shows the article without script, then comes alive in place", async () => {
  const still = await newPage(browser, { javaScriptEnabled: false });
  await still.goto(`${server.url}/server.html`);
  const before = await still.evaluate(() => {
    const root = document.querySelector("reader-widget").shadowRoot;
    return {
      headline: root?.querySelector("h1")?.textContent,
      paragraphs: root?.querySelectorAll(".rw-article__body > p").length,
      jsonld: document.querySelector('script[type="application/ld+json"]') !== null,
    };
  });
  assert.equal(before.headline, "A town's seed library outgrows its single drawer");
  assert.ok(before.paragraphs > 5);
  assert.ok(before.jsonld, "the page carries the NewsArticle JSON-LD");
  await still.context().close();
  const live = await newPage(browser);
  await live.goto(`${server.url}/server.html`);
  await live.waitForFunction(() => {
    const root = document.querySelector("reader-widget").shadowRoot;
    return !root.querySelector(".rw-mount--static") && root.querySelector(".rw-article");
  }, null, { timeout: 20_000 });
  const after = await live.evaluate(() => {
    const root = document.querySelector("reader-widget").shadowRoot;
    return { mounts: root.querySelectorAll(".rw-mount").length, paragraphs: root.querySelectorAll(".rw-article__body > p").length };
  });
  assert.deepEqual(after, { mounts: 1, paragraphs: before.paragraphs });
  assert.deepEqual(live.pageErrors, []);
  assert.deepEqual(await axe(live), []);
  await live.context().close();
});
