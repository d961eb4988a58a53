# The two commands a new user needs: `make serve` and `make test`. Both install whatever is missing first.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

WASM := --target wasm32-unknown-unknown
SOURCES := $(shell find src crates style -type f -not -path '*/target/*' -not -path '*/tests/*' -not -path '*/examples/*') Cargo.toml Cargo.lock index.html Trunk.toml scripts/post-build.mjs scripts/split-build.sh static/embed.js static/sw.js $(wildcard static/l10n/*.txt static/skeleton/*.html)

.PHONY: serve test bench fuzz tools browser-tools core-test lint component-test e2e-test build

## Serve the release build on http://127.0.0.1:8080
serve: tools
	cargo fetch --locked
	# Served from its own folder: `trunk serve` adds a live-reload script that dist/ (what we ship and test) must not have.
	trunk serve --release --dist target/serve

## Run every test: core, clippy, components in Chromium, release build, end-to-end in Chromium
test: browser-tools core-test lint component-test e2e-test

## Print sizes, load time, keystroke time and the core's evaluation time
bench: browser-tools dist/index.html
	cargo bench --locked -p adcredit-core --bench evaluate
	node scripts/bench.mjs

## Fuzz everything that reads outside input (links, stored data, typed text, imported reports) for FUZZ_SECONDS each (default 60),
## with libFuzzer (nightly toolchain, cargo-fuzz)
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := link stored typed import
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
	cd fuzz && for target in $(FUZZ_TARGETS); do \
		cargo +nightly fuzz run $$target -- -max_total_time=$(FUZZ_SECONDS) || exit 1; \
	done

tools:
	@scripts/ensure-tools.sh

browser-tools:
	@scripts/ensure-tools.sh browser

core-test:
	cargo test --locked

lint:
	cargo clippy --locked --all-targets -- -D warnings
	# The fuzz targets live outside the workspace (they build with nightly); checking them on stable keeps them current.
	cargo check --manifest-path fuzz/Cargo.toml --bins
	cargo clippy --locked $(WASM) -p adcredit --all-targets -- -D warnings
	cargo clippy --locked $(WASM) -p adcredit --features split -- -D warnings

component-test:
	cargo test --locked $(WASM) -p adcredit

build: dist/index.html

# Rebuilt only when a source changed, so a second `make test` rebuilds nothing.
dist/index.html: $(SOURCES)
	cargo fetch --locked
	trunk build --release
	@touch $@

e2e-test: dist/index.html
	playwright test
