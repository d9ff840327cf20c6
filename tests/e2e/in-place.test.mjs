// Options apply in place: changing `loop`, `layout` or `theme` on a widget a reader is
// using keeps the photo they are on, their focus, the cards' impression counting and the
// article's nodes. (`link-target` and `noreferrer` render the card lists anew, and
// `lang` and `heading-level` the article: they change every link, date or heading.)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startHarness, addWidget } from "./harness.mjs";

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

test("toggling loop, layout and theme keeps photo 3, focus, counted impressions and the article's nodes", async () => {
  const page = await h.page({ viewport: { width: 1024, height: 3000 } });
  await page.evaluate(() => {
    window.__impressions = [];
    window.__slides = 0;
    document.addEventListener("reader:impression", (e) => window.__impressions.push(`${e.detail.section}#${e.detail.position}`));
    document.addEventListener("reader:slidechange", () => window.__slides++);
  });
  const w = await addWidget(page, "live", h.demo);
  // Wait until every card in view has been counted (the count holds for longer than the
  // one-second dwell).
  await page.waitForFunction(() => window.__impressions.length > 0, null, { timeout: 5000 });
  let cards = -1;
  while (cards !== (cards = await page.evaluate(() => window.__impressions.length))) {
    await page.waitForTimeout(1500);
  }
  assert.ok(cards >= 2, `cards were counted (${cards})`);

  // The reader moves to photo 3 with the keyboard; focus stays on the Next button.
  const next = w.locator(".rw-carousel__button--next");
  await next.focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await w.locator(".rw-carousel__counter").filter({ hasText: /^3 \// }).waitFor();

  // Remember the nodes the reader sees: the headline, a paragraph, the current slide,
  // a card, and the root.
  await page.evaluate(() => {
    const root = document.getElementById("live").shadowRoot;
    window.__nodes = [".rw-root", ".rw-article__headline", ".rw-article__body p", ".rw-carousel__slide--current", ".rw-card"]
      .map((s) => root.querySelector(s));
  });

  await page.evaluate(() => {
    const el = document.getElementById("live");
    el.loop = true;
    el.layout = "list";
    el.setAttribute("theme", "dark");
  });
  await w.locator(".rw-related--list").first().waitFor();
  // Loop applied in place: "previous" from photo 3 and wrapping both work.
  await w.locator(".rw-carousel__button--prev[aria-disabled=false]").waitFor();
  await page.waitForTimeout(1500);

  const after = await page.evaluate(() => {
    const el = document.getElementById("live");
    const root = el.shadowRoot;
    const now = [".rw-root", ".rw-article__headline", ".rw-article__body p", ".rw-carousel__slide--current", ".rw-card"]
      .map((s) => root.querySelector(s));
    return {
      same: now.map((n, i) => n === window.__nodes[i]),
      counter: root.querySelector(".rw-carousel__counter").textContent,
      focused: root.activeElement?.className ?? null,
      impressions: window.__impressions,
      slidechanges: window.__slides,
      background: getComputedStyle(root.querySelector(".rw-root")).backgroundColor,
    };
  });
  assert.deepEqual(after.same, [true, true, true, true, true], "the same DOM nodes, not a rebuild");
  assert.equal(after.counter, "3 / 5", "photo 3 still shown");
  assert.match(after.focused ?? "", /rw-carousel__button--next/, "focus kept on Next");
  // The list layout is more compact and may bring further cards into view; those count
  // once, but no card is counted twice.
  assert.equal(new Set(after.impressions).size, after.impressions.length, `no card counted twice: ${after.impressions}`);
  assert.ok(after.impressions.length >= cards);
  assert.equal(after.slidechanges, 2, "no slide change from the option changes");
  assert.equal(after.background, "rgb(22, 22, 22)", "the dark theme applies");

  // Link options re-render the cards, and a card already counted is not counted again.
  await page.evaluate(() => { document.getElementById("live").linkTarget = "_blank"; });
  await w.locator(".rw-card__link[target=_blank]").first().waitFor();
  await page.waitForTimeout(1500);
  const counted = await page.evaluate(() => window.__impressions);
  assert.equal(new Set(counted).size, counted.length, `no card counted twice: ${counted}`);

  // Looping now works from where the reader is: next, next, next wraps to photo 1.
  for (let i = 0; i < 3; i++) await page.keyboard.press("Enter");
  await w.locator(".rw-carousel__counter").filter({ hasText: /^1 \// }).waitFor();
  await page.close();
});

test("a new start moves the carousel there, and autoplay starts and stops in place", async () => {
  const page = await h.page();
  const w = await addWidget(page, "rot", h.demo);
  await page.evaluate(() => { document.getElementById("rot").start = 4; });
  await w.locator(".rw-carousel__counter").filter({ hasText: /^4 \// }).waitFor();
  await page.evaluate(() => {
    const el = document.getElementById("rot");
    el.autoplayInterval = 1000;
    el.autoplay = true;
  });
  await w.locator(".rw-carousel__button--rotation").waitFor();
  await w.locator(".rw-carousel__counter").filter({ hasText: /^5 \// }).waitFor({ timeout: 4000 });
  await page.evaluate(() => { document.getElementById("rot").autoplay = false; });
  await w.locator(".rw-carousel__button--rotation").waitFor({ state: "detached" });
  const counter = await w.locator(".rw-carousel__counter").innerText();
  await page.waitForTimeout(2500);
  assert.equal(await w.locator(".rw-carousel__counter").innerText(), counter, "rotation stopped");
  await page.close();
});

test("lang and heading-level apply without remounting", async () => {
  const page = await h.page();
  const w = await addWidget(page, "lang", h.demo);
  await page.evaluate(() => {
    const el = document.getElementById("lang");
    el.lang = "de";
    el.headingLevel = 2;
  });
  await w.locator("h2.rw-article__headline").waitFor();
  assert.equal(await w.locator(".rw-root").getAttribute("lang"), "de");
  const published = await w.locator(".rw-article__published time").innerText();
  assert.match(published, /November|Dezember|Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober/, `a German date: ${published}`);
  await page.close();
});
