// The CLI (`reader-widget`, built by cargo with `--features cli`) for specs that compare
// a JavaScript render with it: built once, then run directly (one cargo call, not one
// per document).
import { execFileSync } from "node:child_process";
import path from "node:path";

/** Builds the CLI (if needed) and answers a function that runs it and returns its output. */
export function cliRunner() {
  execFileSync("cargo", ["build", "--quiet", "--features", "cli", "--bin", "reader-widget"]);
  const bin = path.resolve("target/debug/reader-widget");
  return (...args) => execFileSync(bin, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 28 }).replace(/\n$/, "");
}
