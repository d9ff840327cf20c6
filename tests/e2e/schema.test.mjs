// The JSON Schema of the native format agrees with what we ship and what the Rust
// converter prints: the demo document and the CLI's output for every real fixture in
// ../shared/fixtures/real validate; documents the decoder refuses do not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";

const schema = JSON.parse(fs.readFileSync("schema/reader-widget.v1.schema.json", "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
const CLI = process.env.READER_WIDGET_CLI ?? "target/debug/reader-widget";
const FIXTURES = path.resolve("..", "shared", "fixtures", "real");

test("the demo article validates against the schema", () => {
  const ok = validate(JSON.parse(fs.readFileSync("www/demo/article.json", "utf8")));
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
});

test("the converter's native output for every real fixture validates", { skip: !fs.existsSync(CLI) && "CLI not built" }, () => {
  const files = ["jsonld", "wordpress", "jsonfeed"].flatMap((dir) =>
    fs.readdirSync(path.join(FIXTURES, dir)).filter((f) => f.endsWith(".json")).map((f) => path.join(FIXTURES, dir, f)));
  assert.ok(files.length >= 10, `found ${files.length} fixtures`);
  for (const file of files) {
    const out = execFileSync(CLI, ["convert", file], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const ok = validate(JSON.parse(out));
    assert.ok(ok, `${path.basename(file)}: ${JSON.stringify(validate.errors)}`);
  }
});

test("documents the decoder refuses fail the schema too", () => {
  for (const bad of [
    { version: 2, article: { headline: "x" } },
    { version: 1, article: { headline: "" } },
    { version: 1 },
    { version: 1, article: { headline: "x", media: [{ alt: "no src" }] } },
    { version: 1, article: { headline: "x", body: [{ type: "video" }] } },
  ]) {
    assert.equal(validate(bad), false, JSON.stringify(bad));
  }
});
