// A blank host page with the built npm package, for specs that add widgets with their
// own data and options. Images can be delayed so layout-shift checks see late loads.
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { serve } from "./server.mjs";
import { launch, newPage } from "./browser.mjs";

const PKG = process.env.E2E_PKG ?? "npm";

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Test host page</title>
<link rel="icon" href="data:,">
<script type="module" src="/reader-widget/reader-widget.js"></script>
</head><body><main><h1>Host page</h1><div id="stage"></div></main></body></html>`;

/** Starts the server and browser; `imageDelayMs` slows every image response. */
export async function startHarness({ imageDelayMs = 0 } = {}) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-e2e-"));
  await fs.cp(PKG, path.join(dir, "reader-widget"), { recursive: true });
  await fs.cp("www/demo", path.join(dir, "demo"), { recursive: true });
  await fs.writeFile(path.join(dir, "index.html"), PAGE);
  const routes = new Map();
  const server = await serve(dir, routes);
  if (imageDelayMs) {
    for (const f of await fs.readdir(path.join(dir, "demo/images"))) {
      routes.set(`/demo/images/${f}`, async (req, res) => {
        await new Promise((r) => setTimeout(r, imageDelayMs));
        res.writeHead(200, { "content-type": "image/svg+xml" });
        res.end(await fs.readFile(path.join(dir, "demo/images", f)));
        return true;
      });
    }
  }
  const browser = await launch();
  const demo = JSON.parse(await fs.readFile("www/demo/article.json", "utf8"));
  return {
    server,
    browser,
    demo,
    /** The served folder, for files a spec adds. */
    dir,
    /** A fresh page on the blank host, the package loaded. */
    async page(options = {}) {
      const page = await newPage(browser, options);
      await page.goto(`${server.url}/`);
      await page.waitForFunction(() => !!customElements.get("reader-widget"));
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Adds `<reader-widget id=…>` with `attrs` and `data` to the stage and waits for it to
 * render; returns a locator scoped to the element (Playwright pierces open shadow roots).
 */
export async function addWidget(page, id, data, attrs = {}) {
  await page.evaluate(([id, data, attrs]) => {
    const el = document.createElement("reader-widget");
    el.id = id;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.data = data;
    document.getElementById("stage").append(el);
  }, [id, data, attrs]);
  await page.waitForFunction((id) => {
    const root = document.getElementById(id)?.shadowRoot;
    return !!(root?.querySelector(".rw-article") || root?.querySelector(".rw-error"));
  }, id);
  return page.locator(`#${id}`);
}

/** Adds `<reader-widget id=…>` with only attributes (e.g. `src`) and waits for it. */
export async function addElement(page, id, attrs) {
  await page.evaluate(([id, attrs]) => {
    const el = document.createElement("reader-widget");
    el.id = id;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.getElementById("stage").append(el);
  }, [id, attrs]);
  await page.waitForFunction((id) => {
    const root = document.getElementById(id)?.shadowRoot;
    return !!(root?.querySelector(".rw-article") || root?.querySelector(".rw-error"));
  }, id, { timeout: 15_000 });
  return page.locator(`#${id}`);
}

/** The demo document with its media replaced (and optionally other changes). */
export function withMedia(demo, media, article = {}) {
  return { ...demo, article: { ...demo.article, media, ...article } };
}
