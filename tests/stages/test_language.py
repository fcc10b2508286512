"""Language per document and per paragraph: deterministic, short lines inherit."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pressclean.document import Document
from pressclean.stages import language
from pressclean.stages.language import detect_language

CASES = json.loads((Path(__file__).parent / "cases" / "language.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["label"])
def test_document_language(case):
    doc = detect_language(Document.from_text(case["text"]))
    assert doc.language == case["language"]
    if case["language"]:
        assert 0.5 < doc.language_score <= 1.0


def test_short_lines_and_capitals_take_the_document_language():
    lines = ["Agir", "Structure", "COMMUNIQUÉ DE PRESSE SUR LA SITUATION HUMANITAIRE",
             "Le Programme alimentaire mondial a commencé la distribution de rations d'urgence dans trois provinces.",
             "Les distributions se poursuivront jusqu'à la prochaine récolte, a précisé le représentant du programme.",
             "The agency said the distribution would continue until the next harvest in the region."]
    doc = detect_language(Document.from_text("\n".join(lines)))
    assert [p[2] for p in doc.paragraph_languages] == ["fr", "fr", "fr", "fr", "fr", "en"]
    assert [doc.text[s:e] for s, e, _ in doc.paragraph_languages] == lines


def test_same_answer_in_a_fresh_process_whatever_the_hash_seed():
    code = ("from pressclean.stages.language import detect;"
            "print(detect('Structure organisationnelle et bureaux régionaux'))")
    answers = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout
        for seed in ("1", "2", "3")
    }
    assert len(answers) == 1


FRENCH = ("Le Programme alimentaire mondial a commencé la distribution de rations d'urgence dans trois "
          "provinces touchées par la sécheresse, a précisé le représentant du programme lors d'une conférence.")


def test_a_plain_french_page_needs_no_langdetect(monkeypatch):
    def no_langdetect(text):
        raise AssertionError(f"langdetect called on {text[:60]!r}")

    monkeypatch.setattr(language, "detect", no_langdetect)
    contact = "Aïssata Traoré, chargée de communication, OIM Dakar, +221 33 869 62 00, atraore@iom.int"
    headline = "Sécheresse : la préfète place 94 communes de la Drôme en situation de crise"
    doc = detect_language(Document.from_text("\n".join([headline, FRENCH, contact])))
    assert doc.language == "fr" and 0.5 < doc.language_score <= 1.0
    assert [p[2] for p in doc.paragraph_languages] == ["fr", "fr", "fr"]


@pytest.mark.parametrize("case", [c for c in CASES if c["language"] not in (None, "fr")], ids=lambda c: c["label"])
def test_a_paragraph_in_another_language_is_found_in_a_french_page(case):
    doc = detect_language(Document.from_text("\n".join([FRENCH, case["text"], FRENCH])))
    assert doc.language == "fr"
    assert [p[2] for p in doc.paragraph_languages] == ["fr", case["language"], "fr"]


def test_pages_of_the_corpora_get_langdetects_answer():
    # the function-word shortcut must not change a page's language: checked against langdetect itself
    from pressclean import default_pipeline

    pipeline = default_pipeline()
    before = pipeline.names.index("detect_language")
    pages = sorted((Path(__file__).parents[2] / "corpora" / "dev").glob("*.txt"))
    assert pages
    for path in pages:
        doc = Document.from_text(path.read_text(encoding="utf-8"))
        for _, stage in list(pipeline)[:before]:
            doc = stage(doc)
        assert language.document_language(doc.text)[0] == language.detect(language._sample(doc.text))[0], path.name


@pytest.mark.parametrize("text, words, hits", [
    # the first word counts in any case; a capitalised function word inside the text is a name
    ("Les enfants et Les Misérables de la ville, the Guardian", 10, {"en": 1, "fr": 2}),
    ("THE end and the rest", 5, {"en": 3}),
    # addresses and links are no words (`les.org`, `les@des.fr`)
    ("Voir www.les.org/the ou les@des.fr et les amis", 5, {"fr": 3}),
    ("", 0, {}),
])
def test_telling_shares_count_lower_case_function_words(text, words, hits):
    n, found = language.telling_shares(text)
    assert n == words
    assert {lang: k for lang, k in found.items() if k} == hits
