// Right-to-left, as an Arabic or Hebrew reader meets it: direction and alignment, the
// carousel, counter, dots, cards and lightbox mirrored, keys and swipes that follow the
// reading direction, and names in another script shown in their own order.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { startHarness, addWidget } from "./harness.mjs";

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const sample = (lang) => JSON.parse(fs.readFileSync(`www/demo/article-${lang}.json`, "utf8"));
const rect = (locator) => locator.evaluate((el) => el.getBoundingClientRect().toJSON());
const counter = (w) => w.locator(".rw-carousel__counter").innerText();
const digits = (page, lang, n, total) => page.evaluate(([lang, n, total]) =>
  `${new Intl.NumberFormat(lang).format(n)} / ${new Intl.NumberFormat(lang).format(total)}`, [lang, n, total]);
/** The screen rectangles of the first and last character of `locator`'s text. */
const ends = (locator, needle) => locator.evaluate((el, needle) => {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = needle ? n.data.indexOf(needle) : n.data.search(/\S/);
    if (at < 0) continue;
    const len = needle ? needle.length : n.data.trimEnd().length - at;
    const r = document.createRange();
    r.setStart(n, at); r.setEnd(n, at + 1);
    const first = r.getBoundingClientRect().toJSON();
    r.setStart(n, at + len - 1); r.setEnd(n, at + len);
    return { first, last: r.getBoundingClientRect().toJSON(), box: el.getBoundingClientRect().toJSON() };
  }
  return null;
}, needle);

for (const lang of ["ar", "he"]) {
  test(`${lang}: the widget is right-to-left and text starts at the right`, async () => {
    const page = await h.page();
    const w = await addWidget(page, "r", sample(lang));
    assert.equal(await w.locator(".rw-root").getAttribute("dir"), "rtl");
    assert.equal(await w.locator(".rw-root").getAttribute("lang"), lang);
    for (const sel of [".rw-article__headline", ".rw-article__body > p"]) {
      const { first, box } = await ends(w.locator(sel).first());
      const padding = await w.locator(sel).first().evaluate((el) => parseFloat(getComputedStyle(el).paddingRight));
      assert.ok(Math.abs(box.right - padding - first.right) < 2, `${sel} starts at its right edge`);
    }
    await page.close();
  });

  test(`${lang}: the carousel is mirrored: next on the left, ArrowLeft and a rightward swipe advance, dots from the right`, async () => {
    // Without the slide animation, positions can be read at once.
    const page = await h.page({ reducedMotion: "reduce" });
    const w = await addWidget(page, "c", sample(lang));
    const [prev, next] = [await rect(w.locator(".rw-carousel__button--prev")), await rect(w.locator(".rw-carousel__button--next"))];
    assert.ok(next.right <= prev.left, "next sits left of previous");
    const dots = await w.locator(".rw-carousel__dot").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
    assert.ok(dots.every((x, i) => i === 0 || x < dots[i - 1]), `dots run right to left: ${dots}`);
    // The counter reads from the right: its first number is the rightmost.
    const c = await ends(w.locator(".rw-carousel__counter"));
    assert.ok(c.first.left > c.last.left, "the counter is mirrored");

    await w.locator(".rw-carousel__button--next").click();
    assert.equal(await counter(w), await digits(page, lang, 2, 5));
    const shown = await rect(w.locator(".rw-carousel__slide:not([inert])"));
    const viewport = await rect(w.locator(".rw-carousel__viewport"));
    assert.ok(Math.abs(shown.left - viewport.left) < 2, "the second photo slid in from the left");

    await w.locator(".rw-carousel__dot[aria-selected=true]").focus();
    await page.keyboard.press("ArrowLeft");
    assert.equal(await counter(w), await digits(page, lang, 3, 5), "ArrowLeft goes forward");
    await page.keyboard.press("ArrowRight");
    assert.equal(await counter(w), await digits(page, lang, 2, 5), "ArrowRight goes back");

    const y = viewport.top + viewport.height / 2;
    await page.mouse.move(viewport.left + 40, y);
    await page.mouse.down();
    await page.mouse.move(viewport.left + viewport.width * 0.6, y, { steps: 5 });
    await page.mouse.up();
    await w.locator(".rw-carousel__counter").filter({ hasText: await digits(page, lang, 3, 5) }).waitFor({ timeout: 3000 });
    await page.close();
  });

  test(`${lang}: related cards and the lightbox are mirrored`, async () => {
    const page = await h.page({ viewport: { width: 1280, height: 900 } });
    const w = await addWidget(page, "l", sample(lang));
    const cards = await w.locator(".rw-related").first().locator(".rw-card").evaluateAll((els) =>
      els.slice(0, 2).map((e) => e.getBoundingClientRect().toJSON()));
    assert.ok(Math.abs(cards[0].top - cards[1].top) < 2, "two cards share the first row");
    assert.ok(cards[0].left > cards[1].left, "the first card is on the right");

    await w.locator(".rw-carousel__expand").click();
    const dialog = w.locator(".rw-lightbox[open]");
    await dialog.waitFor();
    assert.equal(await dialog.evaluate((d) => getComputedStyle(d).direction), "rtl");
    const [lbPrev, lbNext] = [await rect(dialog.locator(".rw-lightbox__button").nth(0)), await rect(dialog.locator(".rw-lightbox__button").nth(1))];
    assert.ok(lbNext.right <= lbPrev.left, "the viewer's next button is on the left");
    await page.keyboard.press("ArrowLeft");
    assert.equal(await dialog.locator(".rw-lightbox__counter").innerText(), await digits(page, lang, 2, 5));
    await page.keyboard.press("Escape");
    await w.locator(".rw-lightbox[open]").waitFor({ state: "detached", timeout: 3000 }).catch(() => {});
    assert.equal(await w.locator(".rw-lightbox[open]").count(), 0);
    await page.close();
  });

  test(`${lang}: a Latin name, numbers and a URL inside ${lang === "ar" ? "Arabic" : "Hebrew"} keep their own order`, async () => {
    const page = await h.page();
    const w = await addWidget(page, "b", sample(lang));
    const latin = w.locator(".rw-article__author", { hasText: "Tomasz Wren" });
    assert.equal(await latin.getAttribute("dir"), "auto", "each name is isolated");
    const name = await ends(latin);
    assert.ok(name.first.left < name.last.left, "'Tomasz Wren' reads left to right");
    // Credits mix scripts ("Tomasz Wren / صحيفة المثال"): isolated from the label.
    const credit = w.locator(".rw-carousel__credit bdi").first();
    assert.match(await credit.innerText(), /Tomasz Wren/);
    const body = w.locator(".rw-article__body");
    const number = await ends(body, "4,000");
    assert.ok(number.first.left < number.last.left, "4,000 reads left to right");
    const url = await ends(body, "seeds.example");
    assert.ok(url.first.left < url.last.left, "the URL reads left to right");
    await page.close();
  });
}
