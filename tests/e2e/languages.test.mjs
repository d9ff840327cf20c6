// The widget's own words in the reader's language: which language is chosen, grammar
// through the browser's Intl (lists, plurals, digits), the publisher's `strings`, and the
// message table checked against Chromium's plural rules.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { startHarness, addWidget } from "./harness.mjs";
import { axe } from "./browser.mjs";

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

/** The demo article with `lang` (or none) and a third byline, for list joining. */
function article(lang, extra = {}) {
  const a = { ...h.demo.article, bylines: [...h.demo.article.bylines, { name: "Cy Diaz" }], ...extra };
  if (lang === undefined) delete a.lang; else a.lang = lang;
  return { ...h.demo, article: a };
}

const words = (w) => w.evaluate((el) => {
  const root = el.shadowRoot;
  const attr = (sel, name) => root.querySelector(sel)?.getAttribute(name);
  return {
    lang: attr(".rw-root", "lang"),
    byline: root.querySelector(".rw-article__byline")?.textContent,
    next: attr(".rw-carousel__button--next", "aria-label"),
    slide: attr(".rw-carousel__slide", "aria-label"),
    counter: root.querySelector(".rw-carousel__counter")?.textContent,
  };
});

/** Adds a widget inside `<div lang=wrapperLang>` (or none), `strings` set before it connects. */
async function addWrapped(page, id, data, { wrapperLang, attrs = {}, strings } = {}) {
  await page.evaluate(([id, data, wrapperLang, attrs, strings]) => {
    const box = document.createElement("div");
    if (wrapperLang) box.lang = wrapperLang;
    const el = document.createElement("reader-widget");
    el.id = id;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.data = data;
    if (strings) el.strings = strings;
    box.append(el);
    document.getElementById("stage").append(box);
  }, [id, data, wrapperLang, attrs, strings]);
  await page.waitForFunction((id) => !!document.getElementById(id)?.shadowRoot?.querySelector(".rw-article"), id);
  return page.locator(`#${id}`);
}

test("language: the lang attribute, then the article's, then the page's, then English", async () => {
  const page = await h.page();
  const es = await words(await addWidget(page, "es", article("es")));
  assert.equal(es.byline, "Por Mira Okonkwo-Hale, Tomasz Wren y Cy Diaz");
  assert.equal(es.next, "Foto siguiente");
  assert.equal(es.slide, "1 de 5");
  const fr = await words(await addWidget(page, "fr", article("es"), { lang: "fr" }));
  assert.equal(fr.lang, "fr");
  assert.equal(fr.byline, "Par Mira Okonkwo-Hale, Tomasz Wren et Cy Diaz");
  assert.equal(fr.slide, "1 sur 5");
  const de = await words(await addWrapped(page, "de", article(undefined), { wrapperLang: "de-AT" }));
  assert.equal(de.byline, "Von Mira Okonkwo-Hale, Tomasz Wren und Cy Diaz", "the page's language (nearest lang)");
  const ptBr = await words(await addWidget(page, "pt", article("pt-BR")));
  assert.equal(ptBr.next, "Próxima foto", "pt-BR falls back to pt");
  const ptPt = await words(await addWidget(page, "ptpt", article("pt-PT")));
  assert.equal(ptPt.next, "Fotografia seguinte", "pt-PT has its own words");
  assert.equal(ptPt.slide, "1 de 5", "and falls back to pt for the rest");
  const zhTw = await words(await addWidget(page, "tw", article("zh-TW")));
  assert.equal(zhTw.next, "下一張", "zh-TW is Traditional Chinese");
  const unknown = await words(await addWidget(page, "xx", article("tlh")));
  assert.equal(unknown.byline, "By Mira Okonkwo-Hale, Tomasz Wren, and Cy Diaz", "unknown language: English");
  assert.equal(unknown.lang, "tlh", "the article keeps its own language tag");
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

test("grammar: lists, digits and slide positions come from Intl in Arabic and Japanese", async () => {
  const page = await h.page();
  const ar = await words(await addWidget(page, "ar", article("ar")));
  const [two, five, arList] = await page.evaluate(() => [
    new Intl.NumberFormat("ar").format(1),
    new Intl.NumberFormat("ar").format(5),
    new Intl.ListFormat("ar", { type: "conjunction" }).format(["Mira Okonkwo-Hale", "Tomasz Wren", "Cy Diaz"]),
  ]);
  assert.equal(ar.byline, `بقلم ${arList}`);
  assert.match(ar.byline, / و/, "joined with the Arabic 'and'");
  assert.equal(ar.slide, `${two} من ${five}`);
  assert.equal(ar.counter, `${two} / ${five}`);
  const ja = await words(await addWidget(page, "ja", article("ja")));
  assert.equal(ja.byline, "Mira Okonkwo-Hale、Tomasz Wren、Cy Diaz記者");
  assert.equal(ja.slide, "5枚中1枚目");
  await page.close();
});

test("plurals: 'more stories' after Load more follows Russian one/few/many", async () => {
  const card = (i) => ({ url: `https://news.example/${i}`, title: `Материал ${i}` });
  const sizes = { 2: 1, 3: 3, 4: 5 };
  for (const [n, count] of Object.entries(sizes)) {
    h.server.routes.set(`/ru/${n}.json`, (req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ items: Array.from({ length: count }, (_, i) => card(`${n}-${i}`)), next_url: Number(n) < 4 ? `/ru/${Number(n) + 1}.json` : undefined }));
      return true;
    });
  }
  const page = await h.page();
  const w = await addWidget(page, "ru", { version: 1, article: { headline: "Заголовок", lang: "ru" },
    related: [{ title: "Ещё", items: [card(1)], next_url: "/ru/2.json" }] });
  const status = w.locator(".rw-related__more [role=status]");
  const heard = [];
  for (const total of [2, 5, 10]) {
    await w.locator(".rw-related__button").click();
    await w.locator(".rw-card").nth(total - 1).waitFor();
    heard.push(await status.innerText());
  }
  assert.deepEqual(heard, ["Ещё 1 материал", "Ещё 3 материала", "Ещё 5 материалов"]);
  assert.equal(await w.locator(".rw-related__button").count(), 0);
  await page.close();
});

test("strings: the publisher's wording wins in every language, set before or after connecting", async () => {
  const page = await h.page();
  await page.evaluate(() => {
    window.__warnings = [];
    document.addEventListener("reader:warning", (e) => window.__warnings.push(`${e.detail.path}: ${e.detail.message}`));
  });
  const w = await addWrapped(page, "s", article("ar"), {
    strings: { next_photo: "Weiter", byline: "كتبه {names}", bogus: "x", retry: 3 },
  });
  const before = await words(w);
  assert.equal(before.next, "Weiter", "an override wins in every language");
  assert.ok(before.byline.startsWith("كتبه "));
  assert.equal(before.slide.includes("من"), true, "keys not overridden keep the language's text");
  assert.deepEqual(await page.evaluate(() => window.__warnings), [
    "strings.bogus: not a message key of the widget; ignored",
    "strings.retry: not a string; ignored",
  ]);
  await w.evaluate((el) => { el.strings = { next_photo: "Avanti" }; });
  await page.waitForFunction(() => document.getElementById("s").shadowRoot
    .querySelector(".rw-carousel__button--next")?.getAttribute("aria-label") === "Avanti");
  assert.ok((await words(w)).byline.startsWith("بقلم "), "a new object replaces the old wording");
  await page.close();
});

test("strings via mount(): override shown on the Load more button", async () => {
  const page = await h.page();
  const text = await page.evaluate(async () => {
    const { mount } = await import("/reader-widget/reader-widget.js");
    const box = document.createElement("div");
    document.getElementById("stage").append(box);
    await mount(box, {
      data: { version: 1, article: { headline: "H" }, related: [{ title: "More", items: [{ url: "/a", title: "A" }], next_url: "/next.json" }] },
      strings: { load_more: "Show me more" },
    });
    return box.shadowRoot.querySelector(".rw-related__button")?.textContent;
  });
  assert.equal(text, "Show me more");
  await page.close();
});

test("the message table's plural forms are exactly the ones Chromium's Intl.PluralRules asks for", async () => {
  const blocks = {};
  for (const file of fs.readdirSync("src/i18n/messages")) {
    const tag = file.replace(/\.txt$/, "");
    blocks[tag] = {};
    for (const line of fs.readFileSync(`src/i18n/messages/${file}`, "utf8").split("\n")) {
      const entry = line.match(/^([\w.]+) = (.*)$/);
      if (entry) blocks[tag][entry[1]] = entry[2];
    }
  }
  const page = await h.page();
  const bases = Object.keys(blocks.en).filter((k) => k.endsWith(".other")).map((k) => k.slice(0, -6));
  assert.ok(bases.length > 0, "the table has plural messages");
  for (const [tag, entries] of Object.entries(blocks)) {
    const wanted = await page.evaluate((tag) => new Intl.PluralRules(tag).resolvedOptions().pluralCategories.sort(), tag);
    for (const base of bases) {
      const have = Object.keys(entries).filter((k) => k.startsWith(`${base}.`)).map((k) => k.slice(base.length + 1)).sort();
      if (have.length === 0 && tag.includes("-")) continue; // falls back to its parent block
      assert.deepEqual(have, wanted, `${tag}: ${base}`);
    }
  }
  await page.close();
});

test("axe: no violations in Arabic, Hebrew and Japanese widgets", async () => {
  const page = await h.page();
  for (const lang of ["ar", "he", "ja"]) {
    const data = JSON.parse(fs.readFileSync(`www/demo/article-${lang}.json`, "utf8"));
    await addWidget(page, `w-${lang}`, data, { "heading-level": "2" });
  }
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test("texts files: English needs none, Arabic is fetched once for two widgets, a missing file leaves English", async () => {
  h.server.routes.set("/reader-widget/dist/i18n/fr.js", (req, res) => { res.writeHead(404).end(); return true; });
  const page = await h.page();
  const fetched = [];
  page.on("request", (r) => { if (r.url().includes("/i18n/")) fetched.push(new URL(r.url()).pathname); });
  await addWidget(page, "en", article("en-GB"));
  assert.deepEqual(fetched, [], "an English page loads no language file");
  const first = await words(await addWidget(page, "ar1", article("ar")));
  const second = await words(await addWidget(page, "ar2", article("ar-EG")));
  assert.deepEqual(fetched, ["/reader-widget/dist/i18n/ar.js"]);
  assert.equal(first.next, "الصورة التالية", "the first render already speaks Arabic");
  assert.equal(second.next, first.next);
  const fr = await words(await addWidget(page, "fr", article("fr")));
  assert.equal(fr.next, "Next photo", "without its file, French falls back to English");
  assert.ok(page.consoleLines.some((l) => l.includes("the fr texts could not be loaded")), page.consoleLines.join("\n"));
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

test("two widgets on one page: every named region says whose it is", async () => {
  const page = await h.page();
  const ar = JSON.parse(fs.readFileSync("www/demo/article-ar.json", "utf8"));
  await addWidget(page, "one", h.demo, { "heading-level": "2" });
  await addWidget(page, "two", ar, { "heading-level": "2" });
  await addWidget(page, "three", { ...h.demo, article: { ...h.demo.article, headline: "A second story" } }, { "heading-level": "2" });
  const labels = await page.evaluate(() => [...document.querySelectorAll("reader-widget")].flatMap((el) =>
    [...el.shadowRoot.querySelectorAll("section[aria-label], [role=region][aria-label]")].map((s) => s.getAttribute("aria-label"))));
  assert.ok(labels.length >= 9, labels.join(" | "));
  assert.equal(new Set(labels).size, labels.length, `labels repeat: ${labels.join(" | ")}`);
  assert.ok(labels.includes(`Photos: ${h.demo.article.headline}`));
  assert.deepEqual((await axe(page)).map((v) => v.id), []);
  await page.close();
});

test("CJK: strict line breaking and full-width punctuation in Japanese; Korean never breaks inside a word", async () => {
  const page = await h.page();
  const ja = JSON.parse(fs.readFileSync("www/demo/article-ja.json", "utf8"));
  const w = await addWidget(page, "ja", ja);
  const style = await w.locator(".rw-article__body p").first().evaluate((p) => {
    const s = getComputedStyle(p);
    return [s.lineBreak, s.wordBreak, s.textSpacingTrim];
  });
  assert.deepEqual(style, ["strict", "normal", "space-all"]);
  // No line of a Japanese paragraph starts with closing punctuation.
  const starts = await w.locator(".rw-article__body p").evaluateAll((ps) => ps.flatMap((p) => {
    const out = [];
    let top = null;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      for (let i = 0; i < text.data.length; i++) {
        const r = document.createRange();
        r.setStart(text, i); r.setEnd(text, i + 1);
        const t = r.getBoundingClientRect().top;
        if (top !== null && t > top + 4) out.push(text.data[i]);
        top = t;
      }
    }
    return out;
  }));
  assert.ok(starts.length > 3, "the paragraphs wrap");
  assert.deepEqual(starts.filter((c) => "、。」』）ー".includes(c)), [], `lines start with ${starts.join("")}`);

  const words = "서울 시립 도서관이 씨앗 대출을 시작했다 주민들은 봄마다 상추와 고추 씨앗을 빌려 가고 가을에 다시 돌려준다";
  const ko = await addWidget(page, "ko", { version: 1, article: { headline: "씨앗 도서관", lang: "ko",
    body: [{ type: "paragraph", text: `${words} ${words}` }] } });
  await ko.evaluate((el) => { el.style.width = "14rem"; el.style.setProperty("--rw-max-width", "14rem"); });
  const broken = await ko.locator(".rw-article__body p").evaluate((p) => {
    const text = p.firstChild;
    const split = [];
    let at = 0;
    for (const word of text.data.split(" ")) {
      const r = document.createRange();
      r.setStart(text, at); r.setEnd(text, at + word.length);
      if (r.getClientRects().length > 1) split.push(word);
      at += word.length + 1;
    }
    return { split, lines: Math.round(p.getBoundingClientRect().height / parseFloat(getComputedStyle(p).lineHeight)) };
  });
  assert.ok(broken.lines > 3, "the Korean paragraph wraps");
  assert.deepEqual(broken.split, [], "no Korean word is split across lines");
  await page.close();
});
