# Two commands set everything up on a fresh machine with Python 3.11:
#   make demo   codes the example stories and prints a summary
#   make test   runs the tests
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

.PHONY: install demo test test-all lint bench eval clean screenshots

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null || { echo "dyads needs $(PYTHON) on PATH (or run: make PYTHON=/path/to/python3.11 ...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The map's country shapes: Natural Earth as the geopandas 0.14 wheel carries them;
# only its data files are read, so none of geopandas' own dependencies are needed.
GEOMETRY := geopandas==0.14.4

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	$(BIN)/pip install --quiet --no-deps $(GEOMETRY)
	@touch $@

$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/dyads code examples --db dyads.duckdb
	@printf "\n# dyads query --db dyads.duckdb --country RUS --limit 8\n"
	@$(BIN)/dyads query --db dyads.duckdb --country RUS --limit 8
	@printf "\n# dyads query --db dyads.duckdb --quad 4 --realis asserted --limit 8\n"
	@$(BIN)/dyads query --db dyads.duckdb --quad 4 --realis asserted --limit 8
	@printf "\n# dyads stats --db dyads.duckdb --since 2020-01-01\n"
	@$(BIN)/dyads stats --db dyads.duckdb --since 2020-01-01 | head -12
	@printf "\n# explore the store in a browser (dashboard and API at http://127.0.0.1:8000/):\n"
	@printf "$(BIN)/dyads serve --db dyads.duckdb\n"

test: $(TEST_STAMP)
	$(BIN)/python -m pytest

# With the slow tests too: the torture suite's big half (tests/hostile.py), minutes long
test-all: $(TEST_STAMP)
	$(BIN)/python -m pytest --slow

# The README's pictures of the dashboard (Chromium from Debian: apt-get install chromium)
screenshots: $(TEST_STAMP)
	DYADS_SCREENSHOTS=docs/screenshots $(BIN)/python -m pytest -q tests/test_web_browser.py

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests scripts

bench: $(STAMP)
	$(BIN)/dyads bench

eval: $(STAMP)
	$(BIN)/dyads eval polnear ../shared/data/polnear-dev

clean:
	rm -rf $(VENV) build src/*.egg-info .pytest_cache examples-coded.jsonl dyads.duckdb dyads.duckdb.wal
