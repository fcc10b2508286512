VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test eval bench bench-repair fuzz clean-venv

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/pressclean run corpora/ -o out/records.jsonl

test: $(STAMP)
	$(PY) -m pytest

eval: $(STAMP)  # corpora/next waits unscored for the next session's blind measure
	$(VENV)/bin/pressclean eval corpora/heldout
	$(VENV)/bin/pressclean eval corpora/dev

# speed: the pipeline beside raw spaCy, batch processes and Dask, page size from 10 KB to 20 MB (~20 min)
bench: $(STAMP)
	$(PY) benchmarks/bench_pipeline.py
	$(PY) benchmarks/bench_batch.py
	$(PY) benchmarks/bench_size.py
	$(PY) benchmarks/bench_size.py --text prose

# repair benchmark: installs Debian's French docs (apt-get, root) into .cache/ on first run
bench-repair: $(STAMP)
	PY=$(PY) bash benchmarks/setup_repair_corpus.sh
	$(PY) benchmarks/bench_repair.py

# reliability: 100,000 generated and corrupted inputs through clean(), then 24 killed-and-resumed batch runs
fuzz: $(STAMP)
	$(PY) benchmarks/fuzz.py --n 100000 -j 2
	$(PY) benchmarks/kill_resume.py --rounds 24 --pages 200 --seed 1

clean-venv:
	rm -rf $(VENV)
