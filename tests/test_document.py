"""Document: immutable, serialisable, offsets mapped back to the original."""

from __future__ import annotations

import dataclasses
import json

import pytest

from pressclean.document import Dateline, Document, Entity


def test_document_is_frozen():
    doc = Document.from_text("x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.text = "y"  # type: ignore[misc]


def test_entity_attrs_are_read_only():
    e = Entity("FIGURE", 0, 2, "39", attrs={"value": 39})
    with pytest.raises(TypeError):
        e.attrs["value"] = 40  # type: ignore[index]


def test_round_trip_through_json():
    doc = dataclasses.replace(
        Document.from_text("Genève – 39 victimes", id="p1"),
        language="fr",
        dateline=Dateline("Genève", None, 0, 9),
        entities=(Entity("FIGURE", 9, 20, "39 victimes", "find_figures", {"value": 39, "unit": "victimes", "mentions": [[9, 20]]}),),
    )
    again = Document.from_dict(json.loads(doc.to_json()))
    assert again == doc
    record = doc.to_dict()
    assert record["entities"][0]["original_start"] == 9
    assert record["entities"][0]["value"] == 39


def test_to_original_rejects_spans_outside_the_text():
    with pytest.raises(ValueError, match="outside"):
        Document.from_text("abc").to_original(2, 9)
