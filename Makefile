# Two commands set everything up on a fresh Debian machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= foiakit-out
APT_PACKAGES := tesseract-ocr tesseract-ocr-eng poppler-utils chromium antiword catdoc pst-utils

.PHONY: run test test-fast lint bench bench-large eval eval-record train system-deps venv clean samples report-demo fuzz

run: $(STAMP) system-deps
	$(BIN)/foiakit run samples/ -o $(OUT)

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q

# The fast subset while working: no real tesseract, no evaluation-set floors, no cluster or kill tests.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check foiakit tests tools
	$(BIN)/ruff format --check foiakit tests tools || true

# Extraction quality on the evaluation set (eval/): re-extracts its recorded text (no OCR, no tesseract) and
# prints micro and macro precision/recall/F1 per kind for the dev fold, the test fold, and both again with the
# gold's names left out of the shipped lists. MISSES=N lists the worst misses per kind.
MISSES ?= 0
eval: $(STAMP)
	$(BIN)/foiakit eval eval --without-lists --misses $(MISSES)

# Read every evaluation document again (OCR where needed) and record its text in eval/recorded/.
eval-record: $(STAMP) system-deps
	$(BIN)/foiakit eval eval --record

# Train the claim-sentence classifier and the organisation-candidate classifier on the dev fold (CPU, fixed
# seed, about a minute); written to foiakit/extract/models/. `foiakit eval eval --claims rules|model|both` and
# `--orgs rules|model|both` compare them with the rules.
train: $(STAMP)
	$(BIN)/python tools/train_claims.py
	$(BIN)/python tools/train_orgs.py

# Issue 16's ratios, each against a reference timed in the same command (tools/bench_targets.py, about 6 minutes
# on 2 cores): born-digital whole job / pdftotext, redaction share, extraction per core, the corpus's PDFs end to
# end / ocrmypdf --skip-text + pdftotext and / bare tesseract. BENCH="text ocr parallel reference memory messages
# extract ledger pst" runs the other sections. ocrmypdf is the reference, not a dependency: a venv of its own, and
# ghostscript (which it calls) from apt; pdftotext (poppler-utils) and tesseract come with system-deps.
BENCH ?= targets
bench: $(STAMP) system-deps
	@command -v gs >/dev/null 2>&1 || { if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq ghostscript; }
	test -x .venv-bench/bin/ocrmypdf || ($(PYTHON) -m venv .venv-bench && .venv-bench/bin/pip install -q ocrmypdf)
	OCRMYPDF=.venv-bench/bin/ocrmypdf $(BIN)/python tools/bench.py $(BENCH)
	$(BIN)/python tools/bench_linear.py

# A synthetic release of PAGES pages (tools/make_large_release.py; made once into LARGE_DIR, not committed) through
# `foiakit run --profile`: pages/s per stage, peak memory, the store's size, an unchanged re-run's share.
PAGES ?= 10000
LARGE_DIR ?= bench-out/large-$(PAGES)
bench-large: $(STAMP) system-deps
	$(BIN)/python tools/bench_large.py $(LARGE_DIR) --pages $(PAGES)

# The HTML report of samples/ and a screenshot of it in a real (headless) browser; not committed.
report-demo: run
	$(BIN)/foiakit report --db $(OUT)/foiakit.db --html $(OUT)/report.html --md $(OUT)/report.md
	chromium --headless=new --no-sandbox --disable-gpu --window-size=1200,2400 \
		--screenshot=$(abspath $(OUT))/report.png file://$(abspath $(OUT))/report.html 2>/dev/null
	@echo "report: $(OUT)/report.html  screenshot: $(OUT)/report.png"

# Coverage-guided fuzzing (atheris) of the sniffer, every reader and extraction, for FUZZ_SECONDS; seeded from
# samples/ and tests/data. Each distinct crash is kept in fuzz-out/crashes/ (input + traceback) and fails the
# target. Not part of `make test`.
FUZZ_SECONDS ?= 3600
FUZZ_OUT ?= fuzz-out
fuzz: $(STAMP)
	$(BIN)/python -m pip install -q -e '.[fuzz]'
	mkdir -p $(FUZZ_OUT)/corpus
	$(BIN)/python tools/fuzz.py --seed $(FUZZ_OUT)/corpus
	FUZZ_CRASHES=$(FUZZ_OUT)/crashes $(BIN)/python tools/fuzz.py $(FUZZ_OUT)/corpus -max_total_time=$(FUZZ_SECONDS) \
		-timeout=60 -rss_limit_mb=4096 -max_len=65536 -artifact_prefix=$(FUZZ_OUT)/ -print_final_stats=1
	@if [ -n "$$(ls $(FUZZ_OUT)/crashes 2>/dev/null)" ]; then \
		echo "fuzz: crashes in $(FUZZ_OUT)/crashes:"; head -qn1 $(FUZZ_OUT)/crashes/*.txt; exit 1; fi
	@echo "fuzz: no crash in $(FUZZ_SECONDS) s"

samples: $(STAMP)
	$(BIN)/python tools/make_samples.py

# tesseract (OCR), pdftotext (the benchmark's reference), chromium (the report's browser test), antiword and
# catdoc (legacy Word .doc, catppt for PowerPoint .ppt) and readpst (pst-utils: Outlook .pst/.ost) come from
# Debian; installed only when missing.
system-deps:
	@if ! command -v tesseract >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1 \
		|| ! command -v chromium >/dev/null 2>&1 || ! command -v antiword >/dev/null 2>&1 \
		|| ! command -v catdoc >/dev/null 2>&1 || ! command -v readpst >/dev/null 2>&1; then \
		echo "installing $(APT_PACKAGES) with apt-get"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $(APT_PACKAGES); \
	fi

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

clean:
	rm -rf $(OUT) .pytest_cache
