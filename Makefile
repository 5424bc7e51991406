# Leerroute — every target bootstraps .venv from pyproject.toml when it is missing or stale.
# the first of these that runs (a pyenv shim of a version that is not active does not)
runs = $(firstword $(shell for p in $(1); do if $$p -c 'import sys' >/dev/null 2>&1; then echo $$p; break; fi; done))
PYENV_ROOT ?= $(HOME)/.pyenv
# Python 3.11, 3.12 or 3.13: the first of those that runs, else python3 (refused below if it is another version)
ifndef PYTHON
PYTHON := $(or $(call runs,python3.11 python3.12 python3.13),python3)
endif
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# which interpreter built .venv: another one (python3.10 first on PATH, then 3.11) rebuilds it
WHICH  := $(VENV)/.interpreter

.PHONY: run test lint bench bench-window fuzz check plan schema i18n dist clean test-oldest test-newest FORCE

$(WHICH): FORCE
	@want="$$($(PYTHON) -c 'import sys; print(sys.version.split()[0], sys.executable)' 2>/dev/null)"; \
	case "$$want" in \
	  3.11.*|3.12.*|3.13.*) ;; \
	  *) if [ -n "$$want" ]; then found="Python $${want%% *}"; else found="not a Python that runs"; fi; \
	     echo "Leerroute needs Python 3.11, 3.12 or 3.13; '$(PYTHON)' is $$found." >&2; \
	     echo "Install one of those, or name it: make PYTHON=/path/to/python3.11 $(MAKECMDGOALS)" >&2; exit 2;; \
	esac; \
	if [ ! -f $@ ] || [ "$$(cat $@)" != "$$want" ]; then \
	  if [ -d $(VENV) ]; then echo "$(VENV) was not built by this Python: building it again with Python $$want"; fi; \
	  rm -rf $(VENV); mkdir -p $(VENV); echo "$$want" > $@; \
	fi

$(STAMP): pyproject.toml $(WHICH)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[gui,dev]'
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
	$(BIN)/python -m ui.gen_templates
	$(BIN)/pyside6-lupdate ui/*.py planner/export/formats.py -ts ui/i18n/leerroute_nl.ts -no-obsolete
	$(BIN)/pyside6-lrelease ui/i18n/leerroute_nl.ts -qm ui/i18n/leerroute_nl.qm

bench: $(STAMP)
	$(BIN)/python -m bench
	$(BIN)/python -m bench --insight

# the window at scale: the largest event-loop gap per step on L and XL catalogues (offscreen)
bench-window: $(STAMP)
	$(BIN)/python -m bench --window

# mutation fuzzing of catalogue, learner and plan files (make test runs 10,000; this runs 200,000)
fuzz: $(STAMP)
	$(BIN)/python -m tests.planner.fuzzing --count 200000

# a wheel in dist/ (tests/test_packaging.py installs one into a fresh virtual environment)
dist: $(STAMP)
	rm -rf dist build
	$(BIN)/python -m pip wheel --quiet --no-deps --wheel-dir dist .

# the lowest versions pyproject.toml allows (uv's lowest-direct resolution) on Python 3.11, and the newest on
# Python 3.13, each in a fresh environment: the command-line tests and a window smoke test (CI runs both)
SMOKE := tests/planner/test_cli.py tests/planner/test_export_cli.py tests/planner/test_sample_learners.py \
	tests/ui/test_demo.py
ifndef OLDEST_PYTHON
OLDEST_PYTHON := $(call runs,python3.11 $(wildcard $(PYENV_ROOT)/versions/3.11*/bin/python3.11))
endif
ifndef NEWEST_PYTHON
NEWEST_PYTHON := $(call runs,python3.13 $(wildcard $(PYENV_ROOT)/versions/3.13*/bin/python3.13) \
	python3.12 $(wildcard $(PYENV_ROOT)/versions/3.12*/bin/python3.12) python3.11)
endif

test-oldest: $(STAMP)
	rm -rf .venv-oldest
	$(BIN)/uv venv --quiet --python $(OLDEST_PYTHON) .venv-oldest
	$(BIN)/uv pip install --quiet --python .venv-oldest/bin/python --resolution lowest-direct -e '.[gui,dev]'
	$(BIN)/uv pip list --python .venv-oldest/bin/python 2>/dev/null | grep -i -E '^(pyside6|networkx|ortools|pydantic|ruamel|fpdf2|icalendar|pypdfium2) ' || true
	QT_QPA_PLATFORM=offscreen .venv-oldest/bin/python -m pytest -q -p no:cacheprovider $(SMOKE)

test-newest: $(STAMP)
	rm -rf .venv-newest
	@echo "newest versions on $$($(NEWEST_PYTHON) --version)"
	$(BIN)/uv venv --quiet --python $(NEWEST_PYTHON) .venv-newest
	$(BIN)/uv pip install --quiet --python .venv-newest/bin/python --upgrade -e '.[gui,dev]'
	QT_QPA_PLATFORM=offscreen .venv-newest/bin/python -m pytest -q -p no:cacheprovider $(SMOKE)

clean:
	rm -rf $(VENV) .venv-oldest .venv-newest .pytest_cache .mypy_cache .ruff_cache build dist *.egg-info
