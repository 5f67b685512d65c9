# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: run test install clean score

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[test,ray]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/parley extract examples/ --output out/record.json
	$(BIN)/parley ingest examples/ --db out/parley.db
	@echo "database filled: out/parley.db. Open the UI with: $(BIN)/parley serve --db out/parley.db  (then http://127.0.0.1:8000/)"

test: $(STAMP)
	$(BIN)/python -m pytest

score: $(STAMP)
	$(BIN)/parley extract $(SHARED)/corpus/seeds --output out/seeds.json --quiet; \
	$(PYTHON) $(SHARED)/tools/check_record.py out/seeds.json; \
	$(PYTHON) $(SHARED)/tools/score.py --gold $(SHARED)/gold/seeds.json --corpus $(SHARED)/corpus/seeds --pred out/seeds.json

clean:
	rm -rf $(VENV) out
