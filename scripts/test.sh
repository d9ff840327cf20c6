#!/usr/bin/env bash
# Sets up a fresh machine and runs every test: formatting and lints, native unit and
# model tests, wasm component tests in headless Chromium, then the built demo and npm
# package end to end in Chromium (Playwright + axe-core).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
log=$(mktemp -d)
step() { printf '\n== %s\n' "$*"; }

step "format and lints (native and wasm32)"
cargo fmt --check
cargo clippy --workspace --all-targets --features cli -- -D warnings
# The server renderer for JS (render/) turns the crate's `ssr` feature on, which would
# hide the browser code from the lint: it is linted on its own.
cargo clippy --workspace --exclude reader-widget-render --all-targets --target wasm32-unknown-unknown -- -D warnings
cargo clippy -p reader-widget-render --all-targets --target wasm32-unknown-unknown -- -D warnings

step "native tests (model, adapters over ../shared/fixtures/real, richtext, logic, CLI)"
cargo test --features cli 2>&1 | tee "$log/native.txt"

step "wasm tests in headless Chromium (components, embed)"
cargo test --target wasm32-unknown-unknown --test wasm --test wasm_texts 2>&1 | tee "$log/wasm.txt"

step "build the demo (Trunk, release) and the npm package"
trunk build --release
./scripts/build-package.sh

step "end-to-end tests in Chromium"
node --test --test-concurrency=1 tests/e2e/ 2>&1 | tee "$log/e2e.txt"

# One closing line over all three runners.
count() { grep -hoE "$1" "$log"/*.txt | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }'; }
passed=$(( $(count 'test result: ok\. [0-9]+ passed') + $(count '^# pass [0-9]+') ))
printf '\nall: %s passed, 0 failed\n' "$passed"
