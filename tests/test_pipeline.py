"""Pipeline: named stages, editing, input coercion, failures recorded instead of raised."""

from __future__ import annotations

from dataclasses import replace

import pytest

import pressclean
from pressclean import Document, Pipeline, default_pipeline
from pressclean.rewrite import rewrite


def shout(doc: Document) -> Document:
    return rewrite(doc, [(0, len(doc.text), doc.text.upper(), "shout")], stage="shout")


def tag(doc: Document) -> Document:
    return replace(doc, title="tagged")


def broken(doc: Document) -> Document:
    raise RuntimeError("boom")


def test_stages_run_in_order_and_edit():
    p = Pipeline([shout, tag])
    doc = p("abc")
    assert (doc.text, doc.title, p.names) == ("ABC", "tagged", ["shout", "tag"])


def test_insert_replace_remove():
    p = Pipeline([shout])
    p.insert(tag, before="shout")
    assert p.names == ["tag", "shout"]
    p.insert(lambda d: d, name="noop", after="tag")
    assert p.names == ["tag", "noop", "shout"]
    p.replace("shout", tag)
    assert p("abc").text == "abc"
    p.remove("noop")
    assert p.names == ["tag", "shout"]


def test_unknown_and_duplicate_names_say_what_exists():
    p = Pipeline([shout])
    with pytest.raises(KeyError, match="shout"):
        p.remove("nothing")
    with pytest.raises(ValueError, match="already"):
        p.insert(shout)


def test_a_failing_stage_is_recorded_and_the_document_goes_on():
    doc = Pipeline([broken, shout])("abc")
    assert doc.text == "ABC"
    assert any("broken failed: RuntimeError: boom" in w for w in doc.warnings)


@pytest.mark.parametrize("bad", [None, 12, ["a"], object()])
def test_non_text_is_a_clear_type_error(bad):
    with pytest.raises(TypeError, match="str, bytes or Document"):
        Pipeline([shout])(bad)


def test_bytes_are_decoded_and_the_choice_recorded():
    doc = Pipeline([])("Générale".encode("cp1252"))
    assert doc.text == "Générale"
    assert doc.warnings == ("input was bytes, decoded as cp1252",)


def test_pipe_keeps_order():
    texts = [f"page {n}" for n in range(10)]
    assert [d.text for d in Pipeline([shout]).pipe(texts, batch_size=3)] == [t.upper() for t in texts]


def test_default_pipeline_rewrites_before_it_annotates():
    names = default_pipeline().names
    assert names.index("normalise_spacing") < names.index("detect_language") < names.index("find_entities")


def test_a_stage_runs_with_the_cyclic_collector_paused_and_it_resumes_even_when_the_stage_fails():
    import gc

    from pressclean.pipeline import Pipeline

    seen = []

    def look(doc):
        seen.append(gc.isenabled())
        return doc

    def fail(doc):
        raise RuntimeError("boom")

    fail.name = "fail"
    p = Pipeline([look, fail])
    doc = p("texte")
    assert seen == [False] and gc.isenabled()
    assert any("fail" in w for w in doc.warnings)


def test_site_profiles_fitted_on_a_sites_pages_remove_what_it_repeats_in_the_default_pipeline():
    motto = "Ensemble, bâtissons une commune solidaire."
    pages = [
        f"Vie municipale\nServices\nLe conseil vote le budget numéro {n}\n"
        f"Saint-Aubin, le {n + 2} mars 2026 – Le conseil municipal a voté mardi le budget numéro {n} de la commune.\n"
        "Les travaux de la salle des fêtes commenceront en avril et dureront six mois, selon le maire.\n"
        f"Contact presse : Anne Le Goff, 02 99 00 00 0{n}\n{motto}\nEspace presse"
        for n in range(4)
    ]
    profiles = pressclean.SiteProfiles.fit([("saint-aubin.example.fr", p) for p in pages])
    alone = pressclean.default_pipeline()(Document.from_text(pages[0], site="saint-aubin.example.fr")).text
    aware = pressclean.default_pipeline(profiles=profiles)(Document.from_text(pages[0], site="saint-aubin.example.fr")).text
    assert motto in alone  # a motto is a sentence on one page
    assert motto not in aware and "Le conseil vote le budget numéro 0" in aware
