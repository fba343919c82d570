# The two commands of the README. Both install what they need first.
.PHONY: serve test single bench

# Builds the app (release) and serves it on http://127.0.0.1:8080. On the room's network:
#   make serve ADDRESS=0.0.0.0 [PORT=8080] [TLS=1]   (see scripts/serve.sh and the README)
serve:
	scripts/serve.sh

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
