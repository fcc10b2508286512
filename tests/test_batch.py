"""Batch runs: one record per input, in order; errors recorded, never lost."""

from __future__ import annotations

import json

from pressclean import Pipeline
from pressclean.batch import Item, process, read_inputs
from pressclean.stages.layout import normalise_spacing


def test_one_record_per_input_in_order_with_errors_recorded():
    items = [Item("a", "x  y"), Item("b", None), Item("c", b"caf\xe9"), Item("d", 3), Item("e", "")]
    records = list(process(items, Pipeline([normalise_spacing]), batch_size=2))
    assert [r["id"] for r in records] == ["a", "b", "c", "d", "e"]
    assert [r["status"] for r in records] == ["ok", "error", "ok", "error", "ok"]
    assert records[0]["text"] == "x y"
    assert records[2]["text"] == "café"
    assert "TypeError" in records[1]["error"] and "NoneType" in records[1]["error"]


def test_a_stage_that_crashes_on_one_document_does_not_lose_it():
    def fragile(doc):
        if "boom" in doc.text:
            raise RuntimeError("cannot")
        return doc

    records = list(process([Item("1", "ok"), Item("2", "boom"), Item("3", "ok")], Pipeline([fragile])))
    assert [r["status"] for r in records] == ["ok", "ok", "ok"]
    assert "stage fragile failed" in records[1]["warnings"][0]


def test_inputs_from_folders_files_and_jsonl(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "b.txt").write_text("deux", encoding="utf-8")
    (tmp_path / "pages" / "a.txt").write_text("un", encoding="utf-8")
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_text(json.dumps({"id": "j1", "text": "trois"}) + "\nnot json\n" + json.dumps({"text": "quatre"}) + "\n")
    items = list(read_inputs([tmp_path / "pages", jsonl]))
    assert [i.text if isinstance(i.text, str) else type(i.text).__name__ for i in items] == [
        "un", "deux", "trois", "ValueError", "quatre"]
    assert items[0].id == "pages/a.txt" and items[2].id == "j1"
