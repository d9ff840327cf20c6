#!/usr/bin/env bash
# Sets up a fresh machine, then builds and serves the demo at http://127.0.0.1:8080/
# (the sample article is built in; no configuration).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
exec trunk serve --release "$@"
