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

# -- Packaging for IT (packaging/README.md) ------------------------------------------------
# The scripts install the Debian tools they need (as root) and fail loudly.
.PHONY: bundle bundle-naive deb msi-linux package-test bench-bundle

# dist/promptlib/: the frozen one-folder app, from the wheel, with the system Python.
bundle:
	packaging/pyinstaller/build-bundle.sh

# dist/promptlib-naive/: the same without any trimming, only to measure what trimming saves.
bundle-naive:
	packaging/pyinstaller/build-bundle.sh --naive

# dist/promptlib_VERSION_ARCH.deb: the bundle in /opt/promptlib, checked by lintian.
deb: bundle
	packaging/linux/build-deb.sh

# dist/promptlib-VERSION-linux-standin.msi: the WiX source built by wixl from the Linux
# bundle, to check its tables here (the real MSI: packaging/windows/build-msi.ps1).
msi-linux: bundle
	packaging/windows/build-msi-linux.sh

# Every Linux packaging check above, in order, with a report (build/package-test-report.txt).
package-test:
	packaging/package-test.sh

# Start-up of the frozen app beside the same wheel in a venv (median of 5 --self-test runs).
bench-bundle: bundle
	/usr/bin/python3 packaging/startup.py --runs 5 frozen=dist/promptlib/promptlib venv=build/bundle-venv/bin/promptlib
