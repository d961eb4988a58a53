#!/usr/bin/env bash
# Trunk pre_build hook: builds the app with each section as a lazily loaded wasm chunk, into the staged dist/.
# Trunk 0.21 cannot run a step between cargo and wasm-bindgen (trunk-rs/trunk#1022), so this does its Rust step
# (index.html's rust link carries data-trunk-skip), in the order `cargo leptos --split` uses:
#   1. cargo build with --emit-relocs (the splitter needs the relocations; its own target dir, since other RUSTFLAGS
#      would rebuild everything each time), with the `split` feature (#[lazy] on the section bodies);
#   2. wasm-split-cli on the raw wasm: the main module, one chunk per #[lazy] function, and __wasm_split.js;
#   3. wasm-bindgen on the main module;
#   4. wasm-opt -Oz on every .wasm.
# The output folder is named by a hash of its content (app-<16 hex>/), so every file in it can be cached forever;
# scripts/post-build.mjs writes the loader that starts it.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by Trunk as a pre_build hook}"

target_dir=target/split
RUSTFLAGS="-Clink-args=--emit-relocs" cargo build --locked --release --target wasm32-unknown-unknown \
  --bin adcredit --features split --target-dir "$target_dir"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
wasm-split-cli "$target_dir/wasm32-unknown-unknown/release/adcredit.wasm" "$out" --target web --out-name adcredit
wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript --out-dir "$out" --out-name adcredit "$out/adcredit.wasm"
rm "$out/adcredit.wasm"
for wasm in "$out"/*.wasm; do
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$wasm" -o "$wasm"
done

hash=$(cd "$out" && cat $(ls | sort) | sha256sum | cut -c1-16)
# A build stopped half-way can leave an older folder in the staging area: only this build's may be there.
rm -rf "$TRUNK_STAGING_DIR"/app-*
mkdir -p "$TRUNK_STAGING_DIR/app-$hash"
cp "$out"/* "$TRUNK_STAGING_DIR/app-$hash/"
