"""The console script: run, explain, eval."""

from __future__ import annotations

import json
from pathlib import Path

from pressclean.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "seed_shape.txt"


def test_run_writes_records_and_a_summary(nlp, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    code = main(["run", str(FIXTURE), "-o", str(out), "--quiet"])
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert code == 0 and len(records) == 1 and records[0]["status"] == "ok"
    summary = capsys.readouterr().out
    assert "documents: 1 (1 ok, 0 errors)" in summary and "OIM" in summary


def test_run_exit_code_and_message_for_a_missing_input(capsys):
    assert main(["run", "/no/such/page.txt", "--quiet"]) == 2
    assert "no such input" in capsys.readouterr().err


def test_explain_shows_each_stage(nlp, capsys):
    assert main(["explain", str(FIXTURE)]) == 0
    shown = capsys.readouterr().out
    assert "== remove_boilerplate" in shown and "lost" in shown and "== title:" in shown
