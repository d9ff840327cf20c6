// Workers in Cloudflare's runtime (workerd, through miniflare, both pinned in
// package.json): the drop-in worker of examples/edge-worker, or a test's own, with
// reader-widget/edge laid out as a bundler leaves it (the package's modules under
// `reader-widget/`, its .wasm as a compiled module), and the worker's console lines
// collected.
import fs from "node:fs";
import path from "node:path";
import { Miniflare } from "miniflare";

const PKG = path.resolve(process.env.E2E_PKG ?? "npm");
export const COMPATIBILITY_DATE = "2026-07-01";
const ROOT = "/worker";

/** The package's modules the edge entry needs, named as a bundler resolves them. */
function packageModules() {
  const file = (rel, type = "ESModule") => ({ type, path: `${ROOT}/reader-widget/${rel}`, contents: fs.readFileSync(path.join(PKG, rel)) });
  return [
    { ...file("edge.js"), path: `${ROOT}/reader-widget/edge` },
    file("render-core.js"),
    file("dist/server/reader_widget_render.js"),
    file("dist/server/reader_widget_render_bg.wasm", "CompiledWasm"),
  ];
}

/**
 * Starts `entry` and the files beside it (`files`: paths relative to its folder) in
 * workerd with `bindings`; `port` makes it listen on loopback for a browser. Resolves to
 * `{ mf, url, logs, fetch(path, init), close }`.
 */
export async function startWorker({ dir, entry, files = [], bindings = {}, port }) {
  const logs = [];
  const own = [entry, ...files].map((rel) => ({ type: "ESModule", path: `${ROOT}/${rel}`, contents: fs.readFileSync(path.join(dir, rel)) }));
  const collect = (stream) => {
    let rest = "";
    stream.on("data", (chunk) => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop();
      logs.push(...lines.filter(Boolean));
    });
  };
  const mf = new Miniflare({
    modules: [...own, ...packageModules()],
    modulesRoot: ROOT,
    compatibilityDate: COMPATIBILITY_DATE,
    bindings,
    handleRuntimeStdio: (stdout, stderr) => { collect(stdout); collect(stderr); },
    ...(port === undefined ? {} : { host: "127.0.0.1", port }),
  });
  const url = (await mf.ready).href.replace(/\/$/, "");
  return {
    mf,
    url,
    logs,
    fetch: (p, init) => mf.dispatchFetch(`http://localhost${p}`, init),
    close: () => mf.dispose(),
  };
}

/** The drop-in worker of examples/edge-worker in front of `origin`. */
export function startEdgeWorker(origin, { bindings = {}, port } = {}) {
  return startWorker({
    dir: "examples/edge-worker/src",
    entry: "index.js",
    files: ["documents.js", "widgets.js"],
    bindings: { ORIGIN: origin, ...bindings },
    port,
  });
}
