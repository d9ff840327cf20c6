// Saves screenshots of the built demo (`dist/`, from `trunk build --release`) in each
// sample language, for the README and reviews: docs/screenshots/demo-<lang>.png.
// Usage: node scripts/screenshots.mjs   (Japanese needs a CJK font: apt-get install fonts-noto-cjk)
import fs from "node:fs/promises";
import { serve } from "../tests/e2e/server.mjs";
import { launch, newPage, waitForWidget } from "../tests/e2e/browser.mjs";

const SHOTS = { ar: "ar", he: "he", ja: "ja", "en-ar": "en,ar" };
const server = await serve(process.env.E2E_DIST ?? "dist");
const browser = await launch();
await fs.mkdir("docs/screenshots", { recursive: true });
try {
  for (const [name, lang] of Object.entries(SHOTS)) {
    const wide = lang.includes(",");
    const page = await newPage(browser, { viewport: { width: wide ? 1400 : 1000, height: 1100 }, reducedMotion: "reduce" });
    await page.goto(`${server.url}/?lang=${lang}`);
    await waitForWidget(page);
    await page.waitForFunction(() => [...document.querySelectorAll("reader-widget")].every((el) =>
      el.shadowRoot?.querySelector(".rw-article") && [...el.shadowRoot.querySelectorAll(".rw-carousel__slide:not([inert]) img")].every((i) => i.complete)));
    await page.screenshot({ path: `docs/screenshots/demo-${name}.png` });
    console.log(`docs/screenshots/demo-${name}.png`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
