"""Tests of the layout stages: split_glued, unwrap_lines, normalise_spacing.

Cases are data (tests/stages/cases/layout.json, each with a label); the tests below check what a
single case cannot: the seed page comes out with its paragraphs whole and its menu and contact
block intact, stages compose without undoing each other, and the spacing stage keeps French
typography.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pressclean
from pressclean import Document, repair_pipeline
from pressclean.stages import layout

CASES = json.loads((Path(__file__).parent / "cases" / "layout.json").read_text("utf-8"))
SEED = Path("/work/shared/seeds/iom-fr-release.txt")


def _run(stage: str, text: str) -> str:
    """One layout stage on `text`; `clean`: the whole pipeline (for what a layout stage reads from an
    earlier stage's edits, such as the page furniture `remove_boilerplate` took out)."""
    if stage == "clean":
        return pressclean.clean(text).text
    return getattr(layout, stage)(Document.from_text(text)).text


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_case(case):
    assert _run(case["stage"], case["input"]) == case["expected"]


@pytest.mark.parametrize("case", CASES, ids=[c["label"] for c in CASES])
def test_stage_is_idempotent(case):
    once = _run(case["stage"], case["input"])
    assert _run(case["stage"], once) == once


def test_split_then_unwrap_keeps_the_heading_apart():
    """unwrap_lines must not rejoin what split_glued split (`Qui sommes nous` ends on `nous`)."""
    text = "Qui sommes nous\nQui sommes nousL'Organisation est née en 1951."
    out = repair_pipeline()(text).text
    assert out == "Qui sommes nous\nQui sommes nous\nL'Organisation est née en 1951."


def test_unwrap_reasons():
    doc = layout.unwrap_lines(Document.from_text("une forte aug-\nmentation des\ndéparts"))
    assert [e.reason for e in doc.edits] == [
        "PDF hyphenation undone (lexicon)",
        "hard wrap rejoined (next line starts lower-case)",
    ]


def test_normalise_spacing_keeps_typography():
    text = "« Bonjour », dit-il\u00a0: l’OIM et l'ONU ; Que faire\u202f? 71\u202f029 personnes !"
    assert layout.normalise_spacing(Document.from_text(text)).text == text


@pytest.mark.skipif(not SEED.exists(), reason="seed page not available")
def test_seed_page():
    out = repair_pipeline()(SEED.read_text("utf-8")).text
    lines = out.split("\n")
    # the menu: doubled labels, bare `-` lines and list items stay as they are
    assert lines[:4] == ["-", "Qui sommes nous", "Qui sommes nous", "L'Organisation internationale pour les migrations (OIM) fait partie du système des Nations Unies et est la première organisation intergouvernementale à promouvoir depuis 1951 une migration humaine et ordonnée qui profite à tous, composée de 175 Etats membres et présente dans 171 pays."]
    assert "Structure\nStructure\n- Structure organisationnelle" in out
    assert "Notre travail\nNotre travail\nEn tant que principale organisation" in out
    # paragraphs rejoined, œ restored, the quote closed on the same line
    assert (
        "Financé par le Bureau de la population, des réfugiés et de la migration du Département "
        "d'État américain et mis en œuvre par l'OIM et le Centre des études et des sciences appliquées sur "
        "l'égalité des sexes, la famille, les femmes et les adolescents, ce projet pilote visait 39 victimes "
        "de la traite divisées en cinq groupes d'entraide animés par des femmes elles-mêmes victimes de la traite."
    ) in lines
    assert "mis en uvre" not in out and out.count("mis en œuvre") == 2
    assert "des groupes de victimes » explique Andy Bruce, chef de mission de l'OIM au Vietnam." in out
    # the contact block, line by line, with the mailto debris gone
    assert out.endswith("Andy Bruce\nOIM Hanoi\nTél. : +84.4. 736 6258 Ext. 106\nE-mail :\nabruce@iom.int")
