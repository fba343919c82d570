#!/usr/bin/env bash
# The benchmark: the release build's sizes, its load time against a static page with the same
# content, the app with years of rounds stored, and the domain core's native benchmarks.
# Prints one table (measure, value, budget, MET / NOT MET). See BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

scripts/setup.sh test
start=$SECONDS
echo "==> release build"
trunk build --release
echo "==> native benchmarks (criterion)"
cargo bench --locked --bench core -- --noplot
echo "==> a stored document of 100 rounds × 30 participants"
mkdir -p target/bench
cargo run --locked --release --quiet --example scale_document -- 100 30 > target/bench/scale-document.json
echo "==> the scanner's decoders on frames made from the app's codes"
rm -rf target/bench/frames && mkdir -p target/bench/frames
cargo run --locked --release --quiet --example scan_frames -- 200 target/bench/frames > target/bench/scan-frames.jsonl
echo "==> the app in headless Chromium"
node scripts/bench.mjs target/bench/scale-document.json target/criterion
echo "(the whole benchmark took $((SECONDS - start)) s)"
