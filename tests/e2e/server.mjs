// A tiny static file server for e2e tests and the bench: serves a folder on a free
// loopback port, with correct content types and optional per-path overrides (status,
// delay, body, headers) so network faults can be staged.
import http from "node:http";
import fs from "node:fs/promises";
import path from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
};

/**
 * Starts a server rooted at `root`. `routes` maps a URL path to a handler
 * `(req, res) => boolean | Promise<boolean>` that returns true when it answered;
 * `headers` are sent with every response (e.g. a Content-Security-Policy).
 * Resolves to `{ url, close, routes }`; `routes` can be changed while running.
 */
export async function serve(root, routes = new Map(), { headers = {} } = {}) {
  root = path.resolve(root);
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    const handler = routes.get(url.pathname);
    if (handler && (await handler(req, res))) return;
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await fs.stat(file)).isDirectory()) file = path.join(file, "index.html");
      const body = await fs.readFile(file);
      res.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    routes,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}
