#!/usr/bin/env bash
# Runs every check of Tillit in order and prints a summary whose last line is
#   RESULT: PASS   or   RESULT: FAIL
# Steps: formatting, clippy (native and wasm), the domain core's native tests (and those of
# what the walk build reads, built as it is), the release build, the single file, `make serve` started and its page opened, and the browser tests
# against the release build in headless Chromium.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

scripts/setup.sh test || { echo "RESULT: FAIL (setup)"; exit 1; }

logs=target/test-logs
mkdir -p "$logs"
summary=()
failed=0

step() {
  local name=$1; shift
  local log="$logs/$name.log" start=$SECONDS
  printf '\n==> %s: %s\n' "$name" "$*"
  if "$@" 2>&1 | tee "$log"; then
    summary+=("ok    $name ($((SECONDS - start)) s)$(detail "$name" "$log")")
  else
    summary+=("FAIL  $name ($((SECONDS - start)) s) — see $log")
    failed=1
  fi
}

detail() {
  case $1 in
    native-tests|native-walk)
      awk '/^test result:/ { p += $4; f += $6 } END { printf ", %d passed, %d failed", p, f }' "$2" ;;
    browser-tests)
      grep -Eo '[0-9]+ (passed|failed|flaky|skipped)' "$2" | tail -n 4 | paste -sd, - | sed 's/^/, /' ;;
    release-build)
      printf ', shipped gzipped: %s' "$(bundle_size)" ;;
  esac
}

bundle_size() {
  local total=0 f
  for f in dist/*.wasm dist/*.js dist/*.css; do
    [ -f "$f" ] && total=$((total + $(gzip -9 -c "$f" | wc -c)))
  done
  echo "$((total / 1024)) KiB (every wasm, js and css in dist/: every build and the scanner)"
}

step format        cargo fmt --all -- --check
step clippy        cargo clippy --locked --all-targets -- -D warnings
step clippy-wasm   cargo clippy --locked --target wasm32-unknown-unknown -- -D warnings
step native-tests  cargo test --locked
# What the walk build reads and writes, built as it is (without the feature exact-floats).
step native-walk   cargo test --locked --no-default-features --lib --test store --test join
step release-build trunk build --release
step single-file   node scripts/single-file.mjs
step make-serve    node scripts/check-serve.mjs
if [ -f dist/index.html ] && [ $failed = 0 ]; then
  step browser-tests npx playwright test
else
  summary+=("SKIP  browser-tests (the release build or an earlier step failed)")
  failed=1
fi

printf '\n==> Summary\n'
printf '%s\n' "${summary[@]}"
if [ $failed = 0 ]; then echo "RESULT: PASS"; else echo "RESULT: FAIL"; exit 1; fi
