VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test eval bench clean-venv

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/pressclean run corpora/ -o out/records.jsonl

test: $(STAMP)
	$(PY) -m pytest

eval: $(STAMP)
	$(VENV)/bin/pressclean eval corpora/

bench: $(STAMP)
	$(PY) benchmarks/bench_pipeline.py

clean-venv:
	rm -rf $(VENV)
