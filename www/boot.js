// Starts the demo's wasm module from a file instead of Trunk's inline script, so the
// demo runs under a strict Content-Security-Policy (script-src 'self').

// The sample in the language the switcher asks for (`?lang=ar`), or two side by side
// (`?lang=en,ar`): the same story written in English, Arabic, Hebrew and Japanese.
const SAMPLES = { en: "demo/article.json", ar: "demo/article-ar.json", he: "demo/article-he.json", ja: "demo/article-ja.json" };
const asked = new URLSearchParams(location.search).get("lang") ?? "en";
const langs = asked.split(",").filter((l) => Object.hasOwn(SAMPLES, l));
const first = document.getElementById("demo");
// server.html brings its article rendered (a shadow root from the parser): keep it.
const serverRendered = !!first.shadowRoot;
if (!serverRendered) first.setAttribute("src", SAMPLES[langs[0] ?? "en"]);
for (const lang of serverRendered ? [] : langs.slice(1).reverse()) {
  const other = first.cloneNode(false);
  other.id = `demo-${lang}`;
  other.setAttribute("src", SAMPLES[lang]);
  first.after(other);
}
document.querySelector(".demo-main").classList.toggle("demo-main--pair", langs.length > 1);
for (const link of document.querySelectorAll(".demo-langs a")) {
  if (new URLSearchParams(link.search).get("lang") === (langs.join(",") || "en")) {
    link.setAttribute("aria-current", "page");
  }
}

const tag = document.querySelector("script[data-wasm]");
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
