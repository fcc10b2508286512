"""pandas: tidy frames of pressclean output, a Series cleaner, a corpus summary."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pandas as pd
import pytest

import pressclean
from pressclean.document import Dateline, Document, Entity, error_record
from pressclean.frames import (
    CONTACT_COLUMNS,
    DOCUMENT_COLUMNS,
    ENTITY_COLUMNS,
    FIGURE_COLUMNS,
    clean_series,
    corpus_summary,
    to_frame,
)
from pressclean.pipeline import Pipeline
from pressclean.stages.layout import normalise_spacing


def _doc(id: str, date: str | None, *entities: Entity, place: str = "Genève") -> Document:
    text = "x" * 200
    return Document(original=text, text=text, id=id, language="fr", dateline=Dateline(place, date, 0, 6), entities=entities)


ORG = Entity("ORG", 0, 3, "OIM", "find_entities", {"acronym": "OIM", "long_form": None, "canonical": "Organisation internationale pour les migrations", "mentions": [[0, 3], [50, 53]]})
GENEVE = Entity("LOC", 10, 16, "Genève", "find_entities", {"name": "Genève", "iso": None, "mentions": [[10, 16]]})
GENEVE_CAPS = Entity("LOC", 10, 16, "GENÈVE", "find_entities", {"name": "GENÈVE", "iso": None, "mentions": [[10, 16]]})
COUNT = Entity("FIGURE", 20, 31, "39 victimes", "find_figures", {"value": 39, "unit": "victimes", "kind": "count", "currency": None, "qualifier": None})
DATE = Entity("FIGURE", 40, 52, "12 mars 2020", "find_figures", {"value": "2020-03-12", "unit": None, "kind": "date", "currency": None, "qualifier": None})
CONTACT = Entity("CONTACT", 100, 150, "Andy Bruce ...", "find_contacts", {"person": "Andy Bruce", "role": None, "organisation": "OIM Hanoi", "phones": ["+8447366258"], "faxes": [], "emails": ["a@iom.int"]})
PHONE = Entity("PHONE", 120, 130, "736 6258", "find_contacts", {"e164": "+8447366258", "extension": None, "kind": "phone", "valid": False, "region": "VN"})

DOCS = [
    _doc("a", "2020-03-18", ORG, GENEVE, COUNT, DATE, CONTACT, PHONE),
    _doc("b", "--11-18", ORG, GENEVE_CAPS, COUNT, place="GENÈVE"),
    _doc("c", None, GENEVE),
]


def test_each_kind_has_its_columns_and_one_row_per_thing():
    records = DOCS + [error_record("broken", None, "TypeError: no text")]
    assert list(to_frame(records, "documents").columns) == DOCUMENT_COLUMNS
    assert list(to_frame(records, "entities").columns) == ENTITY_COLUMNS
    assert list(to_frame(records, "figures").columns) == FIGURE_COLUMNS
    assert list(to_frame(records, "contacts").columns) == CONTACT_COLUMNS
    assert len(to_frame(records, "documents")) == 4
    assert len(to_frame(records, "entities")) == sum(len(d.entities) for d in DOCS)
    assert len(to_frame(records, "figures")) == 3
    assert len(to_frame(records, "contacts")) == 1


def test_documents_count_facts_and_place_dates_in_time():
    frame = to_frame(DOCS + [error_record("broken", None, "TypeError: no text")], "documents").set_index("id")
    assert frame.loc["a", "date"] == pd.Timestamp("2020-03-18")
    assert pd.isna(frame.loc["b", "date"])  # no year: cannot be placed in time
    assert frame.loc["a", ["organisations", "places", "figures", "phones", "contacts"]].tolist() == [1, 1, 2, 1, 1]
    assert frame.loc["broken", "status"] == "error" and frame.loc["broken", "chars"] == 0


def test_entities_have_a_name_to_count_them_by():
    frame = to_frame(DOCS[0], "entities").set_index("label")
    assert frame.loc["ORG", "name"] == "Organisation internationale pour les migrations"
    assert frame.loc["ORG", "mentions"] == 2
    assert frame.loc["PHONE", "name"] == "+8447366258"
    assert frame.loc["CONTACT", "name"] == "Andy Bruce"


def test_figures_keep_numbers_numeric_and_dates_apart():
    frame = to_frame(DOCS[0], "figures")
    assert frame["value"].dtype == float
    count, date = frame.itertuples(index=False)
    assert count.value == 39.0 and pd.isna(count.value_date)
    assert math.isnan(date.value) and date.value_date == "2020-03-12"
    assert date.document_date == pd.Timestamp("2020-03-18")


def test_contacts_list_their_phones_and_emails():
    (row,) = to_frame(DOCS, "contacts").to_dict("records")
    assert row["person"] == "Andy Bruce" and row["phones"] == ["+8447366258"] and row["emails"] == ["a@iom.int"]


def test_a_records_file_gives_the_same_frame(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text("".join(d.to_json() + "\n" for d in DOCS), encoding="utf-8")
    assert to_frame(path, "entities").equals(to_frame(DOCS, "entities"))
    assert to_frame(str(path), "figures").equals(to_frame([json.loads(d.to_json()) for d in DOCS], "figures"))


def test_misuse_says_how_to_fix_it(tmp_path):
    with pytest.raises(ValueError, match="documents, entities, figures, contacts"):
        to_frame(DOCS, "people")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="pressclean.clean"):
        to_frame(["une page"])
    with pytest.raises(FileNotFoundError, match="pressclean run"):
        to_frame(tmp_path / "missing.jsonl")
    with pytest.raises(TypeError, match=r"df\['text'\]"):
        clean_series(["a"])  # type: ignore[arg-type]


def test_clean_series_keeps_the_index_and_skips_missing_text():
    texts = pd.Series(["un  texte", None, float("nan"), "deux  mots"], index=[10, 11, 12, 13], name="text")
    docs = texts.pipe(clean_series, Pipeline([normalise_spacing]))
    assert docs.index.tolist() == [10, 11, 12, 13] and docs.name == "text"
    assert [d.text if d else None for d in docs] == ["un texte", None, None, "deux mots"]
    assert [d.id for d in docs.dropna()] == ["10", "13"]
    assert to_frame(docs, "documents")["id"].tolist() == ["10", "13"]


def test_clean_series_refuses_numbers_with_a_hint():
    with pytest.raises(TypeError, match=r"index 'b'.*astype\(str\)"):
        pd.Series({"a": "texte", "b": 3}).pipe(clean_series, Pipeline([normalise_spacing]))


def test_the_dataframe_way_from_the_readme(nlp):
    df = pd.DataFrame({"text": ["L'OIM a aidé 39 familles à Dakar.", None]})
    docs = df["text"].pipe(pressclean.clean_series)
    figures = pressclean.to_frame(docs, kind="figures")
    assert figures[["id", "text", "value"]].values.tolist() == [["0", "39 familles", 39.0]]


def test_the_summary_counts_across_documents():
    summary = corpus_summary(DOCS)
    places = summary.places
    assert places.to_dict("records") == [{"name": "Genève", "documents": 3, "mentions": 3}]  # GENÈVE is Genève
    orgs = summary.organisations
    assert orgs.iloc[0].tolist() == ["Organisation internationale pour les migrations", 2, 4]
    by_month = summary.figures_by_month
    assert by_month.index.astype(str).tolist() == ["2020-03"]  # b's date has no year
    assert by_month.loc[by_month.index[0]].to_dict() == {"count": 1, "date": 1}
    assert summary.overview.loc[0, ["documents", "dated", "figures"]].tolist() == [3, 1, 3]


def test_the_summary_shows_tables_and_plots():
    summary = corpus_summary(DOCS)
    fig = summary.plot()
    over_time, orgs, places = fig.axes[:3]
    assert "1" in over_time.get_title() or "undated" in over_time.get_title()
    assert [t.get_text() for t in places.get_yticklabels()] == ["Genève"]
    view = summary._repr_html_()
    assert "data:image/png;base64," in view and "Organisation internationale pour les migrations" in view


def test_an_empty_corpus_summarises_without_error():
    summary = corpus_summary([])
    assert summary.overview.loc[0, "documents"] == 0
    assert "data:image/png" in summary._repr_html_()


def test_import_pressclean_stays_light():
    code = (
        "import sys, pressclean\n"
        "heavy = [m for m in ('pandas', 'matplotlib', 'spacy') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "assert callable(pressclean.to_frame) and callable(pressclean.clean_series) and callable(pressclean.to_spacy)\n"
        "assert 'pandas' in sys.modules\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
