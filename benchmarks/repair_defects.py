"""Damage clean French text the way lossy encodings, scrapers and wrappers do, with a fixed seed.

Each corruptor takes a page (`lines`, `headings`, a seeded `random.Random`) and returns a
`Damaged`: the reference text (what a perfect repair gives back), the damaged text, and the cases,
each a span in both texts. Spans the benchmark must not score (e.g. ordinary wraps on a page whose
hyphenations are scored) are listed in `ignore`.
"""

from __future__ import annotations

import html.entities
import random
import unicodedata
from dataclasses import dataclass, field
from typing import Callable

import regex

# --------------------------------------------------------------------------------------------
# Edits on the reference text -> damaged text with case spans in both coordinates
# --------------------------------------------------------------------------------------------


@dataclass
class Damaged:
    reference: str
    damaged: str
    cases: list[tuple[int, int, int, int]]  # (ref_start, ref_end, dmg_start, dmg_end)
    ignore: list[tuple[int, int]] = field(default_factory=list)  # spans of the reference
    paragraph_breaks: list[int] = field(default_factory=list)  # reference offsets of real breaks


def apply(reference: str, edits: list[tuple[int, int, str]], scored: list[bool] | None = None) -> Damaged:
    """Apply non-overlapping edits (start, end, replacement) to `reference`."""
    order = sorted(range(len(edits)), key=lambda i: edits[i][:2])
    out: list[str] = []
    cases: list[tuple[int, int, int, int]] = []
    ignore: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for i in order:
        s, e, rep = edits[i]
        if s < pos:
            continue  # overlapping: skip
        out.append(reference[pos:s])
        length += s - pos
        ds = length
        out.append(rep)
        length += len(rep)
        if scored is None or scored[i]:
            cases.append((s, e, ds, length))
        else:
            ignore.append((s, e))
        pos = e
    out.append(reference[pos:])
    return Damaged(reference, "".join(out), cases, ignore)


def _page(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------------------------
# Lost characters (a Latin-1 or ASCII round trip: dropped, `?`, `�`)
# --------------------------------------------------------------------------------------------

LIGATURES = regex.compile(r"[œæŒÆ]")


def lost_ligature(how: str) -> Callable:
    def corrupt(lines, headings, rng):
        ref = _page(lines)
        edits = []
        for m in LIGATURES.finditer(ref):
            i = m.start()
            if how == "space":  # `c ur`; at the start of a word the space would double: dropped
                rep = " " if i and ref[i - 1].isalpha() else ""
            else:
                rep = {"dropped": "", "?": "?", "�": "\ufffd"}[how]
            edits.append((i, i + 1, rep))
        return apply(ref, edits)

    return corrupt


# an elision: a clitic, the typographic apostrophe (the one Latin-1 loses), a letter
ELISION = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:jusqu|lorsqu|puisqu|quoiqu|presqu|aujourd|qu|[ldnsjmtc])(’)(?=\p{L})"
)


def lost_apostrophe(how: str) -> Callable:
    def corrupt(lines, headings, rng):
        ref = _page(lines)
        rep = {"space": " ", "dropped": "", "?": "?"}[how]
        return apply(ref, [(m.start(1), m.end(1), rep) for m in ELISION.finditer(ref)])

    return corrupt


def lost_symbol(chars: str, how: str) -> Callable:
    """€, dashes, ellipses: not in Latin-1, dropped or turned into `?` (an encoder's
    replacement) or `�` (a decoder's: cp1252 bytes read as UTF-8)."""
    pattern = regex.compile(f"[{regex.escape(chars)}]")
    rep = {"dropped": "", "?": "?", "�": "\ufffd"}[how]

    def corrupt(lines, headings, rng):
        ref = _page(lines)
        return apply(ref, [(m.start(), m.end(), rep) for m in pattern.finditer(ref)])

    return corrupt


# --------------------------------------------------------------------------------------------
# Mojibake: UTF-8 bytes shown in an 8-bit code page
# --------------------------------------------------------------------------------------------


def sloppy_decode(data: bytes, encoding: str) -> str:
    """Decode bytes in `encoding`, bytes it leaves undefined shown as the same code point
    (what browsers and ftfy's `sloppy-` codecs do)."""
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode(encoding))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def mojibake_of(ch: str, encodings: tuple[str, ...]) -> str:
    s = ch
    for enc in encodings:
        s = sloppy_decode(s.encode("utf-8"), enc)
    return s


def mojibake(encodings: tuple[str, ...], lines_share: float = 1.0) -> Callable:
    """Every non-ASCII character of the damaged lines; `lines_share` < 1: mixed with clean lines."""

    def corrupt(lines, headings, rng):
        ref = _page(lines)
        edits = []
        pos = 0
        for line in lines:
            if lines_share >= 1.0 or rng.random() < lines_share:
                for i, ch in enumerate(line):
                    if ord(ch) > 0x7F:
                        edits.append((pos + i, pos + i + 1, mojibake_of(ch, encodings)))
            pos += len(line) + 1
        return apply(ref, edits)

    return corrupt


# --------------------------------------------------------------------------------------------
# Layout: hard wraps, PDF hyphenation, glued headings and paragraphs
# --------------------------------------------------------------------------------------------


def _wrap_points(line: str, width: int) -> list[int]:
    """Greedy wrap at `width`: the offsets of the spaces that become line breaks."""
    points, start, last_space = [], 0, -1
    for i, ch in enumerate(line):
        if ch == " ":
            if i - start > width and last_space > start:
                points.append(last_space)
                start = last_space + 1
            last_space = i
    if len(line) - start > width and last_space > start:
        points.append(last_space)
    return points


def hard_wrap(lines, headings, rng):
    """Each paragraph wrapped at 55-75 columns; paragraph breaks stay single newlines."""
    ref = _page(lines)
    width = rng.randint(55, 75)
    edits, breaks, pos = [], [], 0
    for line in lines:
        for p in _wrap_points(line, width):
            edits.append((pos + p, pos + p + 1, "\n"))
        pos += len(line) + 1
        breaks.append(pos - 1)
    d = apply(ref, edits)
    d.paragraph_breaks = breaks[:-1]
    return d


def hard_wrap_marked(mark: str) -> Callable:
    """Each paragraph wrapped at 55-75 columns, the paragraphs marked as a PDF's or a mail's text
    marks them: parted by a blank line (`mark="blank"`, kept in the reference) or opened by an
    indented first line (`mark="indent"`: the indentation is not scored, the spacing stage
    removes it)."""

    def corrupt(lines, headings, rng):
        sep = "\n\n" if mark == "blank" else "\n"
        ref = sep.join(lines) + "\n"
        width = rng.randint(55, 75)
        edits, scored, breaks, pos = [], [], [], 0
        for line in lines:
            if mark == "indent":
                edits.append((pos, pos, "    "))
                scored.append(False)
            for p in _wrap_points(line, width):
                edits.append((pos + p, pos + p + 1, "\n"))
                scored.append(True)
            pos += len(line) + len(sep)
            breaks.append(pos - len(sep))
        d = apply(ref, edits, scored)
        d.paragraph_breaks = breaks[:-1]
        return d

    return corrupt


_INSEPARABLE = {"bl", "br", "ch", "cl", "cr", "dr", "fl", "fr", "gl", "gr", "gn", "ph", "pl", "pr", "th", "tr", "vr", "qu", "gu"}
_VOWEL = set("aeiouyàâäéèêëîïôöùûüÿœæ")


def hyphen_points(word: str) -> list[int]:
    """Where a French typesetter may cut `word` (at least 3 letters each side)."""
    low = word.lower()
    pts = []
    for i in range(3, len(word) - 2):
        a, b = low[i - 1], low[i]
        if not (a.isalpha() and b.isalpha()):
            continue
        if b not in _VOWEL and i + 1 < len(low) and low[i + 1] in _VOWEL and (a in _VOWEL or low[i - 1 : i + 1] not in _INSEPARABLE):
            # V-CV or VC-CV, but keep the inseparable pairs together (ta-ble, au-tre)
            if a not in _VOWEL and (a + b) in _INSEPARABLE:
                continue
            if a not in _VOWEL and i >= 2 and low[i - 2 : i] in _INSEPARABLE and low[i - 2] not in _VOWEL:
                continue
            pts.append(i)
    return pts


_HYPHENABLE = regex.compile(r"\p{L}{6,}(?:-\p{L}+)*|\p{L}+(?:-\p{L}+)+")


def pdf_hyphenation(inline: bool) -> Callable:
    """Paragraphs set at 55-75 columns with words cut at the line end (`persécu-` ⏎ `tions`);
    `inline`: the line breaks later became spaces (`persécu- tions`). Compounds are cut at
    their own hyphen (`porte-` ⏎ `parole`: the hyphen must stay)."""

    def corrupt(lines, headings, rng):
        ref = _page(lines)
        width = rng.randint(55, 75)
        edits, scored, pos = [], [], 0
        for line in lines:
            words = [(m.start(), m.end()) for m in regex.finditer(r"\S+", line)]
            col = 0
            for k, (s, e) in enumerate(words):
                w = line[s:e]
                need = len(w) + (1 if col else 0)
                if col + need <= width or col == 0:
                    col += need
                    continue
                # the word does not fit: cut it if the typesetter can, else wrap before it
                room = width - col - 1  # room for `head-`
                core = w.rstrip(".,;:!?»)")
                cut = None
                if _HYPHENABLE.fullmatch(core):
                    if "-" in core:
                        h = core.index("-") + 1
                        if 3 <= h <= room:
                            cut = ("compound", h)
                    else:
                        fits = [p for p in hyphen_points(core) if p + 1 <= room]
                        if fits:
                            cut = ("syllable", max(fits))
                if cut is not None:
                    kind, h = cut
                    at = pos + s + h
                    if kind == "compound":  # `porte-` ⏎ `parole`: the break goes after the hyphen
                        edits.append((at, at, "\n" if not inline else " "))
                    else:
                        edits.append((at, at, "-\n" if not inline else "- "))
                    scored.append(True)
                    col = len(w) - h
                else:
                    if not inline:
                        edits.append((pos + s - 1, pos + s, "\n"))
                        scored.append(False)
                    col = len(w)
            pos += len(line) + 1
        return apply(ref, edits, scored)

    return corrupt


def glued_heading(lines, headings, rng):
    """A heading (or a page's title) runs into its paragraph: `Notre travailEn tant que`."""
    ref = _page(lines)
    edits, pos = [], 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line) + 1
        if i in headings and lines[i + 1][:1].isupper() and line[-1:].isalpha():
            edits.append((pos - 1, pos, ""))
    return apply(ref, edits)


def glued_paragraphs(lines, headings, rng):
    """One paragraph break in three lost: `journalistes.Par Jean`, `des femmesLe Haut`."""
    ref = _page(lines)
    edits, pos = [], 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line) + 1
        nxt = lines[i + 1]
        if i in headings or i + 1 in headings or not nxt[:1].isupper() or not (nxt[1:2].islower()):
            continue
        if regex.search(r"\p{Ll}{2}[.!?]?$", line) and rng.random() < 1 / 3:
            edits.append((pos - 1, pos, ""))
    return apply(ref, edits)


# --------------------------------------------------------------------------------------------
# HTML debris
# --------------------------------------------------------------------------------------------

_INLINE_TAGS = [
    ("<strong>", "</strong>"),
    ("<em>", "</em>"),
    ('<a href="https://www.example.org/fr/actualites/article-42">', "</a>"),
    ('<span style="font-weight: bold;">', "</span>"),
    ("<b>", "</b>"),
]
_BREAKS = ["<br />", "<br>", "</p><p>", "</p>\n<p>", "<br />\n"]
_ENTITY_CHARS = regex.compile(r"[éèêàâçôîûùëïüœÉÈÀÇ’«»\u00a0]")


def html_debris(lines, headings, rng):
    """Tags between paragraphs and around words, entities, a cut image tag's attributes."""
    ref = _page(lines)
    edits = []
    pos = 0
    for i, line in enumerate(lines):
        end = pos + len(line)
        if i < len(lines) - 1 and rng.random() < 0.5:
            edits.append((end, end + 1, rng.choice(_BREAKS)))
        words = list(regex.finditer(r"\p{L}{4,}", line))
        if words and rng.random() < 0.5:
            w = rng.choice(words)
            o, c = rng.choice(_INLINE_TAGS)
            edits.append((pos + w.start(), pos + w.start(), o))
            edits.append((pos + w.end(), pos + w.end(), c))
        chars = list(_ENTITY_CHARS.finditer(line))
        if chars and rng.random() < 0.5:
            m = rng.choice(chars)
            ch = m.group()
            named = html.entities.codepoint2name.get(ord(ch))
            ent = f"&{named};" if named and rng.random() < 0.7 else f"&#{ord(ch)};"
            edits.append((pos + m.start(), pos + m.end(), ent))
        if rng.random() < 0.1:  # a cut <img> tag before the paragraph
            edits.append((pos, pos, 'alt="" border="0" /> '))
        pos = end + 1
    # inline open/close tags are separate edits at the same point as others: keep them apart
    edits = sorted(set(edits))
    clean: list[tuple[int, int, str]] = []
    for e in edits:
        if clean and e[0] < clean[-1][1]:
            continue
        if clean and e[0] == clean[-1][0] == clean[-1][1] == e[1]:
            continue
        clean.append(e)
    return apply(ref, clean)


# --------------------------------------------------------------------------------------------
# Accents (for the opt-in accent stage)
# --------------------------------------------------------------------------------------------


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c)).replace("œ", "œ")


_ACCENTED_WORD = regex.compile(r"\p{L}+")


def stripped_accents(which: str) -> Callable:
    """`page`: every accent of the page gone (`la journee consacree`); `capitals`: only the
    capitals lost theirs (`Etats`, `A la`, `Ecole`); `caps`: headings in capitals without accents
    (`CONFERENCE DE GENEVE`)."""

    def corrupt(lines, headings, rng):
        if which == "caps":
            lines = [l.upper() if i in headings or i == 0 else l for i, l in enumerate(lines)]
        ref = _page(lines)
        edits = []
        pos = 0
        for i, line in enumerate(lines):
            if which != "caps" or i in headings or i == 0:
                for m in _ACCENTED_WORD.finditer(line):
                    w = m.group()
                    if which == "capitals":
                        new = "".join(strip_accents(c) if c.isupper() else c for c in w)
                    else:
                        new = "".join(strip_accents(c) if c not in "œæŒÆ" else c for c in w)
                    if new != w:
                        edits.append((pos + m.start(), pos + m.end(), new))
            pos += len(line) + 1
        return apply(ref, edits)

    return corrupt


# --------------------------------------------------------------------------------------------
# The defect kinds the benchmark runs, in table order
# --------------------------------------------------------------------------------------------

KINDS: list[tuple[str, str, Callable]] = [
    # (group, label, corruptor)
    ("lost œ/æ", "lost œ/æ: dropped (`uvre`, `vux`)", lost_ligature("dropped")),
    ("lost œ/æ", "lost œ/æ: space (`c ur`)", lost_ligature("space")),
    ("lost œ/æ", "lost œ/æ: `?`", lost_ligature("?")),
    ("lost œ/æ", "lost œ/æ: `�`", lost_ligature("�")),
    ("lost apostrophe", "lost ’: space (`l OIM`)", lost_apostrophe("space")),
    ("lost apostrophe", "lost ’: dropped (`lOIM`, `quil`)", lost_apostrophe("dropped")),
    ("lost apostrophe", "lost ’: `?` (`l?OIM`)", lost_apostrophe("?")),
    ("lost €/dash/…", "lost €: dropped", lost_symbol("€", "dropped")),
    ("lost €/dash/…", "lost €: `?`", lost_symbol("€", "?")),
    ("lost €/dash/…", "lost €: `�`", lost_symbol("€", "�")),
    ("lost €/dash/…", "lost –/—: dropped", lost_symbol("–—", "dropped")),
    ("lost €/dash/…", "lost –/—: `?`", lost_symbol("–—", "?")),
    ("lost €/dash/…", "lost –/—: `�`", lost_symbol("–—", "�")),
    ("lost €/dash/…", "lost …: dropped", lost_symbol("…", "dropped")),
    ("lost €/dash/…", "lost …: `?`", lost_symbol("…", "?")),
    ("lost €/dash/…", "lost …: `�`", lost_symbol("…", "�")),
    ("mojibake", "mojibake: UTF-8 as cp1252", mojibake(("cp1252",))),
    ("mojibake", "mojibake: UTF-8 as cp1250", mojibake(("cp1250",))),
    ("mojibake", "mojibake: UTF-8 as latin-1", mojibake(("latin-1",))),
    ("mojibake", "mojibake: double (cp1252 twice)", mojibake(("cp1252", "cp1252"))),
    ("mojibake", "mojibake: mixed lines (cp1252)", mojibake(("cp1252",), 0.5)),
    ("mojibake", "mojibake: mixed lines (cp1250)", mojibake(("cp1250",), 0.5)),
    ("hard wraps", "hard wraps (55-75 columns)", hard_wrap),
    ("hard wraps, paragraphs marked", "hard wraps, blank line between paragraphs", hard_wrap_marked("blank")),
    ("hard wraps, paragraphs marked", "hard wraps, indented first lines", hard_wrap_marked("indent")),
    ("layout", "PDF hyphenation (line end)", pdf_hyphenation(inline=False)),
    ("layout", "PDF hyphenation (inline `persécu- tions`)", pdf_hyphenation(inline=True)),
    ("layout", "glued heading (`travailEn`)", glued_heading),
    ("layout", "glued paragraphs (`journalistes.Par`)", glued_paragraphs),
    ("layout", "HTML debris (tags, entities, attributes)", html_debris),
    ("accents (opt-in)", "accents stripped: whole page", stripped_accents("page")),
    ("accents (opt-in)", "accents stripped: capitals (`Etats`, `A la`)", stripped_accents("capitals")),
    ("accents (opt-in)", "accents stripped: ALL-CAPS headings", stripped_accents("caps")),
]


def corrupt(label: str, lines: list[str], headings: list[int], seed: int) -> Damaged:
    fn = next(f for _, l, f in KINDS if l == label)
    return fn(lines, set(headings), random.Random(f"{seed}:{label}:{lines[0][:40]}"))
