"""The rewrite helper: edits logged against the original, offsets composable across stages."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pressclean.document import Document
from pressclean.rewrite import rewrite


def test_insert_then_replace_maps_back():
    doc = rewrite(Document.from_text("mis en uvre par l OIM"), [(7, 7, "œ", "lost œ")], stage="a")
    doc = rewrite(doc, [(18, 19, "'", "lost apostrophe")], stage="b")
    assert doc.text == "mis en œuvre par l'OIM"
    assert [(e.stage, e.start, e.end, e.replacement) for e in doc.edits] == [("a", 7, 7, "œ"), ("b", 17, 18, "'")]
    assert doc.original[slice(*doc.to_original(19, 22))] == "OIM"
    assert doc.original[slice(*doc.to_original(7, 12))] == "uvre"


def test_deleted_line_leaves_neighbours_exact():
    doc = rewrite(Document.from_text("Agir\nAgir\nTitre"), [(0, 10, "", "menu")], stage="b")
    assert doc.text == "Titre"
    assert doc.to_original(0, 5) == (10, 15)
    assert doc.edits[0].removed == "Agir\nAgir\n"


def test_unchanged_replacement_is_not_logged():
    doc = Document.from_text("abc")
    assert rewrite(doc, [(0, 1, "a", "same")], stage="x") is doc


def test_overlapping_changes_are_refused():
    doc = Document.from_text("abcdef")
    try:
        rewrite(doc, [(0, 3, "x", "r"), (2, 4, "y", "r")], stage="s")
    except ValueError as exc:
        assert "overlap" in str(exc)
    else:
        raise AssertionError("overlapping changes were accepted")


def test_entities_move_with_a_later_rewrite():
    from dataclasses import replace

    from pressclean.document import Entity

    doc = Document.from_text("a  OIM")
    doc = replace(doc, entities=(Entity("ORG", 3, 6, "OIM"),))
    doc = rewrite(doc, [(1, 3, " ", "spacing")], stage="s")
    (org,) = doc.entities
    assert (org.start, org.end, org.text) == (2, 5, "OIM")


# Property: replacements are written in upper case over a lower-case original, so every
# lower-case character of the final text was never touched and must map to itself.
_changes = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 6), st.text("XYZ", max_size=4)), max_size=6
)

def _non_overlapping(text: str, round_) -> list[tuple[int, int, str, str]]:
    """The drawn changes clipped to the text, the ones overlapping an earlier one left out."""
    changes, taken = [], -1
    for start, length, replacement in sorted(round_):
        start = min(start, len(text))
        end = min(start + length, len(text))
        if start <= taken:
            continue
        changes.append((start, end, replacement, "test"))
        taken = max(end, start)
    return changes


@settings(max_examples=300, deadline=None)
@given(st.text("abcd \n", min_size=1, max_size=60), st.lists(_changes, min_size=1, max_size=4))
def test_untouched_text_maps_to_identical_original(original, rounds):
    doc = Document.from_text(original)
    for n, round_ in enumerate(rounds):
        changes = _non_overlapping(doc.text, round_)
        doc = rewrite(doc, changes, stage=f"r{n}")
    for i, char in enumerate(doc.text):
        if char in "abcd \n":
            o0, o1 = doc.to_original(i, i + 1)
            assert doc.original[o0:o1] == char
    for edit in doc.edits:
        assert 0 <= edit.start <= edit.end <= len(doc.original)
    assert Document.from_dict(doc.to_dict()) == doc


def test_joined_word_is_one_edit_with_every_character_mapped():
    # `Ã©tÃ© Ã©tÃ©`: four fixes of one reason, two words; the `t` between two fixes is unchanged
    text = "Ã©tÃ© Ã©tÃ©"
    changes = [(s, s + 2, "é", "mojibake") for s in (0, 3, 6, 9)]
    joined = rewrite(Document.from_text(text), changes, stage="s", join_words=True)
    apart = rewrite(Document.from_text(text), changes, stage="s")
    assert joined.text == apart.text == "été été"
    assert [(e.start, e.end, e.replacement, e.removed) for e in joined.edits] == [
        (0, 5, "été", "Ã©tÃ©"),
        (6, 11, "été", "Ã©tÃ©"),
    ]
    assert len(apart.edits) == 4
    # the log is shorter, the offset map just as fine: every character maps where it did
    assert joined.segments == apart.segments
    for i in range(len(joined.text)):
        assert joined.to_original(i, i + 1) == apart.to_original(i, i + 1)
    assert joined.to_original(1, 2) == (2, 3)  # the `t`


def test_join_words_keeps_reasons_and_spaces_apart():
    doc = Document.from_text("aXbYc dZe")
    doc = rewrite(
        doc,
        [(1, 2, "", "x"), (3, 4, "", "y"), (7, 8, "z", "y")],
        stage="s",
        join_words=True,
    )
    assert doc.text == "abc dze"
    assert [(e.reason, e.removed) for e in doc.edits] == [("x", "X"), ("y", "Y"), ("y", "Z")]


# Property: whatever the changes, their order and `join_words`, every character of the new text
# maps where the old map sends the character it came from (joining edits must not coarsen it).
def _reference_map(doc: Document, changes: list) -> list[tuple[int, int]]:
    """Where each character of the rewritten text comes from, computed naively."""
    out: list[tuple[int, int]] = []
    pos = 0
    for start, end, replacement, _ in sorted(changes, key=lambda c: (c[0], c[1])):
        if doc.text[start:end] == replacement:
            continue
        out += [doc.to_original(i, i + 1) for i in range(pos, start)]
        if len(replacement) == end - start:
            out += [doc.to_original(i, i + 1) for i in range(start, end)]
        else:
            out += [doc.to_original(start, end)] * len(replacement)
        pos = end
    return out + [doc.to_original(i, i + 1) for i in range(pos, len(doc.text))]


@settings(max_examples=300, deadline=None)
@given(st.text("abcd \n", max_size=40), st.lists(_changes, min_size=1, max_size=4), st.booleans())
def test_map_equals_per_character_lookup(original, rounds, join):
    doc = Document.from_text(original)
    for n, round_ in enumerate(rounds):
        changes = _non_overlapping(doc.text, round_)
        expected = _reference_map(doc, changes)
        doc = rewrite(doc, list(reversed(changes)), stage=f"r{n}", join_words=join)
        assert [doc.to_original(i, i + 1) for i in range(len(doc.text))] == expected


def test_fast_constructors_build_the_dataclasses_own_objects():
    # rewrite builds Segment and Edit without their __init__ (speed): the objects must stay the
    # ones the constructors make (a field, a __post_init__ or slots added to the classes would
    # make them differ: then drop the fast path)
    from dataclasses import fields

    from pressclean.document import Edit, Segment
    from pressclean.rewrite import _edit, _segment

    assert not hasattr(Segment, "__post_init__") and not hasattr(Edit, "__post_init__")
    seg, fast_seg = Segment(1, 4, 2, 7, False), _segment(1, 4, 2, 7, False)
    edit, fast_edit = Edit("s", 1, 2, "œ", "why", "o"), _edit("s", 1, 2, "œ", "why", "o")
    for slow, fast in ((seg, fast_seg), (edit, fast_edit)):
        assert type(fast) is type(slow) and fast == slow and hash(fast) == hash(slow)
        assert repr(fast) == repr(slow) and vars(fast) == vars(slow)
        assert list(vars(fast)) == [f.name for f in fields(slow)]
