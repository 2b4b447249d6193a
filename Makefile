# The two commands of the README, and a benchmark.
.PHONY: site test bench tsan fuzz clean

# Build the default site from content/ into public/.
site:
	scripts/install-deps
	swift build -c release --product sitegen
	.build/release/sitegen build --database --workbooks --content content --output public

# Run every test: unit, real reports, golden pages, end-to-end (HTML validator, Chromium).
test:
	scripts/install-deps --test
	swift build --build-tests
	swift test --skip-build --disable-swift-testing

# Speed, memory and page weight on generated corpora of 100 to 1,200 releases (scripts/benchmark).
bench:
	scripts/install-deps
	scripts/benchmark
	scripts/bench-import

# The test suite and a 100-release build under ThreadSanitizer; fails on any report.
tsan:
	scripts/install-deps
	scripts/tsan

# Coverage-guided fuzzing of the report parser (the sitegen-fuzz target over SitegenContent) with
# libFuzzer, seeded with the five reports,
# for FUZZ_SECONDS (default 60; about a minute more to compile). See scripts/fuzz.
FUZZ_SECONDS ?= 60
fuzz:
	scripts/fuzz $(FUZZ_SECONDS)

clean:
	rm -rf .build .build-tsan .build-fuzz public/* .public.cache
