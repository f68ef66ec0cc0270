# The two commands a newcomer runs: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

# Quiet, offline Prefect: no telemetry. Its state lives in one place, chosen by
# the CLI (summitwatch/prefect_env.py): $PREFECT_HOME if set, else
# <warehouse dir>/prefect (data/prefect by default).
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 90

# The reader's compiled modules (extractors/__init__.py): mypyc builds them into build/mypyc/ (about 2 minutes,
# only when a source they were built from changed; a failed build leaves pure Python, which runs anyway), and
# they are used only while every source matches the build. MYPYC=0: no build, and pure Python for these targets.
MYPYC ?= 1
ifeq ($(MYPYC),0)
export SUMMITWATCH_PURE_PYTHON := 1
BUILD_COMPILED := @echo "MYPYC=0: the reader runs as pure Python"
else
BUILD_COMPILED := $(BIN)/python -m extractors.build_compiled --if-stale || echo "(pure Python reader)"
endif

.PHONY: run test lint bench clean-venv compiled clean-compiled

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# The machine's pip (23.x) drops trafilatura's lxml extra: upgrade it first.
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)
	$(BUILD_COMPILED)

compiled: $(STAMP)
	$(BUILD_COMPILED)

clean-compiled:
	rm -rf build/mypyc build/mypyc-work build/mypyc.new

run: $(STAMP) compiled
	$(BIN)/summitwatch init
	$(BIN)/summitwatch run

test: $(STAMP) compiled
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP) compiled
	$(BIN)/python -m bench

clean-venv:
	rm -rf $(VENV)
