# Two commands set everything up on a fresh Debian machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
OUT ?= foiakit-out
APT_PACKAGES := tesseract-ocr tesseract-ocr-eng poppler-utils

.PHONY: run test lint bench system-deps venv clean samples

run: $(STAMP) system-deps
	$(BIN)/foiakit run samples/ -o $(OUT)

test: $(STAMP) system-deps
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check foiakit tests tools
	$(BIN)/ruff format --check foiakit tests tools || true

# ocrmypdf is the reference the benchmark compares against, not a dependency: it gets a venv of its own.
bench: $(STAMP) system-deps
	test -x .venv-bench/bin/ocrmypdf || ($(PYTHON) -m venv .venv-bench && .venv-bench/bin/pip install -q ocrmypdf)
	OCRMYPDF=.venv-bench/bin/ocrmypdf $(BIN)/python tools/bench.py

samples: $(STAMP)
	$(BIN)/python tools/make_samples.py

# tesseract (OCR) and pdftotext (the benchmark's reference) come from Debian; installed only when missing.
system-deps:
	@if ! command -v tesseract >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then \
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
