// The caption carousel, one test per behaviour a reader relies on.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startHarness, addWidget, withMedia } from "./harness.mjs";
import { axe } from "./browser.mjs";

let h;
before(async () => { h = await startHarness({ imageDelayMs: 150 }); });
after(async () => { await h?.close(); });

const counter = (w) => w.locator(".rw-carousel__counter").innerText();
const waitCounter = (w, text) =>
  w.locator(".rw-carousel__counter").filter({ hasText: text }).waitFor({ timeout: 5000 });
const currentCaption = (w) => w.locator(".rw-carousel__slide:not([inert]) .rw-carousel__caption-text").innerText();

function photos(n, extra = (i) => ({})) {
  return Array.from({ length: n }, (_, i) => ({
    src: `demo/images/${["seed-library", "drawers", "volunteers", "river-garden", "harvest-table"][i % 5]}.svg`,
    width: 1200, height: 800, caption: `Caption ${i + 1}`, credit: `Credit ${i + 1}`, ...extra(i),
  }));
}

test("structure: APG region, labelled slide groups, inert off-screen slides, disabled ends", async () => {
  const page = await h.page();
  const w = await addWidget(page, "s", h.demo);
  const region = w.locator(".rw-carousel");
  assert.equal(await region.getAttribute("aria-roledescription"), "carousel");
  assert.equal(await region.getAttribute("aria-label"), `Photos: ${h.demo.article.headline}`);
  const slides = await w.locator(".rw-carousel__slide").evaluateAll((els) =>
    els.map((e) => [e.getAttribute("role"), e.getAttribute("aria-roledescription"), e.getAttribute("aria-label"), e.inert]));
  assert.deepEqual(slides, [
    ["group", "slide", "1 of 5", false], ["group", "slide", "2 of 5", true], ["group", "slide", "3 of 5", true],
    ["group", "slide", "4 of 5", true], ["group", "slide", "5 of 5", true],
  ]);
  assert.equal(await w.locator(".rw-carousel__button--prev").isDisabled(), true);
  assert.equal(await w.locator(".rw-carousel__button--next").getAttribute("aria-label"), "Next photo");
  assert.equal(await counter(w), "1 / 5");
  // Tabbing through the whole page never lands inside a hidden slide.
  const focused = [];
  await page.locator("h1").first().click();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    focused.push(await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.closest(".rw-carousel__slide")?.getAttribute("aria-label") ?? null;
    }));
  }
  assert.deepEqual(focused.filter((l) => l !== null), [], "nothing inside a slide takes focus");
  await w.locator(".rw-carousel__button--next").click();
  await w.locator(".rw-carousel__button--next").click();
  await w.locator(".rw-carousel__button--next").click();
  await w.locator(".rw-carousel__button--next").click();
  await waitCounter(w, "5 / 5");
  assert.equal(await w.locator(".rw-carousel__button--next").isDisabled(), true);
  await page.close();
});

test("keyboard: arrows, Home and End when focus is in the carousel", async () => {
  const page = await h.page();
  const w = await addWidget(page, "k", h.demo);
  await w.locator(".rw-carousel__button--next").focus();
  await page.keyboard.press("ArrowRight");
  await waitCounter(w, "2 / 5");
  await page.keyboard.press("End");
  await waitCounter(w, "5 / 5");
  await page.keyboard.press("ArrowLeft");
  await waitCounter(w, "4 / 5");
  await page.keyboard.press("Home");
  await waitCounter(w, "1 / 5");
  await page.close();
});

test("keyboard: arrows are mirrored in right-to-left articles", async () => {
  const page = await h.page();
  const w = await addWidget(page, "rtl", withMedia(h.demo, h.demo.article.media, { dir: "rtl", lang: "ar" }));
  await w.locator(".rw-carousel__button--next").focus();
  await page.keyboard.press("ArrowLeft");
  await waitCounter(w, "2 / 5");
  await page.keyboard.press("ArrowRight");
  await waitCounter(w, "1 / 5");
  await page.close();
});

test("pointer: a long or fast drag swipes, a short one does not, vertical scroll stays free", async () => {
  const page = await h.page();
  const w = await addWidget(page, "d", h.demo);
  const viewport = w.locator(".rw-carousel__viewport");
  assert.equal(await viewport.evaluate((e) => getComputedStyle(e).touchAction), "pan-y");
  const box = await viewport.boundingBox();
  const y = box.y + box.height / 2;
  const drag = async (from, to, steps) => {
    await page.mouse.move(from, y);
    await page.mouse.down();
    await page.mouse.move(to, y, { steps });
    await page.mouse.up();
  };
  await drag(box.x + box.width * 0.5, box.x + box.width * 0.5 - 12, 2);
  await page.waitForTimeout(100);
  assert.equal(await counter(w), "1 / 5", "a 12 px nudge is not a swipe");
  await drag(box.x + box.width * 0.8, box.x + box.width * 0.2, 8);
  await waitCounter(w, "2 / 5");
  await drag(box.x + box.width * 0.2, box.x + box.width * 0.8, 8);
  await waitCounter(w, "1 / 5");
  await page.close();
});

test("dots: a tab list whose selection follows the slide and moves focus with arrows", async () => {
  const page = await h.page();
  const w = await addWidget(page, "dots", h.demo);
  const dots = w.locator(".rw-carousel__dot");
  assert.equal(await w.locator("[role=tablist]").getAttribute("aria-label"), "Choose a photo");
  assert.equal(await dots.count(), 5);
  await dots.nth(2).click();
  await waitCounter(w, "3 / 5");
  assert.deepEqual(await dots.evaluateAll((d) => d.map((x) => x.getAttribute("aria-selected"))),
    ["false", "false", "true", "false", "false"]);
  assert.deepEqual(await dots.evaluateAll((d) => d.map((x) => x.tabIndex)), [-1, -1, 0, -1, -1]);
  await page.keyboard.press("ArrowRight");
  await waitCounter(w, "4 / 5");
  await page.waitForFunction(() => document.getElementById("dots").shadowRoot.activeElement?.getAttribute("aria-label") === "Photo 4");
  // With many photos the counter replaces the dots.
  const many = await addWidget(page, "many", withMedia(h.demo, photos(30)));
  assert.equal(await many.locator(".rw-carousel__dot").count(), 0);
  await page.close();
});

test("announcements: user navigation is announced politely with caption and credit", async () => {
  const page = await h.page();
  const w = await addWidget(page, "a", h.demo);
  const live = w.locator(".rw-carousel > .rw-visually-hidden[aria-live=polite]");
  assert.equal(await live.innerText(), "");
  await w.locator(".rw-carousel__button--next").click();
  await page.waitForFunction(() => /Photo 2 of 5/.test(document.getElementById("a").shadowRoot.querySelector(".rw-carousel > [aria-live=polite]").textContent));
  assert.equal(await live.textContent(),
    "Photo 2 of 5: Each drawer holds one crop family; volunteers relabel them every spring. Photo: Tomasz Wren / The Example Gazette");
  await page.close();
});

test("images: boxes reserved from width/height, so loading photos shift nothing (CLS 0)", async () => {
  const page = await h.page();
  await page.evaluate(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: "layout-shift", buffered: true });
  });
  const unsized = h.demo.article.media.map(({ width, height, ...m }, i) => (i === 1 ? m : { ...m, width, height }));
  const w = await addWidget(page, "cls", withMedia(h.demo, unsized));
  await w.locator(".rw-carousel__slide").first().locator("img").evaluate((img) => img.decode().catch(() => {}));
  for (let i = 0; i < 4; i++) await w.locator(".rw-carousel__button--next").click();
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => window.__cls), 0);
  await page.close();
});

test("images: srcset/sizes when given, lazy beyond the neighbour, async decoding", async () => {
  const page = await h.page();
  const media = photos(5, (i) => (i === 0 ? { srcset: "demo/images/ferry.svg 600w, demo/images/seed-library.svg 1200w" } : {}));
  const w = await addWidget(page, "img", withMedia(h.demo, media));
  const attrs = await w.locator(".rw-carousel__image").evaluateAll((imgs) =>
    imgs.map((i) => [i.getAttribute("loading"), i.getAttribute("decoding"), i.getAttribute("srcset"), i.getAttribute("sizes")]));
  assert.deepEqual(attrs.map((a) => a[0]), ["eager", "eager", "lazy", "lazy", "lazy"]);
  assert.ok(attrs.every((a) => a[1] === "async"));
  assert.equal(attrs[0][2], "demo/images/ferry.svg 600w, demo/images/seed-library.svg 1200w");
  assert.match(attrs[0][3], /100vw/);
  assert.equal(attrs[1][2], null);
  await page.close();
});

test("images: a broken photo becomes a placeholder, its caption and credit stay; alt falls back to caption", async () => {
  const page = await h.page();
  const media = photos(3, (i) => (i === 0 ? { src: "demo/images/does-not-exist.png", alt: undefined } : { alt: `Alt ${i}` }));
  const w = await addWidget(page, "broken", withMedia(h.demo, media));
  await w.locator(".rw-carousel__frame--broken").first().waitFor();
  assert.equal(await w.locator(".rw-carousel__slide").first().locator(".rw-carousel__caption-text").innerText(), "Caption 1");
  assert.equal(await w.locator(".rw-carousel__slide").first().locator(".rw-carousel__credit").innerText(), "Photo: Credit 1");
  assert.equal(await w.locator(".rw-carousel__image").first().getAttribute("alt"), "Caption 1");
  assert.equal(await w.locator(".rw-carousel__image").nth(1).getAttribute("alt"), "Alt 1");
  const box = await w.locator(".rw-carousel__frame").first().boundingBox();
  assert.ok(box.height > 100, "the placeholder keeps its box");
  const note = w.locator(".rw-carousel__frame").first().locator(".rw-carousel__broken-note");
  assert.equal(await note.innerText(), "Image unavailable");
  assert.equal(await w.locator(".rw-carousel__frame").nth(1).locator(".rw-carousel__broken-note").isVisible(), false, "healthy photos show no note");
  await page.close();
});

test("captions: long ones clamp with a More/Less toggle; duplicates stay separate slides", async () => {
  const page = await h.page();
  const long = "A very long caption that keeps going ".repeat(8).trim() + ".";
  const media = photos(3, (i) => ({ caption: i === 0 ? long : "Same caption" }));
  const w = await addWidget(page, "cap", withMedia(h.demo, media));
  const text = w.locator(".rw-carousel__slide").first().locator(".rw-carousel__caption-text");
  const more = w.locator(".rw-carousel__slide").first().locator(".rw-carousel__more");
  const clamped = (await text.boundingBox()).height;
  assert.equal(await more.innerText(), "More");
  assert.equal(await more.getAttribute("aria-expanded"), "false");
  await more.click();
  assert.equal(await more.getAttribute("aria-expanded"), "true");
  assert.equal(await more.innerText(), "Less");
  assert.ok((await text.boundingBox()).height > clamped * 1.5, "expanded caption is taller");
  assert.equal(await w.locator(".rw-carousel__slide").count(), 3);
  assert.equal(await w.locator(".rw-carousel__more").count(), 1, "short captions have no toggle");
  await page.close();
});

test("lightbox: expand opens a modal viewer; arrows and swipes work; Esc closes and focus returns", async () => {
  const page = await h.page();
  const w = await addWidget(page, "lb", h.demo);
  const expand = w.locator(".rw-carousel__expand");
  await expand.click();
  const dialog = w.locator("dialog.rw-lightbox");
  await page.waitForFunction(() => document.getElementById("lb").shadowRoot.querySelector("dialog").open);
  assert.equal(await dialog.evaluate((d) => d.matches(":modal")), true);
  const focused = () => page.evaluate(() => document.getElementById("lb").shadowRoot.activeElement?.textContent.trim());
  assert.equal(await focused(), "Close", "focus starts on Close");
  assert.equal(await dialog.locator(".rw-lightbox__counter").innerText(), "1 / 5");
  await page.keyboard.press("ArrowRight");
  await dialog.locator(".rw-lightbox__counter").filter({ hasText: "2 / 5" }).waitFor();
  assert.match(await dialog.locator(".rw-lightbox__caption").innerText(), /^Each drawer/);
  const box = await dialog.locator(".rw-lightbox__stage").boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.8, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.2, y, { steps: 8 });
  await page.mouse.up();
  await dialog.locator(".rw-lightbox__counter").filter({ hasText: "3 / 5" }).waitFor();
  const a11y = await axe(page);
  assert.deepEqual(a11y, [], "axe with the lightbox open");
  await page.keyboard.press("Escape");
  await page.waitForFunction(() => !document.getElementById("lb").shadowRoot.querySelector("dialog").open);
  assert.equal(await counter(w), "3 / 5", "the carousel followed the viewer");
  const focusedLabel = await page.evaluate(() => document.getElementById("lb").shadowRoot.activeElement?.getAttribute("aria-label"));
  assert.equal(focusedLabel, "View photo full screen", "focus returns to the button that opened it");
  // Opening again shows the same viewer, on the carousel's photo.
  await expand.click();
  await page.waitForFunction(() => document.getElementById("lb").shadowRoot.querySelector("dialog").open);
  assert.equal(await dialog.locator(".rw-lightbox__counter").innerText(), "3 / 5");
  assert.equal(await focused(), "Close");
  assert.equal(await w.locator("dialog").count(), 1);
  await page.keyboard.press("Escape");
  await page.close();
});

test("lightbox: a closed viewer holds no photo and downloads none; open, it shows the carousel's", async () => {
  // Each photo in two sizes: the strip (760 px wide here) takes the 800w copy, a
  // full-screen viewer of this 1024 px page the 1600w one.
  const asked = [];
  const page = await h.page();
  page.on("request", (r) => asked.push(new URL(r.url()).search));
  const doc = structuredClone(h.demo);
  for (const [i, m] of doc.article.media.entries()) m.srcset = `${m.src}?w=800&i=${i} 800w, ${m.src}?w=1600&i=${i} 1600w`;
  const w = await addWidget(page, "lbfetch", doc);
  await page.waitForTimeout(600);
  assert.ok(asked.some((q) => q.startsWith("?w=800")), `the strip's photos load (${asked.join(" ")})`);
  assert.deepEqual(asked.filter((q) => q.startsWith("?w=1600")), [], "no full-screen copy while the viewer is closed");
  assert.equal(await w.locator(".rw-lightbox__image").count(), 0);
  await w.locator(".rw-carousel__button--next").click();
  await w.locator(".rw-carousel__expand").click();
  await w.locator(".rw-lightbox__image").waitFor();
  await page.waitForFunction(() => document.getElementById("lbfetch").shadowRoot.querySelector(".rw-lightbox__image").complete);
  assert.deepEqual(asked.filter((q) => q.startsWith("?w=1600")), ["?w=1600&i=1"], "open, the viewer loads the carousel's photo full size");
  await page.keyboard.press("Escape");
  await w.locator(".rw-lightbox__image").waitFor({ state: "detached" });
  await page.close();
});

test("motion: loop wraps at the ends, start picks the first photo", async () => {
  const page = await h.page();
  const w = await addWidget(page, "loop", h.demo, { loop: "", start: "5" });
  assert.equal(await counter(w), "5 / 5");
  assert.equal(await w.locator(".rw-carousel__button--next").isDisabled(), false);
  await w.locator(".rw-carousel__button--next").click();
  await waitCounter(w, "1 / 5");
  await w.locator(".rw-carousel__button--prev").click();
  await waitCounter(w, "5 / 5");
  await page.close();
});

test("motion: autoplay rotates with a visible pause control, pauses on hover and focus, never announces", async () => {
  const page = await h.page();
  const w = await addWidget(page, "auto", h.demo, { autoplay: "", "autoplay-interval": "1000" });
  const control = w.locator(".rw-carousel__button--rotation");
  assert.equal(await control.getAttribute("aria-label"), "Stop automatic slide show");
  await waitCounter(w, "2 / 5");
  assert.equal(await w.locator(".rw-carousel > [aria-live=polite]").textContent(), "", "rotation is not announced");
  // Hover holds it.
  await w.locator(".rw-carousel__viewport").hover();
  const held = await counter(w);
  await page.waitForTimeout(1600);
  assert.equal(await counter(w), held, "hover pauses");
  await page.mouse.move(0, 0);
  // Focus holds it.
  await control.focus();
  const focusedAt = await counter(w);
  await page.waitForTimeout(1600);
  assert.equal(await counter(w), focusedAt, "focus pauses");
  // The control stops it for good.
  await control.click();
  assert.equal(await control.getAttribute("aria-label"), "Start automatic slide show");
  await page.locator("h1").first().click();
  await page.mouse.move(0, 0);
  const stopped = await counter(w);
  await page.waitForTimeout(1600);
  assert.equal(await counter(w), stopped, "pause button stops rotation");
  await page.close();
});

test("motion: autoplay holds in a hidden tab and when scrolled out of view", async () => {
  const page = await h.page({ viewport: { width: 1000, height: 700 } });
  await page.evaluate(() => { document.body.style.paddingBottom = "3000px"; });
  const w = await addWidget(page, "hold", h.demo, { autoplay: "", "autoplay-interval": "1000" });
  await page.mouse.move(0, 0);
  await waitCounter(w, "2 / 5");
  await page.evaluate(() => {
    Object.defineProperty(document, "hidden", { configurable: true, get: () => true });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  });
  const hiddenAt = await counter(w);
  await page.waitForTimeout(1600);
  assert.equal(await counter(w), hiddenAt, "hidden tab holds rotation");
  await page.evaluate(() => {
    Object.defineProperty(document, "hidden", { configurable: true, get: () => false });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
    window.scrollTo(0, document.body.scrollHeight);
  });
  await page.waitForTimeout(300);
  const offAt = await counter(w);
  await page.waitForTimeout(1600);
  assert.equal(await counter(w), offAt, "off-screen holds rotation");
  await page.close();
});

test("motion: reduced motion means no rotation, no rotation control, instant transitions", async () => {
  const page = await h.page({ reducedMotion: "reduce" });
  const w = await addWidget(page, "rm", h.demo, { autoplay: "", "autoplay-interval": "1000" });
  assert.equal(await w.locator(".rw-carousel__button--rotation").count(), 0);
  await page.mouse.move(0, 0);
  await page.waitForTimeout(1600);
  assert.equal(await counter(w), "1 / 5");
  const duration = await w.locator(".rw-carousel__track").evaluate((t) => getComputedStyle(t).transitionDuration);
  assert.equal(duration, "0s");
  await w.locator(".rw-carousel__button--next").click();
  await waitCounter(w, "2 / 5");
  assert.deepEqual(await axe(page), [], "axe under reduced motion");
  await page.close();
});

test("edge cases: one photo has no controls or counter; no photos renders no carousel", async () => {
  const page = await h.page();
  const one = await addWidget(page, "one", withMedia(h.demo, photos(1)));
  assert.equal(await one.locator(".rw-carousel__slide").count(), 1);
  assert.equal(await one.locator(".rw-carousel__button, .rw-carousel__counter, .rw-carousel__dots").count(), 0);
  assert.equal(await one.locator(".rw-carousel__expand").count(), 1, "a single photo can still be expanded");
  const none = await addWidget(page, "none", withMedia(h.demo, []));
  assert.equal(await none.locator(".rw-carousel").count(), 0);
  await page.close();
});

test("events: reader:slidechange bubbles out of the shadow root with index and total", async () => {
  const page = await h.page();
  await page.evaluate(() => {
    window.__changes = [];
    document.addEventListener("reader:slidechange", (e) => window.__changes.push({ target: e.target.id, ...e.detail }));
  });
  const w = await addWidget(page, "ev", h.demo);
  await w.locator(".rw-carousel__button--next").click();
  await w.locator(".rw-carousel__dot").nth(4).click();
  await waitCounter(w, "5 / 5");
  assert.deepEqual(await page.evaluate(() => window.__changes), [
    { target: "ev", index: 1, total: 5 },
    { target: "ev", index: 4, total: 5 },
  ]);
  await page.close();
});

test("axe-core: no violations at the first and a middle slide", async () => {
  const page = await h.page();
  const w = await addWidget(page, "axe-check", h.demo);
  assert.deepEqual(await axe(page), []);
  await w.locator(".rw-carousel__button--next").click();
  await w.locator(".rw-carousel__button--next").click();
  await waitCounter(w, "3 / 5");
  assert.deepEqual(await axe(page), []);
  await page.close();
});
