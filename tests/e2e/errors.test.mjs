// Broken input ends in a readable error panel with the JSON path, and a healthy widget
// on the same page keeps working.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./server.mjs";
import { launch, newPage, waitForWidget, axe } from "./browser.mjs";

const DIST = process.env.E2E_DIST ?? "dist";
let server, browser, page;

before(async () => {
  const routes = new Map([
    ["/broken.json", (req, res) => { res.writeHead(200, { "content-type": "application/json" }).end('{"version": 1, "article": '); return true; }],
    ["/missing.json", (req, res) => { res.writeHead(404, { "content-type": "text/plain" }).end("gone"); return true; }],
  ]);
  server = await serve(DIST, routes);
  browser = await launch();
  page = await newPage(browser);
  await page.goto(`${server.url}/`);
  await waitForWidget(page);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Adds a widget configured by `setup(el)` and returns what its shadow root shows. */
async function addWidget(id, setup) {
  await page.evaluate(([id, setup]) => {
    const el = document.createElement("reader-widget");
    el.id = id;
    new Function("el", setup)(el);
    document.querySelector("main").append(el);
  }, [id, setup]);
  await waitForWidget(page, `#${id}`);
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const panel = root.querySelector(".rw-error");
    return {
      role: panel?.getAttribute("role"),
      title: panel?.querySelector(".rw-error__title")?.textContent,
      origin: panel?.querySelector(".rw-error__origin")?.textContent,
      problems: [...(panel?.querySelectorAll(".rw-error__problem") ?? [])].map((li) => li.textContent),
      article: !!root.querySelector(".rw-article"),
    };
  }, id);
}

test("a document with an unknown version and no headline lists both problems", async () => {
  const shown = await addWidget("bad-data", `el.data = { version: 7, article: { headline: "" } };`);
  assert.equal(shown.role, "alert");
  assert.equal(shown.article, false);
  assert.deepEqual(shown.problems, [
    "version: version 7 is not supported; this widget reads version 1",
    "article.headline: is empty: every article needs a headline",
  ]);
});

test("truncated JSON from src is reported as not JSON", async () => {
  const shown = await addWidget("bad-json", `el.setAttribute("src", "/broken.json");`);
  assert.equal(shown.problems.length, 1);
  assert.match(shown.problems[0], /^document: not valid JSON/);
  assert.equal(shown.title, "This article could not be displayed.", "the reader's line, in their language");
  assert.match(shown.origin, /"\/broken\.json"/, "the developer's line says where it came from");
});

test("an HTTP error names the status", async () => {
  const shown = await addWidget("bad-status", `el.setAttribute("src", "/missing.json");`);
  assert.deepEqual(shown.problems, ["document: the server answered 404 Not Found"]);
});

test("the error event carries the diagnostics and the demo widget still works", async () => {
  const detail = await page.evaluate(() => new Promise((resolve) => {
    const el = document.createElement("reader-widget");
    el.addEventListener("reader:error", (e) => resolve(e.detail));
    el.data = { version: 1 };
    document.querySelector("main").append(el);
  }));
  assert.deepEqual(detail, [{ severity: "fatal", path: "article", message: "missing: a document needs an article with a headline" }]);
  await page.locator("#demo .rw-carousel__button--next").click();
  const counter = await page.locator("#demo .rw-carousel__counter").innerText();
  assert.equal(counter, "2 / 5");
  assert.deepEqual(page.pageErrors, []);
});

test("axe-core reports no violations with error panels on the page", async () => {
  assert.deepEqual(await axe(page), []);
});
