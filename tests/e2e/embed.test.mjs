// Embedding as publishers do it: the element contract, fetching and its failures,
// isolation from hostile host CSS, theming, several widgets on a page, strict CSP.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { startHarness, addWidget, addElement } from "./harness.mjs";
import { axe } from "./browser.mjs";

const manifest = JSON.parse(fs.readFileSync("npm/custom-elements.json", "utf8")).modules[0].declarations[0];

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const json = (body, status = 200, type = "application/json") => (req, res) => {
  res.writeHead(status, { "content-type": type }).end(typeof body === "string" ? body : JSON.stringify(body));
  return true;
};
const small = (headline, extra = {}) => ({ version: 1, article: { headline, body: ["One paragraph."], ...extra } });


test("contract: attributes apply without remounting, and properties reflect them", async () => {
  const page = await h.page();
  const w = await addWidget(page, "attrs", h.demo);
  await page.evaluate(() => { document.getElementById("attrs").shadowRoot.querySelector(".rw-mount").dataset.marker = "same"; });
  await page.evaluate(() => {
    const el = document.getElementById("attrs");
    el.headingLevel = 3;
    el.layout = "list";
    el.loop = true;
  });
  await w.locator("h3.rw-article__headline").waitFor();
  await w.locator(".rw-related--list").first().waitFor();
  const state = await page.evaluate(() => {
    const el = document.getElementById("attrs");
    return {
      marker: el.shadowRoot.querySelector(".rw-mount").dataset.marker,
      attrs: [el.getAttribute("heading-level"), el.getAttribute("layout"), el.hasAttribute("loop")],
      props: [el.headingLevel, el.loop, el.autoplay],
    };
  });
  assert.deepEqual(state, { marker: "same", attrs: ["3", "list", true], props: ["3", true, false] });
  assert.equal(await w.locator(".rw-carousel__button--prev").getAttribute("aria-disabled"), "false", "loop applied");
  await page.close();
});

test("contract: the running element observes and mirrors exactly what custom-elements.json says", async () => {
  const page = await h.page();
  const seen = await page.evaluate((members) => {
    const Element = customElements.get("reader-widget");
    const el = document.createElement("reader-widget");
    const mirrors = members.filter((m) => m.attribute).map((m) => {
      el[m.name] = m.type.text === "boolean" ? true : "2";
      const attr = el.getAttribute(m.attribute);
      return [m.name, attr === (m.type.text === "boolean" ? "" : "2")];
    });
    return { observed: [...Element.observedAttributes].sort(), mirrors };
  }, manifest.members);
  assert.deepEqual(seen.observed, manifest.attributes.map((a) => a.name).sort());
  assert.deepEqual(seen.mirrors.filter(([, ok]) => !ok), [], "every property reflects its attribute");
  await page.close();
});

test("contract: theme switches palettes through attributes, including auto with a dark OS", async () => {
  const page = await h.page({ colorScheme: "dark" });
  const w = await addWidget(page, "themed", h.demo);
  const bg = () => w.locator(".rw-root").evaluate((r) => getComputedStyle(r).backgroundColor);
  assert.equal(await bg(), "rgb(255, 255, 255)");
  await page.evaluate(() => document.getElementById("themed").setAttribute("theme", "dark"));
  assert.equal(await bg(), "rgb(22, 22, 22)");
  assert.deepEqual(await axe(page, { runOnly: ["color-contrast"] }), [], "dark theme contrast");
  await page.evaluate(() => document.getElementById("themed").setAttribute("theme", "auto"));
  assert.equal(await bg(), "rgb(22, 22, 22)", "auto follows prefers-color-scheme: dark");
  assert.deepEqual(await axe(page), [], "auto (dark) passes axe");
  await page.close();
});

test("theming: --rw- custom properties and ::part() reach inside", async () => {
  const page = await h.page();
  await page.addStyleTag({ content: `
    #themed2 { --rw-color-accent: rgb(1, 2, 3); --rw-font-ui: monospace; }
    #themed2::part(headline) { color: rgb(9, 8, 7); }
  ` });
  const w = await addWidget(page, "themed2", h.demo);
  const got = await w.locator(".rw-article__section").evaluate((e) => [getComputedStyle(e).color, getComputedStyle(e).fontFamily]);
  assert.deepEqual(got, ["rgb(1, 2, 3)", "monospace"]);
  assert.equal(await w.locator(".rw-article__headline").evaluate((e) => getComputedStyle(e).color), "rgb(9, 8, 7)");
  await page.close();
});

test("isolation: hostile global CSS on the host page does not change the widget", async () => {
  const snapshot = async (page) => page.evaluate(() => {
    const root = document.getElementById("iso").shadowRoot;
    const pick = (sel, props) => { const s = getComputedStyle(root.querySelector(sel)); return props.map((p) => s[p]); };
    return {
      headline: pick(".rw-article__headline", ["fontSize", "lineHeight", "fontFamily", "color"]),
      body: pick(".rw-article__body p", ["fontSize", "lineHeight", "letterSpacing", "textTransform"]),
      image: pick(".rw-carousel__image", ["display", "visibility"]),
      height: Math.round(root.querySelector(".rw-root").getBoundingClientRect().height),
    };
  });
  const clean = await h.page();
  await addWidget(clean, "iso", h.demo);
  const expected = await snapshot(clean);
  await clean.close();
  const hostile = await h.page();
  await hostile.addStyleTag({ content: `
    * { all: revert; }
    img { display: none !important; }
    h1, h2, h3 { font-size: 80px !important; }
    body { line-height: 9; letter-spacing: 4px; text-transform: uppercase; color: lime; font-family: cursive; }
    reader-widget { line-height: 7; font-size: 40px; color: red; }
  ` });
  await addWidget(hostile, "iso", h.demo);
  assert.deepEqual(await snapshot(hostile), expected);
  await hostile.close();
});

test("several widgets on one page keep their own data and carousel state", async () => {
  const page = await h.page();
  const a = await addWidget(page, "w1", h.demo);
  const b = await addWidget(page, "w2", { ...h.demo, article: { ...h.demo.article, headline: "Second widget" } });
  const c = await addWidget(page, "w3", small("Third widget"));
  await a.locator(".rw-carousel__button--next").click();
  await a.locator(".rw-carousel__button--next").click();
  await b.locator(".rw-carousel__button--next").click();
  await a.locator(".rw-carousel__counter", { hasText: "3 / 5" }).waitFor();
  assert.equal(await b.locator(".rw-carousel__counter").innerText(), "2 / 5");
  assert.equal(await c.locator(".rw-carousel").count(), 0);
  assert.deepEqual(await Promise.all([a, b, c].map((w) => w.locator(".rw-article__headline").innerText())),
    ["A town's seed library outgrows its single drawer", "Second widget", "Third widget"]);
  await page.close();
});

test("fetching: loading reserves height, and a slow first answer never replaces a newer src", async () => {
  h.server.routes.set("/slow.json", async (req, res) => {
    await new Promise((r) => setTimeout(r, 1500));
    return json(small("Slow and stale"))(req, res);
  });
  h.server.routes.set("/fast.json", json(small("Fast and current")));
  const page = await h.page();
  await page.evaluate(() => {
    const el = document.createElement("reader-widget");
    el.id = "race";
    el.setAttribute("src", "/slow.json");
    document.getElementById("stage").append(el);
  });
  await page.locator("#race .rw-root--loading").waitFor();
  const height = await page.locator("#race .rw-root--loading").evaluate((e) => e.getBoundingClientRect().height);
  assert.ok(height >= 300, `loading state reserves height (${height}px)`);
  await page.evaluate(() => document.getElementById("race").setAttribute("src", "/fast.json"));
  await page.locator("#race .rw-article__headline", { hasText: "Fast and current" }).waitFor();
  await page.waitForTimeout(1800);
  assert.equal(await page.locator("#race .rw-article__headline").innerText(), "Fast and current");
  await page.close();
});

test("fetching: every failure ends in the error panel, and Retry works once the server recovers", async () => {
  let healthy = false;
  const flaky = (fail) => async (req, res) => (healthy ? json(small("Recovered"))(req, res) : fail(req, res));
  h.server.routes.set("/f404.json", flaky(json("missing", 404, "text/plain")));
  h.server.routes.set("/f500.json", flaky(json("boom", 500, "text/plain")));
  h.server.routes.set("/fhtml.json", flaky(json("<html><body>Login</body></html>", 200, "text/html")));
  h.server.routes.set("/ftype.json", flaky(json(small("Right body, wrong type"), 200, "application/octet-stream")));
  h.server.routes.set("/fbad.json", flaky(json('{"version": 1, "article": {"headline": "cut', 200)));
  h.server.routes.set("/fdrop.json", flaky((req, res) => { res.socket.destroy(); return true; }));
  h.server.routes.set("/fstall.json", flaky(async () => { await new Promise((r) => setTimeout(r, 3000)); return false; }));
  const page = await h.page();
  const cases = [
    ["/f404.json", {}, /the server answered 404/],
    ["/f500.json", {}, /the server answered 500/],
    ["/fhtml.json", {}, /"text\/html" instead of JSON/],
    ["/ftype.json", {}, /"application\/octet-stream" instead of JSON/],
    ["/fbad.json", {}, /not valid JSON/],
    ["/fdrop.json", {}, /the request failed/],
    ["/fstall.json", { timeout: "400" }, /timed out after 0.4 s/],
  ];
  for (const [i, [src, attrs, message]] of cases.entries()) {
    const w = await addElement(page, `fail${i}`, { src, ...attrs });
    assert.match(await w.locator(".rw-error").innerText(), message, src);
    assert.equal(await w.locator(".rw-error").getAttribute("role"), "alert");
  }
  healthy = true;
  for (const i of cases.keys()) {
    await page.locator(`#fail${i} .rw-error__retry`).click();
    await page.locator(`#fail${i} .rw-article__headline`, { hasText: "Recovered" }).waitFor();
  }
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

test("fetching: documents the entry asked for early fail, time out and recover as the widget's own would; unwanted ones are cancelled", async () => {
  // Widgets in the page's HTML: reader-widget.js asks for their documents before the
  // module has come, and the widget takes those responses over.
  const seen = {};
  let healthy = false, aborted = false;
  const count = (name, answer) => async (req, res) => {
    seen[name] = (seen[name] ?? 0) + 1;
    return answer(req, res);
  };
  h.server.routes.set("/e404.json", count("e404", (req, res) => (healthy ? json(small("Recovered")) : json("missing", 404, "text/plain"))(req, res)));
  h.server.routes.set("/estall.json", count("estall", async (req) => {
    req.on("close", () => { aborted = true; });
    await new Promise((r) => setTimeout(r, 3000));
    return false;
  }));
  h.server.routes.set("/eok.json", count("eok", json(small("Asked for early"))));
  // Asked for early for a widget the page removes before the module comes: cancelled,
  // and never handed to a later widget of the same src.
  let goneClosed = false;
  h.server.routes.set("/egone.json", count("egone", async (req, res) => {
    if (seen.egone > 1) return json(small("Fresh"))(req, res);
    req.on("close", () => { goneClosed = true; });
    await new Promise((r) => setTimeout(r, 3000));
    return json(small("Stale"))(req, res);
  }));
  h.server.routes.set("/eattr.json", count("eattr", json(small("From the attribute"))));
  h.server.routes.set("/eprop.json", count("eprop", json(small("From the property"))));
  h.server.routes.set("/erel.json", count("erel", json({ version: "https://jsonfeed.org/version/1.1", title: "More early", items: [{ id: "1", url: "https://example.com/early", title: "An early card" }] })));
  fs.writeFileSync(`${h.dir}/early.html`, `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Early</title>
<link rel="icon" href="data:,"><script type="module" src="/reader-widget/reader-widget.js"></script></head>
<body><main><reader-widget id="e404" src="/e404.json"></reader-widget>
<reader-widget id="estall" src="/estall.json" timeout="400"></reader-widget>
<reader-widget id="eok" src="eok.json" related-src="/erel.json"></reader-widget>
<reader-widget id="egone" src="/egone.json"></reader-widget>
<reader-widget id="eprop" src="/eattr.json"></reader-widget>
<script>document.getElementById("eprop").src = "/eprop.json";
document.addEventListener("DOMContentLoaded", () => document.getElementById("egone").remove());</script></main></body></html>`);
  const page = await h.page();
  await page.goto(`${h.server.url}/early.html`);
  assert.match(await page.locator("#e404 .rw-error").innerText(), /the server answered 404/);
  assert.match(await page.locator("#estall .rw-error").innerText(), /timed out after 0.4 s/);
  await page.locator("#eok .rw-article__headline", { hasText: "Asked for early" }).waitFor();
  await page.locator("#eok .rw-related", { hasText: "An early card" }).waitFor();
  await page.waitForTimeout(200);
  await page.locator("#eprop .rw-article__headline", { hasText: "From the property" }).waitFor();
  assert.equal(aborted, true, "the timed-out early request was cancelled");
  assert.equal(goneClosed, true, "the removed widget's early request was cancelled");
  assert.deepEqual(seen, { e404: 1, estall: 1, eok: 1, erel: 1, egone: 1, eprop: 1 }, "each document asked for once");
  await page.evaluate(() => {
    const el = document.createElement("reader-widget");
    el.id = "again";
    el.setAttribute("src", "/egone.json");
    document.querySelector("main").append(el);
  });
  await page.locator("#again .rw-article__headline", { hasText: "Fresh" }).waitFor();
  healthy = true;
  await page.locator("#e404 .rw-error__retry").click();
  await page.locator("#e404 .rw-article__headline", { hasText: "Recovered" }).waitFor();
  assert.equal(seen.e404, 2, "Retry asks again");
  assert.deepEqual(page.pageErrors, []);
  await page.close();
});

test("removing the element unmounts it and aborts its request", async () => {
  let aborted = false;
  h.server.routes.set("/hang.json", async (req) => {
    req.on("close", () => { aborted = true; });
    await new Promise((r) => setTimeout(r, 2000));
    return false;
  });
  const page = await h.page();
  await page.evaluate(() => {
    const el = document.createElement("reader-widget");
    el.id = "gone";
    el.setAttribute("src", "/hang.json");
    document.getElementById("stage").append(el);
  });
  await page.locator("#gone .rw-root--loading").waitFor();
  const left = await page.evaluate(() => { const el = document.getElementById("gone"); el.remove(); return el.shadowRoot.childElementCount; });
  assert.equal(left, 0);
  await page.waitForTimeout(300);
  assert.equal(aborted, true, "the request was cancelled");
  await page.close();
});
