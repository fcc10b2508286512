"""find_figures: labelled cases in cases/figures.json, plus the stage's contract and its speed."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path

import pytest

from pressclean.document import Dateline, Document, Entity
from pressclean.stages.figures import find_figures

CASES = json.loads((Path(__file__).parent / "cases" / "figures.json").read_text(encoding="utf-8"))


def _doc(case: dict) -> Document:
    doc = Document.from_text(case["text"])
    place = case.get("dateline")
    dateline = None
    if isinstance(place, list):  # [place, the dateline as written in the text]: its span too
        start = case["text"].index(place[1])
        dateline = Dateline(place[0], None, start, start + len(place[1]))
    elif place:
        dateline = Dateline(place)
    paragraphs: list[tuple[int, int, str]] = []
    start = 0
    for line, lang in zip(case["text"].split("\n"), case.get("paragraph_languages", ())):  # one per line
        paragraphs.append((start, start + len(line), lang))
        start += len(line) + 1
    # people `find_entities` would have named (`persons`: their names as written, each first occurrence a PER)
    persons = tuple(
        Entity("PER", case["text"].index(name), case["text"].index(name) + len(name), name, "find_entities", {"name": name})
        for name in case.get("persons", ())
    )
    return dataclasses.replace(
        doc, language=case.get("language", "fr"), dateline=dateline, paragraph_languages=tuple(paragraphs),
        entities=persons,
    )


def _figures(case: dict) -> tuple[Entity, ...]:
    return find_figures(_doc(case)).entities_of("FIGURE")


def _matches(entity: Entity, expected: dict) -> bool:
    for key, want in expected.items():
        got = entity.text if key == "text" else entity.get(key)
        if isinstance(want, float) and isinstance(got, (int, float)):
            if abs(got - want) > 1e-9:
                return False
        elif got != want:
            return False
    return True


def _check_expected(found: tuple[Entity, ...], expected: list[dict]) -> None:
    remaining = list(found)
    for want in expected:
        hit = next((e for e in remaining if _matches(e, want)), None)
        assert hit is not None, f"no figure like {want}; found {[(e.text, dict(e.attrs)) for e in found]}"
        remaining.remove(hit)


@pytest.mark.parametrize("case", CASES["figures"], ids=lambda c: c["label"])
def test_figure(case):
    found = _figures(case)
    _check_expected(found, case["expect"])
    if case.get("only"):
        assert len(found) == len(case["expect"]), [(e.text, dict(e.attrs)) for e in found]


@pytest.mark.parametrize("case", CASES["not_figures"], ids=lambda c: c["label"])
def test_not_a_figure(case):
    found = _figures(case)
    text = case["text"]
    for absent in case["absent"]:
        start = text.find(absent)
        assert start >= 0, f"bad case: {absent!r} is not in the text"
        while start >= 0:
            end = start + len(absent)
            hits = [e.text for e in found if e.start < end and start < e.end]
            assert not hits, f"{absent!r} at {start} is inside the figure(s) {hits}"
            start = text.find(absent, start + 1)
    _check_expected(found, case.get("expect", []))
    if not case.get("expect") and not case["absent"]:
        assert found == (), [e.text for e in found]


# -- the contract of an annotating stage ------------------------------------------------------------

SAMPLE = (
    "Genève – L'OIM a aidé plus de 1 400 migrants en 2023, soit 60 % de plus.\n"
    "Un appel de 22,4 millions de dollars couvre six mois.\n"
    "Contact : Marie Dupont, +41 22 717 91 11"
)


def test_text_is_unchanged_and_spans_match_the_text():
    doc = Document.from_text(SAMPLE)
    out = find_figures(doc)
    assert out.text == doc.text and out.original == doc.original and out.edits == doc.edits
    assert out.entities, "the sample has figures"
    for e in out.entities:
        assert out.text[e.start : e.end] == e.text
        assert e.label == "FIGURE" and e.stage == "find_figures"
        assert set(e.attrs) == {"value", "unit", "kind", "currency", "qualifier"}
        assert e.attrs["kind"] in {"count", "percent", "money", "duration", "age", "date", "year", "ordinal", "other"}


def test_existing_entities_are_kept_and_everything_stays_sorted():
    doc = Document.from_text(SAMPLE)
    org = Entity("ORG", 12, 15, "OIM", "find_entities", {"acronym": "OIM"})
    loc = Entity("LOC", 0, 6, "Genève", "find_entities", {})
    out = find_figures(dataclasses.replace(doc, entities=(loc, org)))
    assert loc in out.entities and org in out.entities
    starts = [e.start for e in out.entities]
    assert starts == sorted(starts)


def test_stage_is_deterministic_and_idempotent_on_its_input():
    doc = Document.from_text(SAMPLE)
    assert find_figures(doc) == find_figures(doc)


def test_no_figure_in_the_phone_number():
    out = find_figures(Document.from_text(SAMPLE))
    phone_at = SAMPLE.index("+41")
    assert all(e.end <= phone_at for e in out.entities)


def test_contacts_found_earlier_are_not_read_again(monkeypatch):
    from pressclean.stages import figures
    from pressclean.stages.contacts import find_contacts

    plain = find_figures(Document.from_text(SAMPLE)).entities_of("FIGURE")
    after_contacts = find_contacts(Document.from_text(SAMPLE))

    def fail(doc):
        raise AssertionError("contact_spans called although find_contacts already ran")

    monkeypatch.setattr(figures, "contact_spans", fail)
    assert find_figures(after_contacts).entities_of("FIGURE") == plain


def test_figures_do_not_overlap():
    out = find_figures(Document.from_text(SAMPLE + "\nDu 10 au 12 mars 2020, entre 5 et 10 % des 3 000 ménages."))
    spans = sorted((e.start, e.end) for e in out.entities)
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end <= start


def test_works_without_language_or_dateline():
    doc = Document.from_text("Plus de 12 millions de personnes dépendent de l'aide.")
    (e,) = find_figures(doc).entities
    assert (e["value"], e["unit"], e["qualifier"]) == (12_000_000, "personnes", "Plus de")


def test_empty_and_numberless_texts():
    assert find_figures(Document.from_text("")).entities == ()
    assert find_figures(Document.from_text("Aucun chiffre ici.")).entities == ()


def test_values_are_json_plain():
    out = find_figures(Document.from_text(SAMPLE))
    record = out.to_dict()
    json.dumps(record)
    assert Document.from_dict(record).entities == out.entities


# -- text that is not sentences: not read, and said so -----------------------------------------------


def test_the_singular_rule_is_french_an_english_paragraph_keeps_its_irregular_plural():
    # `2025 requiert`: a French singular after a plural number counts nothing; `45,000 children` in the
    # English version of a French page is read as English (the paragraph's language, not the page's)
    fr = "Le programme 2026 comprend 12 mesures."
    en = "The programme will bring 45,000 children back to school."
    text = f"{fr}\n{en}"
    doc = dataclasses.replace(
        Document.from_text(text), language="fr",
        paragraph_languages=((0, len(fr), "fr"), (len(fr) + 1, len(text), "en")),
    )
    found = {(e.text, e["unit"]) for e in find_figures(doc).entities_of("FIGURE")}
    assert ("45,000 children", "children") in found
    assert not any(t.startswith("2026") for t, _ in found)


def test_packed_numbers_are_not_read_and_the_page_says_where():
    junk = "1 2 3 " * 40  # 120 numbers, one every two characters
    # (a number within 15 characters of the run would count as part of it)
    text = "Il y a 300 réfugiés dans le camp.\n" + junk + "\nPlus tard dans la semaine, 40 familles sont arrivées."
    out = find_figures(Document.from_text(text))
    start = text.index(junk)
    assert [e.text for e in out.entities] == ["300 réfugiés", "40 familles"]
    (warning,) = out.warnings
    assert "find_figures did not read" in warning and f"characters {start}-{start + len(junk.rstrip())}" in warning


def test_numbers_as_close_as_prose_has_them_are_read():
    # the densest lines of real releases: dates, ranges and amounts side by side, fewer than 100 in a row
    text = "Du 10 au 12 mars 2020, entre 5 et 10 % des 3 000 ménages, soit 1 200 à 1 500 personnes. " * 8
    out = find_figures(Document.from_text(text))
    assert out.warnings == ()
    assert len(out.entities) > 8 * 6


def test_a_digit_run_longer_than_any_number_is_not_read():
    text = "Le code " + "7" * 80 + " a servi à 12 personnes."
    out = find_figures(Document.from_text(text))
    assert [e.text for e in out.entities] == ["12 personnes"]
    assert "characters 8-88" in out.warnings[0]


def test_past_ten_thousand_numbers_the_page_is_not_read_and_says_where():
    sentence = "Il y a 3 personnes dans le grand camp. "
    text = sentence * 10_005
    out = find_figures(Document.from_text(text))
    assert len(out.entities) == 10_000
    stop = len(sentence) * 10_000 + sentence.index("3")
    assert f"characters {stop}-{len(text)}" in out.warnings[0]


# -- speed: every pattern is safe against catastrophic backtracking -----------------------------------

HOSTILE = {
    "digits and spaces": "1 " * 100_000 + "x",
    "one long number": "9" * 100_000,
    "dots": "1." * 50_000,
    "commas": "1,2" * 30_000,
    "no-break groups": "1\u00a0000 " * 30_000,
    "number words": "deux " * 50_000,
    "adjectives": "3 " + "autres " * 50_000,
    "qualifiers": "plus de " * 30_000 + "3",
    "dates": "12 janvier " * 20_000,
    "brackets": "(1) " * 30_000,
}


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_finishes_fast(name):
    doc = Document.from_text(HOSTILE[name])
    started = time.perf_counter()
    find_figures(doc)
    assert time.perf_counter() - started < 20  # linear: a few seconds at most on a slow machine


def test_time_grows_linearly():
    def run(n: int) -> float:
        doc = Document.from_text("Il y a 3 personnes, 1 200 euros et 5 % de plus. " * n)
        started = time.perf_counter()
        find_figures(doc)
        return time.perf_counter() - started

    run(200)  # warm the caches
    small, large = run(1_000), run(4_000)
    assert large < 12 * max(small, 0.01)


def test_the_word_list_patterns_are_compiled_once():
    """`_patterns()` builds some twenty patterns from the word lists: rebuilt on every number, it made the
    stage ten times slower (a decorator once slid onto the function above it)."""
    from pressclean.stages import figures

    assert figures._patterns() is figures._patterns()
