# The two commands of the README, and a benchmark.
.PHONY: site test bench clean

# Build the default site from content/ into public/.
site:
	scripts/install-deps
	swift build -c release --product sitegen
	.build/release/sitegen build --content content --output public

# Run every test: unit, real reports, golden pages, end-to-end (HTML validator, Chromium).
test:
	scripts/install-deps --test
	swift build --build-tests
	swift test --skip-build --disable-swift-testing

# Speed and memory on a large generated corpus (see scripts/benchmark).
bench:
	scripts/install-deps
	scripts/benchmark

clean:
	rm -rf .build public/*
