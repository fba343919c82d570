# The two commands of the README. Both install what they need first.
.PHONY: serve test single bench

# Builds the app (release) and serves it on http://127.0.0.1:8080
serve:
	scripts/setup.sh build
	PATH="$(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$$PATH" trunk serve --release

# Runs every check and test; the last line printed is RESULT: PASS or RESULT: FAIL
test:
	scripts/test.sh

# Builds dist-single/tillit.html: the whole app in one file that works opened from disk
single:
	scripts/setup.sh build
	PATH="$(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$$PATH" trunk build --release
	node scripts/single-file.mjs

# Measures size, load time, scale and the domain core against their budgets (BENCHMARKS.md)
bench:
	scripts/bench.sh
