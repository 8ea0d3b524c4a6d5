# warrantwatch: the two commands are `make run` (the daily DAG on the bundled demo) and `make test`.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
ROOT := $(CURDIR)
DATE ?= 2024-11-18

# A project-local Airflow home: SQLite metadata, no examples, our dags/ and plugins/.
export AIRFLOW_HOME ?= $(ROOT)/airflow_home
export AIRFLOW__CORE__DAGS_FOLDER := $(ROOT)/dags
export AIRFLOW__CORE__PLUGINS_FOLDER := $(ROOT)/plugins
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export WARRANTWATCH_OUTPUT ?= $(ROOT)/output
export WARRANTWATCH_DATA ?= $(ROOT)/data

INSTALLED := $(VENV)/.installed
MIGRATED := $(AIRFLOW_HOME)/.migrated

.PHONY: help install run test bench lint airflow-home clean

help:
	@echo "make run [DATE=YYYY-MM-DD]  run the daily DAG on the bundled demo corpus (default $(DATE))"
	@echo "make test                   run the full test suite"
	@echo "make bench                  print the benchmark figures (fetch, parse, tag, diff)"
	@echo "make lint                   ruff over the project"

# Re-install only when the pins or the package metadata change: a second `make run` is fast.
$(INSTALLED): requirements.txt pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

install: $(INSTALLED)

$(MIGRATED): $(INSTALLED)
	@mkdir -p $(AIRFLOW_HOME)
	$(BIN)/airflow db migrate > $(AIRFLOW_HOME)/migrate.log 2>&1 || (tail -20 $(AIRFLOW_HOME)/migrate.log; exit 1)
	@touch $@

airflow-home: $(MIGRATED)

# `airflow dags test` with logical date D+1 runs the data interval [D, D+1): the same window a
# scheduled run for day D covers.
run: $(MIGRATED)
	@next=$$(date -u -d "$(DATE) + 1 day" +%F) && \
	  $(BIN)/airflow dags test warrantwatch_daily "$$next" > $(AIRFLOW_HOME)/last-run.log 2>&1 || \
	  { tail -40 $(AIRFLOW_HOME)/last-run.log; echo "DAG run failed; full log: $(AIRFLOW_HOME)/last-run.log"; exit 1; }
	@$(BIN)/warrantwatch report --date $(DATE) --require-success

test: $(INSTALLED)
	$(BIN)/python -m pytest

bench: $(INSTALLED)
	@for script in scripts/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

lint: $(INSTALLED)
	$(BIN)/ruff check dags include plugins tests scripts

clean:
	rm -rf $(AIRFLOW_HOME) data output
