// Starts the demo's wasm module from a file instead of Trunk's inline script, so the
// demo runs under a strict Content-Security-Policy (script-src 'self').
const tag = document.querySelector("script[data-wasm]");
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
