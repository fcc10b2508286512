"""Invariants of the default pipeline on every page of the project's corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

import pressclean

ROOT = Path(__file__).parent.parent / "corpora"
# `corpora/next/` (when present) waits, unread, to be the next blind set: its pages join these checks when it is scored
PAGES = sorted(p for s in ("dev", "heldout") for p in (ROOT / s).glob("*.txt"))
# idempotence is checked on dev only: a failure there is studied by reading the page, which the blind set forbids
# (hypothesis checks it on generated texts; the blind set's pages join this check when they move into dev)
DEV_PAGES = [p for p in PAGES if p.parent.name == "dev"]


@pytest.fixture(scope="module")
def cleaned(nlp):
    texts = [p.read_text(encoding="utf-8") for p in PAGES]
    return dict(zip(PAGES, pressclean.default_pipeline().pipe(texts)))


def test_there_are_corpus_pages():
    assert len(PAGES) >= 20


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_offsets_map_into_the_original(cleaned, page):
    doc = cleaned[page]
    assert not [w for w in doc.warnings if "failed" in w]
    for edit in doc.edits:
        assert 0 <= edit.start <= edit.end <= len(doc.original)
    touched = [(e.start, e.end) for e in doc.edits]
    for entity in doc.entities:
        assert doc.text[entity.start : entity.end] == entity.text
        start, end = doc.to_original(entity.start, entity.end)
        assert 0 <= start <= end <= len(doc.original)
        if not any(s < end and start < e or s == e and start <= s <= end for s, e in touched):
            assert doc.original[start:end] == entity.text  # an untouched span is the original text


@pytest.mark.parametrize("page", DEV_PAGES, ids=lambda p: p.name)
def test_clean_is_idempotent(cleaned, page):
    once = cleaned[page].text
    assert pressclean.clean(once).text == once
