// Writes each language file of the widget's texts but English (which is built into the
// wasm) as an ES module, `<out>/i18n/<tag>.js` exporting the file's text without its
// comments. The widget imports one only when a widget on the page speaks its language.
// Usage: node scripts/i18n-modules.mjs <out dir>   (Trunk's hook: $TRUNK_STAGING_DIR)
import fs from "node:fs";
import path from "node:path";

const out = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!out) throw new Error("usage: i18n-modules.mjs <out dir>");
const source = new URL("../src/i18n/messages/", import.meta.url);
fs.mkdirSync(path.join(out, "i18n"), { recursive: true });
for (const file of fs.readdirSync(source).sort()) {
  if (!file.endsWith(".txt") || file === "en.txt") continue;
  const text = fs.readFileSync(new URL(file, source), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.trimStart().startsWith("#"))
    .join("\n");
  const target = path.join(out, "i18n", file.replace(/\.txt$/, ".js"));
  fs.writeFileSync(target, `export default ${JSON.stringify(text + "\n")};\n`);
}
