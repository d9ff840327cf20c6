// Under the strictest CSP a publisher might run, both the demo as Trunk builds it and a
// plain page using the npm package render fully, with zero policy violations.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { serve } from "./server.mjs";
import { STRICT_CSP, launch, newPage, recordViolations, waitForWidget } from "./browser.mjs";

const DIST = process.env.E2E_DIST ?? "dist";
const PKG = process.env.E2E_PKG ?? "npm";
let browser, dir;

before(async () => {
  browser = await launch();
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-csp-"));
  await fs.cp(PKG, path.join(dir, "reader-widget"), { recursive: true });
  await fs.cp("www/demo", path.join(dir, "demo"), { recursive: true });
  await fs.writeFile(path.join(dir, "index.html"), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CSP host</title><link rel="icon" href="data:,">
<script type="module" src="/reader-widget/reader-widget.js"></script></head>
<body><main><reader-widget src="/demo/article.json" autoplay></reader-widget>
<reader-widget id="ar" src="/demo/article-ar.json"></reader-widget>
<reader-widget id="ld" src="/jsonld.json"></reader-widget></main></body></html>`);
  await fs.writeFile(path.join(dir, "jsonld.json"), JSON.stringify({
    "@context": "https://schema.org", "@type": "NewsArticle",
    headline: "Converted under a strict policy", articleBody: "The formats module is a second wasm module.",
  }));
});

after(async () => {
  await browser?.close();
  await fs.rm(dir, { recursive: true, force: true });
});

async function renderUnderCsp(root) {
  const server = await serve(root, new Map(), { headers: { "content-security-policy": STRICT_CSP } });
  const page = await newPage(browser);
  await recordViolations(page);
  await page.goto(`${server.url}/`);
  await waitForWidget(page);
  await page.waitForFunction(() => {
    const ld = document.getElementById("ld");
    return !ld || ld.shadowRoot?.querySelector(".rw-article__headline, .rw-error");
  });
  // Exercise the parts that set styles at run time: carousel transform, lightbox.
  await page.locator("reader-widget:not(#ar) .rw-carousel__button--next").click();
  await page.locator("reader-widget:not(#ar) .rw-carousel__expand").click();
  await page.keyboard.press("Escape");
  await page.locator("reader-widget:not(#ar) .rw-card").last().scrollIntoViewIfNeeded();
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => {
    const root = document.querySelector("reader-widget").shadowRoot;
    const imgs = [...root.querySelectorAll(".rw-carousel__slide:not([inert]) img, .rw-card img")];
    return {
      violations: window.__violations,
      headline: root.querySelector(".rw-article__headline")?.textContent,
      styled: getComputedStyle(root.querySelector(".rw-root")).maxWidth !== "none",
      moved: root.querySelector(".rw-carousel__track").style.transform,
      imagesLoaded: imgs.filter((i) => i.complete && i.naturalWidth > 0).length,
      // A second widget in Arabic imports its language file (a module) under the policy.
      arabic: document.getElementById("ar")?.shadowRoot?.querySelector(".rw-carousel__button--next")?.getAttribute("aria-label"),
      jsonld: document.getElementById("ld")?.shadowRoot?.querySelector(".rw-article__headline")?.textContent,
    };
  });
  await page.close();
  await server.close();
  return result;
}

test("the npm package on a plain page renders with zero CSP violations", async () => {
  const r = await renderUnderCsp(dir);
  assert.deepEqual(r.violations, []);
  assert.equal(r.headline, "A town's seed library outgrows its single drawer");
  assert.ok(r.styled, "the adopted stylesheet applies");
  assert.equal(r.moved, "translateX(-100%)");
  assert.ok(r.imagesLoaded >= 2, `images load (${r.imagesLoaded})`);
  assert.equal(r.arabic, "الصورة التالية", "the Arabic texts module loads under the policy");
  assert.equal(r.jsonld, "Converted under a strict policy", "the formats module loads under the policy");
});

test("the Trunk-built demo renders with zero CSP violations (no inline scripts or styles)", async () => {
  const html = await fs.readFile(path.join(DIST, "index.html"), "utf8");
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, "no inline <script>");
  assert.doesNotMatch(html, /<style|\sstyle=/, "no inline styles");
  const r = await renderUnderCsp(DIST);
  assert.deepEqual(r.violations, []);
  assert.equal(r.headline, "A town's seed library outgrows its single drawer");
});
