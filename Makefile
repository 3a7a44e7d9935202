# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# Stamp files make installs happen once and again only when pyproject.toml changes.
INSTALLED := $(VENV)/.installed
TEST_INSTALLED := $(VENV)/.test-installed
LINT_INSTALLED := $(VENV)/.lint-installed

.PHONY: run test lint bench translations clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(INSTALLED): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_INSTALLED): pyproject.toml $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

$(LINT_INSTALLED): pyproject.toml $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e '.[lint]'
	touch $@

run: $(INSTALLED)
	$(BIN)/promptlib

test: $(TEST_INSTALLED)
	$(BIN)/python -m pytest

# The rules that are checked, not hoped for: each step must pass (see CONTRIBUTING.md).
lint: $(LINT_INSTALLED)
	$(BIN)/ruff check promptlib tests tools
	$(BIN)/lint-imports
	$(BIN)/mypy

bench: $(TEST_INSTALLED)
	$(BIN)/python tests/benchmarks/run_all.py

# Refresh the .ts sources from the code and build the .qm files next to them.
translations: $(INSTALLED)
	$(BIN)/python tools/update_translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info
