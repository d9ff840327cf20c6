// The documents widgets name, fetched through the Cache API: a hot article costs one
// origin request per TTL, not one per page view. A stored copy past its TTL is served
// while it revalidates in the background (stale-while-revalidate), and revalidation
// sends its validators (ETag, Last-Modified), so an unchanged document comes back as a
// 304 with no body.

/** The renderer's own limit on a document's JSON text: a bigger one is refused unread. */
const LIMIT = 4 * 1024 * 1024;
/** How long an entry stays in the cache past TTL + stale-while-revalidate, for its validators. */
const KEEP_FOR_VALIDATION = 86_400;
const STORED_AT = "x-reader-widget-stored";
const TTL = "x-reader-widget-ttl";
const SWR = "x-reader-widget-swr";

/**
 * A document loader for one request: `load(url)` answers the document's JSON text, or
 * throws with the reason a widget is left to the browser. `fetcher` fetches from the
 * origin; `waitUntil` keeps background revalidations alive past the response.
 */
export function documents({ cache, fetcher, waitUntil, ttl, swr, timeout, log }) {
  /** Fetches `url` (conditionally when `stored` has validators) and stores what came. */
  async function refresh(url, stored, ms) {
    const { text, headers, status } = await fetchDocument(fetcher, url, stored, ms);
    // A 304 without its own Cache-Control keeps the stored policy.
    const kept = status === 304 && !headers.has("cache-control");
    const policy = kept ? storedPolicy(stored) : cachePolicy(headers, { ttl, swr });
    const validator = (name) => headers.get(name) ?? (status === 304 ? stored.headers.get(name) : null);
    if (policy) await cache.put(url, storedResponse(text, validator, policy));
    return { text, status };
  }

  return {
    async load(url, ms = timeout) {
      const stored = await cache.match(url);
      if (stored) {
        const age = (Date.now() - Number(stored.headers.get(STORED_AT))) / 1000;
        const policy = storedPolicy(stored);
        if (age < policy.ttl) return { text: await stored.text(), from: "cache" };
        if (age < policy.ttl + policy.swr) {
          const copy = stored.clone();
          waitUntil(refresh(url, copy, timeout).catch((e) => log(`revalidating ${url} failed: ${e.message}`)));
          return { text: await stored.text(), from: "stale" };
        }
      }
      const { text, status } = await refresh(url, stored, ms);
      return { text, from: status === 304 ? "revalidated" : "origin" };
    },
  };
}

/** GETs the document with a timeout and the size limit; a 304 answers the stored text. */
async function fetchDocument(fetcher, url, stored, ms) {
  const headers = { accept: "application/json, application/ld+json;q=0.9, */*;q=0.1" };
  const etag = stored?.headers.get("etag");
  const modified = stored?.headers.get("last-modified");
  if (etag) headers["if-none-match"] = etag;
  if (modified) headers["if-modified-since"] = modified;
  let response;
  try {
    response = await fetcher(url, { headers, signal: AbortSignal.timeout(ms), redirect: "follow" });
  } catch (e) {
    throw new Error(e?.name === "TimeoutError" ? `no answer within ${ms} ms` : `fetch failed: ${e?.message ?? e}`);
  }
  if (response.status === 304 && stored) {
    return { text: await stored.text(), headers: response.headers, status: 304 };
  }
  if (!response.ok) {
    response.body?.cancel();
    throw new Error(`HTTP ${response.status}`);
  }
  const type = response.headers.get("content-type") ?? "";
  // What the browser's widget accepts for `src`: JSON of any kind, or plain text.
  if (type && !type.includes("json") && !type.startsWith("text/plain")) {
    response.body?.cancel();
    throw new Error(`the server sent "${type}" instead of JSON`);
  }
  return { text: await readCapped(response, LIMIT), headers: response.headers, status: response.status };
}

/** The body as text, refusing more than `limit` bytes without reading them all. */
async function readCapped(response, limit) {
  const declared = Number(response.headers.get("content-length"));
  if (declared > limit) {
    response.body?.cancel();
    throw new Error(`the document is ${declared} bytes; the limit is ${limit}`);
  }
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`the document is over ${limit} bytes`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(bytes);
}

/** How long the origin lets the document be kept: its `s-maxage`/`max-age` and
 * `stale-while-revalidate`, else the worker's defaults; none for `no-store`/`private`. */
export function cachePolicy(headers, defaults) {
  const control = (headers.get("cache-control") ?? "").toLowerCase();
  if (/(^|,)\s*(no-store|private)\b/.test(control)) return null;
  const directive = (name) => {
    const m = control.match(new RegExp(`(?:^|,)\\s*${name}\\s*=\\s*"?(\\d+)`));
    return m ? Number(m[1]) : undefined;
  };
  const ttl = /(^|,)\s*no-cache\b/.test(control) ? 0 : directive("s-maxage") ?? directive("max-age") ?? defaults.ttl;
  return { ttl, swr: directive("stale-while-revalidate") ?? defaults.swr };
}

/** The copy the cache keeps: the text, its validators, its policy and when it was stored. */
function storedResponse(text, validator, { ttl, swr }) {
  const keep = new Headers({
    "content-type": "application/json",
    "cache-control": `max-age=${ttl + swr + KEEP_FOR_VALIDATION}`,
    [STORED_AT]: String(Date.now()),
    [TTL]: String(ttl),
    [SWR]: String(swr),
  });
  for (const name of ["etag", "last-modified"]) {
    const value = validator(name);
    if (value) keep.set(name, value);
  }
  return new Response(text, { headers: keep });
}

/** The TTL and stale-while-revalidate a stored copy was kept with. */
function storedPolicy(stored) {
  return { ttl: Number(stored.headers.get(TTL)), swr: Number(stored.headers.get(SWR)) };
}
