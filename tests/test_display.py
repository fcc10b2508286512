"""The notebook view: facts highlighted in the cleaned text, edits as a diff against the original."""

from __future__ import annotations

from pathlib import Path

import pytest

import pressclean
from pressclean.display import diff_html, diff_pieces, entities_html, render
from pressclean.document import Document, Entity
from pressclean.rewrite import rewrite

DEV = Path(__file__).parent.parent / "corpora" / "dev"


@pytest.fixture(scope="module")
def page(nlp):
    return pressclean.clean((DEV / "d01-migration-niger-retours.txt").read_text(encoding="utf-8"), id="d01")


def test_the_diff_spells_both_texts_and_names_every_change(page):
    pieces = diff_pieces(page)
    assert "".join(p.text for p in pieces if p.kind != "added") == page.original
    assert "".join(p.text for p in pieces if p.kind != "removed") == page.text
    changed = [p for p in pieces if p.kind != "same"]
    assert changed and all(p.edits for p in changed)
    assert {e.stage for p in changed for e in p.edits} == {e.stage for e in page.edits}


def test_the_diff_follows_later_stages_over_earlier_ones():
    # a replacement that a later stage rewrites in part, and a removal around an earlier edit
    doc = Document.from_text("AB  cd\nmenu x uvre")
    doc = rewrite(doc, [(0, 2, "XYZ", "first"), (15, 15, "œ", "lost œ")], stage="one")
    doc = rewrite(doc, [(1, 2, "-", "second"), (3, 5, " ", "spaces"), (8, 13, "", "menu")], stage="two")
    pieces = diff_pieces(doc)
    assert "".join(p.text for p in pieces if p.kind != "added") == doc.original
    assert "".join(p.text for p in pieces if p.kind != "removed") == doc.text
    assert all(p.edits for p in pieces if p.kind != "same")


def test_a_document_without_an_offset_map_still_diffs():
    doc = Document(original="un  deux", text="un deux")
    assert "".join(p.text for p in diff_pieces(doc) if p.kind != "removed") == "un deux"


def test_every_mention_is_highlighted_with_its_label(page):
    view = entities_html(page)
    org = page.entities_of("ORG")[0]
    assert view.count(">ORG</span>") >= len(org["mentions"])
    for label in ("LOC", "FIGURE", "PHONE", "EMAIL", "PER"):
        assert f">{label}</span>" in view
    assert ">CONTACT</span>" not in view  # a whole block: listed in a table, not marked


def test_overlapping_facts_do_not_garble_the_text():
    text = "Appelez le 01 23 45 67 89 demain."
    doc = Document(
        original=text, text=text,
        entities=(Entity("FIGURE", 11, 13, "01", attrs={"value": 1}), Entity("PHONE", 11, 25, "01 23 45 67 89", attrs={"e164": "+33123456789"})),
    )
    view = entities_html(doc)
    assert view.count("<mark") == 1 and "+33123456789" in view and "demain." in view


def test_page_text_is_escaped_everywhere():
    evil = '<script>alert("x")</script>'
    doc = rewrite(Document.from_text(f"{evil} Genève"), [(0, 0, "<u>", "added")], stage="x")
    doc = Document(original=doc.original, text=doc.text, edits=doc.edits, segments=doc.segments, title=evil,
                   entities=(Entity("LOC", len(doc.text) - 6, len(doc.text), "Genève", attrs={"name": evil}),))
    view = render(doc)
    assert "<script>" not in view and "<u>" not in view
    assert "&lt;script&gt;" in view


def test_long_unchanged_stretches_and_long_removals_are_shortened():
    text = "début " + "mot " * 200 + "fin  x"
    doc = rewrite(Document.from_text(text + "\n" + "menu " * 200), [(len(text), len(text) + 1001, "", "menu")], stage="boilerplate")
    doc = rewrite(doc, [(len(text) - 3, len(text) - 1, " ", "spaces")], stage="spacing")
    view = diff_html(doc, context=20, longest_removal=100)
    assert "unchanged characters" in view and "more characters" in view
    assert len(view) < 2000


def test_render_shows_title_edits_and_contacts(page):
    view = render(page)
    assert page.title.replace("'", "&#x27;") in view
    assert f"{len(page.edits)} edit(s)" in view
    assert "contacts" in view and "mdiallo@iom.int" in view


def test_documents_show_themselves_in_notebooks(page):
    assert page._repr_html_() == render(page)


def test_render_wants_a_document():
    with pytest.raises(TypeError, match="pressclean.clean"):
        render("du texte")  # type: ignore[arg-type]
