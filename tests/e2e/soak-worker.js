// A test worker for edge-soak.test.mjs: the render core reader-widget/edge uses, in
// workerd, with a way to make the live instance trap as a Rust panic does (`unreachable`,
// the release build aborts on panic) and to read how many instances were made, how
// many were freed, and how much memory the live one holds. Nothing here is part of the
// package.
import wasm from "./reader-widget/dist/server/reader_widget_render_bg.wasm";
import { instantiate } from "./reader-widget/dist/server/reader_widget_render.js";
import { renderer } from "./reader-widget/render-core.js";

let made = 0;
let live;
// Instances whose memory the garbage collector has freed (it runs on /state when the
// test starts workerd with V8's --expose-gc).
let freed = 0;
const collected = new FinalizationRegistry(() => freed++);
let trapNext = false;

const { render } = renderer(async () => wasm, (module) => {
  made++;
  const instance = instantiate(module);
  collected.register(instance.exports.memory, made);
  live = instance;
  return {
    ...instance,
    renderDocument(document, options) {
      if (trapNext) {
        trapNext = false;
        // An allocation no wasm32 heap can give: Rust aborts, i.e. traps with `unreachable`.
        instance.exports.__wbindgen_malloc(0xfffffff0, 1);
      }
      return instance.renderDocument(document, options);
    },
  };
});

/** A short digest of a render, to compare renders without sending them back. */
async function digest(text) {
  const hash = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export default {
  async fetch(request) {
    const url = new URL(request.url);
    if (url.pathname === "/trap") {
      trapNext = true;
      return new Response("armed");
    }
    if (url.pathname === "/state") {
      // Garbage is collected first, so what is measured is what is still held.
      globalThis.gc?.();
      await new Promise((resolve) => setTimeout(resolve, 1));
      globalThis.gc?.();
      return Response.json({ made, freed, gc: typeof globalThis.gc === "function", memory: live?.exports.memory.buffer.byteLength ?? 0 });
    }
    const format = url.searchParams.get("format") ?? undefined;
    try {
      // As the file is (request.text() would drop a leading BOM the corpus tests).
      const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await request.arrayBuffer());
      const { html } = await render(text, { format });
      return Response.json({ ok: true, digest: await digest(html) });
    } catch (e) {
      return Response.json({ ok: false, kind: e?.constructor?.name, message: String(e?.message ?? e).slice(0, 300) });
    }
  },
};
