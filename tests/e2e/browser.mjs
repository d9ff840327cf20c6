// Launches Debian's Chromium through playwright-core (never a downloaded browser) and
// offers the helpers every spec needs: a fresh page, shadow-DOM queries, axe-core.
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = require("node:fs").readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--js-flags=--expose-gc",
];

export async function launch(extraArgs = []) {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs], headless: true });
}

/** A new page that fails the test on uncaught page errors; console lines are collected. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1024, height: 900 }, ...options });
  const page = await context.newPage();
  page.consoleLines = [];
  page.pageErrors = [];
  page.on("console", (m) => page.consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => page.pageErrors.push(String(e)));
  page.failedRequests = [];
  page.on("response", (r) => r.status() >= 400 && page.failedRequests.push(`${r.status()} ${r.url()}`));
  return page;
}

/** Waits until the widget `selector` has rendered an article or an error panel. */
export async function waitForWidget(page, selector = "reader-widget") {
  await page.waitForFunction(
    (sel) => {
      const root = document.querySelector(sel)?.shadowRoot;
      return !!root && !!(root.querySelector(".rw-article") || root.querySelector(".rw-error"));
    },
    selector,
    { timeout: 20_000 },
  );
}

/** Runs axe-core on the page (open shadow roots included); returns the violations. */
export async function axe(page, options = {}) {
  if (!(await page.evaluate(() => typeof window.axe?.run === "function"))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (opts) => {
    const result = await window.axe.run(document, opts);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5),
    }));
  }, options);
}
