// Server-rendered widgets (`reader-widget render`): with JavaScript off the reader gets
// the whole story; with it, the widget takes the server's rendering over without moving
// a pixel, fires one reader:ready and works like a client-rendered one; `activate`
// decides when the module loads; hostile documents rendered on the server hold nothing
// that runs; a strict CSP allows the inline stylesheet by its hash (or a linked sheet).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve } from "./server.mjs";
import { launch, newPage, axe } from "./browser.mjs";
import { renderable } from "./hostile-corpus.mjs";

const PKG = process.env.E2E_PKG ?? "npm";
let browser, dir, server;

/** The CLI (the binary cargo built for the native tests), e.g. its `render` output. */
function cli(...args) {
  return execFileSync("cargo", ["run", "--quiet", "--features", "cli", "--", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    maxBuffer: 1 << 28,
  });
}

const render = (file, ...args) => cli("render", file, ...args);

const page = (title, body, { module = true, head = "" } = {}) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">
${module ? '<script type="module" src="/reader-widget/reader-widget.js"></script>' : ""}${head}
</head><body><main><h1>${title}</h1>${body}</main></body></html>`;

before(async () => {
  browser = await launch();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-ssr-"));
  await fs.cp(PKG, path.join(dir, "reader-widget"), { recursive: true });
  await fs.cp("www/demo", path.join(dir, "demo"), { recursive: true });
  const article = render("www/demo/article.json", "--jsonld");
  const loaded = render("www/demo/article.json", "--attr", "activate=load");
  await fs.writeFile(path.join(dir, "index.html"), page("Server-rendered", article));
  await fs.writeFile(path.join(dir, "load.html"), page("Activate on load", loaded));
  await fs.writeFile(path.join(dir, "visible.html"), page("Activate when visible",
    `<div style="height:3000px"></div>${render("www/demo/article.json", "--attr", "activate=visible")}`));
  await fs.writeFile(path.join(dir, "interaction.html"), page("Activate on interaction",
    render("www/demo/article.json", "--attr", "activate=interaction")));
  // Inline stylesheet allowed by its hash; linked stylesheet under style-src 'self'.
  await fs.writeFile(path.join(dir, "csp-inline.html"), page("CSP inline", loaded));
  await fs.writeFile(path.join(dir, "csp-link.html"), page("CSP link",
    render("www/demo/article.json", "--attr", "activate=load", "--stylesheet", "/reader-widget/dist/reader-widget.css")));
  const rendered = renderable.map((c) => ({ ...c, html: render(c.path, ...(c.format ? ["--format", c.format] : [])) }));
  const hostile = rendered.map((c) => c.html).join("\n");
  await fs.writeFile(path.join(dir, "hostile.html"), page("Hostile, server-rendered", hostile, { module: false }));
  // Taken over: the injection cases. The generated ones test size limits (up to 20,000
  // paragraphs each, 5 MB together), which hostile.test.mjs feeds the widget one by one;
  // all of them at once on one page only measure the machine.
  const injections = rendered.filter((c) => !c.file.startsWith("generated/")).map((c) => c.html).join("\n");
  await fs.writeFile(path.join(dir, "hostile-live.html"), page("Hostile, taken over",
    injections.replaceAll("<reader-widget", '<reader-widget activate="load"')));
  // Related cards with a next page, for Load more after the takeover.
  const paged = structuredClone(JSON.parse(readFileSync("www/demo/article.json", "utf8")));
  paged.related[0].next_url = "/pages/2.json";
  await fs.writeFile(path.join(dir, "paged.json"), JSON.stringify(paged));
  await fs.writeFile(path.join(dir, "paged.html"), page("Paged", render(path.join(dir, "paged.json"), "--attr", "activate=load")));
  await fs.mkdir(path.join(dir, "pages"));
  await fs.writeFile(path.join(dir, "pages/2.json"), JSON.stringify({
    title: "More", items: [{ url: "https://news.example/extra-1", title: "An extra story from page two" }],
  }));
  const hash = cli("style-hash").trim();
  const strict = (style) => `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src ${style}; img-src 'self' data:`;
  const routes = new Map();
  for (const [name, style] of [["csp-inline.html", `'self' ${hash}`], ["csp-link.html", "'self'"]]) {
    routes.set(`/${name}`, async (req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": strict(style) });
      res.end(await fs.readFile(path.join(dir, name)));
      return true;
    });
  }
  server = await serve(dir, routes);
});

after(async () => {
  await browser?.close();
  await server?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const demo = JSON.parse(readFileSync("www/demo/article.json", "utf8"));

/** What a reader sees in the first widget's shadow root. */
function seen(p) {
  return p.evaluate(() => {
    const host = document.querySelector("reader-widget");
    const root = host.shadowRoot;
    if (!root) return null;
    const text = (sel) => [...root.querySelectorAll(sel)].map((e) => e.textContent.trim());
    const strip = root.querySelector(".rw-carousel__viewport");
    return {
      live: !root.querySelector(".rw-mount--static"),
      mounts: root.querySelectorAll(".rw-mount").length,
      headline: text(".rw-article__headline")[0],
      section: root.querySelector(".rw-article__section")?.textContent.trim(),
      paragraphs: text(".rw-article__body p"),
      bylines: root.querySelector(".rw-article__bylines, .rw-article__byline")?.textContent ?? "",
      dates: text("time"),
      firstCaption: root.querySelector(".rw-carousel__slide figcaption")?.textContent ?? "",
      photos: root.querySelectorAll(".rw-carousel__slide img").length,
      cards: [...root.querySelectorAll(".rw-card a[href]")].map((a) => a.href),
      styled: getComputedStyle(root.querySelector(".rw-root")).maxWidth !== "none",
      stripScrolls: strip ? strip.scrollWidth > strip.clientWidth : false,
      defined: !!customElements.get("reader-widget"),
    };
  });
}

test("with JavaScript off the reader sees the whole story, styled, every photo reachable", async () => {
  const p = await newPage(browser, { javaScriptEnabled: false });
  await p.goto(`${server.url}/`);
  const s = await seen(p);
  assert.ok(s, "the declarative shadow root is attached by the parser");
  assert.equal(s.defined, false);
  assert.equal(s.headline, demo.article.headline);
  assert.equal(s.section, demo.article.section);
  const paragraphs = demo.article.body.filter((b) => b.type === "paragraph");
  assert.ok(s.paragraphs.length >= paragraphs.length, `${s.paragraphs.length} paragraphs`);
  for (const b of demo.article.bylines) assert.ok(s.bylines.includes(b.name), b.name);
  assert.ok(s.dates.length >= 1 && s.dates.every((d) => d.length > 0), "dates written");
  const first = demo.article.media[0];
  assert.ok(s.firstCaption.includes(first.caption), s.firstCaption);
  assert.ok(s.firstCaption.includes(first.credit), "credit");
  assert.equal(s.photos, demo.article.media.length);
  assert.ok(s.stripScrolls, "the strip scrolls to the other photos");
  const cardUrls = demo.related.flatMap((r) => r.items.map((i) => i.url));
  for (const url of cardUrls) assert.ok(s.cards.includes(url), url);
  assert.ok(s.styled, "the inline stylesheet applies");
  // The last photo can be scrolled into view without script.
  const lastVisible = await p.evaluate(() => {
    const root = document.querySelector("reader-widget").shadowRoot;
    const strip = root.querySelector(".rw-carousel__viewport");
    strip.scrollLeft = strip.scrollWidth;
    const slides = root.querySelectorAll(".rw-carousel__slide");
    const last = slides[slides.length - 1].getBoundingClientRect();
    const box = strip.getBoundingClientRect();
    return last.left >= box.left - 1 && last.right <= box.right + 1;
  });
  assert.ok(lastVisible, "the last photo scrolls into the strip");
  // Search engines get the article's facts as schema.org JSON-LD.
  const ld = await p.evaluate(() => JSON.parse(document.querySelector('script[type="application/ld+json"]').textContent));
  assert.equal(ld["@type"], "NewsArticle");
  assert.equal(ld.headline, demo.article.headline);
  await p.context().close();
});

test("the server's rendering passes axe before the module loads", async () => {
  const p = await newPage(browser);
  await p.goto(`${server.url}/interaction.html`);
  assert.equal((await seen(p)).defined, false);
  const violations = await axe(p);
  assert.deepEqual(violations, []);
  await p.context().close();
});

/** Records reader:ready events and layout shifts from the first byte. */
const RECORDER = () => {
  window.__ready = 0;
  window.__shifts = [];
  document.addEventListener("reader:ready", () => window.__ready++, true);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__shifts.push(e.value);
  }).observe({ type: "layout-shift", buffered: true });
  // The article's dates as the server wrote them, before any script of the page ran.
  document.addEventListener("readystatechange", () => {
    if (document.readyState !== "interactive") return;
    const root = document.querySelector("reader-widget")?.shadowRoot;
    window.__serverDates = [...(root?.querySelectorAll(".rw-article time") ?? [])].map((t) => t.textContent);
  });
};

test("with JavaScript the widget takes over: no shift, one ready, nothing doubled, the carousel moves", async () => {
  const p = await newPage(browser);
  await p.addInitScript(RECORDER);
  await p.goto(`${server.url}/load.html`);
  await p.waitForFunction(() => {
    const root = document.querySelector("reader-widget").shadowRoot;
    return !root.querySelector(".rw-mount--static") && root.querySelector(".rw-article");
  }, null, { timeout: 20_000 });
  await p.waitForTimeout(300);
  const s = await seen(p);
  assert.equal(s.mounts, 1, "one rendering, not two");
  assert.equal(s.headline, demo.article.headline);
  assert.equal((await p.evaluate(() => window.__ready)), 1, "reader:ready fires once");
  const dates = await p.evaluate(() => ({
    server: window.__serverDates,
    live: [...document.querySelector("reader-widget").shadowRoot.querySelectorAll(".rw-article time")].map((t) => t.textContent),
  }));
  assert.ok(dates.server.length > 0);
  assert.deepEqual(dates.live, dates.server, "the server wrote the dates as the browser does (en-GB)");
  const shift = await p.evaluate(() => window.__shifts.reduce((a, b) => a + b, 0));
  assert.equal(shift, 0, `layout shift ${shift}`);
  const widget = p.locator("reader-widget");
  await widget.locator(".rw-carousel__button--next").click();
  await p.waitForFunction(() => document.querySelector("reader-widget").shadowRoot
    .querySelector(".rw-carousel__slide--current")?.getAttribute("aria-label")?.startsWith("2"));
  assert.deepEqual(p.pageErrors, []);
  assert.deepEqual(await axe(p), []);
  await p.context().close();
});

test("after the takeover cards' events, the full-screen viewer and Load more work as in a client-rendered widget", async () => {
  const p = await newPage(browser);
  await p.addInitScript(() => {
    window.__clicks = [];
    window.__impressions = 0;
    document.addEventListener("reader:cardclick", (e) => window.__clicks.push(e.detail.position));
    document.addEventListener("reader:impression", () => window.__impressions++);
    document.addEventListener("click", (e) => e.preventDefault());
  });
  await p.goto(`${server.url}/paged.html`);
  await p.waitForFunction(() => !document.querySelector("reader-widget").shadowRoot.querySelector(".rw-mount--static"),
    null, { timeout: 20_000 });
  const w = p.locator("reader-widget");
  const before = await w.locator(".rw-card").count();
  await w.locator(".rw-card__link").nth(1).click();
  assert.deepEqual(await p.evaluate(() => window.__clicks), [2]);
  await w.locator(".rw-carousel__expand").click();
  await w.locator(".rw-lightbox[open]").waitFor();
  await p.keyboard.press("Escape");
  await w.locator(".rw-related__button", { hasText: "Load more" }).click();
  await w.locator(".rw-card").nth(before).waitFor();
  assert.ok((await w.locator(".rw-card__title").allInnerTexts()).includes("An extra story from page two"));
  await w.locator(".rw-card").first().scrollIntoViewIfNeeded();
  await p.waitForFunction(() => window.__impressions > 0, null, { timeout: 5_000 });
  assert.deepEqual(p.pageErrors, []);
  await p.context().close();
});

test("focus and the scrolled photo survive the takeover", async () => {
  const p = await newPage(browser);
  await p.goto(`${server.url}/interaction.html`);
  // Scroll the strip to the third photo, then focus a card by keyboard: the first
  // interaction loads the module.
  await p.evaluate(() => {
    const strip = document.querySelector("reader-widget").shadowRoot.querySelector(".rw-carousel__viewport");
    strip.scrollLeft = strip.clientWidth * 2;
  });
  await p.waitForTimeout(200);
  assert.equal((await seen(p)).defined, false, "nothing loads before the reader interacts");
  const card = p.locator("reader-widget .rw-card a[href]").first();
  const href = await card.getAttribute("href");
  await card.focus();
  await p.waitForFunction(() => !document.querySelector("reader-widget").shadowRoot.querySelector(".rw-mount--static"),
    null, { timeout: 20_000 });
  const after = await p.evaluate(() => {
    const root = document.querySelector("reader-widget").shadowRoot;
    return {
      focused: root.activeElement?.getAttribute("href"),
      current: root.querySelector(".rw-carousel__slide--current")?.getAttribute("aria-label"),
    };
  });
  assert.equal(after.focused, href, "the same card keeps focus");
  assert.ok(after.current?.startsWith("3"), `photo 3 shows: ${after.current}`);
  await p.context().close();
});

test("activate=visible loads the module only when the widget nears the viewport", async () => {
  const p = await newPage(browser);
  await p.goto(`${server.url}/visible.html`);
  await p.waitForTimeout(600);
  assert.equal((await seen(p)).defined, false);
  await p.locator("reader-widget").scrollIntoViewIfNeeded();
  await p.waitForFunction(() => !document.querySelector("reader-widget").shadowRoot.querySelector(".rw-mount--static"),
    null, { timeout: 20_000 });
  await p.context().close();
});

test("activate=idle (the default) comes alive by itself, after the server's photos are painted", async () => {
  const p = await newPage(browser);
  await p.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push(e.startTime); })
      .observe({ type: "largest-contentful-paint", buffered: true });
    document.addEventListener("reader:ready", () => { window.__readyAt = performance.now(); }, true);
  });
  await p.goto(`${server.url}/`);
  await p.waitForFunction(() => !document.querySelector("reader-widget").shadowRoot.querySelector(".rw-mount--static"),
    null, { timeout: 20_000 });
  await p.waitForTimeout(500);
  // The page's Largest Contentful Paint is the server's: the swap's copies come after it
  // was reported and add no entry (a takeover during load would make the swap the LCP).
  const { lcp, readyAt } = await p.evaluate(() => ({ lcp: window.__lcp, readyAt: window.__readyAt }));
  assert.ok(lcp.length > 0);
  assert.ok(lcp.every((t) => t < readyAt), `LCP entries ${lcp} after the takeover at ${readyAt}`);
  await p.context().close();
});

test("a strict CSP allows the inline stylesheet by its hash, or a linked one, and the takeover", async () => {
  for (const name of ["csp-inline.html", "csp-link.html"]) {
    const p = await newPage(browser);
    await p.addInitScript(() => {
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await p.goto(`${server.url}/${name}`);
    await p.waitForFunction(() => !document.querySelector("reader-widget").shadowRoot.querySelector(".rw-mount--static"),
      null, { timeout: 20_000 });
    const s = await seen(p);
    assert.ok(s.styled, `${name}: styled`);
    assert.deepEqual(await p.evaluate(() => window.__violations), [], name);
    await p.context().close();
  }
});

/** Everything in the server-rendered hostile widgets that could run or load. */
function hostileTree(p) {
  return p.evaluate(() => {
    const found = [];
    const FORBIDDEN = ["script", "iframe", "object", "embed", "form", "base", "meta", "link", "frame", "math", "template"];
    const hosts = [...document.querySelectorAll("reader-widget")];
    for (const host of hosts) {
      for (const child of host.children) {
        if (!(child.localName === "script" && child.type === "application/json")) found.push(`light child <${child.localName}>`);
      }
      const root = host.shadowRoot;
      if (!root) { found.push("no shadow root"); continue; }
      for (const el of root.querySelectorAll("*")) {
        if (FORBIDDEN.includes(el.localName)) found.push(`<${el.localName}>`);
        for (const a of el.attributes) {
          if (a.name.startsWith("on")) found.push(`${a.name} on <${el.localName}>`);
          if (["href", "src", "action", "formaction", "xlink:href"].includes(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)) found.push(`${a.name}=${a.value}`);
        }
      }
    }
    return { hosts: hosts.length, found, pwned: "__pwned" in window };
  });
}

test("hostile documents rendered on the server parse to text and safe URLs only", async () => {
  const p = await newPage(browser);
  let dialogs = 0;
  p.on("dialog", async (d) => { dialogs++; await d.dismiss(); });
  await p.goto(`${server.url}/hostile.html`);
  await p.waitForTimeout(300);
  const t = await hostileTree(p);
  assert.ok(t.hosts > 20, `${t.hosts} widgets`);
  assert.deepEqual(t.found, []);
  assert.equal(t.pwned, false);
  assert.equal(dialogs, 0);
  assert.deepEqual(p.pageErrors, []);
  await p.context().close();
});

test("hostile server renders are taken over without anything running", async () => {
  const p = await newPage(browser);
  let dialogs = 0;
  p.on("dialog", async (d) => { dialogs++; await d.dismiss(); });
  await p.goto(`${server.url}/hostile-live.html`);
  await p.waitForFunction(() => [...document.querySelectorAll("reader-widget")].every((h) => !h.shadowRoot.querySelector(".rw-mount--static")),
    null, { timeout: 30_000 });
  const t = await hostileTree(p);
  assert.deepEqual(t.found, []);
  assert.equal(t.pwned, false);
  assert.equal(dialogs, 0);
  assert.deepEqual(p.pageErrors, []);
  await p.context().close();
});
