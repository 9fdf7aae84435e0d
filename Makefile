# Next Round: `make run` starts the app with demo data; `make test` runs every test.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Two workers for the two cores the suite is sized for; PYTEST_ARGS= runs serially.
PYTEST_ARGS ?= -n 2
PYTEST := $(PY) -m pytest $(PYTEST_ARGS)

.PHONY: run test lint format bench openapi system-deps node-deps clean-venv

run: $(VENV)/.installed
	$(VENV)/bin/nextround serve --demo --port $(PORT)

test: $(VENV)/.installed-dev system-deps node-deps lint
	@echo "== Test suite on SQLite"
	$(PYTEST)
	@echo "== Test suite on PostgreSQL (throwaway server)"
	@set -e; pgdir=$$(mktemp -d /tmp/nextround-pg.XXXXXX); \
	trap 'scripts/pg-test-server stop "'$$pgdir'"' EXIT; \
	url=$$(scripts/pg-test-server start "$$pgdir"); \
	DATABASE_URL="$$url" $(PYTEST)

lint: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.installed-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: $(VENV)/.installed-dev
	@set -e; for script in benchmarks/*.py; do echo "== $$script"; $(PY) "$$script"; done

openapi: $(VENV)/.installed
	$(PY) -m nextround.api --write-openapi docs/openapi.json

system-deps:
	@scripts/system-deps

node-deps:
ifneq ($(wildcard package.json),)
	@[ node_modules/.package-lock.json -nt package.json ] || npm install --no-audit --no-fund
endif

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Next Round needs Python 3.11 or newer (found: $$($(PYTHON) --version))."; exit 1; }
	@$(PYTHON) -m venv $(VENV) || \
		{ echo "Creating the virtualenv failed; on Debian: apt-get install python3-venv"; exit 1; }

$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@ $(VENV)/.installed

clean-venv:
	rm -rf $(VENV)
