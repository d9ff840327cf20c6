// The hostile-input corpus (tests/hostile/, reasons in MANIFEST.json) for the specs that
// feed it to the widget, to the CLI or to renderToString; the big cases are generated
// on first use.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const DIR = "tests/hostile";
export const manifest = JSON.parse(fs.readFileSync(path.join(DIR, "MANIFEST.json"), "utf8"));
if (manifest.some((c) => !fs.existsSync(path.join(DIR, c.file)))) {
  execFileSync("python3", [path.join(DIR, "generate.py")]);
}

const FORMATS = ["native", "jsonld", "wordpress", "jsonfeed", "ans", "anf"];

/** The cases the widget must render, each with its path and the format to read it as
 * (undefined for the manifest's "raw" cases, which are detected as the widget does). */
export const renderable = manifest
  .filter((c) => c.expect === "render")
  .map((c) => ({ ...c, path: path.join(DIR, c.file), format: FORMATS.includes(c.format) ? c.format : undefined }));
