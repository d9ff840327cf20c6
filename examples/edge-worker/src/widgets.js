// Every <reader-widget src="…"> of a page, rendered in place: the element keeps its own
// attributes (the publisher's id, class …) but `src`, `related-src` and `format`, and
// gets the renderer's declarative shadow root and inline document as its content, so the
// browser shows the story before any script and the widget takes it over. Anything that
// goes wrong leaves the element exactly as it came, and the browser renders it as it
// would without the worker.

/** The element's attributes that shape a render and are written on it, as the browser's
 * widget reads them (the element contract, less `src`, `related-src`, `format`, `timeout`). */
export const RENDERED = ["theme", "heading-level", "lang", "loop", "autoplay", "autoplay-interval", "start", "layout", "link-target", "noreferrer", "activate"];

/**
 * The HTMLRewriter handler for `reader-widget[src]` on the page at `pageUrl`: `render` is
 * reader-widget/edge's, `load(url, ms)` a document loader, `allowed(url)` the URL policy.
 */
export function widgetHandler({ pageUrl, render, load, allowed, timeout, log }) {
  return {
    async element(el) {
      const src = el.getAttribute("src");
      try {
        const options = optionsOf(el);
        const ms = Math.min(timeout, options.timeout ?? Infinity);
        const related = el.getAttribute("related-src");
        const [doc, feed] = await Promise.all([
          load(documentUrl(src, pageUrl, allowed), ms),
          related == null ? undefined : load(documentUrl(related, pageUrl, allowed), ms),
        ]);
        const { html } = await render(doc.text, { format: options.format, related: feed?.text, attributes: options.attributes });
        const content = shadowAndDocument(html);
        for (const name of ["src", "related-src", "format"]) el.removeAttribute(name);
        el.setInnerContent(content, { html: true });
      } catch (e) {
        log(`reader-widget edge: <reader-widget src="${src}"> left to the browser: ${String(e?.message ?? e).split("\n")[0]}`);
      }
    },
  };
}

/** The render options the element's attributes give, as the browser reads them. */
function optionsOf(el) {
  const attributes = {};
  for (const [name, value] of el.attributes) {
    if (RENDERED.includes(name)) attributes[name] = value;
  }
  const timeout = Number(el.getAttribute("timeout"));
  return {
    attributes,
    format: el.getAttribute("format") ?? undefined,
    // The browser's floor: at least 100 ms.
    timeout: Number.isFinite(timeout) && el.hasAttribute("timeout") ? Math.max(100, timeout) : undefined,
  };
}

/** `value` (an attribute of the page) as an absolute http(s) URL the policy allows. */
export function documentUrl(value, pageUrl, allowed) {
  let url;
  try {
    url = new URL(value.trim(), pageUrl);
  } catch {
    throw new Error("not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error(`${url.protocol} URLs are not fetched`);
  if (!allowed(url)) throw new Error(`${url.origin} is not an allowed document origin`);
  url.hash = "";
  return url.href;
}

/** What goes inside the element: the renderer's output without its own start and end tags. */
function shadowAndDocument(html) {
  const start = html.indexOf('<template shadowrootmode="open">');
  const end = "</reader-widget>";
  if (!html.startsWith("<reader-widget") || start < 0 || !html.endsWith(end)) throw new Error("unexpected render output");
  return html.slice(start, html.length - end.length);
}
