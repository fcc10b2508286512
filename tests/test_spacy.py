"""spaCy components: the pipeline's annotating stages inside spaCy, with the same results."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, DocBin

import pressclean
from pressclean.document import Document, Entity
from pressclean.spacy import FACTORIES, SPANS_KEY, entity_of, store, to_spacy

DEV = Path(__file__).parent.parent / "corpora" / "dev"
# pages with every kind of fact, an English page, and one where a span needs expanding to tokens
PAGES = ["d01-migration-niger-retours.txt", "d13-dakareco-apo-afd-boad.txt", "d23-terressolidaires-english-interview.txt"]


@pytest.fixture(scope="module")
def annotator(nlp):
    """A blank French pipeline with every pressclean component, in the pipeline's order."""
    blank = spacy.blank("fr")
    for factory in FACTORIES:
        blank.add_pipe(factory)
    return blank


@pytest.fixture(scope="module")
def cleaned(nlp):
    return list(pressclean.default_pipeline().pipe((DEV / p).read_text(encoding="utf-8") for p in PAGES))


@pytest.mark.parametrize("n", range(len(PAGES)), ids=PAGES)
def test_components_find_the_pipelines_entities(annotator, cleaned, n):
    document = cleaned[n]
    doc = annotator(document.text)
    assert doc._.pressclean.entities == document.entities
    assert (doc._.pressclean.title, doc._.pressclean.dateline) == (document.title, document.dateline)
    assert doc._.pressclean.language == document.language
    spans = doc.spans[SPANS_KEY]
    assert [s.label_ for s in spans] == [e.label for e in document.entities]
    for span, entity in zip(spans, document.entities):
        assert span._.pressclean == entity
        assert span.start_char <= entity.start < entity.end <= span.end_char


def test_pipe_gives_what_call_gives(annotator, cleaned):
    texts = [d.text for d in cleaned]
    piped = list(annotator.pipe(texts, batch_size=2))
    assert [d._.pressclean.entities for d in piped] == [d.entities for d in cleaned]


def test_factories_come_through_the_entry_point():
    # a fresh process that never imports pressclean: spaCy must find the factory by itself
    code = (
        "import spacy, sys\n"
        "nlp = spacy.blank('fr')\n"
        "nlp.add_pipe('pressclean_contacts')\n"
        "doc = nlp('Tél. : +41 22 917 12 34')\n"
        "print([(s.label_, s._.pressclean['e164']) for s in doc.spans['pressclean'] if s.label_ == 'PHONE'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "('PHONE', '+41229171234')" in out.stdout


def test_to_spacy_carries_the_edit_log_and_the_facts(cleaned):
    document = cleaned[0]
    doc = to_spacy(document)
    assert doc.text == document.text
    assert doc._.pressclean.edits == document.edits
    org = doc.spans[SPANS_KEY][0]
    assert org.label_ == "ORG"
    start, end = doc._.pressclean.to_original(org.start_char, org.end_char)
    assert document.original[start:end] == org.text


def test_a_component_keeps_the_documents_edits_and_adds_its_facts():
    repaired = pressclean.repair_pipeline()("Le projet de 16 mois a été mis en uvre pour 39 victimes.")
    assert repaired.edits and not repaired.entities
    nlp = spacy.blank("fr")
    nlp.add_pipe("pressclean_figures")
    doc = nlp(to_spacy(repaired))
    assert doc._.pressclean.edits == repaired.edits
    assert [s.text for s in doc.spans[SPANS_KEY]] == ["16 mois", "39 victimes"]


def test_facts_survive_spacy_serialisation(annotator, cleaned):
    doc = annotator(cleaned[0].text)
    again = Doc(annotator.vocab).from_bytes(doc.to_bytes())
    assert again._.pressclean == doc._.pressclean
    assert [(s.label_, s.start_char) for s in again.spans[SPANS_KEY]] == [(s.label_, s.start_char) for s in doc.spans[SPANS_KEY]]
    (back,) = DocBin(docs=[doc], store_user_data=True).get_docs(annotator.vocab)
    assert back._.pressclean.entities == doc._.pressclean.entities


def test_a_span_wider_than_its_fact_still_finds_it():
    entity = Entity("ORG", 0, 3, "OIM", "test")
    doc = to_spacy(Document(original="OIMx est là", text="OIMx est là", entities=(entity,)))
    (span,) = doc.spans[SPANS_KEY]
    assert span.text == "OIMx"  # the tokenizer's token, wider than the fact
    assert entity_of(span) == entity


def test_spans_of_other_docs_have_no_entity():
    doc = spacy.blank("fr")("Bonjour Genève")
    assert doc._.pressclean is None
    assert entity_of(doc[1:2]) is None


def test_misuse_says_how_to_fix_it():
    with pytest.raises(TypeError, match=r"to_spacy\(pressclean.clean\(text\)\)"):
        to_spacy("une page")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="cannot be rewritten"):
        store(spacy.blank("fr")("autre texte"), Document.from_text("un texte"))
