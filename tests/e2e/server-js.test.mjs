// reader-widget/server under Node (no browser, no DOM): renderToString gives exactly
// the markup `reader-widget render` writes, for the demo and for every hostile document
// of the corpus, takes the CLI's options, and rejects a document that cannot render
// with its problems.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import v8 from "node:v8";
import vm from "node:vm";
import { renderable } from "./hostile-corpus.mjs";
import { cliRunner } from "./cli.mjs";

const PKG = path.resolve(process.env.E2E_PKG ?? "npm");
let server, cli;

before(async () => {
  server = await import(path.join(PKG, "server.js"));
  cli = cliRunner();
});

test("runs without a DOM and writes what the CLI writes", async () => {
  assert.equal(typeof globalThis.document, "undefined");
  const demo = JSON.parse(fs.readFileSync("www/demo/article.json", "utf8"));
  const html = await server.renderToString(demo, { jsonld: true, lang: "en-GB" });
  assert.equal(html, cli("render", "www/demo/article.json", "--jsonld", "--lang", "en-GB"));
  assert.ok(html.startsWith('<script type="application/ld+json">'));
  assert.ok(html.includes('<reader-widget lang="en-GB"><template shadowrootmode="open"><style>'));
  assert.ok(html.includes(demo.article.headline.replace("'", "&#x27;")) || html.includes(demo.article.headline));
});

test("takes the element's attributes, a linked stylesheet and related stories", async () => {
  const text = fs.readFileSync("www/demo/article.json", "utf8");
  const html = await server.renderToString(text, {
    attributes: { layout: "list", "heading-level": 2, loop: true, activate: "visible" },
    stylesheet: "/rw/reader-widget.css",
  });
  assert.equal(html, cli("render", "www/demo/article.json", "--attr", "layout=list", "--attr", "heading-level=2",
    "--attr", "loop=", "--attr", "activate=visible", "--stylesheet", "/rw/reader-widget.css"));
  assert.match(html, /^<reader-widget layout="list" heading-level="2" loop="" activate="visible"><template/);
  assert.ok(!html.includes("<style>"));
  const { warnings } = await server.render(text, { related: { version: 1, related: [] } });
  assert.ok(Array.isArray(warnings));
  assert.equal(await server.styleHash(), cli("style-hash"));
});

test("a document that cannot render rejects with its problems; unknown options are refused", async () => {
  await assert.rejects(server.renderToString({ version: 1, article: { body: ["no headline"] } }), /fatal article/);
  await assert.rejects(server.renderToString("{ not json"), /fatal/);
  await assert.rejects(server.renderToString({ version: 1, article: { headline: "H" } }, { attributes: { onclick: "x" } }), /unknown attribute/);
  await assert.rejects(server.renderToString({ version: 1, article: { headline: "H" } }, { attributes: { src: "/a.json" } }), /unknown attribute/);
  await assert.rejects(server.renderToString({ version: 1, article: { headline: "H" } }, { format: "rss" }), /unknown format/);
});

test("every hostile document renders exactly as on the CLI, and no raw-HTML sink is reached", async () => {
  // The module's glue imports an `innerHTML` setter: Leptos links its DOM renderer's
  // template cache into every build. A server has no DOM to mount into, so it must never
  // run: any object's `innerHTML` assignment lands in this trap.
  const sinks = [];
  Object.defineProperty(Object.prototype, "innerHTML", { set(v) { sinks.push(String(v)); }, configurable: true });
  let compared = 0;
  try {
    await server.renderToString(fs.readFileSync("www/demo/article.json", "utf8"), { jsonld: true });
    for (const c of renderable) {
      const html = await server.renderToString(fs.readFileSync(c.path, "utf8"), { format: c.format });
      assert.equal(html, cli("render", c.path, ...(c.format ? ["--format", c.format] : [])), c.file);
      compared++;
    }
  } finally {
    delete Object.prototype.innerHTML;
  }
  assert.ok(compared > 40, `${compared} documents`);
  assert.deepEqual(sinks, []);
});

test("a trapped instance is replaced and let go: after a dozen traps every dropped instance is collected", async () => {
  // Node's collector is deterministic once asked (workerd's is not: the soak there only
  // bounds memory), so here the package's own code is held to releasing every instance.
  v8.setFlagsFromString("--expose-gc");
  const gc = vm.runInNewContext("gc");
  const { instantiate } = await import(path.join(PKG, "dist/server/reader_widget_render.js"));
  const { renderer } = await import(path.join(PKG, "render-core.js"));
  const module = new WebAssembly.Module(fs.readFileSync(path.join(PKG, "dist/server/reader_widget_render_bg.wasm")));
  let made = 0;
  let freed = 0;
  let trapNext = false;
  const collected = new FinalizationRegistry(() => freed++);
  const { renderToString } = renderer(async () => module, (m) => {
    made++;
    const instance = instantiate(m);
    collected.register(instance.exports.memory, made);
    return {
      ...instance,
      renderDocument(document, options) {
        // An allocation no wasm32 heap can give: Rust aborts, a trap as a panic is.
        if (trapNext) instance.exports.__wbindgen_malloc(0xfffffff0, 1);
        return instance.renderDocument(document, options);
      },
    };
  });
  const demo = fs.readFileSync("www/demo/article.json", "utf8");
  const expected = await renderToString(demo);
  for (let i = 0; i < 12; i++) {
    trapNext = true;
    await assert.rejects(renderToString(demo), (e) => e instanceof WebAssembly.RuntimeError && /unreachable/.test(e.message));
    trapNext = false;
    assert.equal(await renderToString(demo), expected, "the render after a trap is whole");
  }
  assert.equal(made, 13, "a new instance after each trap, never the trapped one again");
  for (let i = 0; i < 20 && freed < 12; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.equal(freed, 12, `${freed} of 12 dropped instances collected`);
});
