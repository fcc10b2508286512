"""Title and dateline, from labelled cases in cases/metadata.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressclean.document import Document
from pressclean.stages.metadata import find_dateline, find_title

CASES = json.loads((Path(__file__).parent / "cases" / "metadata.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["datelines"], ids=lambda c: c["label"])
def test_dateline(case):
    doc = find_dateline(Document.from_text("Un titre de communiqué\n" + case["line"]))
    if case["place"] is None:
        assert doc.dateline is None
    else:
        assert (doc.dateline.place, doc.dateline.date) == (case["place"], case["date"])
        assert doc.text[doc.dateline.start : doc.dateline.end].startswith(case["line"].split(",")[0].split(" ")[0])


@pytest.mark.parametrize("case", CASES["titles"], ids=lambda c: c["label"])
def test_title(case):
    assert find_title(Document.from_text(case["text"])).title == case["title"]
