#!/usr/bin/env bash
# Installs everything a fresh machine lacks to build, serve and test reader-widget.
# Idempotent: each step checks first, so a second run costs seconds.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130

log() { printf '\n[setup] %s\n' "$*"; }

# Rust toolchain + wasm target (rust-toolchain.toml pins both; this fetches them).
log "rust toolchain"
rustup show active-toolchain >/dev/null
rustup target add wasm32-unknown-unknown >/dev/null 2>&1 || true

# Trunk (0.22 needs a newer rustc than we pin).
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (about 5 min)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen CLI must match the crate pin exactly; --locked fails on the registry here.
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 min)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Chromium + driver from Debian; test tools never download a browser.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  log "installing chromium and chromium-driver"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >/dev/null
fi

# Node tools: binaryen (wasm-opt v132), playwright-core, axe-core, build helpers.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

log "done"
