"""How a Document looks in a notebook: its facts highlighted in the cleaned text, and its edits.

`render(doc)` is the HTML behind `Document._repr_html_`: a header (title, dateline, language),
the cleaned text with every mention highlighted by label in displaCy's style (hover a mark for its
attributes), the contact records, and the edit log as a diff against the original page (removed
text struck through, added text underlined, each change titled with its stage and reason).

`diff_pieces(doc)` is that diff as data, for any other view (a terminal, a test).

Page text is escaped everywhere: a scraped page is data, never markup.
"""

from __future__ import annotations

import html
import itertools
from collections import Counter
from dataclasses import dataclass
from typing import Any, Literal

from .document import Document, Edit, Entity, Segment

COLOURS = {
    "ORG": "#7aecec",
    "LOC": "#feca74",
    "PER": "#aa9cfc",
    "FIGURE": "#e4e7d2",
    "PHONE": "#bfeeb7",
    "EMAIL": "#c8e3f7",
    "CONTACT": "#f0d0ff",
}
"""Background colour of each label's marks (displaCy's own for ORG, LOC/GPE and PER)."""

# displaCy's entity template with a hover title added (its `{title}` is filled, escaped, by us)
_MARK = (
    '<mark class="entity" title="{title}" style="background: {bg}; padding: 0.3em 0.5em; margin: 0 0.2em; '
    'line-height: 1; border-radius: 0.35em;">{text}<span style="font-size: 0.75em; font-weight: bold; '
    'line-height: 1; vertical-align: middle; margin-left: 0.4rem">{label}</span></mark>'
)
_BOX = "font-family: sans-serif; font-size: 14px; max-width: 60em"
_VISIBLE_SPACE = str.maketrans({" ": "·", "\n": "↵", "\t": "→", "\u00a0": "⍽", "\u202f": "⍽"})


@dataclass(frozen=True)
class Piece:
    """One stretch of the diff: `same` text, text the pipeline `removed`, or text it `added`.

    `start`/`end` are offsets in the original (an added piece sits at `start == end`); `edits`
    are the logged edits that touched it.
    """

    kind: Literal["same", "removed", "added"]
    text: str
    start: int
    end: int
    edits: tuple[Edit, ...] = ()


# -- the whole view -----------------------------------------------------------------------------
def render(doc: Document, *, context: int = 80) -> str:
    """The notebook view of a Document (HTML): facts in the text, contacts, then the edits.

    >>> from pressclean.stages.figures import find_figures
    >>> html_ = render(find_figures(Document.from_text("Un toit pour 240 familles.")))
    >>> "240 familles" in html_ and "FIGURE" in html_
    True
    """
    if not isinstance(doc, Document):
        raise TypeError(
            f"render expects a pressclean Document, got {type(doc).__name__}; try pressclean.clean(text) first"
        )
    parts = [f'<div class="pressclean" style="{_BOX}">', _header(doc), entities_html(doc)]
    if contacts := doc.entities_of("CONTACT"):
        parts.append(_contacts_table(contacts))
    if doc.edits:
        parts.append(
            f"<details open><summary><b>{len(doc.edits)} edit(s)</b> against the original: {_stage_counts(doc)}"
            f"</summary>{diff_html(doc, context=context)}</details>"
        )
    else:
        parts.append("<p><i>no edits: the text is the original</i></p>")
    parts.append("</div>")
    return "\n".join(parts)


def _header(doc: Document) -> str:
    facts = []
    if doc.id:
        facts.append(f"<code>{_esc(doc.id)}</code>")
    if doc.dateline:
        facts.append(_esc(doc.dateline.place + (f", {doc.dateline.date}" if doc.dateline.date else "")))
    if doc.language:
        score = f" ({doc.language_score:.2f})" if doc.language_score is not None else ""
        facts.append(f"language {_esc(doc.language)}{score}")
    counts = Counter(e.label for e in doc.entities)
    facts += [f"{n} {_esc(label)}" for label, n in sorted(counts.items())]
    facts += [f'<span style="color: #b00">warning: {_esc(w)}</span>' for w in doc.warnings]
    title = f'<h3 style="margin: 0.2em 0">{_esc(doc.title)}</h3>' if doc.title else ""
    return f'{title}<div style="color: #555; margin-bottom: 0.5em">{" · ".join(facts)}</div>'


# -- entities -----------------------------------------------------------------------------------
def entities_html(doc: Document) -> str:
    """The cleaned text with each mention of each fact highlighted by label (displaCy style).

    CONTACT records are not marked (they span whole blocks); their phones and e-mails are.

    >>> from pressclean.document import Entity
    >>> doc = Document("", "Appelez le 01 23", entities=(Entity("PHONE", 11, 16, "01 23", attrs={"e164": "+33123"}),))
    >>> "+33123" in entities_html(doc)
    True
    """
    from spacy import displacy

    spans = [
        {"start": s, "end": e, "label": entity.label, "params": {"title": _esc(describe(entity))}}
        for entity, s, e in _marks(doc)
    ]
    options = {"colors": COLOURS, "template": _MARK}
    # jupyter=False: return the markup (displaCy would otherwise display it itself and return None)
    return displacy.render({"text": doc.text, "ents": spans}, style="ent", manual=True, jupyter=False, options=options)


def _marks(doc: Document) -> list[tuple[Entity, int, int]]:
    """Every mention to mark, without overlaps (displaCy cannot nest): longer and earlier win."""
    wanted = [
        (entity, start, end)
        for entity in doc.entities
        if entity.label != "CONTACT"
        for start, end in (entity.get("mentions") or [(entity.start, entity.end)])
        if 0 <= start < end <= len(doc.text)
    ]
    wanted.sort(key=lambda m: (m[1], m[1] - m[2]))
    kept: list[tuple[Entity, int, int]] = []
    for mark in wanted:
        if not kept or mark[1] >= kept[-1][2]:
            kept.append(mark)
    return kept


def describe(entity: Entity) -> str:
    """A one-line summary of an entity's attributes (the hover text of its marks).

    >>> from pressclean.document import Entity
    >>> describe(Entity("FIGURE", 0, 12, "près de 80 %", attrs={"value": 80, "unit": "%", "qualifier": "près de"}))
    'FIGURE: value=80, unit=%, qualifier=près de'
    """
    shown = {k: v for k, v in entity.attrs.items() if k != "mentions" and v not in (None, "", ())}
    mentions = entity.get("mentions")
    if mentions and len(mentions) > 1:
        shown["mentions"] = len(mentions)
    return f"{entity.label}: " + ", ".join(f"{k}={_plain(v)}" for k, v in shown.items())


def _plain(value: Any) -> str:
    if isinstance(value, (tuple, list)):
        return " / ".join(map(str, value))
    return str(value)


def _contacts_table(contacts: tuple[Entity, ...]) -> str:
    columns = ("person", "role", "organisation", "phones", "faxes", "emails")
    head = "".join(f"<th style='text-align: left'>{c}</th>" for c in columns)
    cells = (
        "".join(f"<td style='text-align: left'>{_esc(_plain(c.get(col) or ''))}</td>" for col in columns)
        for c in contacts
    )
    rows = "".join(f"<tr>{row}</tr>" for row in cells)
    return f"<table><caption style='text-align: left'><b>contacts</b></caption><tr>{head}</tr>{rows}</table>"


# -- edits --------------------------------------------------------------------------------------
def diff_pieces(doc: Document) -> list[Piece]:
    """The original and the cleaned text as one diff: same, removed and added pieces, in order.

    The `same` and `removed` pieces spell the original; the `same` and `added` ones, the text.
    Built from the offset map, so each change is where the pipeline made it (no guessing).

    >>> from pressclean.rewrite import rewrite
    >>> changes = [(7, 7, "œ", "lost œ"), (11, 13, " ", "spaces")]
    >>> doc = rewrite(Document.from_text("mis en uvre  ici"), changes, stage="repair")
    >>> [(p.kind, p.text) for p in diff_pieces(doc)]
    [('same', 'mis en '), ('added', 'œ'), ('same', 'uvre'), ('removed', '  '), ('added', ' '), ('same', 'ici')]
    """
    original, text = doc.original, doc.text
    segments = doc.segments or (Segment(0, len(text), 0, len(original), len(text) == len(original)),)
    raw: list[tuple[str, str, int, int]] = []
    pos = 0  # how far into the original the diff has got
    for seg in segments:
        if seg.o0 > pos:
            raw.append(("removed", original[pos : seg.o0], pos, seg.o0))
            pos = seg.o0
        if seg.linear:
            raw += _linear(original, text, seg)
        else:
            # replaced as a whole; a later stage may have cut the replacement into several
            # segments of the same original span: that span is removed once
            if seg.o1 > pos:
                raw.append(("removed", original[pos : seg.o1], pos, seg.o1))
            raw.append(("added", text[seg.t0 : seg.t1], max(pos, seg.o1), max(pos, seg.o1)))
        pos = max(pos, seg.o1)
    if pos < len(original):
        raw.append(("removed", original[pos:], pos, len(original)))
    return _merged([r for r in raw if r[1]], doc.edits)


def _linear(original: str, text: str, seg: Segment) -> list[tuple[str, str, int, int]]:
    """A character-for-character piece: runs of equal characters, and substituted runs."""
    out: list[tuple[str, str, int, int]] = []
    i = 0
    same_at = lambda k: original[seg.o0 + k] == text[seg.t0 + k]  # noqa: E731
    for same, run in itertools.groupby(range(seg.t1 - seg.t0), key=same_at):
        n = len(list(run))
        a, b = seg.o0 + i, seg.o0 + i + n
        if same:
            out.append(("same", original[a:b], a, b))
        else:
            out += [("removed", original[a:b], a, b), ("added", text[seg.t0 + i : seg.t0 + i + n], b, b)]
        i += n
    return out


def _merged(raw: list[tuple[str, str, int, int]], edits: tuple[Edit, ...]) -> list[Piece]:
    """Join neighbours of one kind (a removal before its addition) and name the edits behind each."""
    ordered: list[list[Any]] = []
    for kind, piece, start, end in raw:
        if ordered and ordered[-1][0] == kind and (kind == "added" or ordered[-1][3] == start):
            ordered[-1][1] += piece
            ordered[-1][3] = max(ordered[-1][3], end)
            continue
        # a run of changes reads best as everything removed, then everything added
        after_swap = len(ordered) >= 2 and ordered[-1][0] == "added" and ordered[-2][0] == "removed"
        if kind == "removed" and after_swap and ordered[-2][3] == start:
            ordered[-2][1] += piece
            ordered[-2][3] = end
            continue
        ordered.append([kind, piece, start, end])
    return [Piece(k, t, s, e, () if k == "same" else _edits_at(edits, s, e)) for k, t, s, e in ordered]


def _edits_at(edits: tuple[Edit, ...], start: int, end: int) -> tuple[Edit, ...]:
    """The edits whose span in the original meets [start, end] (an insertion is a point)."""
    return tuple(
        e for e in edits
        if (e.start < end and start < e.end)
        or (e.start == e.end and start <= e.start <= end)
        or (start == end and e.start <= start <= e.end)
    )


def diff_html(doc: Document, *, context: int = 80, longest_removal: int = 400) -> str:
    """The edits as HTML: the original with removed text struck through and added text underlined.

    Unchanged stretches keep `context` characters on each side of a change; removals longer than
    `longest_removal` are cut short (a removed menu says what it was in a line or two).

    >>> from pressclean.rewrite import rewrite
    >>> doc = rewrite(Document.from_text("mis en uvre"), [(7, 7, "œ", "lost œ")], stage="restore_characters")
    >>> "<ins" in diff_html(doc) and "restore_characters: lost œ" in diff_html(doc)
    True
    """
    pieces = diff_pieces(doc)
    out = []
    for n, p in enumerate(pieces):
        if p.kind == "same":
            out.append(_esc(_elide(p.text, context, first=n == 0, last=n == len(pieces) - 1)))
            continue
        title = _esc("; ".join(dict.fromkeys(f"{e.stage}: {e.reason}" for e in p.edits)) or "edited")
        shown = p.text if p.text.strip() else p.text.translate(_VISIBLE_SPACE)
        if p.kind == "removed":
            if len(shown) > longest_removal:
                shown = shown[: longest_removal - 60] + f" … [{len(shown) - longest_removal + 60} more characters]"
            out.append(f'<del title="{title}" style="background: #fdd; color: #933">{_esc(shown)}</del>')
        else:
            out.append(f'<ins title="{title}" style="background: #cfc; color: #141">{_esc(shown)}</ins>')
    body = "".join(out)
    return f'<div style="white-space: pre-wrap; font-family: monospace; font-size: 12px; line-height: 1.5">{body}</div>'


def _elide(text: str, context: int, *, first: bool, last: bool) -> str:
    """Unchanged text far from any change shrinks to a marker (the page is shown above)."""
    head = 0 if first else context
    tail = 0 if last else context
    if len(text) <= head + tail + 40:
        return text
    return text[:head] + f" [… {len(text) - head - tail} unchanged characters …] " + text[len(text) - tail :]


def _stage_counts(doc: Document) -> str:
    counts = Counter(e.stage for e in doc.edits)
    return ", ".join(f"{_esc(stage)} {n}" for stage, n in counts.items())


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)
