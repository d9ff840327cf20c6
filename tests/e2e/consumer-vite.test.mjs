// The package as publishers install it: `npm pack`, then a Vite 7 app that depends on
// the tarball is installed, built and opened in Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { serve } from "./server.mjs";
import { launch, newPage, axe } from "./browser.mjs";

const PKG = path.resolve(process.env.E2E_PKG ?? "npm");
let dir, server, browser;

before(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-vite-"));
  const out = execFileSync("npm", ["pack", PKG, "--pack-destination", dir, "--json"], { encoding: "utf8" });
  const tarball = path.join(dir, JSON.parse(out)[0].filename);
  const app = path.join(dir, "app");
  await fs.cp("tests/consumers/vite", app, {
    recursive: true,
    filter: (src) => !/node_modules|dist$/.test(src),
  });
  const npm = (...args) => execFileSync("npm", args, { cwd: app, stdio: "pipe", encoding: "utf8" });
  npm("ci", "--no-audit", "--no-fund");
  npm("install", "--no-save", "--no-audit", "--no-fund", tarball);
  npm("run", "build");
  server = await serve(path.join(app, "dist"));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test("a Vite 7 build of an app using the tarball renders the element and mount()", async () => {
  const page = await newPage(browser);
  await page.goto(`${server.url}/`);
  await page.locator("#from-src .rw-article__headline").waitFor();
  assert.equal(await page.locator("#from-src h2").innerText(), "Fetched by the element in a Vite app");
  await page.waitForFunction(() => document.body.dataset.mounted === "yes");
  assert.equal(await page.locator("#mounted h2").innerText(), "Mounted from a Vite bundle");
  await page.waitForFunction(() => document.body.dataset.arabic === "yes");
  assert.equal(await page.locator("#arabic .rw-root").getAttribute("dir"), "rtl");
  assert.equal(await page.locator("#arabic .rw-article__contributors").innerText(), "شارك في إعداد التقرير: سامي");
  assert.deepEqual(page.consoleLines.filter((l) => l.includes("could not be loaded")), [],
    "the bundle carries the Arabic texts module");
  await page.locator("#jsonld .rw-article__headline").waitFor();
  assert.equal(await page.locator("#jsonld h2").innerText(), "JSON-LD converted by the formats module");
  assert.deepEqual(page.pageErrors, []);
  assert.deepEqual(page.failedRequests, []);
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test("the packed tarball holds only what a consumer needs", async () => {
  const out = execFileSync("npm", ["pack", PKG, "--dry-run", "--json"], { encoding: "utf8" });
  const files = JSON.parse(out)[0].files.map((f) => f.path).sort();
  assert.ok(files.includes("reader-widget.js"));
  assert.ok(files.includes("reader-widget.d.ts"));
  assert.ok(files.includes("custom-elements.json"));
  assert.ok(files.includes("dist/reader_widget_bg.wasm"));
  assert.ok(files.some((f) => f.startsWith("dist/snippets/") && f.endsWith("element.js")));
  assert.ok(files.includes("dist/i18n/ar.js") && files.includes("dist/i18n/zh-Hant.js"), "language files ship");
  assert.ok(files.includes("dist/formats/reader_widget_formats.js") && files.includes("dist/formats/reader_widget_formats_bg.wasm"), "the formats module ships");
  assert.ok(files.every((f) => !f.endsWith(".rs") && !f.includes("node_modules")), files.join(", "));
});
