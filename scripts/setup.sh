#!/usr/bin/env bash
# Installs what building and testing Tillit needs, without asking, and reuses whatever is
# already installed at the right version. Usage: scripts/setup.sh build|test
#   build: the wasm32 target, trunk 0.21, wasm-bindgen-cli matching Cargo.lock, npm packages
#          (wasm-opt comes from the npm package binaryen)
#   test:  all of the above, plus Debian's Chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
what=${1:-test}

say() { printf '==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  say "Adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
}

ensure_trunk() {
  if trunk --version 2>/dev/null | grep -qE '^trunk 0\.21\.'; then return; fi
  say "Installing trunk 0.21 (takes several minutes, once)"
  cargo install trunk --version '^0.21' --locked
}

ensure_wasm_bindgen() {
  local want
  want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  [ -n "$want" ] || { echo "no wasm-bindgen in Cargo.lock" >&2; exit 1; }
  if [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $want" ]; then return; fi
  say "Installing wasm-bindgen-cli $want (the version in Cargo.lock)"
  # Not --locked: one of its locked dependencies is no longer in the registry.
  cargo install wasm-bindgen-cli --version "$want" --force
}

ensure_node_modules() {
  local stamp=node_modules/.tillit-lock
  if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp"; then return; fi
  say "Installing npm packages from package-lock.json"
  npm ci --no-audit --no-fund
  cp package-lock.json "$stamp"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ]; then return; fi
  say "Installing Debian's Chromium for the browser tests"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
}

ensure_wasm_target
ensure_trunk
ensure_wasm_bindgen
ensure_node_modules
if [ "$what" = test ]; then
  ensure_chromium
fi
