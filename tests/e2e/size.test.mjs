// Size budget of what a page downloads (deterministic, so CI can enforce it).
// A ratchet: set just above the measured size (218.6 KB brotli with the format
// adapters) so any growth fails; the performance work lowers it toward 100 KB.
import { test } from "node:test";
import assert from "node:assert/strict";
import { packageSizes } from "../../bench/sizes.mjs";

const BUDGET_BROTLI = 225 * 1024;

test(`the package transfers at most ${BUDGET_BROTLI / 1024} KB with brotli`, () => {
  const { total } = packageSizes(process.env.E2E_PKG ?? "npm");
  assert.ok(total.brotli > 10_000, "the package was built");
  assert.ok(total.brotli <= BUDGET_BROTLI, `total is ${total.brotli} bytes brotli`);
});
