// The drop-in worker: sits in front of a publisher's site and server-renders every
// <reader-widget src="…"> already in its pages, with no change to their templates. Pages
// stream through HTMLRewriter; each widget's document comes through the Cache API; a
// widget whose document fails (network, status, timeout, refusal) is left as it was,
// with the reason logged, and the browser renders it as it would without the worker.
import { render } from "reader-widget/edge";
import { documents } from "./documents.js";
import { widgetHandler } from "./widgets.js";

export default {
  /** Answers a page request: the origin's response, its widgets rendered when it is HTML. */
  async fetch(request, env, ctx) {
    const config = settings(env);
    const page = new URL(request.url);
    const response = await fetch(new Request(toOrigin(page, page, config), request));
    if (request.method !== "GET" || !(response.headers.get("content-type") ?? "").includes("text/html")) return response;
    const load = documents({
      cache: await caches.open("reader-widget-documents"),
      // Documents are public and cached by URL: nothing of the reader's request goes with them.
      fetcher: (url, init) => fetch(toOrigin(new URL(url), page, config), init),
      waitUntil: (promise) => ctx.waitUntil(promise),
      ttl: config.ttl,
      swr: config.swr,
      timeout: config.timeout,
      log: (message) => console.warn(`reader-widget edge: ${message}`),
    }).load;
    const handler = widgetHandler({
      pageUrl: page,
      render: (doc, options) => render(doc, { ...options, stylesheet: config.stylesheet }),
      load,
      allowed: (url) => url.origin === page.origin || config.origins.includes(url.origin),
      timeout: config.timeout,
      log: console.warn,
    });
    return new HTMLRewriter().on("reader-widget[src]", handler).transform(response);
  },
};

/** The worker's settings from its environment (wrangler.toml `[vars]`), with defaults. */
function settings(env) {
  const number = (value, fallback) => (value == null || value === "" || !Number.isFinite(Number(value)) ? fallback : Number(value));
  return {
    // Where the site really is, when the worker does not sit on a route in front of it.
    origin: env.ORIGIN ? new URL(env.ORIGIN) : null,
    // Other origins documents may come from (the page's own is always allowed).
    origins: String(env.DOCUMENT_ORIGINS ?? "").split(/[\s,]+/).filter(Boolean).map((o) => new URL(o).origin),
    ttl: number(env.DOCUMENT_TTL, 60),
    swr: number(env.DOCUMENT_STALE_WHILE_REVALIDATE, 600),
    timeout: number(env.DOCUMENT_TIMEOUT_MS, 3000),
    // A URL of reader-widget.css to link, for pages whose CSP allows no inline style hash.
    stylesheet: env.STYLESHEET || undefined,
  };
}

/** `url` on the page's own origin, sent to `ORIGIN` when one is set. */
function toOrigin(url, page, { origin }) {
  if (!origin || url.origin !== page.origin) return url.href;
  return new URL(url.pathname + url.search, origin).href;
}
