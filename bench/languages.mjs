// What a reader's language costs at mount: `mount()` → settled for the same story in
// English (texts built in) and in Arabic (its texts module imported first), each on a
// fresh page, and a second Arabic widget on the same page (module already held).
// Usage: node bench/languages.mjs [--runs N]   (after ./scripts/build-package.sh)
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { serve } from "../tests/e2e/server.mjs";
import { launch, newPage } from "../tests/e2e/browser.mjs";

const RUNS = Number(process.argv[process.argv.indexOf("--runs") + 1]) || 15;
const dir = await fs.mkdtemp(path.join(os.tmpdir(), "rw-lang-bench-"));
await fs.cp("npm", path.join(dir, "reader-widget"), { recursive: true });
await fs.cp("www/demo", path.join(dir, "demo"), { recursive: true });
await fs.writeFile(path.join(dir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>bench</title></head><body><main id="stage"></main></body></html>`);
const server = await serve(dir);
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = { en: [], ar: [], "ar (second widget)": [] };
try {
  for (let i = 0; i < RUNS; i++) {
    for (const lang of ["en", "ar"]) {
      const page = await newPage(browser);
      await page.goto(`${server.url}/`);
      const ms = await page.evaluate(async (lang) => {
        const { mount, ready } = await import("/reader-widget/reader-widget.js");
        await ready;
        const file = lang === "en" ? "/demo/article.json" : `/demo/article-${lang}.json`;
        const data = await (await fetch(file)).json();
        const time = async () => {
          const box = document.createElement("div");
          document.getElementById("stage").append(box);
          const t0 = performance.now();
          await mount(box, { data });
          return performance.now() - t0;
        };
        return [await time(), await time()];
      }, lang);
      rows[lang].push(ms[0]);
      if (lang === "ar") rows["ar (second widget)"].push(ms[1]);
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  await fs.rm(dir, { recursive: true, force: true });
}
console.log(`| mount() → settled, ${RUNS} fresh pages | median ms | min–max |\n|---|---|---|`);
for (const [name, xs] of Object.entries(rows)) {
  console.log(`| ${name} | ${median(xs).toFixed(1)} | ${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)} |`);
}
