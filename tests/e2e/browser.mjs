// Launches Debian's Chromium through playwright-core (never a downloaded browser) and
// offers the helpers every spec needs: a fresh page, shadow-DOM queries, axe-core.
import { createRequire } from "node:module";
import { chromium } from "playwright-core";

const require = createRequire(import.meta.url);
const AXE_SOURCE = require("node:fs").readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** The strictest policy a publisher might run, under which the suite renders widgets. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

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

/**
 * Routes every request of `page`: loopback ones go on (recorded in `local`), every other
 * one is recorded in `external` and aborted, or answered with `stub(url)` when that
 * returns a response for `route.fulfill`. Nothing leaves the machine.
 */
export async function routeNetwork(page, { stub } = {}) {
  const net = { local: [], external: [] };
  await page.route("**/*", async (route) => {
    const url = route.request().url();
    if (["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname)) {
      net.local.push(url);
      return route.continue();
    }
    net.external.push(url);
    const answer = stub?.(url);
    return answer ? route.fulfill(answer) : route.abort();
  });
  return net;
}

/** Collects the page's CSP violations in `window.__violations`, from the first byte. */
export async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}
