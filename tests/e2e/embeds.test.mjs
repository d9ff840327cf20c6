// Embedded videos, posts, video and audio (issue 24) as a reader meets them: nothing is
// requested from a platform before the reader asks (no script, frame, thumbnail, font),
// nor a video or audio file before play; a click or Enter on a facade builds exactly one
// player frame from the video id and moves focus into it; a look-alike host is only a
// link; posts are links reachable by Tab; players reserve their box; embeds="link" never
// frames; axe passes in light, dark and right to left; a strict CSP that allows the two
// players' frames sees no violation; a server's rendering links every embed with
// JavaScript off and plays after the takeover. Every request off this machine is
// recorded and aborted (or answered by a local stub).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { startHarness, addWidget, addElement } from "./harness.mjs";
import { STRICT_CSP, axe, newPage, recordViolations, routeNetwork } from "./browser.mjs";
import { cliRunner } from "./cli.mjs";

const YT = "dQw4w9WgXcQ";
const YT_OTHER = "aBcDeFgHiJk";
const VIMEO = "76979871";
const YT_PAGE = `https://www.youtube.com/watch?v=${YT}`;
const YT_PLAYER = `https://www.youtube-nocookie.com/embed/${YT}?autoplay=1`;
const VIMEO_PLAYER = `https://player.vimeo.com/video/${VIMEO}?dnt=1&autoplay=1`;
const X_POST = "https://x.com/riverdesk/status/1790000000000000001";
const IG_POST = "https://www.instagram.com/p/C0example01/";
const LOOKALIKE = `https://www.youtube.com.evil.example/watch?v=${YT}`;

const WORDS = {
  en: {
    headline: "The river festival returns after ten years",
    paragraph: "Boats, lanterns and a parade filled the old harbour on Saturday.",
    parade: "The opening parade", boats: "Boats at dusk", fireworks: "Fireworks over the harbour",
    again: "The parade, again", post: "The parade starts at noon at the old bridge.",
    lanterns: "Lanterns ready for tonight.", dawn: "The bridge at dawn", interview: "Interview: the organisers",
  },
  ar: {
    headline: "مهرجان النهر يعود بعد عشر سنوات",
    paragraph: "ملأت القوارب والفوانيس والموكب الميناء القديم يوم السبت.",
    parade: "موكب الافتتاح", boats: "قوارب عند الغسق", fireworks: "ألعاب نارية فوق الميناء",
    again: "الموكب مرة أخرى", post: "يبدأ الموكب عند الظهر عند الجسر القديم.",
    lanterns: "الفوانيس جاهزة لهذه الليلة.", dawn: "الجسر عند الفجر", interview: "مقابلة مع المنظمين",
  },
};

/** An article with every kind of embedded item, in `lang`; `poster` is the video's. */
function embedsDocument(lang = "en", { poster = "/media/poster.svg" } = {}) {
  const w = WORDS[lang];
  const paragraphs = Array.from({ length: 4 }, () => w.paragraph);
  return {
    version: 1,
    article: {
      headline: w.headline, lang,
      body: [
        ...paragraphs,
        { type: "embed", provider: "youtube", url: YT_PAGE, title: w.parade, caption: w.paragraph },
        { type: "embed", provider: "vimeo", url: `https://vimeo.com/${VIMEO}`, title: w.boats,
          thumbnail: { src: "/media/still.svg", width: 1600, height: 900 } },
        { type: "embed", provider: "youtube", url: `https://youtu.be/${YT_OTHER}`, title: w.fireworks,
          thumbnail: { src: `https://i.ytimg.com/vi/${YT_OTHER}/hqdefault.jpg` } },
        ...paragraphs,
        { type: "embed", provider: "x", url: X_POST, author: "River Desk (@riverdesk)", text: w.post,
          published: "2026-06-06T10:00:00Z" },
        { type: "embed", provider: "instagram", url: IG_POST, author: "festival.example", text: w.lanterns },
        { type: "embed", provider: "youtube", url: LOOKALIKE, title: w.again },
        ...paragraphs,
        { type: "video", src: "/media/clip.mp4", mime: "video/mp4", poster, width: 1280, height: 720, title: w.dawn },
        { type: "video", src: "/media/other.mp4", mime: "video/mp4", poster: poster.replace("poster", "tall-poster") },
        { type: "audio", src: "/media/interview.mp3", mime: "audio/mpeg", title: w.interview },
        ...paragraphs,
      ],
    },
  };
}

const svg = (w, h, fill) => `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="${fill}"/></svg>`;
const MEDIA = {
  "still.svg": svg(1600, 900, "#35627a"),
  "poster.svg": svg(1280, 720, "#7a5335"),
  "tall-poster.svg": svg(600, 800, "#35557a"),
  "clip.mp4": "not really a video",
  "other.mp4": "not really a video",
  "interview.mp3": "not really audio",
};

let h;
/** Paths of media files the server was asked for (by any page). */
const served = [];

before(async () => {
  h = await startHarness();
  await fs.mkdir(path.join(h.dir, "media"));
  for (const [name, body] of Object.entries(MEDIA)) {
    await fs.writeFile(path.join(h.dir, "media", name), body);
    h.server.routes.set(`/media/${name}`, (req) => { served.push(req.url); return false; });
  }
  await fs.writeFile(path.join(h.dir, "embeds.json"), JSON.stringify(embedsDocument()));
});

after(async () => { await h?.close(); });

/** A host page whose every request off the machine is recorded and aborted. */
async function routedPage(options = {}) {
  const page = await h.page(options.page);
  const net = await routeNetwork(page, options);
  return { page, net };
}

/** What the widget `id` shows of its embeds. */
const embedsOf = (page, id = "e") => page.evaluate((id) => {
  const root = document.getElementById(id).shadowRoot;
  const active = root.activeElement;
  return {
    facades: [...root.querySelectorAll(".rw-embed__play:not([hidden])")].map((b) => b.getAttribute("aria-label")),
    frames: [...root.querySelectorAll("iframe")].map((f) => ({
      src: f.getAttribute("src"), title: f.title, allow: f.getAttribute("allow"), referrerpolicy: f.getAttribute("referrerpolicy"),
    })),
    links: [...root.querySelectorAll(".rw-post a[href]")].map((a) => ({ href: a.href, text: a.textContent.trim() })),
    focused: active ? { tag: active.localName, src: active.getAttribute("src") } : null,
  };
}, id);

/** Scrolls every embedded item of the widget into view, one after the other. */
async function scrollThrough(w) {
  for (const item of await w.locator("figure").all()) await item.scrollIntoViewIfNeeded();
  await w.locator(".rw-article__body > :last-child").scrollIntoViewIfNeeded();
}

/** Waits (in Node) until `condition()` holds. */
async function until(condition, timeout = 10_000) {
  for (const start = Date.now(); !condition(); await new Promise((r) => setTimeout(r, 50))) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${condition}`);
  }
}

/** Waits until `img` has loaded (or failed). */
const loaded = (img) => img.evaluate((el) => el.complete || new Promise((r) => { el.onload = el.onerror = r; }));

test("nothing is requested from a platform before the reader asks, nor a video or audio file before play", async () => {
  served.length = 0;
  const { page, net } = await routedPage();
  const w = await addWidget(page, "e", embedsDocument());
  await scrollThrough(w);
  // The page has done its loading: the document's own still (lazy) and both posters.
  await loaded(w.locator('.rw-embed__poster[src="/media/still.svg"]'));
  await page.waitForFunction(() => performance.getEntriesByType("resource").filter((e) => e.name.includes("poster.svg")).length === 2);
  await page.waitForTimeout(300);
  assert.deepEqual(net.external, [], "no script, frame, thumbnail or font from a platform");
  assert.equal(page.frames().length, 1, "no frame at all");
  assert.equal(await w.locator("img[src*='ytimg']").count(), 0, "the platform's thumbnail is not shown");
  assert.ok(net.local.some((u) => u.endsWith("/media/still.svg")), "the document's own still is shown");
  assert.deepEqual(served.filter((u) => /\.(mp4|mp3)$/.test(u)), [], "preload=none: no media file before play");
  assert.deepEqual(page.pageErrors, []);
  await page.context().close();
});

test("a click on a YouTube or Vimeo facade builds one player frame from the id and moves focus into it", async () => {
  const { page, net } = await routedPage();
  const w = await addWidget(page, "e", embedsDocument());
  const { en } = WORDS;
  assert.deepEqual((await embedsOf(page)).facades, [
    `Play video: ${en.parade}, YouTube`, `Play video: ${en.boats}, Vimeo`, `Play video: ${en.fireworks}, YouTube`,
  ]);
  const played = [];
  for (const [title, provider, player] of [[en.parade, "YouTube", YT_PLAYER], [en.boats, "Vimeo", VIMEO_PLAYER]]) {
    await w.getByRole("button", { name: `Play video: ${title}, ${provider}` }).click();
    played.push(player);
    await page.waitForFunction(([id, src]) => document.getElementById(id).shadowRoot.activeElement?.getAttribute("src") === src, ["e", player]);
    const s = await embedsOf(page);
    assert.deepEqual(s.frames.map((f) => f.src), played, "one frame for each click, at the player built from the id");
    const frame = s.frames.at(-1);
    assert.equal(frame.title, title, "the frame is named after the video");
    assert.match(frame.allow, /autoplay/);
    assert.equal(frame.referrerpolicy, "strict-origin-when-cross-origin");
    assert.deepEqual(s.focused, { tag: "iframe", src: player }, "focus is in the player");
    assert.equal(await w.getByRole("button", { name: `Play video: ${title}, ${provider}` }).count(), 0, "the play button is gone");
    await until(() => net.external.length >= played.length);
    assert.deepEqual(net.external, played, "the first request to the platform is the player, after the click");
  }
  // A look-alike host is a plain link card (not named YouTube's); clicking the cards
  // (not their links) frames nothing.
  const { links } = await embedsOf(page);
  assert.deepEqual(links.find((l) => l.href === LOOKALIKE), { href: LOOKALIKE, text: "Open the original" });
  assert.equal(await w.getByRole("button", { name: new RegExp(en.again) }).count(), 0);
  for (const text of [en.again, en.post, en.lanterns]) await w.getByText(text).click();
  await page.waitForTimeout(300);
  assert.equal((await embedsOf(page)).frames.length, 2, "no frame for a card");
  assert.deepEqual(net.external, played);
  assert.deepEqual(page.pageErrors, []);
  await page.context().close();
});

/** Presses Tab until `done(focused)` holds; answers every stop inside the widget. */
async function tabUntil(page, done, max = 40) {
  const stops = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await page.evaluate(() => {
      const el = document.getElementById("e").shadowRoot.activeElement;
      if (!el) return null;
      const s = getComputedStyle(el);
      return {
        tag: el.localName, label: el.getAttribute("aria-label"), href: el.getAttribute("href"),
        text: el.textContent.trim(), outline: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth),
      };
    });
    if (f) stops.push(f);
    if (done(f, stops)) return stops;
  }
  throw new Error(`not reached in ${max} tabs: ${JSON.stringify(stops)}`);
}

test("by keyboard alone: Tab reaches each play button (visibly focused) and post link, Enter plays", async () => {
  const { page } = await routedPage();
  await addWidget(page, "e", embedsDocument());
  // Every stop of the widget, from the host page's heading until focus leaves the widget.
  await page.locator("main > h1").click();
  const stops = await tabUntil(page, (f, all) => f === null && all.length > 0);
  const play = stops.filter((s) => s.label?.startsWith("Play video"));
  assert.equal(play.length, 3, JSON.stringify(stops));
  for (const p of play) assert.ok(p.outline !== "none" && p.outlineWidth > 0, `visible focus on ${p.label}: ${p.outline}`);
  const links = stops.filter((s) => s.tag === "a").map((s) => [s.href, s.text]);
  assert.deepEqual(links, [[X_POST, "View on X"], [IG_POST, "View on Instagram"], [LOOKALIKE, "Open the original"]]);

  await page.locator("main > h1").click();
  await tabUntil(page, (f) => f?.label === `Play video: ${WORDS.en.parade}, YouTube`);
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.getElementById("e").shadowRoot.activeElement?.localName === "iframe");
  const s = await embedsOf(page);
  assert.deepEqual(s.frames.map((f) => f.src), [YT_PLAYER]);
  assert.deepEqual(s.focused, { tag: "iframe", src: YT_PLAYER });
  await page.context().close();
});

test("video and audio: the browser's controls, nothing preloaded or autoplayed, the video's box reserved before its poster", async () => {
  // The posters are held until the layout has been measured without them.
  let release;
  const held = new Promise((r) => { release = r; });
  const asked = new Set();
  for (const name of ["poster.svg", "tall-poster.svg"]) {
    h.server.routes.set(`/held/${name}`, async (req, res) => {
      asked.add(name);
      await held;
      res.writeHead(200, { "content-type": "image/svg+xml", "cache-control": "no-store" });
      res.end(MEDIA[name]);
      return true;
    });
  }
  const { page } = await routedPage();
  const w = await addWidget(page, "e", embedsDocument("en", { poster: "/held/poster.svg" }));
  const players = await w.locator("video, audio").evaluateAll((els) => els.map((e) => ({
    tag: e.localName, controls: e.controls, preload: e.getAttribute("preload"), autoplay: e.hasAttribute("autoplay"), paused: e.paused,
  })));
  assert.deepEqual(players, [
    { tag: "video", controls: true, preload: "none", autoplay: false, paused: true },
    { tag: "video", controls: true, preload: "none", autoplay: false, paused: true },
    { tag: "audio", controls: true, preload: "none", autoplay: false, paused: true },
  ]);
  const boxes = () => w.locator("video, audio").evaluateAll((els) => els.map((e) => {
    const r = e.closest("figure").getBoundingClientRect();
    return { top: Math.round(r.top + scrollY), height: Math.round(r.height) };
  }));
  await until(() => asked.size === 2);
  const without = await boxes();
  await page.evaluate(() => {
    window.__shift = 0;
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__shift += e.value; }).observe({ type: "layout-shift" });
  });
  release();
  await page.waitForFunction(() => performance.getEntriesByType("resource").filter((e) => e.name.includes("/held/")).length === 2);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const width = await w.locator("video").first().evaluate((e) => e.getBoundingClientRect().width);
  assert.ok(Math.abs(without[0].height - width * 9 / 16) < 60, `the 1280×720 video's box is reserved at 16:9 (${without[0].height} for ${width})`);
  assert.deepEqual(await boxes(), without, "the posters moved nothing");
  assert.equal(await page.evaluate(() => window.__shift), 0, "no layout shift");
  await page.context().close();
});

test('embeds="link": no facade, every embed is a link, and nothing is ever framed', async () => {
  const { page, net } = await routedPage();
  const w = await addWidget(page, "e", embedsDocument(), { embeds: "link" });
  const s = await embedsOf(page);
  assert.deepEqual(s.facades, []);
  assert.equal(await w.locator(".rw-embed__play, button").count(), 0);
  assert.deepEqual(s.links.map((l) => l.href), [YT_PAGE, `https://vimeo.com/${VIMEO}`, `https://youtu.be/${YT_OTHER}`, X_POST, IG_POST, LOOKALIKE]);
  for (const card of await w.locator(".rw-post").all()) await card.click({ position: { x: 4, y: 4 } });
  await page.waitForTimeout(300);
  assert.deepEqual((await embedsOf(page)).frames, []);
  assert.deepEqual(net.external, []);
  await page.context().close();
});

test("axe finds nothing on the embeds in light and dark themes and right to left in Arabic", async () => {
  for (const [name, doc, attrs] of [
    ["light", embedsDocument(), {}],
    ["dark", embedsDocument(), { theme: "dark" }],
    ["ar", embedsDocument("ar"), {}],
  ]) {
    const { page } = await routedPage();
    const w = await addWidget(page, "e", doc, attrs);
    if (name === "ar") {
      assert.equal(await w.locator(".rw-root").getAttribute("dir"), "rtl");
      await w.getByRole("button", { name: `تشغيل الفيديو: ${WORDS.ar.parade}، YouTube` }).waitFor();
      assert.equal(await w.getByRole("link", { name: "عرض على X" }).getAttribute("href"), X_POST);
    }
    await scrollThrough(w);
    assert.deepEqual(await axe(page), [], `axe (${name})`);
    await page.context().close();
  }
});

const FRAMES = "frame-src https://www.youtube-nocookie.com https://player.vimeo.com; media-src 'self'";

test("under a strict CSP with frame-src for the two players, a click plays with zero violations", async () => {
  for (const [name, policy] of [["csp.html", `${STRICT_CSP}; ${FRAMES}`], ["csp-no-frames.html", STRICT_CSP]]) {
    h.server.routes.set(`/${name}`, (req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": policy });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Embeds under CSP</title>
<link rel="icon" href="data:,"><script type="module" src="/reader-widget/reader-widget.js"></script></head>
<body><main><h1>Embeds under CSP</h1><div id="stage"></div></main></body></html>`);
      return true;
    });
  }
  const STUB = "a stand-in player";
  const run = async (name) => {
    const page = await newPage(h.browser);
    await routeNetwork(page, { stub: () => ({ status: 200, contentType: "text/html", body: `<!doctype html><title>Player</title><p>${STUB}` }) });
    await recordViolations(page);
    await page.goto(`${h.server.url}/${name}`);
    const w = await addElement(page, "e", { src: "/embeds.json" });
    await scrollThrough(w);
    await loaded(w.locator('.rw-embed__poster[src="/media/still.svg"]'));
    const before = await page.evaluate(() => window.__violations);
    await w.getByRole("button", { name: `Play video: ${WORDS.en.parade}, YouTube` }).click();
    const frame = await w.locator("iframe").elementHandle();
    await page.waitForFunction(() => window.__violations.length > 0 || document.getElementById("e").shadowRoot.activeElement?.localName === "iframe");
    const content = await frame.contentFrame();
    const shown = await content.locator("p").innerText({ timeout: 3000 }).catch(() => null);
    const after = await page.evaluate(() => window.__violations);
    await page.context().close();
    return { before, after, shown };
  };
  const allowed = await run("csp.html");
  assert.deepEqual(allowed, { before: [], after: [], shown: STUB }, "the player loads, nothing is blocked");
  // The same page without frame-src: the player is blocked, and the test sees it.
  const blocked = await run("csp-no-frames.html");
  assert.deepEqual(blocked.before, []);
  assert.ok(blocked.after.some((v) => v.startsWith("frame-src")), JSON.stringify(blocked.after));
});

test("a server's rendering links every embed with JavaScript off, and plays after the takeover", async () => {
  const cli = cliRunner();
  const file = path.join(h.dir, "embeds.json");
  const page = (title, body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<link rel="icon" href="data:,"><script type="module" src="/reader-widget/reader-widget.js"></script></head>
<body><main><h1>${title}</h1>${body}</main></body></html>`;
  await fs.writeFile(path.join(h.dir, "ssr.html"), page("Server-rendered embeds", cli("render", file, "--attr", "activate=load")));

  const still = await newPage(h.browser, { javaScriptEnabled: false });
  const stillNet = await routeNetwork(still);
  await still.goto(`${h.server.url}/ssr.html`);
  const s = await still.evaluate(() => {
    const root = document.querySelector("reader-widget").shadowRoot;
    return {
      facades: [...root.querySelectorAll("a.rw-embed__play")].map((a) => [a.getAttribute("href"), a.getAttribute("aria-label")]),
      posts: [...root.querySelectorAll(".rw-post a")].map((a) => a.getAttribute("href")),
      players: [...root.querySelectorAll("video, audio")].map((e) => `${e.localName} ${e.getAttribute("preload")} ${e.controls}`),
      frames: root.querySelectorAll("iframe").length,
    };
  });
  const { en } = WORDS;
  assert.deepEqual(s.facades, [
    [YT_PAGE, `Play video: ${en.parade}, YouTube`],
    [`https://vimeo.com/${VIMEO}`, `Play video: ${en.boats}, Vimeo`],
    [`https://www.youtube.com/watch?v=${YT_OTHER}`, `Play video: ${en.fireworks}, YouTube`],
  ], "each facade is a link to the video's page");
  assert.deepEqual(s.posts, [X_POST, IG_POST, LOOKALIKE]);
  assert.deepEqual(s.players, ["video none true", "video none true", "audio none true"]);
  assert.equal(s.frames, 0);
  assert.deepEqual(stillNet.external, []);
  await still.context().close();

  const live = await newPage(h.browser);
  const net = await routeNetwork(live);
  await live.goto(`${h.server.url}/ssr.html`);
  await live.waitForFunction(() => {
    const root = document.querySelector("reader-widget").shadowRoot;
    return !root.querySelector(".rw-mount--static") && root.querySelector(".rw-article");
  }, null, { timeout: 20_000 });
  await live.locator("reader-widget").getByRole("button", { name: `Play video: ${en.parade}, YouTube` }).click();
  await live.waitForFunction(() => document.querySelector("reader-widget").shadowRoot.activeElement?.localName === "iframe");
  const frames = await live.locator("reader-widget iframe").evaluateAll((fs) => fs.map((f) => f.getAttribute("src")));
  assert.deepEqual(frames, [YT_PLAYER]);
  assert.deepEqual(net.external, [YT_PLAYER]);
  assert.deepEqual(live.pageErrors, []);
  await live.context().close();
});
