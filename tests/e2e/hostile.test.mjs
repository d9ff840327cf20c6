// Every hostile document in tests/hostile/ (see MANIFEST.json for why each exists),
// loaded through <reader-widget src> on a page rigged to notice an attack: a global
// tripwire, a dialog handler, a report-only CSP (violations reported, nothing blocked,
// so an injected script would really run), page errors (wasm traps), and a second,
// healthy widget that must still work at the end.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { startHarness, addWidget } from "./harness.mjs";
import { STRICT_CSP } from "./browser.mjs";
import { DIR, manifest } from "./hostile-corpus.mjs";

// Records every string the page hands to a raw-HTML sink, from before the package loads.
// Leptos's renderer (tachys) has one in its bundled glue: its template cache parses the
// static markup of our `view!` macros once with `innerHTML` and clones it.
const SINK_RECORDER = `window.__htmlSinks = [];
for (const proto of [Element.prototype, ShadowRoot.prototype]) {
  for (const name of ["innerHTML", "outerHTML"]) {
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (d?.set) Object.defineProperty(proto, name, { ...d, set(v) { window.__htmlSinks.push(String(v)); d.set.call(this, v); } });
  }
}
const insert = Element.prototype.insertAdjacentHTML;
Element.prototype.insertAdjacentHTML = function (where, html) { window.__htmlSinks.push(String(html)); return insert.call(this, where, html); };`;
const FORBIDDEN_TAGS = ["script", "iframe", "object", "embed", "svg", "math", "style", "base", "form", "template", "frame", "link", "meta"];
let h, page;

before(async () => {
  h = await startHarness();
  for (const c of manifest) {
    h.server.routes.set(`/hostile/${c.file}`, (req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-security-policy-report-only": STRICT_CSP });
      res.end(fs.readFileSync(path.join(DIR, c.file)));
      return true;
    });
  }
  page = await h.page();
  await page.addInitScript(SINK_RECORDER);
  await page.reload();
  await page.waitForFunction(() => !!customElements.get("reader-widget"));
  await page.evaluate(() => {
    window.__dialogs = 0;
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on("dialog", async (d) => { await page.evaluate(() => { window.__dialogs++; }); await d.dismiss(); });
  await addWidget(page, "healthy", h.demo);
});

after(async () => { await h?.close(); });

/** What a case left in the widget's shadow root. */
function inspect(id, forbidden) {
  return page.evaluate(([id, forbidden, tags]) => {
    const root = document.getElementById(id).shadowRoot;
    const all = [...root.querySelectorAll("*")];
    const badUrls = [];
    for (const e of all) {
      for (const attr of ["href", "src"]) {
        const v = e.getAttribute(attr);
        if (v !== null) {
          const protocol = new URL(v, location.href).protocol;
          if (protocol !== "http:" && protocol !== "https:") badUrls.push(`${e.tagName} ${attr}=${v}`);
        }
      }
      const srcset = e.getAttribute("srcset");
      if (srcset) for (const c of srcset.split(",")) {
        const u = c.trim().split(/\s+/)[0];
        if (!/^https?:$/.test(new URL(u, location.href).protocol)) badUrls.push(`srcset ${u}`);
      }
    }
    const attrValues = all.flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`));
    // Attributes a browser acts on (URLs, styles, handlers); text attributes such as
    // alt or aria-label may carry a payload as inert text, like textContent does.
    const active = attrValues.filter((a) => /^(href|src|srcset|style|action|formaction|poster|data|xlink:href|on[a-z]+)=/i.test(a));
    const textAttrs = all.flatMap((e) => ["alt", "aria-label", "title"].map((n) => e.getAttribute(n)).filter((v) => v !== null));
    return {
      article: !!root.querySelector(".rw-article"),
      error: root.querySelector(".rw-error")?.textContent ?? null,
      text: [root.textContent, ...textAttrs].join("\n"),
      badUrls,
      tags: all.map((e) => e.localName).filter((t) => tags.includes(t)),
      handlers: attrValues.filter((a) => /^on/i.test(a)),
      forbiddenInAttributes: active.filter((a) => forbidden.some((f) => a.toLowerCase().includes(f.toLowerCase()))),
    };
  }, [id, forbidden, FORBIDDEN_TAGS]);
}

test(`${manifest.length} hostile documents: nothing executes, nothing traps, each renders sanitized or explains itself`, async () => {
  const failures = [];
  for (const [i, c] of manifest.entries()) {
    const id = `case-${i}`;
    await page.evaluate(([id, src, format]) => {
      const el = document.createElement("reader-widget");
      el.id = id;
      if (format !== "raw") el.setAttribute("format", format);
      el.setAttribute("src", src);
      document.getElementById("stage").append(el);
    }, [id, `/hostile/${c.file}`, c.format]);
    await page.waitForFunction((id) => {
      const root = document.getElementById(id)?.shadowRoot;
      return !!(root?.querySelector(".rw-article") || root?.querySelector(".rw-error"));
    }, id, { timeout: 20_000 });
    const r = await inspect(id, c.forbidden ?? []);
    const problems = [];
    if (c.expect === "render" && !r.article) problems.push(`expected a render, got: ${r.error}`);
    if (c.expect === "error") {
      if (r.error === null) problems.push("expected the error panel");
      else if (c.error_contains && !r.error.includes(c.error_contains)) {
        problems.push(`error should mention "${c.error_contains}": ${r.error.slice(0, 200)}`);
      }
    }
    for (const t of c.text_contains ?? []) if (!r.text.includes(t)) problems.push(`text lacks ${JSON.stringify(t)}`);
    for (const t of c.text_absent ?? []) if (r.text.includes(t)) problems.push(`text shows ${JSON.stringify(t)}`);
    if (r.badUrls.length) problems.push(`unsafe URLs: ${r.badUrls.join(", ")}`);
    if (r.tags.length) problems.push(`forbidden elements: ${r.tags.join(", ")}`);
    if (r.handlers.length) problems.push(`event-handler attributes: ${r.handlers.join(", ")}`);
    if (r.forbiddenInAttributes.length) problems.push(`forbidden strings in attributes: ${r.forbiddenInAttributes.join(", ")}`);
    if (problems.length) failures.push(`${c.file}: ${problems.join("; ")}`);
    await page.evaluate((id) => document.getElementById(id).remove(), id);
  }
  const tripwire = await page.evaluate(() => ({ pwned: window.__pwned, dialogs: window.__dialogs, violations: window.__violations }));
  assert.deepEqual(failures, []);
  assert.deepEqual(tripwire, { pwned: undefined, dialogs: 0, violations: [] });
  assert.deepEqual(page.pageErrors, [], "no wasm trap or uncaught error");
});

test("the healthy widget on the same page still works afterwards", async () => {
  const w = page.locator("#healthy");
  await w.locator(".rw-carousel__button--next").click();
  await w.locator(".rw-carousel__counter", { hasText: "2 / 5" }).waitFor();
  assert.equal(await w.locator(".rw-article__headline").innerText(), "A town's seed library outgrows its single drawer");
});

test("every dropped element was reported, none silently: warnings carry JSON paths", async () => {
  const c = manifest.find((x) => x.file === "native-inject-article-urls.json") ?? manifest.find((x) => x.warning_contains);
  await page.evaluate(() => { window.__warnings = []; document.addEventListener("reader:warning", (e) => window.__warnings.push(e.detail)); });
  await page.evaluate(([src, format]) => {
    const el = document.createElement("reader-widget");
    el.id = "warned";
    if (format !== "raw") el.setAttribute("format", format);
    el.setAttribute("src", src);
    document.getElementById("stage").append(el);
  }, [`/hostile/${c.file}`, c.format]);
  await page.waitForFunction(() => document.getElementById("warned")?.shadowRoot?.querySelector(".rw-article, .rw-error"));
  const warnings = await page.evaluate(() => window.__warnings);
  assert.ok(warnings.length > 0, "warnings fired");
  assert.ok(warnings.every((w) => w.severity === "warning" && typeof w.path === "string" && w.path.length > 0 && w.message), JSON.stringify(warnings));
  for (const text of [].concat(c.warning_contains ?? [])) {
    assert.ok(warnings.some((w) => `${w.path}: ${w.message}`.includes(text)), `a warning mentions ${text}`);
  }
});

test("raw-HTML sinks only ever receive markup compiled into the wasm, never data", async () => {
  // The lightbox and the error panel carry templates of their own: show both.
  await page.locator("#healthy .rw-carousel__expand").click();
  await page.keyboard.press("Escape");
  const seen = [...new Set(await page.evaluate(() => window.__htmlSinks))];
  assert.ok(seen.length > 0, "the recorder saw the template cache at work");
  const wasm = fs.readFileSync(path.join(process.env.E2E_PKG ?? "npm", "dist/reader_widget_bg.wasm"));
  const notConstant = seen.filter((html) => !wasm.includes(Buffer.from(html, "utf8")));
  assert.deepEqual(notConstant, [], "every value is a string literal of the shipped wasm");
  const fromData = seen.filter((html) => /pwned|alert|onerror|javascript:|seed library/i.test(html));
  assert.deepEqual(fromData, [], "no document text reaches a sink");
});
