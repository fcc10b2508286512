"""The evaluation report: scores and the misses behind them (no model needed)."""

from pressclean.evaluate import Report


def test_compare_scores_and_records_the_differences():
    report = Report()
    report.compare("LOC", "p1", {"geneve", "sud"}, {"geneve", "bretagne sud"})
    report.compare("LOC", "p2", {"paris"}, {"paris"})
    score = report.scores["LOC"]
    assert (score.tp, score.fp, score.fn) == (2, 1, 1)
    assert len(report.misses) == 1
    miss = report.misses[0]
    assert (miss.page, miss.missing, miss.extra) == ("p1", ("bretagne sud",), ("sud",))


def test_check_records_expected_and_got_on_failure_only():
    report = Report()
    report.check("title", "p1", True, expected="A", got="A")
    report.check("title", "p2", False, expected="Le titre", got="Accueil")
    assert report.rates["title"].hit == 1 and report.rates["title"].total == 2
    text = report.misses_text()
    assert text.splitlines() == ["## p2", "  title missing: Le titre", "  title extra: Accueil"]


def test_figure_units_compare_without_accents_or_case():
    from pressclean.evaluate import _figure_key

    assert _figure_key(960000.0, "réfugiés") == _figure_key(960000, "Refugies")
    assert _figure_key(31, "décès") != _figure_key(31, "morts")


def test_a_line_another_stage_erased_whole_counts_as_removed():
    from dataclasses import replace

    from pressclean.document import Document, Edit
    from pressclean.evaluate import _score_lines

    raw = 'Titre\n<img src="/a.png" alt="" />\nLe texte <b>reste</b>.'
    img = raw.index("<img")
    bold = raw.index("<b>")
    doc = replace(
        Document.from_text(raw),
        edits=(
            Edit("strip_html", img, img + 29, "", "HTML tag removed"),
            Edit("strip_html", bold, bold + 3, "", "HTML tag removed"),
        ),
    )
    report = Report()
    _score_lines(report, doc, {"boilerplate_lines": [1]})
    assert report.rates["boilerplate_removed"].hit == 1  # the bare tag line is gone
    assert report.rates["body_kept"].hit == 2  # a line with a tag in it is not



def test_a_line_whose_deletions_overlap_is_kept_while_text_is_left():
    from dataclasses import replace

    from pressclean.document import Document, Edit
    from pressclean.evaluate import _score_lines

    raw = 'Titre\n[caption id="a1"]<img src="/uploads/2025/12/quai-cap-aux-meules-1024x683.jpg" /> Le quai.[/caption]\nLe texte.'
    code = raw.index("[caption")
    img = raw.index("<img")
    end = raw.index("/>") + 2
    # the shortcode's removal, mapped back to the original, encloses the tag removed before it
    doc = replace(
        Document.from_text(raw),
        edits=(Edit("strip_html", img, end, "", "HTML tag removed"), Edit("strip_html", code, end, "", "CMS shortcode removed")),
    )
    report = Report()
    _score_lines(report, doc, {"boilerplate_lines": []})
    assert report.rates["body_kept"].hit == 3


def test_a_line_whose_indentation_alone_was_deleted_is_kept():
    from dataclasses import replace

    from pressclean.document import Document, Edit
    from pressclean.evaluate import _score_lines

    pad = " " * 60  # a right-aligned dateline in a PDF's layout text: more spaces than letters
    raw = f"Titre\n{pad}Namur, le 2 mai 2025\nLe texte."
    doc = replace(Document.from_text(raw), edits=(Edit("unwrap_lines", 6, 6 + len(pad), "", "indentation removed"),))
    report = Report()
    _score_lines(report, doc, {"boilerplate_lines": []})
    assert report.rates["body_kept"].hit == 3

def test_titles_compare_without_accents_but_with_case_and_words():
    from dataclasses import replace

    from pressclean.document import Document
    from pressclean.evaluate import Report, score_page

    def title_ok(ours: str, gold: str) -> bool:
        report = Report()
        score_page(report, replace(Document.from_text(ours), title=ours), {"title": gold, "language": None})
        return report.rates["title"].hit == 1

    doc_title = "CONFERENCE DE GENEVE : 1,7 MILLIARD"
    assert title_ok(doc_title, "CONFÉRENCE DE GENÈVE : 1,7 MILLIARD")
    assert not title_ok(doc_title, "Conférence de Genève : 1,7 milliard")
    assert not title_ok(doc_title, "CONFÉRENCE DE GENÈVE : 1,7 MILLION")


def test_missed_organisations_are_named():
    from pressclean.evaluate import _match_orgs

    found, gold = _match_orgs([("OIM", None)], [{"long_form": "Organisation internationale pour les migrations", "acronym": "OIM"},
                                                {"long_form": "Programme alimentaire mondial", "acronym": "PAM"}])
    assert gold - found == {(1, "Programme alimentaire mondial / PAM")}


def test_entities_read_from_a_menu_line_or_a_contact_label_are_counted():
    from dataclasses import replace

    from pressclean.document import Document, Entity
    from pressclean.evaluate import Report, _score_entity_sources

    text = "Accueil | OCHA | Contact\nLe HCR aide Goma.\nTél : 01 23"
    doc = replace(Document.from_text(text), entities=(
        Entity("ORG", 10, 14, "OCHA"), Entity("ORG", 28, 31, "HCR"), Entity("LOC", 37, 41, "Goma"), Entity("LOC", 43, 46, "Tél"),
    ))
    report = Report()
    _score_entity_sources(report, doc, {"boilerplate_lines": [0]}, "p")
    assert (report.rates["entity_source"].hit, report.rates["entity_source"].total) == (2, 4)


def test_contact_names_compare_without_accents_but_with_every_letter():
    from pressclean.evaluate import _contact_key

    gold = {"person": "Raphaël Jaquet", "phones": ["+41794182260"], "emails": []}
    assert _contact_key({"person": "Raphael Jaquet", "phones": ("+41794182260",), "emails": ()}) == _contact_key(gold)
    assert _contact_key({"person": "Raphaël Jacquet", "phones": ("+41794182260",), "emails": ()}) != _contact_key(gold)
    assert _contact_key({"person": "raphaël jaquet", "phones": ("+41794182260",), "emails": ()}) != _contact_key(gold)
    assert _contact_key({"person": "Raphaël Jaquet", "phones": (), "emails": ()}) != _contact_key(gold)


def _kind_rate(text, found, gold):
    from dataclasses import replace

    from pressclean.document import Document, Entity
    from pressclean.evaluate import Report, score_page

    entities = tuple(
        Entity("FIGURE", text.index(t), text.index(t) + len(t), t, "find_figures", {"value": v, "unit": u, "kind": k})
        for t, v, u, k in found
    )
    report = Report()
    score_page(report, replace(Document.from_text(text), entities=entities),
               {"figures": [{"text": t, "value": v, "unit": u, "kind": k} for t, v, u, k in gold]})
    return report.rates["figure_kind"].hit, report.rates["figure_kind"].total


def test_figure_kinds_pair_figures_of_one_value_and_unit_by_text_then_by_order():
    text = "Les 30 ans de la réserve, après trente ans de travail."
    gold = [("30 ans", 30, "ans", "age"), ("trente ans", 30, "ans", "duration")]
    assert _kind_rate(text, [("30 ans", 30, "ans", "age"), ("trente ans", 30, "ans", "duration")], gold) == (2, 2)
    # each figure answers for its own text: the kinds swapped are two misses, not one
    assert _kind_rate(text, [("30 ans", 30, "ans", "duration"), ("trente ans", 30, "ans", "age")], gold) == (0, 2)
    # one found figure answers for both gold figures: one of them is missed, whatever the order
    assert _kind_rate(text, [("30 ans", 30, "ans", "age")], gold) == (1, 2)
    assert _kind_rate(text, [("trente ans", 30, "ans", "age")], gold) == (1, 2)
    # texts that differ from the gold's are paired in the page's order
    moved = "Les 30\u00a0ans de la réserve, après Trente ans de travail."
    found = [("30\u00a0ans", 30, "ans", "age"), ("Trente ans", 30, "ans", "duration")]
    assert _kind_rate(moved, found, gold) == (2, 2)
    assert _kind_rate(moved, found[::-1], [("30 ans", 30, "ans", "duration"), ("xxx", 30, "ans", "age")]) == (0, 2)
    # a figure not found is not checked for its kind
    assert _kind_rate(text, [("30 ans", 30, "ans", "age")], gold + [("12 ans", 12, "ans", "age")]) == (1, 2)
