"""Boilerplate removal from one page alone, from labelled pages in cases/boilerplate.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressclean.document import Document
from pressclean.stages.boilerplate import remove_boilerplate

CASES = json.loads((Path(__file__).parent / "cases" / "boilerplate.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["label"])
def test_keeps_the_article_and_only_the_article(case):
    doc = remove_boilerplate(Document.from_text("\n".join(case["lines"])))
    kept = doc.text.split("\n")
    assert kept == [case["lines"][i] for i in case["article"]]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["label"])
def test_every_removed_line_is_an_edit_with_a_reason(case):
    text = "\n".join(case["lines"])
    doc = remove_boilerplate(Document.from_text(text))
    removed = "".join(e.removed for e in doc.edits)
    dropped = [l for i, l in enumerate(case["lines"]) if i not in case["article"]]
    assert sorted(removed.split("\n")) == sorted(dropped + [""] * (removed.count("\n") + 1 - len(dropped)))
    assert all(e.reason.startswith("boilerplate: ") for e in doc.edits)
