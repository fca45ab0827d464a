# Two commands for a fresh machine with Python 3.11:
#   make build   # install into .venv, then build the dataset for seeds/ into outputs/
#   make test    # install into .venv (with test extras), then run the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   ?= .venv
BIN     = $(VENV)/bin

.PHONY: install build test eval clean-venv

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

build: install
	$(BIN)/cnevents build seeds --out outputs

test: install
	$(BIN)/python -m pytest -q

# Evaluation against ../shared/eval (development data; never committed here).
eval: install
	$(BIN)/python -m pip install --quiet -e '.[eval]'
	$(BIN)/python benchmarks/eval_events.py
	$(BIN)/python benchmarks/eval_dates.py
	$(BIN)/python benchmarks/eval_boilerplate.py

clean-venv:
	rm -rf $(VENV)
