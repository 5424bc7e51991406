# Leerroute — every target bootstraps .venv from pyproject.toml when it is missing or stale.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench bench-window fuzz check plan schema i18n dist clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/leerroute-gui

lint: $(STAMP)
	$(BIN)/ruff check planner ui tests bench
	$(BIN)/mypy planner ui

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

check: $(STAMP)
	$(BIN)/leerroute check catalogs/hogeschool-oost.yaml catalogs/partner-noord.yaml

plan: $(STAMP)
	$(BIN)/leerroute plan --catalog catalogs/hogeschool-oost.yaml catalogs/partner-noord.yaml \
		--learner catalogs/learners/switcher-anna.yaml --explain

schema: $(STAMP)
	$(BIN)/leerroute schema --dir catalogs/schema

# after changing interface texts: refresh the Dutch .ts (then translate the new entries) and compile it
i18n: $(STAMP)
	$(BIN)/pyside6-lupdate ui/*.py -ts ui/i18n/leerroute_nl.ts -no-obsolete
	$(BIN)/pyside6-lrelease ui/i18n/leerroute_nl.ts -qm ui/i18n/leerroute_nl.qm

bench: $(STAMP)
	$(BIN)/python -m bench

# the window at scale: the largest event-loop gap per step on L and XL catalogues (offscreen)
bench-window: $(STAMP)
	$(BIN)/python -m bench --window

# mutation fuzzing of catalogue, learner, plan, badge and OOAPI files and the hand-over documents
# (make test runs 10,200; this runs 200,000)
fuzz: $(STAMP)
	$(BIN)/python -m tests.planner.fuzzing --count 200000

# a wheel in dist/ (tests/test_packaging.py installs one into a fresh virtual environment)
dist: $(STAMP)
	rm -rf dist build
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
