#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing; idempotent, and under a second when nothing is.
# Everything comes from the package registries (crates.io, npm, Debian): nothing is downloaded from anywhere else.
#   scripts/ensure-tools.sh           build tools: wasm32 target, trunk, wasm-bindgen-cli, npm packages
#   scripts/ensure-tools.sh browser   the same, plus Chromium and ChromeDriver for the tests
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

TRUNK_VERSION=0.21.14
# The wasm splitter behind Leptos's #[lazy] (crates.io `wasm_split_cli_support`, binary `wasm-split-cli`; the crate
# named `wasm-split-cli` is a different tool).
WASM_SPLIT_VERSION=0.2.4
# wasm-bindgen-cli must be exactly the wasm-bindgen in Cargo.lock (pinned with `=` in Cargo.toml).
WASM_BINDGEN_VERSION=$(sed -n '/^name = "wasm-bindgen"$/{n;s/^version = "\(.*\)"$/\1/p;}' Cargo.lock)
# Building the tools without LTO and with more codegen units takes ~7 minutes instead of ~18 on 2 cores.
FAST_TOOL_BUILD=(env CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_OPT_LEVEL=2)

say() { printf '==> %s\n' "$*" >&2; }
missing() { printf 'Missing: %s\n' "$*" >&2; exit 1; }

command -v cargo >/dev/null || missing "Rust (cargo). Install it with rustup (https://rustup.rs), then run this again."
command -v npm >/dev/null || missing "Node.js 20+ and npm. On Debian: apt-get install nodejs npm."

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 7 minutes, once)"
  "${FAST_TOOL_BUILD[@]}" cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes, once)"
  # No --locked: its lockfile pins a webpki-roots version the registry no longer has.
  "${FAST_TOOL_BUILD[@]}" cargo install --force wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if ! command -v wasm-split-cli >/dev/null || [ "$(cat "$HOME/.cargo/.wasm-split-version" 2>/dev/null)" != "$WASM_SPLIT_VERSION" ]; then
  say "installing wasm_split_cli_support $WASM_SPLIT_VERSION (about 4 minutes, once)"
  "${FAST_TOOL_BUILD[@]}" cargo install --locked --force "wasm_split_cli_support@$WASM_SPLIT_VERSION" --features build-binary
  echo "$WASM_SPLIT_VERSION" > "$HOME/.cargo/.wasm-split-version"
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (Playwright, axe-core, binaryen's wasm-opt)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi

# The printed report's test reads the PDF's text with poppler's pdftotext and draws its page with pdftoppm.
if [ "${1:-}" = browser ] && ! { command -v chromium && command -v chromedriver && command -v pdftotext; } >/dev/null; then
  if command -v apt-get >/dev/null; then
    say "installing Debian's Chromium, ChromeDriver and poppler-utils"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
  else
    missing "Chromium and ChromeDriver of the same version, and pdftotext, on PATH (Debian/Ubuntu: apt-get install chromium chromium-driver poppler-utils)."
  fi
fi

# The calendar test validates the .ics file the page writes with an independent parser: Python's icalendar (PyPI),
# in a virtual environment of the project's own.
ICALENDAR_VERSION=7.3.2
if [ "${1:-}" = browser ] && [ "$(.venv/bin/python -c 'import icalendar; print(icalendar.__version__)' 2>/dev/null)" != "$ICALENDAR_VERSION" ]; then
  say "installing Python's icalendar $ICALENDAR_VERSION (for the calendar test)"
  python3 -m venv .venv
  .venv/bin/pip install --quiet --disable-pip-version-check "icalendar==$ICALENDAR_VERSION"
fi
