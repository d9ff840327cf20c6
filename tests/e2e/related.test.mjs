// Related-news cards: layout by the widget's own width, the card as one link, data
// rules, paging, and the analytics events, as a publisher would check them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startHarness, addWidget } from "./harness.mjs";
import { axe } from "./browser.mjs";

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const HOUR = 3_600_000;
function card(i, extra = {}) {
  return { url: `https://news.example/story-${i}`, title: `Story ${i}`, teaser: `Teaser ${i}.`,
    image: { src: "demo/images/ferry.svg", width: 1200, height: 675, credit: `Cam ${i}` }, ...extra };
}
const doc = (related, article = {}) => ({ version: 1, article: { headline: "Host story", lang: "en-GB", ...article }, related });

/** Number of card columns in a section: distinct left edges in its first row. */
const columns = (w) => w.locator(".rw-card").evaluateAll((cards) => {
  const top = Math.min(...cards.map((c) => c.getBoundingClientRect().top));
  return cards.filter((c) => Math.abs(c.getBoundingClientRect().top - top) < 2).length;
});

test("layout: columns follow the widget's own width (container queries), not the viewport", async () => {
  const page = await h.page({ viewport: { width: 1600, height: 900 } });
  const data = doc([{ title: "More", items: Array.from({ length: 8 }, (_, i) => card(i)) }]);
  const widths = { narrow: "20rem", medium: "40rem", wide: "60rem", huge: "80rem" };
  const found = {};
  for (const [id, width] of Object.entries(widths)) {
    await page.evaluate(([id, width]) => {
      const box = document.createElement("div");
      box.style.width = width;
      box.id = `box-${id}`;
      document.getElementById("stage").append(box);
    }, [id, width]);
    await page.evaluate(([id, data]) => {
      const el = document.createElement("reader-widget");
      el.id = id;
      el.style.setProperty("--rw-max-width", "none");
      el.data = data;
      document.getElementById(`box-${id}`).append(el);
    }, [id, data]);
    const w = page.locator(`#${id}`);
    await w.locator(".rw-card").first().waitFor();
    found[id] = await columns(w);
  }
  assert.deepEqual(found, { narrow: 1, medium: 2, wide: 3, huge: 4 });
  await page.close();
});

test("layout: list shows compact rows with the thumbnail beside the text", async () => {
  const page = await h.page();
  const w = await addWidget(page, "list", doc([{ title: "More", items: [card(1), card(2), card(3)] }]), { layout: "list" });
  assert.equal(await columns(w), 1);
  const img = await w.locator(".rw-card__image").first().boundingBox();
  const title = await w.locator(".rw-card__title").first().boundingBox();
  assert.ok(img.x + img.width <= title.x, "thumbnail left of the title");
  assert.ok(img.width < 140, `thumbnail is small (${img.width}px)`);
  assert.deepEqual(await axe(page), [], "axe in list layout");
  await page.close();
});

test("card: the title is the one link, and a click anywhere on the card follows it", async () => {
  const page = await h.page();
  const w = await addWidget(page, "c", doc([{ title: "More", items: [card(1), card(2, { image: undefined })] }]));
  const interactive = await w.locator(".rw-card").evaluateAll((cards) =>
    cards.map((c) => c.querySelectorAll("a, button, input, select, textarea, [tabindex]").length));
  assert.deepEqual(interactive, [1, 1]);
  await page.evaluate(() => {
    window.__followed = [];
    document.addEventListener("click", (e) => {
      const a = e.composedPath().find((n) => n.tagName === "A");
      if (a) { window.__followed.push(a.href); e.preventDefault(); }
    });
  });
  // Click where the teaser and the photo credit are drawn: the link's overlay takes it.
  for (const part of [".rw-card__teaser", ".rw-card__credit"]) {
    const box = await w.locator(part).first().boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
  assert.deepEqual(await page.evaluate(() => window.__followed), ["https://news.example/story-1", "https://news.example/story-1"]);
  await page.close();
});

test("card: image box reserved and lazy, teaser clamped, text-only cards still designed", async () => {
  const page = await h.page();
  const long = "A teaser that goes on and on about the footbridge repairs and the cyclists. ".repeat(6);
  const w = await addWidget(page, "look", doc([{ title: "More", items: [card(1, { teaser: long }), card(2, { image: undefined })] }]));
  const img = w.locator(".rw-card__image").first();
  assert.equal(await img.getAttribute("loading"), "lazy");
  assert.equal(await img.getAttribute("width"), "1200");
  assert.equal(await img.getAttribute("height"), "675");
  const teaser = w.locator(".rw-card__teaser").first();
  const [height, lineHeight] = await teaser.evaluate((t) => [t.getBoundingClientRect().height, parseFloat(getComputedStyle(t).lineHeight)]);
  assert.ok(height <= lineHeight * 3 + 1, `teaser clamped to 3 lines (${height}px, line ${lineHeight}px)`);
  const text = w.locator(".rw-card--text");
  assert.equal(await text.count(), 1);
  const style = await text.evaluate((c) => ({ bg: getComputedStyle(c).backgroundColor, border: getComputedStyle(c).borderTopWidth }));
  assert.notEqual(style.bg, "rgba(0, 0, 0, 0)", "text card has a surface");
  assert.notEqual(style.border, "0px", "text card has an accent rule");
  await page.close();
});

test("card: section label and date, recent ones as '3 hours ago' in the widget's language", async () => {
  const page = await h.page();
  const now = Date.now();
  const items = [
    card(1, { section: "Transport", published: new Date(now - 3 * HOUR - 60_000).toISOString() }),
    card(2, { published: "2026-01-15T09:00:00Z" }),
  ];
  const w = await addWidget(page, "dates", doc([{ title: "More", items }]));
  const meta = await w.locator(".rw-card__meta").allInnerTexts();
  assert.match(meta[0], /^transport\s+3 hours ago$/i);
  assert.match(meta[1], /^15 Jan 2026$/);
  const fr = await addWidget(page, "dates-fr", doc([{ title: "More", items }], { lang: "fr" }));
  assert.match((await fr.locator(".rw-card__date").allInnerTexts())[0], /^il y a 3 heures$/);
  await page.close();
});

test("sections: each list has its heading; an empty list renders nothing at all", async () => {
  const page = await h.page();
  const w = await addWidget(page, "secs", doc([
    { title: "More in News", items: [card(1)] }, { title: "Empty", items: [] }, { title: "Most Read", items: [card(2)] },
  ]));
  assert.deepEqual(await w.locator(".rw-related__title").allInnerTexts(), ["More in News", "Most Read"]);
  assert.equal(await w.locator(".rw-related").count(), 2);
  await page.close();
});

test("data: unsafe or missing URLs drop only that card, with a console warning and a reader:warning path", async () => {
  const page = await h.page();
  await page.evaluate(() => {
    window.__warnings = [];
    document.addEventListener("reader:warning", (e) => window.__warnings.push(e.detail.path + ": " + e.detail.message));
  });
  const w = await addWidget(page, "dq", doc([{ title: "More", items: [
    card(1), { title: "No url" }, card(3, { url: "javascript:alert(1)" }),
    card(4, { title: "It&#8217;s &amp; done", teaser: "Plans were made&hellip; Continue reading &rarr;" }),
  ] }]));
  assert.deepEqual(await w.locator(".rw-card__title").allInnerTexts(), ["Story 1", "It’s & done"]);
  assert.equal((await w.locator(".rw-card__teaser").allInnerTexts())[1], "Plans were made…");
  assert.deepEqual(await page.evaluate(() => window.__warnings), [
    "related[0].items[1]: card without a url; dropped",
    "related[0].items[2].url: URL scheme \"javascript:\" is not allowed (only http, https and relative URLs); card dropped",
  ]);
  assert.ok(page.consoleLines.some((l) => l.startsWith("warning") && l.includes("related[0].items[1]")));
  await page.close();
});

test("paging: Load more appends the next page without moving anything, focuses the first new card, retries after a failure", async () => {
  let fail = true;
  h.server.routes.set("/pages/2.json", (req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ title: "More", items: [card(11), card(12), card(13, { url: "javascript:alert(1)" })], next_url: "/pages/3.json" }));
    return true;
  });
  h.server.routes.set("/pages/3.json", (req, res) => {
    if (fail) { res.writeHead(500, { "content-type": "text/plain" }).end("boom"); return true; }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ items: [card(21)] }));
    return true;
  });
  const page = await h.page();
  await page.evaluate(() => {
    window.__warnings = [];
    document.addEventListener("reader:warning", (e) => window.__warnings.push(`${e.detail.path}: ${e.detail.message}`));
  });
  const w = await addWidget(page, "pg", doc([{ title: "More", items: [card(1), card(2)], next_url: "/pages/2.json" }]));
  const firstBefore = await w.locator(".rw-card").first().boundingBox();
  await w.locator(".rw-related__button").click();
  await w.locator(".rw-card").nth(3).waitFor();
  assert.deepEqual(await w.locator(".rw-card__title").allInnerTexts(), ["Story 1", "Story 2", "Story 11", "Story 12"]);
  assert.deepEqual(await w.locator(".rw-card").first().boundingBox(), firstBefore, "existing cards stay put");
  await page.waitForFunction(() => document.getElementById("pg").shadowRoot.activeElement?.textContent === "Story 11");
  // Focus says where the new cards start; the status says how many came (plural rules).
  assert.equal(await w.locator(".rw-related__more [role=status]").innerText(), "2 more stories");
  assert.deepEqual(await page.evaluate(() => window.__warnings), [
    'items[2].url: URL scheme "javascript:" is not allowed (only http, https and relative URLs); card dropped (in the page "/pages/2.json")',
  ], "a card dropped from a fetched page is reported, not lost silently");
  await w.locator(".rw-related__button", { hasText: "Load more" }).click();
  const error = w.locator(".rw-related__error");
  await error.waitFor();
  assert.match(await error.innerText(), /could not be loaded: the server answered 500/);
  assert.equal(await error.getAttribute("role"), "alert");
  fail = false;
  await w.locator(".rw-related__button", { hasText: "Retry" }).click();
  await w.locator(".rw-card").nth(4).waitFor();
  assert.equal(await w.locator(".rw-card__title").nth(4).innerText(), "Story 21");
  assert.equal(await w.locator(".rw-related__more [role=status]").innerText(), "1 more story");
  assert.equal(await w.locator(".rw-related__button").count(), 0, "no next page, no button");
  await page.close();
});

test("events: reader:cardclick carries url, section and position", async () => {
  const page = await h.page();
  await page.evaluate(() => {
    window.__clicks = [];
    document.addEventListener("reader:cardclick", (e) => window.__clicks.push(e.detail));
    document.addEventListener("click", (e) => e.preventDefault());
  });
  const w = await addWidget(page, "cc", doc([{ title: "Most Read", items: [card(1), card(2)] }]));
  await w.locator(".rw-card__link").nth(1).click();
  await w.locator(".rw-card__link").nth(0).focus();
  await page.keyboard.press("Enter");
  assert.deepEqual(await page.evaluate(() => window.__clicks), [
    { url: "https://news.example/story-2", section: "Most Read", position: 2 },
    { url: "https://news.example/story-1", section: "Most Read", position: 1 },
  ]);
  await page.close();
});

test("events: reader:impression once per card after a second at half visibility, inside a scrolled container", async () => {
  const page = await h.page({ viewport: { width: 900, height: 700 } });
  await page.evaluate(() => {
    window.__seen = [];
    document.addEventListener("reader:impression", (e) => window.__seen.push([e.detail.position, Math.round(performance.now())]));
    const scroller = document.createElement("div");
    scroller.id = "scroller";
    scroller.style.cssText = "height: 400px; overflow: auto";
    document.getElementById("stage").append(scroller);
  });
  await page.evaluate((data) => {
    const el = document.createElement("reader-widget");
    el.id = "imp";
    el.setAttribute("layout", "list");
    el.data = data;
    document.getElementById("scroller").append(el);
  }, doc([{ title: "More", items: Array.from({ length: 12 }, (_, i) => card(i + 1)) }], { body: Array(30).fill("Filler paragraph to push the cards down.") }));
  await page.locator("#imp .rw-card").first().waitFor();
  await page.waitForTimeout(1500);
  assert.deepEqual(await page.evaluate(() => window.__seen), [], "cards below the container's fold are not seen");
  await page.evaluate(() => {
    const s = document.getElementById("scroller");
    const first = document.getElementById("imp").shadowRoot.querySelector(".rw-card");
    s.scrollTop = first.getBoundingClientRect().top - s.getBoundingClientRect().top + s.scrollTop;
  });
  const scrolledAt = await page.evaluate(() => performance.now());
  await page.waitForTimeout(600);
  assert.deepEqual(await page.evaluate(() => window.__seen), [], "not before a second");
  await page.waitForTimeout(900);
  const seen = await page.evaluate(() => window.__seen);
  assert.ok(seen.length >= 2, `several cards seen: ${JSON.stringify(seen)}`);
  assert.deepEqual(seen.map((s) => s[0]), [...new Set(seen.map((s) => s[0]))].sort((a, b) => a - b), "each card once, in order");
  assert.ok(seen.every((s) => s[1] - scrolledAt >= 950), "after a full second");
  assert.ok(!seen.some((s) => s[0] === 12), "the last card is still out of view");
  // Scrolling away and back does not count a card twice.
  await page.evaluate(() => { const s = document.getElementById("scroller"); const t = s.scrollTop; s.scrollTop = 0; s.scrollTop = t; });
  await page.waitForTimeout(1300);
  const again = await page.evaluate(() => window.__seen.map((s) => s[0]));
  assert.equal(again.length, new Set(again).size);
  await page.close();
});

test("events: cards seen only while the tab is hidden are not counted until it is visible", async () => {
  const page = await h.page({ viewport: { width: 900, height: 700 } });
  await page.evaluate(() => {
    window.__seen = [];
    document.addEventListener("reader:impression", (e) => window.__seen.push(e.detail.position));
    Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  });
  const w = await addWidget(page, "hid", doc([{ title: "More", items: [card(1), card(2)] }]), { layout: "list" });
  await w.locator(".rw-related").scrollIntoViewIfNeeded();
  await page.waitForTimeout(1500);
  assert.deepEqual(await page.evaluate(() => window.__seen), []);
  await page.evaluate(() => {
    Object.defineProperty(document, "hidden", { configurable: true, get: () => false });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  });
  await page.waitForTimeout(1400);
  assert.deepEqual(await page.evaluate(() => window.__seen), [1, 2]);
  await page.close();
});

test("links: target and noreferrer options; rel always has noopener", async () => {
  const page = await h.page();
  const plain = await addWidget(page, "l1", doc([{ title: "More", items: [card(1)] }]));
  assert.equal(await plain.locator(".rw-card__link").getAttribute("rel"), "noopener");
  assert.equal(await plain.locator(".rw-card__link").getAttribute("target"), null);
  const opts = await addWidget(page, "l2", doc([{ title: "More", items: [card(1)] }]), { "link-target": "_blank", noreferrer: "" });
  assert.equal(await opts.locator(".rw-card__link").getAttribute("rel"), "noopener noreferrer");
  assert.equal(await opts.locator(".rw-card__link").getAttribute("target"), "_blank");
  await page.close();
});

test("axe-core: no violations in the grid layout", async () => {
  const page = await h.page();
  await addWidget(page, "ax", doc([{ title: "More", items: [card(1), card(2, { image: undefined }), card(3)], next_url: "/pages/2.json" }]));
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test("long documents render progressively: the first cards and blocks at once, the rest a chunk per tick", async () => {
  const page = await h.page();
  const counts = await page.evaluate(async (data) => {
    const { mount } = await import("/reader-widget/reader-widget.js");
    const host = document.createElement("div");
    document.getElementById("stage").append(host);
    await mount(host, { data });
    const count = () => [host.shadowRoot.querySelectorAll(".rw-card").length, host.shadowRoot.querySelectorAll(".rw-article__body > p").length];
    const first = count();
    await new Promise((r) => setTimeout(r, 1500));
    return { first, later: count() };
  }, doc([{ title: "More", items: Array.from({ length: 200 }, (_, i) => card(i)) }],
    { body: Array.from({ length: 1000 }, (_, i) => `Paragraph ${i}.`) }));
  assert.deepEqual(counts.first, [24, 120]);
  assert.deepEqual(counts.later, [200, 1000]);
  await page.close();
});
