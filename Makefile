# Foyer: two commands do all set-up on a fresh machine.
#   make run   - install into .venv, migrate SQLite, load demo data, serve the API
#   make test  - install, start throwaway PostgreSQL/Redis, lint, run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# the engine modules setup.py compiles with mypyc: an edit rebuilds them
COMPILED := $(shell sed -n 's/^ *"\(enrichment\/[a-z_]*\.py\)",$$/\1/p' setup.py)

.PHONY: install run test lint format system-deps bench eval clean

$(STAMP): pyproject.toml setup.py $(COMPILED)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/foyer serve

system-deps:
	@bash scripts/ensure-system-packages.sh

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: system-deps install lint
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/enrichment_throughput.py
	$(BIN)/python bench/import_memory.py

eval: install
	$(BIN)/python bench/eval_enrichment.py

clean:
	rm -rf $(VENV) .foyer .mypy_cache .ruff_cache .pytest_cache build
	rm -f enrichment/*.so *__mypyc*.so
