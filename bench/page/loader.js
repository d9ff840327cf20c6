// Page side of the bench: loads either renderer behind one interface, so every scenario
// mounts the widget and the baseline the same way.

/** Loads `renderer` ("widget" | "baseline"); `mount(host, doc)` resolves to an unmount. */
export async function load(renderer) {
  if (renderer === "widget") {
    const pkg = await import("/reader-widget/reader-widget.js");
    const wasm = await pkg.ready;
    // The module's exports have short names (scripts/minify-names.mjs): find the memory.
    const memory = Object.values(wasm).find((v) => v instanceof WebAssembly.Memory);
    return {
      wasmBytes: () => memory.buffer.byteLength,
      mount: async (host, doc) => {
        const handle = await pkg.mount(host, { data: doc });
        return () => handle.unmount();
      },
    };
  }
  // The stylesheet first: the renderer schedules its idle-time `Intl` warm-up when its
  // module runs, and a fetch after that would give it idle time the widget (which
  // schedules its own when its module is ready) does not get before an at-load mount.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(await (await fetch("/baseline/widget.css")).text());
  const { render } = await import("/baseline/render.js");
  return {
    wasmBytes: () => 0,
    mount: async (host, doc) => {
      render(host, doc, sheet);
      return () => host.shadowRoot.replaceChildren();
    },
  };
}

/** Mounts and unmounts `doc` `times` times in fresh hosts; the mount→committed times. */
export async function mountRepeatedly(r, doc, times) {
  const stage = document.getElementById("stage");
  const out = [];
  for (let i = 0; i < times; i++) {
    const host = document.createElement("div");
    stage.append(host);
    const start = performance.now();
    const unmount = await r.mount(host, doc);
    out.push(performance.now() - start);
    unmount();
    host.remove();
  }
  return out;
}
