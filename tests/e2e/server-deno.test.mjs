// reader-widget/server under Deno (the npm package `deno`, pinned in package.json): the
// demo and every renderable hostile document render byte for byte as the CLI writes
// them, and a document that cannot render is refused there too.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderable } from "./hostile-corpus.mjs";
import { cliRunner } from "./cli.mjs";

const PKG = path.resolve(process.env.E2E_PKG ?? "npm");
const DENO = path.resolve("node_modules/.bin/deno");

test("Deno renders the demo and the hostile corpus exactly as the CLI", () => {
  const cli = cliRunner();
  const cases = [
    ["www/demo/article.json", undefined, { jsonld: true, lang: "en-GB" }, ["--jsonld", "--lang", "en-GB"]],
    ...renderable.map((c) => [c.path, c.format, {}, c.format ? ["--format", c.format] : []]),
    ["tests/hostile/native-headline-missing.json", "native", {}, null],
  ];
  const list = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "rw-deno-")), "cases.json");
  fs.writeFileSync(list, JSON.stringify(cases.map(([file, format, options]) => [path.resolve(file), format, options])));
  const out = JSON.parse(execFileSync(DENO, ["run", "--allow-read", "--no-prompt", "tests/e2e/deno-render.mjs", list, PKG], {
    encoding: "utf8", maxBuffer: 1 << 28, env: { ...process.env, DENO_NO_UPDATE_CHECK: "1", NO_COLOR: "1" },
  }));
  fs.rmSync(path.dirname(list), { recursive: true, force: true });
  assert.equal(out.length, cases.length);
  cases.forEach(([file, , , args], i) => {
    if (args === null) assert.match(out[i].error ?? "", /headline/, file);
    else assert.equal(out[i].html, cli("render", file, ...args), file);
  });
  assert.ok(out[0].html.includes('<reader-widget lang="en-GB"><template shadowrootmode="open">'));
});
