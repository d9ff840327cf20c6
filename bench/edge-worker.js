// The bench's worker (bench/server.mjs): reader-widget/edge in workerd, rendering the
// document it was given `n` times per request, so a batch's time is the renders' and
// not the request's.
import { render } from "./reader-widget/edge";

let doc;

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/doc") {
      doc = await request.text();
      return new Response("ok");
    }
    if (url.pathname === "/noop") return new Response("");
    const n = Number(url.searchParams.get("n") ?? 1);
    let bytes = 0;
    for (let i = 0; i < n; i++) bytes += (await render(doc)).html.length;
    return new Response(String(bytes));
  },
};
