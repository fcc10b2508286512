"""Score the pipeline against the gold annotations in `corpora/`, beside off-the-shelf baselines.

Each page `NAME.txt` has a `NAME.gold.json` (format: corpora/README.md). The baselines run in the
same process on the same pages: the raw French spaCy model on the raw text for organisations and
places, `phonenumbers` with a fixed region FR for phones, a plain e-mail pattern, and the raw text
or `ftfy.fix_text` for the article text.
"""

from __future__ import annotations

import json
from bisect import bisect_right
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .document import Document
from .geo import fold, strip_accents

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_WORDS = re.compile(r"\w+")


@dataclass
class Score:
    """Counts for precision / recall / F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, predicted: set, gold: set) -> None:
        self.tp += len(predicted & gold)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Rate:
    """A share of cases that came out right."""

    hit: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.hit += bool(ok)
        self.total += 1

    @property
    def value(self) -> float:
        return self.hit / self.total if self.total else 1.0


@dataclass(frozen=True)
class Miss:
    """One page's disagreement with the gold on one measure.

    `missing`: gold items not found (for lines: article lines removed; for a yes/no measure:
    what was expected); `extra`: found but not in gold (boilerplate lines kept; what came out).
    """

    page: str
    measure: str
    missing: tuple = ()
    extra: tuple = ()


@dataclass
class Report:
    """All scores of one evaluation run, ours and the baselines', and the misses behind them."""

    pages: int = 0
    scores: dict[str, Score] = field(default_factory=dict)
    rates: dict[str, Rate] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    def score(self, name: str) -> Score:
        return self.scores.setdefault(name, Score())

    def rate(self, name: str) -> Rate:
        return self.rates.setdefault(name, Rate())

    def compare(self, name: str, page: str, predicted: set, gold: set) -> None:
        """Score one page's predictions against its gold and remember the differences."""
        self.score(name).add(predicted, gold)
        if predicted != gold:
            self.misses.append(Miss(page, name, tuple(sorted(map(str, gold - predicted))),
                                    tuple(sorted(map(str, predicted - gold)))))

    def check(self, name: str, page: str, ok: bool, *, expected: Any = None, got: Any = None) -> None:
        """Count one page's yes/no measure and remember a failure with what was expected."""
        self.rate(name).add(ok)
        if not ok:
            self.misses.append(Miss(page, name, (str(expected),), (str(got),)))

    def misses_text(self) -> str:
        """The misses page by page, for `pressclean eval --misses`."""
        lines, page = [], None
        for m in sorted(self.misses, key=lambda m: (m.page, m.measure)):
            if m.page != page:
                lines.append(f"\n## {m.page}")
                page = m.page
            lines += [f"  {m.measure} missing: {x}" for x in m.missing]
            lines += [f"  {m.measure} extra: {x}" for x in m.extra]
        return "\n".join(lines).lstrip("\n")

    def table(self) -> str:
        """A Markdown table: one row per measure, pressclean beside the baseline."""
        rows = ["| measure | pressclean | baseline | baseline is |", "|---|---|---|---|"]
        for name, label, base_label in _ROWS:
            ours = self._fmt(name)
            base = self._fmt(name + "/baseline") if base_label else "—"
            rows.append(f"| {label} | {ours} | {base} | {base_label or '—'} |")
        return f"{self.pages} pages\n\n" + "\n".join(rows)

    def _fmt(self, name: str) -> str:
        if name in self.scores:
            s = self.scores[name]
            return f"P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}"
        if name in self.rates:
            r = self.rates[name]
            return f"{r.value:.3f} ({r.hit}/{r.total})"
        return "—"


_ROWS = [
    ("body_kept", "boilerplate, page alone: article lines kept", "jusText, each line a <p>"),
    ("boilerplate_removed", "boilerplate, page alone: non-article lines removed", "jusText, each line a <p>"),
    ("site/body_kept", "boilerplate, site-aware: article lines kept", None),
    ("site/boilerplate_removed", "boilerplate, site-aware: non-article lines removed", None),
    ("article_words", "article text: word F1 vs gold", "raw text / ftfy"),
    ("title", "title exact (accents aside)", None),
    ("dateline", "dateline place exact", None),
    ("language", "language", None),
    ("listing", "listing page flagged or not, rightly", None),
    ("ORG", "organisations (distinct per page)", "raw spaCy on raw text"),
    ("LOC", "places (distinct per page)", "raw spaCy on raw text"),
    ("iso", "countries with the right ISO code", None),
    ("entity_source", "organisations and places not read from a non-article line or a contact label", "raw spaCy on raw text"),
    ("FIGURE", "figures (value, unit)", None),
    ("figure_kind", "figure kind right (matched figures)", None),
    ("PHONE", "phones (E.164)", "phonenumbers, region FR"),
    ("EMAIL", "e-mails", "plain pattern"),
    ("CONTACT", "contacts grouped exactly", None),
]


def load_gold(root: str | Path) -> list[tuple[Path, dict[str, Any]]]:
    """(page path, gold) for every `NAME.txt` with a `NAME.gold.json` under `root`, sorted."""
    pairs = []
    for gold_path in sorted(Path(root).rglob("*.gold.json")):
        page = gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")
        if page.exists():
            pairs.append((page, json.loads(gold_path.read_text(encoding="utf-8"))))
    return pairs


def evaluate(root: str | Path, *, baseline: bool = True, progress: bool = False) -> Report:
    """Run the default pipeline over the gold corpus under `root` and score it.

    >>> evaluate("/nonexistent", baseline=False).pages
    0
    """
    from . import default_pipeline

    pairs = load_gold(root)
    pipeline = default_pipeline()
    report = Report(pages=len(pairs))
    raw_texts = [p.read_text(encoding="utf-8") for p, _ in pairs]
    docs = pipeline.pipe(raw_texts)
    if progress:
        from tqdm import tqdm

        docs = tqdm(docs, total=len(pairs), desc="eval", unit="page")
    for (path, gold), raw, doc in zip(pairs, raw_texts, docs):
        score_page(report, doc, gold, page=path.stem)
    score_site_aware(report, raw_texts, [g for _, g in pairs], [p.stem for p, _ in pairs])
    if baseline:
        score_baselines(report, raw_texts, [g for _, g in pairs])
    return report


def score_site_aware(report: Report, raw_texts: list[str], golds: list[dict[str, Any]], names: list[str] | None = None) -> None:
    """Line scores when the boilerplate stage knows the other pages of each site.

    Profiles are fitted on the evaluated pages themselves, keyed by the gold's host name, as a
    batch run does: on the text the boilerplate stage sees (a menu in mojibake is learnt repaired);
    only sites with at least three pages get one.
    """
    from . import repair_pipeline
    from .batch import until_boilerplate
    from .stages.boilerplate import RemoveBoilerplate, SiteProfiles

    pipeline = repair_pipeline()
    pipeline.insert(RemoveBoilerplate(), before="unwrap_lines")
    before = until_boilerplate(pipeline)
    profiles = SiteProfiles.fit([(g.get("site"), before(t).text) for t, g in zip(raw_texts, golds)])
    pipeline = repair_pipeline()
    pipeline.insert(RemoveBoilerplate(profiles=profiles), before="unwrap_lines")
    for n, (raw, gold) in enumerate(zip(raw_texts, golds)):
        doc = pipeline(raw, site=gold.get("site"))
        _score_lines(report, doc, gold, prefix="site/", page=names[n] if names else str(n))


def score_page(report: Report, doc: Document, gold: dict[str, Any], page: str = "") -> None:
    """Add one page's results to `report` (`page` names it in the misses)."""
    _score_lines(report, doc, gold, page=page)
    report.score("article_words").add(*_word_sets(doc.text, gold.get("clean_text", "")))
    # accents aside, as for dateline places and figure units: restoring stripped accents (`CONFERENCE DE GENEVE`)
    # is the opt-in accents stage's work, measured by the repair benchmark; this row measures finding the title
    report.check("title", page, strip_accents(_norm(doc.title)) == strip_accents(_norm(gold.get("title"))),
                 expected=gold.get("title"), got=doc.title)
    if gold.get("dateline"):
        got = doc.dateline.place if doc.dateline else None
        report.check("dateline", page, bool(got) and fold(got) == fold(gold["dateline"]["place"]),
                     expected=gold["dateline"]["place"], got=got)
    report.check("language", page, doc.language == gold.get("language"), expected=gold.get("language"), got=doc.language)
    report.check("listing", page, doc.listing == bool(gold.get("listing")), expected=bool(gold.get("listing")), got=doc.listing)

    orgs = doc.entities_of("ORG")
    report.compare("ORG", page, *_match_orgs([(e.get("acronym"), e.get("long_form")) for e in orgs], gold.get("organisations", [])))
    places = {fold(e.get("name", e.text)): e.get("iso") for e in doc.entities_of("LOC")}
    gold_places = {fold(p["name"]): p.get("iso") for p in gold.get("places", [])}
    report.compare("LOC", page, set(places), set(gold_places))
    for name, iso in gold_places.items():
        if iso and name in places:
            report.check("iso", page, places[name] == iso, expected=(name, iso), got=places[name])
    _score_entity_sources(report, doc, gold, page)

    figures = doc.entities_of("FIGURE")
    predicted = {_figure_key(e.get("value"), e.get("unit")) for e in figures}
    report.compare("FIGURE", page, predicted, {_figure_key(f["value"], f.get("unit")) for f in gold.get("figures", [])})
    for f, kind in _paired_kinds(figures, gold.get("figures", [])):
        key = _figure_key(f["value"], f.get("unit"))
        report.check("figure_kind", page, kind == f.get("kind"), expected=(key, f.get("kind")), got=kind)

    report.compare("PHONE", page, {e.get("e164") for e in doc.entities_of("PHONE")}, {p["e164"] for p in gold.get("phones", [])})
    report.compare(
        "EMAIL", page,
        {e.get("address") for e in doc.entities_of("EMAIL") if e.get("address") and not e.get("obfuscated")},
        {m.lower() for m in gold.get("emails", [])},
    )
    predicted_contacts = [_contact_key(e.attrs) for e in doc.entities_of("CONTACT")]
    for contact in gold.get("contacts", []):
        key = _contact_key(contact)
        report.check("CONTACT", page, key in predicted_contacts, expected=key, got=predicted_contacts)


def score_baselines(report: Report, raw_texts: list[str], golds: list[dict[str, Any]]) -> None:
    """The same measures for off-the-shelf tools on the raw pages, in this process."""
    import ftfy
    import phonenumbers

    from .models import french_nlp

    nlp = french_nlp()
    for raw, gold, sp in zip(raw_texts, golds, nlp.pipe(raw_texts, batch_size=16)):
        orgs = {e.text.strip() for e in sp.ents if e.label_ == "ORG"}
        report.score("ORG/baseline").add(*_match_orgs([(o, o) for o in orgs], gold.get("organisations", [])))
        report.score("LOC/baseline").add(
            {fold(e.text) for e in sp.ents if e.label_ == "LOC"}, {fold(p["name"]) for p in gold.get("places", [])}
        )
        boilerplate, starts = set(gold.get("boilerplate_lines", [])), _line_starts(raw)
        for e in sp.ents:
            if e.label_ in ("ORG", "LOC"):
                label = e.text.strip(" .:").lower() in _CONTACT_LABELS
                report.rate("entity_source/baseline").add(_line_of(starts, e.start_char) not in boilerplate and not label)
        phones = set()
        for match in phonenumbers.PhoneNumberMatcher(raw, "FR"):
            phones.add(phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164))
        report.score("PHONE/baseline").add(phones, {p["e164"] for p in gold.get("phones", [])})
        report.score("EMAIL/baseline").add(
            {m.lower().rstrip(".") for m in _EMAIL.findall(raw)}, {m.lower() for m in gold.get("emails", [])}
        )
        fixed = ftfy.fix_text(raw)
        report.score("article_words/baseline").add(*_word_sets(fixed, gold.get("clean_text", "")))
        if "boilerplate_lines" in gold and (verdicts := _justext_lines(raw)) is not None:
            _add_line_scores(report, verdicts, gold, suffix="/baseline")


def _union(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping spans merged.

    >>> _union([(5, 9), (0, 3), (2, 4), (8, 12)])
    [(0, 4), (5, 12)]
    """
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def _score_lines(report: Report, doc: Document, gold: dict[str, Any], prefix: str = "", page: str = "") -> None:
    """Line labels: which lines of the original did the boilerplate stage remove?"""
    if "boilerplate_lines" not in gold:
        return
    removed = [(e.start, e.end) for e in doc.edits if e.stage == "remove_boilerplate"]
    # A line that another stage deleted whole (a line of bare markup emptied by strip_html) is
    # gone from the article as surely as one the boilerplate stage removed.
    # (their union: a later deletion, mapped back to the original, covers an earlier one it encloses)
    deleted = _union((e.start, e.end) for e in doc.edits if not e.replacement and e.stage != "remove_boilerplate")
    gone = {}
    pos = 0
    lines = doc.original.split("\n")
    for n, line in enumerate(lines):
        start, end = pos, pos + len(line)
        pos = end + 1
        if line.strip():
            covered = sum(max(0, min(end, e) - max(start, s)) for s, e in removed)
            # (a layout stage that deletes a PDF line's indentation has not erased the line)
            erased = sum(len("".join(doc.original[max(start, s) : min(end, e)].split())) for s, e in deleted if s < end and e > start)
            gone[n] = covered >= 0.5 * max(len(line), 1) or erased >= len("".join(line.split()))
    _add_line_scores(report, gone, gold, prefix=prefix)
    boilerplate = set(gold["boilerplate_lines"])
    kept = tuple(f"{n}: {lines[n][:80]}" for n, g in gone.items() if n in boilerplate and not g)
    lost = tuple(f"{n}: {lines[n][:80]}" for n, g in gone.items() if n not in boilerplate and g)
    if kept or lost:
        report.misses.append(Miss(page, prefix + "lines", missing=lost, extra=kept))


def _add_line_scores(report: Report, gone: dict[int, bool], gold: dict[str, Any], prefix: str = "", suffix: str = "") -> None:
    boilerplate = set(gold["boilerplate_lines"])
    for n, removed in gone.items():
        if n in boilerplate:
            report.rate(prefix + "boilerplate_removed" + suffix).add(removed)
        else:
            report.rate(prefix + "body_kept" + suffix).add(not removed)


def _justext_lines(raw: str) -> dict[int, bool] | None:
    """jusText's verdict on each non-blank line, each wrapped in `<p>` (its default settings)."""
    try:
        import justext
    except ImportError:
        return None
    import html

    numbered = [(n, line) for n, line in enumerate(raw.split("\n")) if line.strip()]
    page = "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for _, line in numbered) + "</body></html>"
    paragraphs = justext.justext(page.encode("utf-8"), justext.get_stoplist("French"))
    if len(paragraphs) != len(numbered):
        return None  # jusText merged or dropped a paragraph: the lines cannot be matched
    return {n: p.class_type != "good" for (n, _), p in zip(numbered, paragraphs)}


_NEWLINE = re.compile("\n")
_CONTACT_LABELS = frozenset("tel tél téléphone fax courriel email e-mail mail mobile portable contact contacts gsm".split())


def _score_entity_sources(report: Report, doc: Document, gold: dict[str, Any], page: str) -> None:
    """Each mention of an organisation or a place: is it read from an article line of the raw page
    (not a menu, footer or widget line of the gold) and is it not a contact label (`Tél`, `Courriel`)?"""
    boilerplate = set(gold.get("boilerplate_lines", []))
    starts = _line_starts(doc.original)
    for entity in doc.entities_of("ORG") + doc.entities_of("LOC"):
        for start, end in entity.get("mentions") or [(entity.start, entity.end)]:
            line = _line_of(starts, doc.to_original(start, end)[0])
            label = doc.text[start:end].strip(" .:").lower() in _CONTACT_LABELS
            report.check("entity_source", page, line not in boilerplate and not label,
                         expected="an article line", got=(doc.text[start:end], f"raw line {line}"))


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _NEWLINE.finditer(text)]


def _line_of(starts: list[int], offset: int) -> int:
    """The 0-based line of `offset`, given the line starts of its text."""
    return bisect_right(starts, offset) - 1


def _match_orgs(predicted: Iterable[tuple[str | None, str | None]], gold: list[dict]) -> tuple[set, set]:
    """Organisations as gold ids: a prediction matches by acronym or by long form."""
    index: dict[str, int] = {}
    for n, g in enumerate(gold):
        for name in (g.get("acronym"), g.get("long_form")):
            if name:
                index.setdefault(fold(name), n)
    # a gold organisation is named by its forms, so that `eval --misses` says which one was missed
    names = [" / ".join(x for x in (g.get("long_form"), g.get("acronym")) if x) for g in gold]
    hits, misses = set(), set()
    for acronym, long_form in predicted:
        ids = {index[fold(x)] for x in (acronym, long_form) if x and fold(x) in index}
        if ids:
            hits.add((min(ids), names[min(ids)]))
        else:
            misses.add(fold(long_form or acronym or ""))
    return hits | {("fp", m) for m in misses}, set(enumerate(names))


def _figure_key(value: Any, unit: Any) -> tuple:
    """Value and unit; the unit without accents, since restoring stripped accents is opt-in."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return (value, fold(unit or ""))


def _paired_kinds(figures: list, gold: list[dict]) -> list[tuple[dict, Any]]:
    """Each gold figure whose (value, unit) was found, with the kind of the found figure it stands for.

    Two figures may share a value and a unit and differ in kind (`30 ans` an age, `trente ans` a duration):
    within one (value, unit), a gold figure takes the found figure of its own text (accents aside, as units),
    then the found figures no text claimed, in the order of the page; when more gold figures than found
    ones remain, the last found figure answers for the rest (so no gold figure goes unchecked).
    """
    found: dict[tuple, list] = {}
    for e in sorted(figures, key=lambda e: e.start):
        found.setdefault(_figure_key(e.get("value"), e.get("unit")), []).append(e)
    out = []
    for key, group in _grouped(gold).items():
        candidates = found.get(key)
        if not candidates:
            continue
        texts = {}
        for e in candidates:
            texts.setdefault(_text_key(e.text), e)
        claimed = {id(texts[_text_key(f.get("text"))]) for f in group if _text_key(f.get("text")) in texts}
        rest = iter([e for e in candidates if id(e) not in claimed])
        for f in group:
            e = texts.get(_text_key(f.get("text"))) or next(rest, None) or candidates[-1]
            out.append((f, e.get("kind")))
    return out


def _grouped(gold: list[dict]) -> dict[tuple, list[dict]]:
    groups: dict[tuple, list[dict]] = {}
    for f in gold:
        groups.setdefault(_figure_key(f["value"], f.get("unit")), []).append(f)
    return groups


def _text_key(text: Any) -> str:
    return strip_accents(_norm(text))


def _contact_key(contact: Any) -> tuple:
    """Person, phones and e-mails; the person's name without accents (`Raphael` on a page exported without
    them is `Raphaël`), as titles, dateline places and units: restoring stripped accents is opt-in."""
    return (
        strip_accents(_norm(contact.get("person"))),
        tuple(sorted(contact.get("phones") or ())),
        tuple(sorted(m.lower() for m in contact.get("emails") or ())),
    )


def _word_sets(ours: str, gold: str) -> tuple[set, set]:
    """Words as (word, occurrence) pairs, so that a repeated word counts each time."""

    def bag(text: str) -> set:
        counts: Counter[str] = Counter()
        out = set()
        for w in _WORDS.findall(text):
            counts[w] += 1
            out.add((w, counts[w]))
        return out

    return bag(ours), bag(gold)


def _norm(text: Any) -> str:
    return " ".join(str(text or "").split())

