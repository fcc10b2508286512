"""Line-level repairs: glued text split, hard wraps rejoined, spacing normalised.

- `split_glued`: `Qui sommes nousL'Organisation` → a heading and its paragraph on two lines;
- `unwrap_lines`: paragraphs an old CMS or a PDF wrapped at ~60 characters become one line again;
- `normalise_spacing`: double spaces, space before a comma, `L ’Ambassadeur`, blank-line runs,
  without touching French typography (« », ’ or ', the space or NBSP before `:` `;` `!` `?`).

Lexicon decisions use `pressclean.stages.repair.zipf` (wordfreq, loaded lazily).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate

import regex

from ..dates import DATE_STAMP, FRENCH_WEEKDAYS, MONTH_NAMES, WEEKDAYS, is_date_stamp
from ..document import Document
from ..geo import strip_accents
from ..resources import load_json
from ..rewrite import Change, rewrite
from .metadata import WIRE_INITIALS, opens_with_dateline, opens_with_dated_dateline, title_lines
from .repair import ELISION_PREFIXES, _search_lines, grammar, is_more_english, lower_upper_positions, zipf

# =============================================================================================
# split_glued
# =============================================================================================

# A lower-case letter right before a capital (repair's `_LOWER_UPPER`, read by `lower_upper_positions`):
# `nousL'Organisation`, `femmesLe`, but also `McDonald`, `LinkedIn`, `iPhone`: the lexicon tells them apart.
# A sentence end with no space after it: `journalistes.Par Jean`.
# a sentence end glued to a capitalised word: `journalistes.Par`, `le Liban.La France` (the word before
# may be a name; a token with other dots, `mount.nfs.Si`, `file-X.YZ.tar.gz.Cette`, is a file or a host)
# `nous ?Fondée`; `rural.PERSPECTIVESUn nouveau`: a heading in capitals glued between two sentences
# (or to an elided article: `150 millions de dollars.L’électricité`)
_PUNCT_UPPER = regex.compile(r"(?<=(?<![\p{L}\p{N}.@/])\p{L}\p{Ll}+(?:[.!?]| [?!]))(?=\p{Lu}\p{Ll}|\p{Lu}['’]\p{Ll}|\p{Lu}{3,30}\p{Lu}\p{Ll})")
# a sentence end after a bracket or a number (`(CERF).La Direction`, `en 2024.Selon`, `2026-2030.Je`), or a
# heading's percent (`en hausse de 4,8 %Le budget`), glued to the next paragraph's first word
_CLOSE_THEN_UPPER = regex.compile(r"(?:\)[.!?]|(?<=\s)\d[\d\-–]*\d[.!?]|\d[ \u00a0]?%)(?=\p{Lu}\p{Ll}|\p{Lu}['’]\p{Ll})")
# what both need: a sentence end (or a percent sign) right before a capital, inside one line. A pattern opening on
# one character is found by a fast scan, and a class or a lookbehind is tried at every position: the lines holding
# one are found first, and the patterns read them only (from the whole page they cost a fifth of split_glued)
_MARK_THEN_CAPITAL = {mark: regex.compile(regex.escape(mark) + r"\p{Lu}") for mark in ".!?%"}


def _lines_with_mark_then_capital(text: str, marks: str, read: dict[str, set[int]] | None = None) -> list[tuple[int, int]]:
    """The (start, end) of each line of `text` holding one of `marks` right before a capital, in order.

    `read`: the line starts found for each mark so far, kept by the caller that asks twice (`.!?`, then `.!?%`)."""
    read = {} if read is None else read
    starts: set[int] = set()
    for mark in marks:
        if mark in text:
            if mark not in read:
                read[mark] = {text.rfind("\n", 0, m.start()) + 1 for m in _MARK_THEN_CAPITAL[mark].finditer(text)}
            starts |= read[mark]
    lines = []
    for start in sorted(starts):
        end = text.find("\n", start)
        lines.append((start, len(text) if end == -1 else end))
    return lines


_LEFT_WORD = regex.compile(r"(?r)\p{L}+$")  # searched from the end: a line can be long
# a dateline: a place, maybe a date and an agency, then a dash (`Niamey, 18 Novembre (ANP) – `)
_DATELINE = regex.compile(
    r"(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}(?:,? (?:le )?\d{1,2}(?:er)? \p{L}+\.?(?: \d{4})?)?(?: \(\p{Lu}+\))? [–—-] "
)
# ... with its date, which no name glued to a word is followed by (`en un anAccra, le 1er décembre 2025 – `)
_DATED_DATELINE = regex.compile(
    r"(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2},? (?:le )?\d{1,2}(?:er)? \p{L}+\.?(?: \d{4})?(?: \(\p{Lu}+\))? [–—-] "
)
_FOUR_CAPS = regex.compile(r"\p{Lu}{3}\p{Ll}")
# bounded: on a long run of capitals an open `{2,}` would back off through the whole run from each of its letters
_READING_TIME_THEN_CAPITAL = regex.compile(
    r"(?i:lecture\s?:?\s?\d{1,2}\s?min(?:utes?)?\.?|\d{1,2}\s?min(?:utes?)?\.?\s(?:de\s+lecture|read))(?=\p{Lu}\p{Ll})"
)
_CAPS_THEN_WORD = regex.compile(r"(\p{Lu}{2,30})(\p{Lu}\p{Ll}{1,40})(?!\p{L})")
# a word in capitals that opens a dateline: `NEW YORK, le`, `GENÈVE –`, `DAKAR, 3 mai`
# a short heading glued to the number that opens its text: `Chiffres clés86 compagnies` (from a line's start,
# at most four words, then a number and a word in lower case; a footnote mark `migrants1 ont` stands mid-sentence),
# or the clock time that opens a programme's first line (`Programme du samedi08 h 30 : accueil`)
_HEADING_THEN_NUMBER = regex.compile(
    r"^(\p{Lu}[\p{L}'’-]*(?: [\p{L}\p{N}'’-]+){0,3}?\p{Ll}{2})(?:\d[\d  .,]* (\p{Ll}{3,})|\d{1,2}[ \u00a0]?[h:][ \u00a0]?\d{2}(?!\d))", regex.MULTILINE
)
# what it needs (two lower-case letters touching a digit), found from the digits: the pattern tried
# from every line start cost four times more on pages that have none
_LOWER_LOWER_DIGIT = regex.compile(r"\d(?<=\p{Ll}{2}\d)")


def _heading_then_number(text: str):
    """`_HEADING_THEN_NUMBER.finditer(text)`, tried only from the start of each line holding a
    `_LOWER_LOWER_DIGIT`: a match starts its line, stays inside it and holds one (the pattern
    tried from every line start cost half again as much on the pages that hold one anywhere)."""
    line_end = -1
    for hint in _LOWER_LOWER_DIGIT.finditer(text):
        if hint.start() < line_end:
            continue  # this line was tried
        start = text.rfind("\n", 0, hint.start()) + 1
        line_end = text.find("\n", hint.start())
        line_end = len(text) if line_end == -1 else line_end
        m = _HEADING_THEN_NUMBER.match(text, start)
        if m:
            yield m
# a date stamp opening a line, glued to a capitalised word (the year or the time touches it)
_DATE_THEN_WORD = regex.compile(rf"^(?:{DATE_STAMP.pattern})(?=\p{{Lu}}\p{{Ll}})", regex.MULTILINE)
_YEAR_THEN_CAPITAL = regex.compile(r"\d\p{Lu}\p{Ll}")
_PHONE_TAIL = regex.compile(r"\d(?:[ .\-/]?\d){7,}$")  # (searched up to the capital: `$` stands there)


def _date_then_word(text: str):
    """`_DATE_THEN_WORD.finditer(text)`, tried at each line start only (`str.find` walks to them):
    the pattern's `^` tried at every position of a long page cost half of split_glued. A match
    ends on a digit or a letter, never at a line start, and the next is tried from the first line
    start after it, as `finditer` does."""
    pos = done = 0
    while pos != -1:
        if pos >= done and (m := _DATE_THEN_WORD.match(text, pos)):
            done = m.end()
            yield m
        pos = text.find("\n", pos)
        if pos != -1:
            pos += 1
# capitals that end a token before a dateline's comma and date, or its dash (the token's start is found after)
_CAPS_BEFORE_DATELINE = regex.compile(r"\p{Lu}{3,30}(?=,(?: le)? \d{1,2}(?:er)? \p{L}| [–—-] )")
# its parts: what follows the capitals, found by fast scans for its literal heads, and the capitals read back from there
_DATELINE_FOLLOWS = regex.compile(r",(?: le)? \d{1,2}(?:er)? \p{L}| [–—-] ")
_COMMA_THEN_DAY = re.compile(r",(?: le)? \d")
_CAPS_BEFORE = regex.compile(r"(?r)\p{Lu}{3,30}")


@lru_cache(maxsize=1)
def _rubrics() -> frozenset[str]:
    """A site's rubric labels, folded: the kinds of page a press room publishes (`actualite`, `communiques`) and the
    one-word chrome labels of four letters or more (`actualites`, `agenda`)."""
    chrome = load_json("web_chrome.json")
    kinds = set(chrome["document_types"])
    function_words = {strip_accents(w.lower()) for w in grammar("function_words")}  # (`notre`, `cette` are chrome as phrases only)
    words = {strip_accents(p.lower()) for p in chrome["phrases"] + chrome["sections"] if " " not in p and len(p) >= 4} - function_words
    return frozenset(kinds | {k if k.endswith("s") else k + "s" for k in kinds} | words)


def _caps_before_dateline(text: str) -> list[tuple[int, int]]:
    """The spans of `_CAPS_BEFORE_DATELINE.finditer(text)`, found from what follows them (a comma and a day, a spaced
    dash): the pattern tried at every capital of the page cost a tenth of split_glued.

    A match ends where its run of capitals ends (a capital would follow it, not the comma or the space), so each run
    followed so gives one match: its last 30 capitals at most, 3 at least; read back from its end.

    >>> t = "ANNONCÉSGENÈVE, 20 octobre – La LA DRÔME – ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH, le 1er mai, AB, 3 mai"
    >>> _caps_before_dateline(t) == [m.span() for m in _CAPS_BEFORE_DATELINE.finditer(t)], len(_caps_before_dateline(t))
    (True, 3)
    """
    hints = [m.start() for m in _COMMA_THEN_DAY.finditer(text)] if "," in text else []
    for dash in (" – ", " — ", " - "):
        i = text.find(dash)
        while i != -1:
            hints.append(i)
            i = text.find(dash, i + 1)
    spans = []
    for end in sorted(hints):
        # (an ASCII character before it that is no capital first: most are a word's last letter, a digit; beyond ASCII,
        # `str.isupper` misses capitals of a Unicode version later than Python's, so the pattern decides)
        c = text[end - 1 : end]
        if (c.isupper() or not c.isascii()) and _DATELINE_FOLLOWS.match(text, end) and (m := _CAPS_BEFORE.match(text, 0, end)):
            spans.append(m.span())
    return spans


def _town_or_country(word: str) -> bool:
    """A town or a country the gazetteer knows, in any case (`GENÈVE`, `ALEXANDRIE`, `eldoret`).

    >>> _town_or_country("GENÈVE"), _town_or_country("eldoret"), _town_or_country("BSD")
    (True, True, False)
    """
    from ..geo import country_code, is_city

    name = word.title()
    return is_city(name) or country_code(name) is not None


def _place_suffix(token: str) -> int:
    """Where a known place in capitals starts at the end of `token`, after a known word; 0 if none.

    >>> _place_suffix("ANNONCÉSGENÈVE"), _place_suffix("DrômeVALENCE"), _place_suffix("GENÈVE"), _place_suffix("UNICEF")
    (8, 5, 0, 0)
    """
    from ..geo import is_city

    if _town_or_country(token) or zipf(token.lower()) >= 2.0:
        return 0  # the whole token is a name or a word (`MAROC`, `KINSHASA`)
    for cut in range(4, len(token) - 3):  # a glued heading ends on a word of four letters or more
        head, place = token[:cut], token[cut:]
        if not place.isupper() or not head[-1].isalpha():
            continue
        if _town_or_country(place) and (zipf(head.lower()) >= 2.0 or is_city(head.title())):
            return cut
    return 0


_ARTICLES = frozenset(("le", "la", "les", "l", "un", "une", "des", "du", "de", "ce", "cet", "cette", "ces"))
_WORD_THEN_CAPS = regex.compile(r"(\p{Lu}?\p{Ll}+)(\p{Lu}{2,})(?=(?: \p{Lu}{2,})*(?:,| [–—-] | \((?:\d|\p{Lu})))")  # (`au TchadGENÈVE (2 décembre 2025) –`)
_CODE_CHARS = frozenset(":/_=.@\\<>{}[]#$")


MAX_WORD = 64  # letters; a longer run is junk, and reading it whole from each of its capitals would be quadratic


def _word_start(text: str, pos: int) -> int:
    limit = max(0, pos - MAX_WORD)
    while pos > limit and text[pos - 1].isalpha():
        pos -= 1
    return pos


def _code_like(text: str, start: int, end: int) -> bool:
    """Inside an identifier, a path, an address: `Acquire::https::CAInfo`, `www.ONU.org`."""
    token = _token_around(text, start)
    return bool(_URLISH.search(token)) or any(c in _CODE_CHARS for c in token.rstrip(".,;:!?»)"))
_RIGHT_WORD = regex.compile(r"\p{Lu}\p{L}*")
_URLISH = regex.compile(r"@|://|www\.|\.(?:com|org|int|net|fr|html?|php)\b", regex.I)
_SENTENCE_PUNCT = regex.compile(r"[.!?:;»]")


def _token_around(text: str, pos: int) -> str:
    """The token around `pos`, up to 4 * MAX_WORD characters on each side (a longer one is junk)."""
    lo, hi = max(0, pos - 4 * MAX_WORD), min(len(text), pos + 4 * MAX_WORD)
    start = max(text.rfind(" ", lo, pos), text.rfind("\n", lo, pos), lo - 1) + 1
    end_candidates = [i for i in (text.find(" ", pos, hi), text.find("\n", pos, hi)) if i != -1]
    return text[start : min(end_candidates) if end_candidates else hi]


def _glue_reason(text: str, pos: int, line_start: int, prev_line: str) -> str | None:
    """Why `text[:pos]` and `text[pos:]` are two pieces glued together (None: a real word)."""
    left_m = _LEFT_WORD.search(text, max(line_start, pos - MAX_WORD), pos)
    right_m = _RIGHT_WORD.match(text, pos)
    if not left_m or not right_m:
        return None
    left, right = left_m.group(), right_m.group()
    token = _token_around(text, pos)
    if _URLISH.search(token) or token.startswith("#"):
        return None  # an address, a hashtag (`#FaimZéro`) writes its words together
    if len(left) >= 2 and zipf(left) >= 2.0 and zipf(left + right) < 1.5 and _DATED_DATELINE.match(text, pos):
        return "heading glued to the dateline"  # `du SudTunis, le 3 juin 2025 –`, `en un anAccra, le 1er décembre 2025 –`
    # `Mc|Donald`, `Mac|Kenzie`, `You|Tube`, `i|Phone`: a capitalised or 1-letter left piece is
    # a name's prefix unless it is a real word of its own
    if left[0].isupper():
        if len(left) < 4 or not left[1:].islower():
            return None
    elif len(left) < 2:
        return None
    elision = text[right_m.end() : right_m.end() + 1] in ("'", "’") and len(right) <= 3
    # `LinkedIn`, `YouTube`, `PowerPoint`: known as one word (not a heading's last word and the
    # letter of an elision after it: `baseL’administrateur` is no `Basel`, `engagementS’engager`)
    if not elision and zipf(left + right) >= 1.5:
        return None
    if len(left) >= 3 and _DATELINE.match(text, pos):
        return "heading glued to the dateline"  # `au SoudanNiamey, 12 septembre 2024 –`
    head = text[line_start:pos]
    # 1. the site prints each heading twice: `Qui sommes nous` ⏎ `Qui sommes nousL'Organisation`
    if prev_line.strip() and prev_line.strip() == head.strip():
        return "heading glued to the text (repeated heading)"
    if is_more_english(left) and not elision:  # `HelpAge`, `WaterAid`, `ActionAid`: English names (none goes on in `L’`)
        return None
    right_is_word = len(right) >= 2 and right[1:].islower()
    # `À` alone before a space opens a sentence too (`des partenairesÀ Genève, le HCR`)
    preposition = right == "À" and text[right_m.end() : right_m.end() + 1] == " "
    function_start = elision or preposition or (right_is_word and right.lower() in grammar("function_words"))
    # 2. a short heading-like start of line, then a capitalised sentence: `Notre travailEn tant`
    if (
        len(head.split()) <= 10
        and not _SENTENCE_PUNCT.search(head)
        and head[:1].isupper()
        and (zipf(left) >= 2.0 or (function_start and zipf(left) >= 1.0 and not is_more_english(left)))
        and (function_start or (right_is_word and not is_more_english(right)))
    ):
        return "heading glued to the text"
    # 2b. a heading that ends on a name, then the article that opens a sentence (`à l’hôpital de KaleveleveLes membres`,
    # `dans l’AfarLes prospecteurs`): no name goes on into a capitalised article and a space
    if (
        left[0].isupper() and (right in ("Le", "La", "Les") and text[right_m.end() : right_m.end() + 1] == " " or (elision and right == "L"))
        and len(head.split()) <= 12 and not _SENTENCE_PUNCT.search(head) and head[:1].isupper()
    ):
        return "heading glued to the text"
    # 3. inside a line: a French word, then a sentence-opening word (`des femmesLe Haut-Commissaire`)
    if function_start and zipf(left) >= 3.0:
        return "text glued to the next paragraph"
    if right_is_word and len(right) >= 3 and zipf(left) >= 3.5 and zipf(right) >= 3.5 and not is_more_english(right):
        return "text glued to the next paragraph"
    return None


def _camel_word(text: str, pos: int) -> str:
    """The run of letters around the lower-to-upper change at `pos` (`AéroSanté`)."""
    end, limit = pos, min(len(text), pos + MAX_WORD)
    while end < limit and text[end].isalpha():
        end += 1
    return text[_word_start(text, pos) : end]


_NAME_AFTER = regex.compile(r" \p{Lu}\p{Ll}")


def _repeated_camel_words(text: str, lower_upper: list[int]) -> set[str]:
    """Words with an inner capital that the page writes at least twice, where the capital
    opens no function word (`AéroSanté`; `aptitudeLa`, `disqueL’image` repeat a glued heading)."""
    seen: dict[int, str] = {}
    for pos in lower_upper:
        start = _word_start(text, pos)
        word = _camel_word(text, pos)
        right = word[pos - start :]
        end = start + len(word)
        if text[end : end + 1] in ("'", "’") or (right.lower() in grammar("function_words") and not _NAME_AFTER.match(text, end)):
            continue  # (a brand's `Plus` before the rest of its name is no sentence's first word: `SantéPlus Québec`)
        if start not in seen:
            seen[start] = word
    counts: dict[str, int] = {}
    for word in seen.values():
        counts[word] = counts.get(word, 0) + 1
    return {w for w, n in counts.items() if n >= 2}


# a sentence's end in lower case, then a wire's initials in capitals closing the line (`sinistrés.AS/IM`, `MS/AS/ANP-Tillabéri`)
_INITIALS_AFTER_SENTENCE = regex.compile(rf"(?<=\p{{Ll}}[.!?]|\p{{Ll}}[.!?][»”)])({WIRE_INITIALS})[ \t]*$", regex.MULTILINE)


def split_glued(doc: Document) -> Document:
    """Split a heading glued to its text, and body text glued across a lost break.

    A heading (or a line of body text) runs into the next with no space: `Qui sommes
    nousL'Organisation`, `des femmesLe Haut-Commissaire` get a newline; `journalistes.Par Jean`
    gets a space. Names and brands (`McDonald`, `LinkedIn`, `iPhone`, `MacKenzie`, `OIM`) stay.

    >>> split_glued(Document.from_text("Notre travailEn tant que chef de file, l'OIM agit.")).text
    "Notre travail\\nEn tant que chef de file, l'OIM agit."
    >>> split_glued(Document.from_text("Sur LinkedIn et chez McDonald, MacKenzie a un iPhone.")).text
    'Sur LinkedIn et chez McDonald, MacKenzie a un iPhone.'
    """
    text = doc.text
    changes: list[Change] = []
    lower_upper = lower_upper_positions(text)  # (`_LOWER_UPPER`'s, most often read by restore_characters already)
    # a word the page writes twice with its inner capital is a name (`AéroSanté`): a heading
    # runs into its text once, where it happens to
    names = _repeated_camel_words(text, lower_upper)
    lower_upper = [pos for pos in lower_upper if _camel_word(text, pos) not in names] if names else lower_upper
    if lower_upper:
        line_starts: dict[int, tuple[int, str]] = {}
        for pos in lower_upper:
            line_start = text.rfind("\n", 0, pos) + 1
            if line_start not in line_starts:
                prev_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1 if line_start else 0
                prev_line = text[prev_start : line_start - 1] if line_start else ""
                line_starts[line_start] = (line_start, prev_line)
            reason = _glue_reason(text, pos, line_start, line_starts[line_start][1])
            if reason:
                changes.append((pos, pos, "\n", reason))
    # an acronym or a heading in capitals glued to a capitalised word: `PAM et NSSLe système`,
    # `UNIXDans un`, `DRÔMEValence, le` (the word must be French and frequent, the token unknown)
    # (a match holds three capitals and a lower-case letter, `_FOUR_CAPS`, at most 28 characters after its start: the
    # pattern is tried from 28 characters before the first of those, not from the page's start)
    four_caps = _FOUR_CAPS.search(text)
    for m in _CAPS_THEN_WORD.finditer(text, max(0, four_caps.start() - 28)) if four_caps else ():
        caps, word = m.group(1), m.group(2)
        if m.start() and (text[m.start() - 1].isalnum() and not text[m.start() - 1].isupper()):
            continue
        # (`rural.PERSPECTIVESUn`: the dot ends the sentence before the heading, no file name's)
        after_sentence = m.start() and text[m.start() - 1] in ".!?" and _PUNCT_UPPER.match(text, m.start())
        if (_code_like(text, m.start(), m.end()) and not after_sentence) or zipf(caps + word) >= 1.5:
            continue
        if word.lower() in grammar("function_words") or word.lower() in grammar("pronouns"):
            changes.append((m.start(2), m.start(2), "\n", "heading glued to the text (capitals)"))
        elif _DATELINE.match(text, m.start(2)):
            changes.append((m.start(2), m.start(2), "\n", "heading glued to the dateline"))
        elif (m.start() == 0 or text[m.start() - 1] == "\n") and strip_accents(caps.lower()) in _rubrics():
            # a site's rubric over its headline, opening the line: `ACTUALITÉSForages ruraux : ...`
            changes.append((m.start(2), m.start(2), "\n", "rubric glued to the headline (capitals)"))
    # a French word glued to a word in capitals: `faute de financementsNEW YORK, le 18 mars`
    for pos in lower_upper:
        m = _WORD_THEN_CAPS.match(text, _word_start(text, pos))
        if not m or m.end(1) != pos or _code_like(text, m.start(), m.end()):
            continue
        left = m.group(1)
        if left[0].isupper() and not _town_or_country(m.group(2)):
            continue  # (a capitalised word glued to capitals is a name, `NetBSD`, unless a town follows: `au TchadGENÈVE (2 ...`)
        if len(left) >= 3 and zipf(left) >= 3.0 and not is_more_english(left):
            changes.append((pos, pos, "\n", "text glued to the next paragraph (capitals)"))
    # a heading glued to the dateline in capitals that opens the text: `... dans la DrômeVALENCE, 5 avril`,
    # `... DE DOLLARS ANNONCÉSGENÈVE, 20 octobre –`: the glued token ends on a town or country the
    # gazetteer knows, after a word the lexicon knows
    for caps_start, caps_end in _caps_before_dateline(text):
        start = _word_start(text, caps_start)
        if start == caps_start and caps_end - start < 7:
            continue  # a word in capitals alone (`GENÈVE, 3 mai`): nothing glued
        if start > 0 and text[start - 1] in "'’":
            continue  # the end of an elided name (`N'DJAMENA`: no `DJA` glued to `MENA`)
        cut = _place_suffix(text[start:caps_end])
        if cut and not _code_like(text, start, caps_end):
            changes.append((start + cut, start + cut, "\n", "heading glued to the dateline"))
    # a wire's initials glued to the story's last sentence: `recense 9 400 sinistrés.AS/IM` (writer/editor, at the line's end)
    for m in _INITIALS_AFTER_SENTENCE.finditer(text) if "/" in text else ():
        changes.append((m.start(1), m.start(1), "\n", "wire initials glued to the last sentence"))
    # the page's reading time glued to the headline after it: `Lecture : 2 minBouaké : fin du rationnement ...`
    for m in _READING_TIME_THEN_CAPITAL.finditer(text) if "min" in text else ():
        if all(c[0] != m.end() for c in changes):  # (`minutesLe`: parted already, as text glued to the next paragraph)
            changes.append((m.end(), m.end(), "\n", "reading time glued to the headline"))
    # a page's date stamp glued to the headline or text after it: `Publié le 12 mars 2024Le HCR alerte ...`
    # (read once: the date stamps need one, and the headings below are found from them)
    year_capitals = list(_YEAR_THEN_CAPITAL.finditer(text))
    for m in _date_then_word(text) if year_capitals else ():
        word = _RIGHT_WORD.match(text, m.end())
        if word and zipf(word.group()) >= 3.0:
            changes.append((m.end(), m.end(), "\n", "date stamp glued to the text"))
    # a heading ending on a year or a number glued to the text's first word: `Nos actions en 2025Au Niger, ...`
    # (the word opens sentences: a function word or a pronoun, not a model's name as in `A320Neo`)
    parted = {c[0] for c in changes if c[2] == "\n"}  # (the date stamps parted above: not twice)
    # ... and a contact line's number glued to the next heading or paragraph (`..., 032 420 74 00Plan climat cantonal :
    # ...`): eight digits or more before the capital, no model's name (`A320Neo`) nor year
    for m in year_capitals:
        cut = m.start() + 1
        word = _RIGHT_WORD.match(text, cut)
        if not word or cut in parted:
            continue
        following = word.group()
        opens = following.lower() in grammar("function_words")
        head = text[text.rfind("\n", 0, cut) + 1 : cut]
        if opens and len(head.split()) <= 12 and not _SENTENCE_PUNCT.search(head) and not _code_like(text, cut - 1, word.end()):
            changes.append((cut, cut, "\n", "heading glued to the text (after a number)"))
        elif _PHONE_TAIL.search(text, max(0, cut - 40), cut) and (
            opens or (len(following) >= 3 and zipf(following.lower()) >= 3.0 and not is_more_english(following))
        ):
            changes.append((cut, cut, "\n", "phone number glued to the next line"))
    for m in _heading_then_number(text):
        last_word = m.group(1).rsplit(" ", 1)[-1]
        # `86 compagnies`, not a footnote's `1 ont`; or a clock time
        counted = m.group(2) is None or m.group(2).lower() not in grammar("function_words")
        # a sentence opens on its article (`Les migrants2 arrivés hier`: a footnote mark); a heading seldom does
        heading = m.group(1).split(" ", 1)[0].lower() not in _ARTICLES
        if counted and heading and zipf(last_word) >= 3.0 and not is_more_english(last_word):
            changes.append((m.end(1), m.end(1), "\n", "heading glued to the text (a number)"))
    # (a match stands after `.`, `!` or `?` and before a capital, inside its line)
    marks_read: dict[str, set[int]] = {}  # (the sentence ends before a capital, found once for both patterns below)
    for m in _search_lines(_PUNCT_UPPER, text, _lines_with_mark_then_capital(text, ".!?", marks_read)):
        pos = m.start()
        if _URLISH.search(_token_around(text, pos)):
            continue
        mark = pos - 2 if text[pos - 2] == " " else pos - 1  # `nous ?Fondée`: the space French puts before `?`
        left = _LEFT_WORD.search(text, max(0, pos - 40), mark)
        right = _RIGHT_WORD.match(text, pos)
        rest = _token_around(text, pos)
        if "." in rest[rest.find(right.group()) if right else 0 :].rstrip(".,;:!?»)") if right else False:
            continue  # `préfixe.NdeM.deb`: a file name
        if not (left and right):
            continue
        word, following = left.group(), right.group()
        # a French word before (`journalistes.Par`), or a name before a word that opens sentences (`Liban.La`)
        # (a rarer word before a word that opens sentences: `pour le débogage.Tout faire`)
        known = word[0].islower() and (
            (zipf(word) >= 2.5 and (zipf(following) >= 2.5 or len(following) >= 3))
            or (len(word) >= 4 and zipf(word) > 0 and zipf(following) >= 4.0 and not is_more_english(following))
        )
        named = word[0].isupper() and len(word) >= 3 and zipf(following) >= 4.0 and not is_more_english(following)
        if known or named:
            changes.append((pos, pos, "\n", "text glued after a sentence end (lost line break)"))
    # (a match ends on `.`, `!`, `?` or `%` before a capital, inside its line)
    for m in _search_lines(_CLOSE_THEN_UPPER, text, _lines_with_mark_then_capital(text, ".!?%", marks_read)) if "." in text or "%" in text else ():
        right = _RIGHT_WORD.match(text, m.end())
        token = _token_around(text, m.end())
        cut = token.rfind(m.group()[-1] + right.group())
        # (the mark itself aside, a token with a dot, a slash, a colon is a file, a path or an address)
        rest = token[:cut] + token[cut + 1 :]
        if cut < 0 or _URLISH.search(token) or any(c in _CODE_CHARS for c in rest.rstrip(".,;:!?»)")):
            continue
        # a frequent French word opens the next sentence (`La`, `Selon`, `Je`, `L’`); not a code's or a name's part
        if zipf(right.group()) >= 3.0 and not is_more_english(right.group()):
            changes.append((m.end(), m.end(), "\n", "text glued after a sentence end (lost line break)"))
    changes += _letter_spaced(text)
    # two rules may part the same glue (`de MontréalMONTRÉAL, le 14 avril`): one break in each place
    unique: dict[tuple[int, int], Change] = {}
    for change in changes:
        unique.setdefault((change[0], change[1]), change)
    return rewrite(doc, list(unique.values()), stage="split_glued")


# a line written letter by letter (`M E S U R E S   P R I S E S`: a spaced-out heading read by
# an OCR engine or copied from a PDF): letters one space apart, words further apart
# (from a line break: `(?m)^` is tried at every position, ten times slower)
_SPACED_NEXT = regex.compile(r"\n[ \t]*\p{L} \p{L} \p{L} \p{L}")
_SPACED_FIRST = regex.compile(r"[ \t]*\p{L} \p{L} \p{L} \p{L}")
_SPACED_LINE = regex.compile(r"[ \t]*(\p{L}(?: \p{L})*(?: {2,}\p{L}(?: \p{L})*)*)[ \t]*(?:\n|$)")
_SPACED_GAP = regex.compile(r" +")
_SPACED_WORD_GAP = regex.compile(r" {2,}")  # between two letter-spaced words


def _letter_spaced(text: str) -> list[Change]:
    """`C O M M U N I Q U E   D E   P R E S S E` → `COMMUNIQUE DE PRESSE`: each word the lexicon
    knows, and one of four letters or more (`a b c d` is a list).

    >>> from pressclean.rewrite import rewrite
    >>> rewrite(Document.from_text("M E S U R E S   P R I S E S"), _letter_spaced("M E S U R E S   P R I S E S"), stage="s").text
    'MESURES PRISES'
    >>> _letter_spaced("a b c d")
    []
    """
    changes: list[Change] = []
    starts = [0] if _SPACED_FIRST.match(text) else []
    starts += [m.start() + 1 for m in _SPACED_NEXT.finditer(text)]
    for m in filter(None, (_SPACED_LINE.match(text, s) for s in starts)):
        words = _SPACED_WORD_GAP.split(m.group(1))
        joined = [w.replace(" ", "") for w in words]
        if max(map(len, joined)) < 4 or not all(len(w) > 1 and zipf(w) >= 3.0 for w in joined):
            continue
        for gap in _SPACED_GAP.finditer(m.group(1)):
            s, e = m.start(1) + gap.start(), m.start(1) + gap.end()
            changes.append((s, e, "" if e - s == 1 else " ", "letter-spaced words rejoined"))
    return changes


# =============================================================================================
# unwrap_lines
# =============================================================================================

_LIST_ITEM = regex.compile(r"[ \t]*(?:[-–—•*·▪►✓]|\d{1,2}[.)]|[a-z][)])(?:[ \t]|$)")
# (every use asks only whether the line ends so: searched from its end, (?r), one try instead of one a position)
_TERMINAL = regex.compile(r"(?r)[.!?…](?:[ \u00a0\u202f]?[»\"”’)\]])*$")
# the last character of a `_TERMINAL` match: a line (with no space at its end) ending otherwise
# needs no search
_TERMINAL_LAST = frozenset(".!?…»\"”’)]")
# `M.`, `Dr.` at the end of a line end no sentence: `selon M.` ⏎ `Dupont`
_ABBREVIATION_END = regex.compile(r"(?:^|[\s(])(?:M|MM|Mme|Mlle|Dr|Pr|Me|St|Ste|av|bd|n°|art|p|cf|ex|vol|éd|env)\.$")
# a line holding a contact detail, which never continues the line above
# (a label only with what follows a label: `Tél. :`, `Fax 01`; `tel processus` is French)
_CONTACT = regex.compile(
    r"^(?:[\w.+-]+@[\w-]+\.[\w.-]+|[\w.+-]+\s?[\[(](?:at|arobase)[\])]|https?://|www\.|\+\s?\d|\(\+?\d{1,4}\)[ \u00a0.\-]?\d"
    r"|(?:Tél|Tel|Fax|Courriel|E-?mail|Mob|Port)\b\.?\s*(?:[:.(+]|\d|\S+@))"
    r"|\d{2}(?:[ .]\d{2}){3,4}(?![\d,])",  # a bare phone number (`04 67 74 61 20 – 06 12 ...`)
    regex.I,
)
# an ASCII letter `_CONTACT` cannot open on (not `http`, `www.`, `Tél`, `Fax`, `Courriel`, `E-mail`, `Mob`, `Port`):
# such a line is a contact line only by an address or a bracket (`nom@`, `nom [at]`), which it must hold
_NO_CONTACT_START = frozenset("abdgijklnoqrsuvxyzABDGIJKLNOQRSUVXYZ")
# the first two letters, lower-cased, of the words `_CONTACT` may open on (`Courriel`, `E-mail`, `Email`, `Fax`, `http`,
# `Mob`, `Port`, `Tél`, `Tel`, `www.`): a line opening on a letter with neither of them, and no @ [ (, is no contact line
# (no other letter matches these under the pattern's case-insensitivity)
_CONTACT_OPENINGS = frozenset(("co", "e-", "em", "fa", "ht", "mo", "po", "té", "te", "ww"))
# `_CONTACT`'s hidden address (`nom (at) org.int`): a line opening on a letter needs it, or an @, or a label
# (an acronym in brackets, `(OIM)`, is common in prose: the bracket alone does not send a line to the pattern)
_AT_IN_BRACKETS = regex.compile(r"[\[(](?:at|arobase)[\])]", regex.I)


def _is_contact(line: str) -> bool:
    """`_CONTACT.match(line)`, the pattern skipped on a line that cannot match it (most lines open
    on a word of prose: the pattern's first alternatives cost a third of `_join` on them).

    >>> [_is_contact(x) for x in ("Les équipes", "tél. : 01 42", "nom@oim.int", "Jean (at) oim.int", "Suivez-nous")]
    [False, True, True, True, False]
    >>> lines = ("Courriel : a", "E-MAIL: a", "Email 06", "Portugal 06", "Port. 06", "Écrire : 06", "HTTPS://x", "Fax. 01", "TÉL 01",
    ...     "jean (AT) oim.int", "Jean [arobase] oim", "Paul (OIM) a dit")
    >>> [_is_contact(x) for x in lines] == [_CONTACT.match(x) is not None for x in lines] == [True] * 3 + [False, True, False] + [True] * 5 + [False]
    True
    """
    if line[:1].isalpha() and "@" not in line and not (("(" in line or "[" in line) and _AT_IN_BRACKETS.search(line)):
        # a letter opens only the labels and address heads: `Tél`, `Fax`, `http`, `www.`, ... (case aside)
        if line[:1] in _NO_CONTACT_START or line[:2].lower() not in _CONTACT_OPENINGS:
            return False
    return _CONTACT.match(line) is not None


# a phone number or an e-mail inside a line (the end of a line is searched)
_CONTACT_DATA_IN = regex.compile(r"\d{2}[ .]?\d{2}[ .]?\d{2}|@[\w-]+\.")
# a contact block's label opens its own line, whatever ends the line above (`... de la région.` ⏎
# `Contact : Service communication - COI`, `Pour plus d'informations, veuillez contacter :`)
_CONTACT_LABEL = regex.compile(
    r"(?i:contacts?(?:[ \u00a0](?:presse|médias?|media))?|renseignements|source|pour (?:plus|de plus amples) d['’]\s?informations"
    r"|personnes?[ \u00a0-]ressources?|relations?[ \u00a0](?:presse|médias)|service de presse)\b[^:\n]{0,60}?[ \u00a0]?:"
)
# an address, a page footer or a contact line: `Eau Vive Sahel – 14, rue ... – 34070 Montpellier`, `BP 1234`,
# `04 90 61 45 02`, `+243 ...` (not a year, `en 2025`, nor an amount grouped by thousands, `468 000 francs`: prose)
_FOOTER = regex.compile(
    r"\d{5,}|(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{4}|\d{2}(?:[ .]\d{2}){3}|\+\d|\||@|https?://|www\.|^(?:Tél|Tel|Fax)\b"
)
_FIRST_WORD = regex.compile(r"[\p{L}\p{N}]+")
# searched from the line's end ((?r)): tried forward at every position, a pattern anchored at
# the end costs ~40 µs a line
_LAST_WORD = regex.compile(r"(?r)(?<![\p{L}.@/\\])(\p{L}+)['’]?$")  # (not an address's last part: `...@example.ma`, `site.fr`)
_HYPHEN_END = regex.compile(r"(?r)(\p{L}+)-$")
_SPLIT_NUMBER = regex.compile(r"(?r)(?:^|\s)\d{1,3}$")
_NUMBER_TAIL = regex.compile(r"\d{3}(?:[\s,.]|$)")
_INLINE_HYPHEN = regex.compile(r"(?<![\p{L}-])(\p{L}\p{Ll}+|\p{Lu}{2,})- (\p{L}\p{Ll}+|\p{Lu}{2,})(?![\p{L}-])")
# after a suspended hyphen (`pré- et post-natal`, `micro- ou macro-`) the text goes on
_CLOCK_START = regex.compile(r"\d{1,2}[ \u00a0]?(?:h|:)[ \u00a0]?\d{2}\b|\d{1,2}[ \u00a0]?h\b")  # `10 h 45`, `9h`, `14:30`
# a speech's salutation on its own line, and a decree's preamble: each line stands alone, however it ends
_SALUTATION = regex.compile(r"\s*(?:Madame|Monsieur|Mesdames|Messieurs|Mesdemoiselles|Chers?|Chères?|Excellences?|Honorables?|Distingués?|Bonjour|Bonsoir)\b[^.!?]{0,120},\s*$")
_SIGNED_AT = regex.compile(r"\s*Fait (?:à|au|en|le)\b[^.!?]{0,80},\s*$")
# the body a signer signs for, opening a signature: `Pour le Conseil des ministres,` ⏎ `Le Président`
_SIGNED_FOR = regex.compile(r"\s*(?:Pour|P/|P\.O\.)\s+(?:le|la|les|l['’])\s?[^.!?]{0,100},\s*$")
_SIGNER_ROLE = regex.compile(r"\s*(?:Le|La|L['’])\s?\p{Lu}\p{Ll}+(?:\s+[\p{L}'’-]+){0,8},\s*$")  # `Le Secrétaire général du Gouvernement,`
_PERSON_NAME = regex.compile(r"(?:Dr |Pr |Me )?\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,4}")  # `Édouard A. Ahouansou`
# the mark of a signed original before the signer's name: `(é) Paul MBARGA`, `(s) ...`, `Signé : ...`
_SIGNED_MARK = regex.compile(r"\s*(?:\((?:s|é|sé|signé)\)|(?i:signé)\s*:?)\s*")
_ROMAN_NUMERAL = regex.compile(r"[IVXLC]{1,6}")
_PREAMBLE = regex.compile(r"\s*(?:Vu|Sur (?:le )?rapport|Sur proposition|Considérant|Après avis|Le Conseil des ministres entendu|Décrète|Arrête)\b")
_DAY_OF_MONTH = regex.compile(rf"(?:1er|\d{{1,2}})[ \u00a0]+(?i:{'|'.join(MONTH_NAMES)})\b")
_SUSPENDED = frozenset(("et", "ou", "ni", "à", "au", "aux", "de", "des", "du", "en", "comme", "puis", "voire"))


# an aside in brackets after which the sentence goes on: `(FARDC) et le groupe`, `(HCR), qui`
# (not a list marker: `(a)`, `(3)`, `(iv)`)
# (or a figure in brackets that the sentence ends on: `et Pierrelatte` ⏎ `(20). Elles sont`)
_BRACKET_GOES_ON = regex.compile(r"\((?!\p{L}\)|\d{1,2}\)|[ivxlc]{1,4}\))[^()\n]{1,80}\)[ \u00a0]*(?:[,;:]|\p{Ll})|\(\d[\d \u00a0.,%]{0,20}\)\.")
# a count that the sentence goes on into: `4 250 000 enfants`, `23 % de la population`
_COUNT_THEN_WORD = regex.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})*(?:,\d+)?(?:[ \u00a0\u202f]?%)?[ \u00a0\u202f]+\p{Ll}{2,}")
# a sentence end inside a line: `territoire. Elle cible`
_SENTENCE_INSIDE = regex.compile(r"[.!?] \p{Lu}")
# a title before a first name ends the line: the rest of the name is on the next (`le Dr Mamadou` ⏎ `Saliou Barry`)
# (inside running text, after a lower-case word: `... de la santé, le Pr Aminata`; not a credit's `© PAN/M. Diallo`)
_HONORIFIC_THEN_NAME = regex.compile(r"(?<=\p{Ll},? )(?:Dr|Pr|Me|Mme|Mlle|M\.|Mgr)\.? \p{Lu}\p{Ll}+$")
_SURNAME = regex.compile(r"(\p{Lu}[\p{L}-]+)(?![’'])")
_FIELD_SEPARATOR = regex.compile(r" [·|•] ")  # a row of fields: `rapport.pdf · PDF · 2,1 Mo`


# words that open a sentence by pointing back at the one before it, so never a paragraph: the third person's subject
# pronouns, the demonstrative pronouns, the adverbs that link two sentences
_LINKING_OPENERS = frozenset(
    "il ils elle elles on cela ceci ça celui-ci celle-ci ceux-ci celles-ci ainsi sinon cependant toutefois néanmoins"
    " pourtant donc puis enfin".split()
)
_LINKING_PAIRS = frozenset(("en effet", "de plus", "en outre", "par ailleurs", "par conséquent", "en revanche", "de même"))
_OPENING_WORDS = regex.compile(r"(\p{L}+(?:-ci)?)(?:,? (\p{L}+))?")


def _opens_linked(line: str) -> bool:
    """The line opens on a word that points back at the sentence before (`Il`, `Cela`, `Par ailleurs,`).

    >>> _opens_linked("Il prévoit le renouvellement du navire"), _opens_linked("Par ailleurs, chaque disque"), _opens_linked("Iles et lagons")
    (True, True, False)
    """
    m = _OPENING_WORDS.match(line)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in _LINKING_OPENERS or (m.group(2) is not None and f"{word} {m.group(2).lower()}" in _LINKING_PAIRS)


def _running_text(acc: str, a: str) -> bool:
    """Line `a` is running text, not a heading: the paragraph was rejoined before it, or it opens
    on a dated dateline, or it ends a sentence inside it (a heading does neither)."""
    return acc.strip() != a.strip() or opens_with_dated_dateline(a) or bool(_SENTENCE_INSIDE.search(a))


# three words at a line's start (`\s` is `str.split`'s whitespace)
_THREE_WORDS = re.compile(r"\s*\S+\s+\S+\s+\S")


def _is_short(line: str) -> bool:
    """A heading, a menu label, a contact line: not the middle of a wrapped paragraph."""
    # (fewer than three words: `line.split(None, 2)` copied the rest of a paragraph rejoined so far)
    return len(line) < 25 or _THREE_WORDS.match(line) is None


@dataclass(frozen=True)
class Wrap:
    """How the page was wrapped: a typical full line (`width`) and the longest one (`limit`)."""

    width: float
    limit: int
    indents_paragraphs: bool = False  # each paragraph opens on an indented line, its other lines flush
    blank_line_paragraphs: bool = False  # blank lines part the paragraphs; none ends visibly inside a block


def _wrap_width(lines: list[str]) -> Wrap | None:
    """The width the page was wrapped at, from the lines that surely continue on the next one."""
    lengths = []
    stripped = [line.strip() for line in lines]  # (once: each loop below reads every line)
    for a, b in zip(stripped, stripped[1:]):
        if a and b and b[0].islower() and (a[-1].isalpha() or a[-1] == ",") and not _is_short(a):
            if not _LIST_ITEM.match(a) and not _is_contact(b) and not is_date_stamp(b):  # (a headline over its stamp)
                lengths.append(len(a))
    if len(lengths) < 3:
        return None
    lengths.sort()
    width = float(lengths[int(0.9 * (len(lengths) - 1))])
    short_ends = 0
    for a, b in zip(stripped, stripped[1:]):
        if a and b and len(a) < 0.75 * width and a[-1] in _TERMINAL_LAST and _TERMINAL.search(a):
            short_ends += 1
    # blank lines between the blocks, and no block that shows a paragraph end inside it: each
    # block is a paragraph, its single line breaks are wraps (a PDF's or a mail's text, whose
    # line lengths vary with a proportional font, so the next word may have fitted)
    blocks = sum(1 for a, b in zip(stripped, stripped[1:]) if not a and b)
    return Wrap(width, lengths[-1], _indents_paragraphs(lines, width), blocks >= 2 and short_ends == 0)


_INDENT = regex.compile(r"(?: {2,8}|\t)(?=\S)")


def _indents_paragraphs(lines: list[str], width: float) -> bool:
    """Does the page mark its paragraphs by indenting their first line (an alinéa)? Then a
    line that opens flush after a sentence end goes on the paragraph, even after a full line.

    Yes when at least two lines after a sentence end are indented, no line opens flush after a
    paragraph's visible end (a short line ending a sentence), and the lines that surely go on
    (starting lower-case after a line that ends no sentence) are flush: not a code block, a list."""
    indented = flush = inside_indented = 0
    for a, b in zip(lines, lines[1:]):
        a_strip = a.strip()
        if not a_strip or not b.strip() or _LIST_ITEM.match(b):
            continue
        if a_strip[-1] in _TERMINAL_LAST and _TERMINAL.search(a_strip):
            if _INDENT.match(b):
                indented += 1
            elif len(a_strip) < 0.75 * width:
                flush += 1
        elif b.lstrip()[:1].islower() and _INDENT.match(b):
            inside_indented += 1
    return indented >= 2 and flush == 0 and inside_indented == 0


@dataclass(frozen=True)
class PageWords:
    """The words a page writes whole (`cpuset`) and its hyphenated compounds (`sous-interpréteur`),
    lower-cased: where a word cut at a line end is written uncut elsewhere on the page, the page
    says whether its hyphen belongs to it. Read from the text on first use only."""

    text: str

    @cached_property
    def words(self) -> frozenset[str]:
        return frozenset(map(str.lower, set(_WORD.findall(self.text))))  # (each distinct word lowered once)

    @cached_property
    def groups_by_space(self) -> bool:
        """The page writes thousands grouped by a space (`1 120`, `61 000`)."""
        return bool(_GROUPED.search(self.text))

    @cached_property
    def capitalised_inside(self) -> frozenset[str]:
        """The words the page writes capitalised inside a sentence, after a word in lower case
        (`à La Réunion`, `le noyau Linux`): names, whatever the lexicon says of their lower case."""
        return frozenset(m.group(1) for m in _CAPITALISED_INSIDE.finditer(self.text))

    @cached_property
    def hyphenated(self) -> frozenset[str]:
        """Each pair of neighbours in a compound: `sous-interpréteur`, `update-passwd`."""
        pairs = set()
        for compound in _compounds(self.text):
            parts = compound.lower().split("-")
            pairs.update(f"{x}-{y}" for x, y in zip(parts, parts[1:]))
        return frozenset(pairs)


_WORD = regex.compile(r"\p{L}+")
_GROUPED = regex.compile(r"(?<![\d,.])\d{1,3}[ \u00a0\u202f]\d{3}(?![\d,.]\d)")
_QUANTITY_BEFORE = regex.compile(r"(?r)\b(?i:quelque|environ|près de|plus de|moins de|soit|au moins|jusqu’à|jusqu'à)\s+\d{1,3}$")
_GROUP_THEN_WORD = regex.compile(r"\d{3}(?:[ \u00a0\u202f]\d{3})*[ \u00a0\u202f]+\p{Ll}")
_COMPOUND = regex.compile(r"\p{L}+(?:-\p{L}+)+")
_CAPITALISED_INSIDE = regex.compile(r"\p{Ll} (?=(\p{Lu}\p{Ll}+)\b)")  # (the name looked ahead: `de La Réunion` gives both)


def _compounds(text: str) -> list[str]:
    """`_COMPOUND.findall(text)`, tried only from the word before each hyphen between letters
    (tried at every letter, the pattern cost more than the rest of the stage on some pages)."""
    out, done = [], -1
    i = text.find("-")
    while i != -1:
        if i > done and i and text[i - 1].isalpha():
            start = i - 1  # the whole run of letters (the runs before two hyphens never overlap: linear)
            while start and text[start - 1].isalpha():
                start -= 1
            m = _COMPOUND.match(text, start)
            if m:
                out.append(m.group())
                done = m.end()
        i = text.find("-", i + 1)
    return out


_NAME_PARTICLES = frozenset(("lez", "lès", "les", "sur", "sous", "en", "de", "du", "des", "la", "le", "aux", "au", "et", "d", "l"))


def _dehyphenate(left: str, right: str, page: PageWords | None = None) -> str | None:
    """`persécu-` + `tions`: why the hyphen goes, or None. The page decides first: it writes the
    word whole elsewhere (`cpuset`) or hyphenated (`sous-interpréteur`); then the lexicon: the
    joined word is French and a piece is not."""
    if page is not None:
        if f"{left}-{right}".lower() in page.hyphenated:
            return None
        if (left + right).lower() in page.words:
            return "PDF hyphenation undone (the page writes the word whole)"
    joined = zipf(left + right)
    if left.isupper() and right.isupper() and len(left) > 1 and len(right) > 1:
        # a heading in capitals: the word whole if the lexicon knows it (`ÉVALUA-` ⏎ `TION`), else a compound
        # (`ÉTATS-` ⏎ `UNIS`, `NORD-` ⏎ `KIVU`)
        return "PDF hyphenation undone (lexicon)" if joined >= 2.5 or _verb_form((left + right).lower()) else None
    if left[:1].isupper() and right[:1].isupper():
        return None  # `Jean-` ⏎ `Marie`, `États-` ⏎ `Unis`
    if left.lower() in grammar("hyphen_prefixes") and joined < 2.5 and not _town_or_country(left + right):
        # `sous-` ⏎ `interpréteur`, `franco-` ⏎ `jordanienne`: a prefix French joins with its hyphen (but `El-` ⏎ `doret`,
        # `Al-` ⏎ `maty`: a town the gazetteer knows whole)
        return None
    if zipf(left + right, "en") >= 3.0 and is_more_english(left + right) and (is_more_english(left) or is_more_english(right)):
        # an English paragraph's `other-` ⏎ `wise`, `esti-` ⏎ `mates` (a piece English too: `rendez-` ⏎ `vous` is French)
        return "PDF hyphenation undone (English lexicon)"
    # the lexicon knows the word whole (`rendements`, `permet`), or its verb (`con-` ⏎ `formera`, `des-` ⏎ `servira`,
    # whose pieces are words too: `conformer`, `desservir`): one word. A compound cut at its own hyphen (`porte-` ⏎
    # `parole`, `peut-` ⏎ `être`) is two words, unknown written whole; pieces that are not both words (`indis-` ⏎
    # `tinguable`) are a word the lexicon lacks
    if joined >= 2.5 or min(zipf(left), zipf(right)) < 2.5 or _verb_form((left + right).lower()):
        return "PDF hyphenation undone (lexicon)"
    return None


# a French verb's endings, each with its infinitive's (`conformera` -> `conformer`, `desservira` -> `desservir`)
_VERB_ENDINGS = (
    ("eraient", "er"), ("erait", "er"), ("eront", "er"), ("era", "er"), ("aient", "er"), ("ait", "er"), ("ant", "er"),
    ("ées", "er"), ("ée", "er"), ("és", "er"), ("é", "er"), ("ent", "er"), ("ons", "er"), ("ez", "er"), ("es", "er"), ("e", "er"),
    ("iraient", "ir"), ("irait", "ir"), ("iront", "ir"), ("ira", "ir"), ("issent", "ir"), ("issant", "ir"), ("issait", "ir"),
    ("ies", "ir"), ("ie", "ir"), ("is", "ir"), ("it", "ir"),
)
_VERB = 3.0  # Zipf in French of the infinitive: a verb in use (`conformer` 3.4, `desservir` 3.2, `contourner` 3.3)


def _verb_form(word: str) -> bool:
    """Is `word` a form of a French verb in use, whole (`conformera`, `desservira`, `contournés`)? (A rare form of a
    common verb is missing from the lexicon, where its infinitive is not.)

    >>> _verb_form("conformera"), _verb_form("desservira"), _verb_form("peutêtre"), _verb_form("porteparole")
    (True, True, False, False)
    """
    return any(word.endswith(end) and len(word) > len(end) + 3 and zipf(word[: -len(end)] + inf) >= _VERB for end, inf in _VERB_ENDINGS)


# words after which no heading, label or paragraph stops: articles and `de` and its contractions
# a phone number's first group at a line end (`+509`, `01`, `(226)`), not a whole number (`01 42 75 80 16`)
# (the four below: only whether a line ends so is asked, from its end, (?r): tried forward from each
# position of the line's tail, `_MONTH_END` cost three times more)
_PHONE_HEAD = regex.compile(r"(?r)(?<![\p{L}\p{N}.,])(?:(?:\+\d{1,3}|\(\+?\d{1,3}\))(?:[ .]\(?\d{1,4}\)?\d{0,4})*|\d{2})$")
_PHONE_END = regex.compile(r"(?r)\d{2}(?:[ .]\d{2}){3,4}$")
_MONTH_END = regex.compile(rf"(?r)(?i)(?:^|\s)(?:{'|'.join(MONTH_NAMES)})$")
_YEAR_START = regex.compile(r"(?:19|20)\d\d(?!\d)(?![,.]\d)")
_DAY_END = regex.compile(r"(?r)(?:^|\s)(?:1er|\d{1,2})$")
_MONTH_START = regex.compile(rf"(?:{'|'.join(MONTH_NAMES)})\b")
# the digit groups that end a line and open the next (`+261 32 11 458` ⏎ `72`, `06 612 34` ⏎ `56.`)
_PHONE_GROUPS_END = regex.compile(r"(?<![\p{L}\p{N},.])(?P<code>\+\d{1,3} (?:\(0\))?)?\d{1,4}(?:[ .]\d{1,4})+$")
_PHONE_GROUPS_START = regex.compile(r"\d{2,4}(?:[ .]\d{2,4}){0,2}(?=[.,;)/–\-]|\s*$| [^\d\s])")


_THOUSANDS = regex.compile(r"\d{1,3}(?:[ .]\d{3})+")
# a country code alone at a line end (`..., +237` ⏎ `677 41 25 90`), and a national number opening the next line
_COUNTRY_CODE_END = regex.compile(r"(?<![\p{L}\p{N},.+])(?:\+\d{1,3}|\(\+\d{1,3}\))$")
_NATIONAL_NUMBER = regex.compile(r"(?:\(0\) ?)?\d{1,4}(?:[ .\-]\d{1,4}){0,5}(?=[.,;)/–]|\s*$| [^\d\s])")


def _code_then_number(a: str, b: str, tail: int) -> bool:
    """Line `a` ends on a country code and `b` opens on a national number (6 to 12 digits): one phone
    number the wrap cut after its code (no text ends on a bare `+237`).

    >>> _code_then_number("FAO Cameroun, carine@fao.org, +237", "677 41 25 90", 0), _code_then_number("soit 237", "677 ménages", 0)
    (True, False)
    """
    if not _COUNTRY_CODE_END.search(a, tail):
        return False
    m = _NATIONAL_NUMBER.match(b)
    return m is not None and 6 <= sum(map(str.isdigit, m.group())) <= 12


def _phone_split(a: str, b: str, tail: int) -> bool:
    """A phone number cut by the wrap: the groups ending line `a` and those opening `b` make a
    national number of 8 to 12 digits, which `a`'s alone are not (9 after a `+` code, 10 without).

    >>> _phone_split("joignable au 06 612 34", "56.", 0), _phone_split("Tél. +261 32 11 458", "72", 0)
    (True, True)
    >>> _phone_split("Tél. 01 42 75 80 16", "06 71 24 39 58", 0), _phone_split("les 1 284", "marchés", 0)
    (False, False)
    """
    end = _PHONE_GROUPS_END.search(a, tail)
    start = _PHONE_GROUPS_START.match(b) if end else None
    if not start or _PHONE_END.search(a, tail) or _YEAR_START.fullmatch(start.group()):
        return False
    code = end.group("code") or ""
    if not code and _THOUSANDS.fullmatch(end.group()):
        return False  # an amount grouped by thousands (`soit 12 500` ⏎ `300 personnes`)
    head = sum(map(str.isdigit, end.group())) - sum(map(str.isdigit, code))
    rest = sum(map(str.isdigit, start.group()))
    return head < (9 if code else 10) and 8 <= head + rest <= 12


# a phone number's extension mark ending a line, its number on the next (`4135 ext.`, `24 24 poste`)
_EXTENSION_END = regex.compile(r"(?r)\d[ \t]*(?i:ext|extension|poste)\.?$")
# an e-mail address or a phone number ending a line (searched from the end)
_CONTACT_END = regex.compile(r"(?r)(?:[\w.+-]@[\w-]+(?:\.[\w-]+)+|(?<![\d,.])(?:\+\d|\(\+?\d|0\d)[\d .()/-]{6,}\d)$")
_CREDIT_END = regex.compile(r"© ?[\p{L}\p{N}][^©.!?]{0,40}(?:\.[^©.!?]{1,40})?$")
# English words after which no heading, label or paragraph stops (the articles, the prepositions, `and`)
_ENGLISH_LINE_END = frozenset(("the", "of", "in", "to", "for", "with", "by", "and", "from", "into", "at", "than", "its", "their"))
_ARTICLE_END = frozenset({"de", "du", "des", "le", "la", "les", "au", "aux", "cet", "cette", "ces"})  # not `un`, `une`: `À la une`

def _item_goes_on(a: str, b: str, width: float | None) -> bool:
    """Does a numbered paragraph's line `a` go on into `b`: a full line (on a page too short to measure its wrap, a long
    one) over a line in lower case, over the rest of a number the wrap split (`plus de 1` ⏎ `800 maisons`), or over an
    aside in brackets the sentence goes on after (`... de l'Ouest` ⏎ `(CEDEAO) a procédé`), or one that stops on an
    article or a preposition, which no item ends on (`réunis en assemblée plénière à` ⏎ `Kigali du 24 au 28 novembre`)?"""
    first = b[0]
    last = _LAST_WORD.search(a, max(0, len(a) - 30)) if a[-1:].isalpha() else None
    goes_on = (
        first.islower()
        or (last is not None and last.group(1).lower() in (_ARTICLE_END | grammar("prepositions")) and not (last.start(1) and a[last.start(1) - 1] in "'’"))
        or (first.isdigit() and _SPLIT_NUMBER.search(a, max(0, len(a) - 8)) is not None and _NUMBER_TAIL.match(b) is not None)
        or (first == "(" and _BRACKET_GOES_ON.match(b) is not None)
    )
    return goes_on and len(a) >= (0.8 * width if width else 60)


# a label that ends a line, its value on the next: `Photo :`, `Courriel :`, `©`, `Tél.`
_LABEL_END = regex.compile(r"(?r)(?::|©|\b(?:Tél|Tel|Fax|Mob|Port)\.?)$")
_LABEL_LAST = frozenset(":©.lxbt")  # (the last characters `_LABEL_END` may end on: most lines are skipped unread)
# a value that is no sentence's first word: a number, an address, a path, a phone, a credit (`ACD/A. Bello`, `+223 ...`)
_VALUE_TOKEN = regex.compile(r"\S*[\d@/:+(]")


def _label_value_pushed_down(a: str, b: str, wrap: Wrap) -> bool:
    """Line `a` ends on a label and `b` opens on its value, which had no room on `a`, as full as the page's wrapped
    lines: the wrapper pushed it down (`... le 28 novembre. Photo :` ⏎ `ACD/A. Bello`, `... Courriel :` ⏎ `nom@oim.int`).
    A sentence after a colon (`... la syntaxe suivante :` ⏎ `Pour voir ...`) opens on a word, not on a value."""
    if not _LABEL_END.search(a, max(0, len(a) - 8)) or len(a) < 0.75 * wrap.width or _next_word_fits(a, b, wrap):
        return False
    return _VALUE_TOKEN.match(b.split(None, 1)[0]) is not None


def _bracket_goes_on(a: str, b: str) -> bool:
    """Line `a` opens a bracket it does not close, and `b` closes it before opening another: one aside, cut by the
    wrap (`... (par exemple` ⏎ `GNOME) comme ...`, `(Lc` ⏎ `2, 7)`)."""
    if a.rfind("(") < a.rfind(")"):
        return False
    close = b.find(")")
    return close != -1 and not (0 <= b.find("(") < close)


def _dash_goes_on(acc: str, a: str) -> bool:
    """Line `a` goes on past its end: it ends no sentence, clause or label, and its paragraph is no list item (whose
    next item opens on the same dash)."""
    if a[-1] in ".!?…:;" or _TERMINAL.search(a):
        return False
    return not (acc[:1] in "–—-•" and _LIST_ITEM.match(acc))


def _join(acc: str, a: str, b: str, wrap: Wrap | None, page: PageWords | None = None) -> tuple[str, str] | None:
    """How to join line `a` (the paragraph so far: `acc`) to line `b`: (glue, reason) or None."""
    width = wrap.width if wrap else None
    b_raw = b
    a, b = a.rstrip(), b.lstrip()
    if not a or not b or not acc or acc.isspace():  # (`not acc.strip()`, without copying the paragraph)
        return None
    first = b[0]
    # (a list item opens on a marker, a digit or a lower-case letter; a letter only before its bracket: `a)`, so the
    # pattern is skipped on a line of prose that opens in lower case)
    if first in "–—-" and b[1:2] == " " and wrap is not None and 0 <= wrap.limit - len(a) < 2 and _dash_goes_on(acc, a):
        # the line is full to the page's longest wrapped line, so the dash that opens the next one had no room on it: a
        # separator or an incise the wrapper pushed down (`... – 02 62 97 90 05` ⏎ `– 06 92 41 18 27 – nom@...`), not a
        # list's marker
        return " ", "hard wrap rejoined (a dash that had no room on the full line above)"
    if not first.isupper() and (b[1:2] == ")" or not first.isalpha()) and _LIST_ITEM.match(b):
        return None
    if first.isupper() and ":" in b and _CONTACT_LABEL.match(b):  # (a label ends on its colon)
        return None
    if not acc[0].isupper() and _LIST_ITEM.match(acc) and not _item_goes_on(a, b, width):
        return None
    if a.endswith("\u00ad") and first.isalpha():
        return "", "PDF soft hyphen at a line end removed (the word rejoined)"  # `alimen\u00ad` ⏎ `taire`: the break's own mark
    # hyphenation: `aug-` ⏎ `mentation`; a compound cut at its hyphen: `porte-` ⏎ `parole`
    tail = max(0, len(a) - 60)  # the patterns below look at the end of the line only
    hy = _HYPHEN_END.search(a, tail) if a.endswith("-") else None
    if hy and first.isalpha():
        right = _FIRST_WORD.match(b)
        # a particle between two hyphens is a compound name's (`Frasnes-` ⏎ `lez-Couvin`, `Boulogne-` ⏎ `sur-Mer`)
        particle = right is not None and b[right.end() : right.end() + 1] == "-" and right.group().lower() in _NAME_PARTICLES
        if right and not particle and (why := _dehyphenate(hy.group(1), right.group(), page)):
            return "", why
        if first.islower() or (hy.group(1)[0].isupper() and first.isupper()):
            return "-", "hard wrap after a hyphen rejoined"
        return None
    if a[-1] in _LABEL_LAST and wrap is not None and _label_value_pushed_down(a, b, wrap):
        return " ", "hard wrap rejoined (a label's value had no room on the full line above)"  # `Photo :` ⏎ `ACD/A. Bello`
    if a.endswith(("«", "“")) and not _is_short(acc):
        return " ", "hard wrap rejoined (line ends with an opening quote)"  # `dans «` ⏎ `/etc/apt »`
    if first.isdigit() and a[-1] in ".tTnNeE" and _EXTENSION_END.search(a, tail):
        return " ", "hard wrap rejoined (a phone's extension pushed to the next line)"  # `+1 758 468 4135 ext.` ⏎ `221 – ...`
    if a[-1] in _TERMINAL_LAST and _TERMINAL.search(a, tail) and (a[-1] != "." or not _ABBREVIATION_END.search(a, tail)):
        # a sentence end at a line end is a paragraph break on these pages, unless the page marks its
        # paragraphs otherwise (an indent, a blank line). Without such a mark, a full line ending a
        # sentence whose next word would not have fitted is as often a paragraph's last line as a
        # wrap (measured on the repair benchmark's pages, with or without short paragraph ends
        # elsewhere on the page): left alone
        if _INDENT.match(b_raw):
            return None  # an indented line after a sentence end opens a paragraph (an alinéa)
        if wrap is not None and wrap.indents_paragraphs:
            # on a page that indents each paragraph's first line, a flush line after a full line
            # ending a sentence goes on the paragraph (`... supprimé.` ⏎ `Il remplace ...`)
            if len(a) >= 0.9 * wrap.width and first.isupper() and not _is_short(b) and not _FOOTER.search(b):
                return " ", "hard wrap rejoined (full line ending a sentence; the page indents its paragraphs)"
            return None
        if wrap is not None and wrap.blank_line_paragraphs:
            if len(a) >= 0.75 * wrap.width and not _is_short(acc) and first.isupper() and not _is_short(b) and not _FOOTER.search(b):
                return " ", "hard wrap rejoined (line ending a sentence inside a block; blank lines part the paragraphs)"
            return None
        # unless the next sentence is bound to this one: it opens on a word that points back at the
        # sentence before (`Il`, `Cela`, `Cependant`), or a quotation opened in the paragraph goes on
        if wrap is not None and first.isupper() and len(a) >= 0.9 * wrap.width and not _is_short(b) and not _FOOTER.search(b):
            if not _next_word_fits(a, b, wrap):
                if _opens_linked(b):
                    return " ", "hard wrap rejoined (full line ending a sentence; the next one points back at it)"
                if acc.count("«") > acc.count("»"):
                    return " ", "hard wrap rejoined (full line ending a sentence inside a quotation that goes on)"
        return None
    if "(" in a and _bracket_goes_on(a, b):
        return " ", "hard wrap rejoined (an aside in brackets closes on the next line)"  # `(in Monrovia until 12` ⏎ `December)`
    if _is_contact(b):
        # a contact line starts its own line, unless the line above stops on a preposition and
        # this one on the address itself: `écrire par courriel à` ⏎ `presse@org.int` (a label,
        # `Tél. :`, always starts a line)
        if first.isdigit() and _PHONE_HEAD.search(a, tail) and not _PHONE_END.search(a, tail):
            return " ", "hard wrap rejoined (phone number split by the wrap)"  # `appelez le +509` ⏎ `37 12 45 80.`
        if a[-1] in "–—,|" and (a.endswith((" –", " —", ",")) or _CONTACT_DATA_IN.search(a, tail)):
            # a contact line wrapped after the separator before its next item: `Service de presse : 04 73 44 81 02 –` ⏎
            # `presse@...`, `Ousmane Badji,` ⏎ `(+221) 33 ...` (a line never ends on its separator where the writer broke it)
            return " ", "hard wrap rejoined (a contact line goes on after its separator)"
        last = _LAST_WORD.search(a, tail)
        if first.isupper() or not (a[-1].isalpha() and last and last.group(1).lower() in grammar("prepositions")):
            return None
        return " ", "hard wrap rejoined (line ends with a preposition)"
    # (the next line's head first: an anchored match, which fails at once on most lines)
    if (first.isdigit() and _YEAR_START.match(b) and _MONTH_END.search(a, tail)) or (
        first.islower() and _MONTH_START.match(b) and _DAY_END.search(a, tail)
    ):
        return " ", "hard wrap rejoined (a date split by the wrap)"  # `le 2 avril` ⏎ `2026`, `du 18` ⏎ `novembre 2025`
    if first.isupper() and "©" in a[tail:] and _CREDIT_END.search(a, tail):
        return None  # a caption's credit ends it (`... © FIRN/J. Vuillet` ⏎ `La deuxième étape`)
    if first.isupper() and (a[-1].isdigit() or "@" in a[tail:]) and _CONTACT_END.search(a, tail):
        return None  # a contact entry ends on its address or number; a capital opens the next (`... presse@oim.int` ⏎ `Jean Dupont, ...`)
    if first in "%‰" and a[-1].isdigit():
        return " ", "hard wrap rejoined (a number's percent sign pushed to the next line)"  # `dont 38` ⏎ `% de mineurs`
    if first in "»”)]},;" or (first in ".:!?" and not b.startswith("...")):
        return " ", "hard wrap rejoined (line starts with closing punctuation)"
    short = _is_short(acc)
    if first == "(" and not short and a[-1].isalnum() and _BRACKET_GOES_ON.match(b):
        # no paragraph opens on an aside that the sentence then goes on after
        return " ", "hard wrap rejoined (the sentence goes on after an aside in brackets)"
    last = _LAST_WORD.search(a, tail)
    last_word = last.group(1).lower() if last else ""
    if a[-1] in "'’" and last and last_word in ELISION_PREFIXES:
        return "", "hard wrap rejoined after an elision"
    lw = last.group(1) if last else ""
    # after an elided article the word is a noun (`de l’Est`), whatever it spells
    after_elision = last is not None and last.start(1) > 0 and a[last.start(1) - 1] in "'’"
    # (capitalised, a function word opens its line or stands in a heading in title case; after a word in lower case it is
    # a name: `la côte Est`, not the verb)
    # (the word before, read only after a capitalised word: `a[:start].rsplit(None, 1)`, not the line split)
    titled = len(lw) > 1 and lw.istitle() and not ((before := a[: last.start(1)].rsplit(None, 1)) and before[-1][:1].islower())
    ends_function = a[-1].isalpha() and not after_elision and (
        lw in grammar("line_end_words") or (titled and lw.lower() in grammar("line_end_words"))
        or (lw in _ENGLISH_LINE_END and is_more_english(lw))  # an English page's `in`, `and`, `the` (not `on`, `or`, `as`: French too)
        # a heading in capitals wrapped after its `DANS`, `DE`: the next line is in capitals too
        or (len(lw) > 1 and lw.isupper() and lw.lower() in grammar("line_end_words") and b.split(None, 1)[0].isupper())
    ) or (
        # `d’ici`, a preposition though elided (`d’ici` ⏎ `2027`, `d’ici` ⏎ `septembre 2027`)
        after_elision and lw.lower() == "ici" and a[last.start(1) - 2 : last.start(1) - 1].lower() == "d"
    )
    ends_comma = a.endswith(",")
    if a.endswith(":"):
        if first.islower() and not short:
            return " ", "hard wrap rejoined after a colon"
        return None
    if first.islower():
        if _FIELD_SEPARATOR.search(a, tail) and _FIELD_SEPARATOR.search(b):
            return None  # two rows of fields, not a sentence wrapped (`donnees_2024.csv · CSV · 31 Ko` ⏎ `carte.pdf · PDF`)
        if not ends_function and is_date_stamp(b):
            return None  # a feed's headline over its stamp (`... après six semaines de travaux` ⏎ `lun. 01/12/2025 – 07:42`)
        if a.endswith(";") and (wrap is None or len(a) < 0.8 * wrap.width) and b.rstrip().endswith((";", ".", ":")):
            return None  # a list of clauses, each on its line: `220 soignants d’ici juin ;` ⏎ `une prime de 1 500 € ;`
        if short and not ends_function and not ends_comma:
            return None
        return " ", "hard wrap rejoined (next line starts lower-case)"
    if first.isdigit():
        if not ends_function and is_date_stamp(b):
            return None  # a headline over its stamp (`... ouvrira en 2027` ⏎ `24 novembre 2025 · 11 h 40`)
        if _CLOCK_START.match(b) and _CLOCK_START.match(acc.lstrip()):
            return None  # a schedule: each time opens its own line (`10 h 45 Allocutions ...` ⏎ `11 h 15 Pose ...`)
        if lw.lower() in FRENCH_WEEKDAYS and _DAY_OF_MONTH.match(b):
            return " ", "hard wrap rejoined (a weekday before its date)"  # `le jeudi` ⏎ `19 février 2026`
        if _phone_split(a, b, tail) or _code_then_number(a, b, tail):
            return " ", "hard wrap rejoined (phone number split by the wrap)"
        if _SPLIT_NUMBER.search(a, tail) and _NUMBER_TAIL.match(b) and not short:
            return " ", "hard wrap rejoined (number split by the wrap)"
        # (a quantity word and its number alone, `Quelque 12`, head nothing: the count goes on below)
        if short and (len(a.split()) >= 3 or _QUANTITY_BEFORE.search(a, tail)) and _SPLIT_NUMBER.search(a, tail) and _GROUP_THEN_WORD.match(b) and (
            (page is not None and page.groups_by_space) or _QUANTITY_BEFORE.search(a, tail)
        ):
            # `L’an dernier, 1` ⏎ `850 hectares`: the break took the place of the space that
            # groups the thousands, as the page groups them elsewhere (`1 120 hectares`), or
            # after a word that announces a quantity (`À terme, quelque 86` ⏎ `400 personnes`)
            return " ", "hard wrap rejoined (number split where it groups its thousands)"
        if ends_function or (ends_comma and not short):
            return " ", "hard wrap rejoined (line ends with a function word)"
        if a[-1].islower() and not short and _COUNT_THEN_WORD.match(b) and _running_text(acc, a):
            # running text that stops on a word goes on into the count (`Elle cible` ⏎ `4 250 000
            # enfants`); a heading may stand above a paragraph that opens on one
            return " ", "hard wrap rejoined (the sentence goes on into a count)"
        if not _full_inside(acc, a, b, wrap) and not _broke_here(acc, a, b, wrap, page):
            return None
    if _capitals_go_on(a, b, wrap):
        return " ", "hard wrap rejoined (a long heading in capitals goes on into its complement)"
    if ends_function:
        # an article or `de` never ends a line of its own, however short (`depuis le` ⏎ `Bulengo`);
        # `son`, `est`, `plus` may (`L’infrastructure de gestion du son`), so those need a full line
        if lw.lower() not in _ARTICLE_END and len(a) < (0.7 * wrap.width if wrap else 40):
            # before a capital, a line ending with `son`, `les` is a wrap only if it is as full
            # as the page's wrapped lines: `L’infrastructure de gestion du son` is a heading
            return None
        if wrap is None and lw.lower() not in _ARTICLE_END and acc.strip() == a and len(b) > len(a) + 20:
            # a line of its own over a much longer one: its next word had room on it, so the writer ended it there
            # (`... adopte la loi par 219 voix pour` ⏎ the caption; `pour`, `contre` may end a title)
            return None
        return " ", "hard wrap rejoined (line ends with a function word)"
    if ends_comma and (_SALUTATION.match(a) or _SALUTATION.match(b) or _PREAMBLE.match(b) or _SIGNED_AT.match(a) or (_SIGNER_ROLE.match(a) and _PERSON_NAME.fullmatch(b[m.end() :] if (m := _SIGNED_MARK.match(b)) else b))):
        # `Monsieur le Premier ministre,` ⏎ `Chers jeunes,`, `Le Président de la République,` ⏎ `Vu la Constitution ;`,
        # a signature: `Fait à Cotonou, le 26 novembre 2025,` ⏎ `Le Secrétaire général du Gouvernement,` ⏎ the name
        return None
    if ends_comma and acc.strip() == a.strip() and _SIGNED_FOR.match(a) and _is_short(b):
        # a signature that opens on the body it signs for: `Pour le Conseil des ministres,` ⏎ `Le Président`,
        # `Pour les évêques catholiques du Rwanda,` ⏎ `+ Célestin Habimana` (a line of its own, then the signer)
        return None
    if ends_comma and not short:
        return " ", "hard wrap rejoined (line ends with a comma)"
    # (the name after the title is the line's last word, `lw`, capitalised: not an ASCII letter in lower case; beyond
    # ASCII `str.isupper` misses capitals of a Unicode version later than Python's, and the pattern decides)
    surname = _SURNAME.match(b) if not short and (lw[:1].isupper() or not lw[:1].isascii()) and _HONORIFIC_THEN_NAME.search(a, tail) else None
    if surname and surname.group(1).lower() not in grammar("function_words"):
        return " ", "hard wrap rejoined (a person's name cut after the first name)"  # `le Dr Mamadou` ⏎ `Saliou Barry, ...`
    if (
        acc.strip() != a.strip() and a[-1].islower() and not short and not _is_short(b)
        and _opens_on_name(b) and not _opens_own_line(b) and not opens_with_dateline(b)  # `Niamey – L'Organisation` opens a paragraph
        and not _is_short(a)  # (a title's last words over the text: `... field coordinator in` ⏎ `Ambovombe` ⏎ `Drought has ...`)
    ):
        # inside a paragraph already rejoined, a line that ends no sentence goes on into a name: the
        # subject after a quote (`», explique` ⏎ `Mahamat Abakar, ingénieur ...`)
        return " ", "hard wrap rejoined (the sentence goes on into a name)"
    if (
        a[-1].islower() and not short and _is_short(b) and _TERMINAL.search(b) and _opens_on_name(b)
        and not _opens_own_line(b) and _running_text(acc, a)
    ):
        # a short line that is a name ending a sentence (`le commissaire` ⏎ `Issoufou Yacouba.`):
        # no heading or signature ends on a full stop, so running text went on into it
        return " ", "hard wrap rejoined (the sentence ends on a name)"
    if _full_inside(acc, a, b, wrap):
        # a full line in the middle of a wrapped paragraph, with no sentence end: a wrap, even
        # before a capital (`explique` ⏎ `Minh Anh Tran`); a title is never inside a paragraph
        return " ", "hard wrap rejoined (full line inside a wrapped paragraph)"
    if _broke_here(acc, a, b, wrap, page):
        return " ", "hard wrap rejoined (the next word would not have fitted on the line)"
    if _long_form_goes_on(a, b):
        return " ", "hard wrap rejoined (a long form cut before its acronym: `... Monétaire Ouest` ⏎ `Africaine (UEMOA)`)"
    return None


# the head of a line up to an acronym in brackets, or the acronym opening it: `Africaine (UEMOA) a tenu ...`, `(CEDEAO) a ...`
_HEAD_BEFORE_ACRONYM = regex.compile(r"((?:[\p{L}’'\-]+ ){0,4}[\p{L}’'\-]+ )?\((\p{Lu}{2,10})\)")
_NAME_WORD = regex.compile(r"\p{L}[\p{L}\-]*")


def _long_form_goes_on(a: str, b: str) -> bool:
    """The words before an acronym in brackets at the next line's head, with the last words of this line, spell it:
    one long form cut by the wrap (`l'Union Economique et Monétaire Ouest` ⏎ `Africaine (UEMOA)`), also when the
    wrap fell right before the bracket.

    >>> _long_form_goes_on("Le Conseil des Ministres de l'Union Economique et Monétaire Ouest", "Africaine (UEMOA) a tenu sa session")
    True
    >>> _long_form_goes_on("La Commission de la Communauté économique des États de l'Afrique de l'Ouest", "(CEDEAO) a procédé ce jeudi")
    True
    >>> _long_form_goes_on("Le projet est financé par l'Union européenne.", "Banque mondiale (BM) et partenaires")
    False
    """
    m = _HEAD_BEFORE_ACRONYM.match(b) if "(" in b else None  # (most lines hold no bracket: the pattern is skipped)
    if m is None or a[-1:] in ".!?:;":
        return False
    above, below, acronym = _words(a[-120:]), _words(m.group(1) or ""), m.group(2)
    return _spells(above + below, acronym) and not _spells(below, acronym)


def _words(text: str) -> list[str]:
    return _NAME_WORD.findall(text.replace("’", " ").replace("'", " "))


def _spells(words: list[str], acronym: str) -> bool:
    """The last `words` spell `acronym` by their initials, each function word giving its initial or not
    (`Communauté économique des États de l'Afrique de l'Ouest` spells `CEDEAO`)."""
    function = grammar("function_words")
    ends = {0}  # how many of the acronym's last letters the words read so far (from the end) can have spelled
    for word in reversed(words):
        initial, optional = unicodedata.normalize("NFD", word[0])[0].upper(), word.lower() in function  # (`États`: E)
        ends = {k + 1 for k in ends if k < len(acronym) and acronym[-1 - k] == initial} | (ends if optional else set())
        if len(acronym) in ends:
            return True
        if not ends:
            return False
    return False


_CONTRACTED = frozenset(("du", "des", "au", "aux"))


def _capitals_go_on(a: str, b: str, wrap: Wrap | None) -> bool:
    """A long heading in capitals wrapped before its complement: `... DANS LA CIRCONSCRIPTION` ⏎
    `DE TOAMASINA I : PROCLAMATION ...` (capitals are wide: the wrap comes well before the width)."""
    if not (a.isupper() and b.isupper()) or len(a) < (0.6 * wrap.width if wrap else 50):
        return False
    word = b.split(None, 1)[0].lower()
    return len(b.split(None, 2)) > 2 and (word in _CONTRACTED or word in grammar("prepositions"))


# a dateline opening a line: a place (in capitals or not), then a dash, or a comma and the date (`Kigali, le 3 mai`,
# `Erevan, 27/11/2025`, `Arusha (Tanzania), Monday 1 December`), maybe after a country (`EBENE, Mauritius, 3 December`),
# or an agency in brackets; a name before a comma and anything else is a sentence's (`Mbarga, coordinatrice ...`,
# `Haile, 34 ans`, `Johannesburg, Tshwane and ...`, `Vila do Maio, le chef-lieu`)
_DATELINE_DATE = (
    rf"(?:le |the )?(?:(?i:{'|'.join(WEEKDAYS)}) )?"
    rf"(?:\d{{1,2}}(?:er)?(?: (?i:{'|'.join(MONTH_NAMES)})\b|[/.]\d)|(?i:{'|'.join(MONTH_NAMES)})\.? \d)"
)
_DATELINE_START = regex.compile(
    r"\p{Lu}[\p{L}'’.\-/]*(?: [\p{Lu}(][\p{L}'’.)\-/]*){0,3}"
    rf"(?:,(?= ?(?:\p{{Lu}}[\p{{L}}'’.\-]*(?: \p{{Lu}}[\p{{L}}'’.\-]*)?, ?)?(?:{_DATELINE_DATE}|\())| [–—-]{{1,2}} |--)"
)


def _next_word_fits(a: str, b: str, wrap: Wrap) -> bool:
    """The first word of line `b` (up to its space, as a wrapper counts it) would have fitted on line `a`
    within the page's longest wrapped line: the wrapper did not break there, the writer did."""
    return len(a) + 1 + len(b.split(None, 1)[0]) <= wrap.limit


def _opens_own_line(line: str) -> bool:
    """An address, a page footer, a contact line or a dateline (`Kigali, le 2 décembre 2025`) opens a line of its own."""
    return bool(_FOOTER.search(line) or _DATELINE_START.match(line))


# a wire's credit in brackets, then a capitalised word: how a dispatch's text opens (`(Belga) Liège Airport a ...`)
_WIRE_CREDIT_OPENING = regex.compile(r"\((?:\p{Lu}[\p{L}-]{1,14})(?:[ /]\p{Lu}[\p{L}-]{1,14})?\)[ \t]+(?:[–—-][ \t]+)?\p{Lu}\p{Ll}")


def _broke_here(acc: str, a: str, b: str, wrap: Wrap | None, page: PageWords | None = None) -> bool:
    """Line `a`, which ends no sentence, stops where the page's wrapper had to break: the next
    word (up to its space, as a wrapper counts it) would not have fitted within the page's
    longest wrapped line. A paragraph that ends without punctuation rarely stops just there.

    Not before an address or contact line, nor before a short line that ends no sentence (a
    name or a label under a paragraph). The line may be half full only: a long next word (a path,
    an address, `/usr/share/doc/...`) leaves that much room unused."""
    if not wrap or _is_short(a) or len(a) < 0.5 * wrap.width or _is_contact(b):
        return False
    if _next_word_fits(a, b, wrap):
        return False
    if _is_short(b) and not _TERMINAL.search(b.rstrip()):
        return False
    if acc.strip() == a.strip() and _WIRE_CREDIT_OPENING.match(b):
        return False  # a headline over `(Belga) Liège Airport a traité ...`: the wire's credit opens the story's text
    if not b[0].isupper():
        return True  # `(HCR)`, `16 bits`: no paragraph opens so
    # before a capital, only inside a paragraph already rejoined: a title as long as the wrapped
    # lines stands alone above its text, and a dateline (`GENÈVE — Le HCR`) opens a paragraph
    if _opens_own_line(b):
        return False
    # the first line of a paragraph may be a heading as long as the wrapped lines: it goes on
    # only into a name or an acronym (`au système` ⏎ `Windows.`, `les drapeaux` ⏎ `MIME`), never
    # into a word capitalised because it opens a sentence (`… partagées` ⏎ `Lors du partage`)
    return acc.strip() != a.strip() or _name_like(b) or (page is not None and _opens_on_page_name(b, page))


_HYPHENATED_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+(?![\p{L}\-])")


def _name_like(line: str) -> bool:
    """The line opens on a name or an acronym, not on a common word that opens a sentence."""
    m = _FIRST_WORD.match(line)
    if m is None or not m.group()[0].isalpha():
        return False
    word = m.group()
    if line[m.end() : m.end() + 1] in ("’", "'"):
        return False  # `L’intégrité`, `D’autres`: an elided article opens a sentence
    if word.isupper():  # `MIME`, `ID`, `Y`
        return True
    if _HYPHENATED_NAME.match(line):
        return True  # `Nouvelle-Calédonie`, `Saint-Pierre`: capitals on both sides of a hyphen make a name
    return zipf(word) < 3.0 or is_more_english(word)


def _opens_on_page_name(line: str, page: PageWords) -> bool:
    """The line opens on a word the page writes capitalised inside a sentence elsewhere: a name."""
    m = _FIRST_WORD.match(line)
    return m is not None and m.group() in page.capitalised_inside


def _opens_on_name(line: str) -> bool:
    """The line opens on a person's or a place's name (three letters or more, rare as a word, not English)."""
    m = _FIRST_WORD.match(line)
    return m is not None and len(m.group()) >= 3 and m.group()[0].isupper() and _name_like(line)


def _full_inside(acc: str, a: str, b: str, wrap: Wrap | None) -> bool:
    """A line inside a paragraph as full as the page's wrapped lines: the wrapper broke it."""
    if not wrap or _is_short(b) or _opens_own_line(b):
        return False
    # the first line of a paragraph is never joined this way: a long title is as full (the seed's
    # headline is), and a sentence start after it is the article
    return acc.strip() != a.strip() and len(a) >= 0.9 * wrap.width


def _inside_sentence(lines: list[str]) -> set[int]:
    """The breaks (index of the line above) around a short line that stands inside a sentence: an
    inline link's text the scraper put on its own line (`sur la page` ⏎ `Publications` ⏎ `du site
    ...`). The line above is running text that ends on a word, the line below goes on in lower case
    or with closing punctuation: the sentence runs through the short line.

    >>> sorted(_inside_sentence(["Le rapport complet peut être consulté sur la page", "Publications", "du site du Réseau."]))
    [0, 1]
    >>> sorted(_inside_sentence(["Le rapport complet peut être consulté sur la page.", "Publications", "du site du Réseau."]))
    []
    """
    through: set[int] = set()
    for i in range(1, len(lines) - 1):
        # the short line's own tests first (most lines are long): its neighbours are read only then
        b = lines[i].strip()
        if not b or len(b) > 40 or not b[0].isupper() or len(b.split()) > 4:
            continue  # (a link's text opens on a capital: `320 bénévoles mobilisés` is a list's line)
        a, c = lines[i - 1].rstrip(), lines[i + 1].lstrip()
        if not a or not c:
            continue
        if _is_short(a) or not a[-1].isalpha() or _LIST_ITEM.match(a) or _LIST_ITEM.match(c) or _is_contact(b) or _is_contact(c):
            continue
        if _TERMINAL.search(b) or b.endswith((":", ";", ",")) or _LIST_ITEM.match(lines[i]):
            continue
        if (c[0].islower() and c[0].isalpha()) or c[0] in ",)":
            through.update((i - 1, i))
    return through


def unwrap_lines(doc: Document) -> Document:
    """Rejoin hard-wrapped lines inside paragraphs; undo PDF hyphenation the lexicon confirms.

    A line is joined to the next when the break cannot end a paragraph: the next line starts
    lower-case, with a digit that continues a number (`quelque 3` ⏎ `500`), or with `»`; the line
    ends with a function word (`de`, `au`, `et`) or a comma. Never after a sentence end, nor a
    heading, a list item, a menu label or a contact line (`Andy Bruce` ⏎ `OIM Hanoi`).

    >>> unwrap_lines(Document.from_text("Le centre peut accueillir\\njusqu'à 400 personnes, soit quelque 3\\n500 migrants au total.\\nMariama Diallo\\nOIM Niamey")).text
    "Le centre peut accueillir jusqu'à 400 personnes, soit quelque 3 500 migrants au total.\\nMariama Diallo\\nOIM Niamey"
    >>> unwrap_lines(Document.from_text("les persécu- tions et l'aug-\\nmentation, dit le porte-\\nparole.")).text
    "les persécutions et l'augmentation, dit le porte-parole."
    """
    if "   " in doc.text:
        doc = rewrite(doc, _gutter_columns(doc.text), stage="unwrap_lines")
    if "\n\n" in doc.text:
        doc = rewrite(doc, _page_cuts(doc.text), stage="unwrap_lines")
    before = doc.text
    lines = before.split("\n")
    doc = rewrite(doc, _column_orders(before, lines), stage="unwrap_lines")
    text = doc.text
    page = PageWords(text)
    changes: list[Change] = list(_inline_hyphenation(text, page))
    if text is not before:  # (the columns put back in order: the lines read again)
        lines = text.split("\n")
    width = _wrap_width(lines)
    through = _inside_sentence(lines)
    furniture = _furniture_breaks(doc, lines)
    title_breaks = title_lines(lines) - 1  # the title wrapped over its first lines, one line as the title reads
    pos = 0
    acc = lines[0] if lines else ""
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        end_a = pos + len(a)
        decision = _join(acc, a, b, width, page)
        if decision and decision[1].endswith("(next line starts lower-case)") and acc == a and _count_items(lines, i, width):
            decision = None
        if decision is None and i < title_breaks:
            decision = (" ", "hard wrap rejoined (the title wrapped over its first lines)")
        if decision is None and i in through:
            decision = (" ", "hard wrap rejoined (a short line inside a sentence: the lines around it go on through it)")
        if decision is None and i in furniture and _cut_by_page_break(acc, a, b):
            decision = (" ", "hard wrap rejoined (a paragraph cut by a page break: the page's header or footer removed between its halves)")
        if decision:
            glue, reason = decision
            cut_start = pos + len(a.rstrip())
            cut_end = end_a + 1 + (len(b) - len(b.lstrip()))
            if reason.startswith("PDF"):
                cut_start -= 1  # the hyphen goes too
            changes.append((cut_start, cut_end, "" if glue == "-" else glue, reason))
            acc = acc + " " + b.strip()
        else:
            acc = b
        pos = end_a + 1
    return rewrite(doc, _merge_inline(changes), stage="unwrap_lines")


# what `remove_boilerplate` calls a page break's furniture: a line between a page's foot and the next page's head
_FURNITURE_REASONS = frozenset(
    f"boilerplate: {why}" for why in ("page number", "running page header or footer", "a browser's print header or footer")
)


def _furniture_breaks(doc: Document, lines: list[str]) -> set[int]:
    """The breaks (index of the line above) where the boilerplate stage removed a page's header or footer:
    a page break stood there. Read from the edit log, so a page break that left no blank line shows too."""
    cuts = sorted((e.start, e.end) for e in doc.edits if e.stage == "remove_boilerplate" and e.reason in _FURNITURE_REASONS)
    if not cuts:
        return set()
    breaks, pos = set(), 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)  # the break after line i
        start, end = doc.to_original(pos, pos + 1)[1], doc.to_original(pos + 1, pos + 1)[0]
        if end > start and any(start <= cut_start and cut_end <= end for cut_start, cut_end in cuts):
            breaks.add(i)
        pos += 1
    return breaks


# what a heading never holds: a sentence end before a quote or a capital (`passages. « Chaque`), a quote's incise (`», a`)
_PROSE_INSIDE = regex.compile(r"[.!?…][»”\"]?[ \u00a0]+[«“\"]?[ \u00a0]*\p{Lu}|[»”\"], \p{Ll}")


def _cut_by_page_break(acc: str, a: str, b: str) -> bool:
    """Line `a`, running text that stops on a word (no sentence end, no colon), and line `b` after a page break are one
    paragraph's halves (`», a rappelé` ⏎ header and footer ⏎ `Élodie Martens, représentante ...`): a heading ends no
    sentence inside it, and a contact line, a list item or a dateline opens a line of its own."""
    a, b = a.rstrip(), b.strip()
    if not a or not b or _is_short(a) or not (a[-1].isalpha() or a[-1] == ",") or not (_running_text(acc, a) or _PROSE_INSIDE.search(a)):
        return False
    return not (_is_contact(b) or _LIST_ITEM.match(b) or opens_with_dateline(b) or (_is_short(b) and _FOOTER.search(b)))


_COUNT_ITEM = regex.compile(r"\d[\d \u00a0\u202f.,]* \p{L}")
# a line of text that stops on a word or a comma, blank lines (where a page's footer and header were), then the text
# going on in lower case: no paragraph opens in lower case
# (on a word in lower case: a footer kept above the gap ends on its postcode or a name, `Québec G1R 5V7`)
_PAGE_CUT = regex.compile(r"(?m)^(?P<line>[^\n]*\p{Ll},?)[ \t]*(?P<gap>\n(?:[ \t]*\n)+[ \t]*)(?=\p{Ll})")
_PAGE_CUT_WORDS = 6  # the line above is a sentence's, not a heading's or a label's
_NOT_PROSE_START = regex.compile(r"\S*(?:@|://|www\.)")


def _page_cuts(text: str) -> list[Change]:
    """`... Il permettra` ⏎ ⏎ `notamment de remplacer ...`: a paragraph a page break cut, joined across the blank
    lines the page's furniture left (the furniture itself went with the boilerplate).

    >>> t = "Le programme, doté de 312 M$ sur cinq ans, permettra\\n\\n\\nnotamment de remplacer des conduites."
    >>> rewrite(Document.from_text(t), _page_cuts(t), stage="unwrap_lines").text
    'Le programme, doté de 312 M$ sur cinq ans, permettra notamment de remplacer des conduites.'
    """
    changes: list[Change] = []
    for m in _PAGE_CUT.finditer(text):
        if len(m.group("line").split()) < _PAGE_CUT_WORDS or _NOT_PROSE_START.match(text, m.end()) or _LIST_ITEM.match(text, m.end()):
            continue
        changes.append((m.end("line"), m.end(), " ", "hard wrap rejoined (a paragraph cut by a page break: the text goes on in lower case)"))
    return changes


def _count_items(lines: list[str], i: int, wrap: Wrap | None) -> bool:
    """Line `i` and the one above open on a count, each a line of its own and short of the page's
    width: a list of figures (`58 films` ⏎ `12 400 spectateurs`), whose next item may open in lower
    case (`un budget de 412 000 euros`)."""
    a = lines[i].rstrip()
    if i == 0 or (wrap is not None and len(a) >= 0.9 * wrap.width) or a.endswith(","):
        return False
    last = _LAST_WORD.search(a, max(0, len(a) - 40))
    if last and last.group(1).lower() in grammar("line_end_words"):
        return False  # (`rencontre avec les` ⏎ `commerçants`: an item wrapped)
    return bool(_COUNT_ITEM.match(a) and _COUNT_ITEM.match(lines[i - 1]))


# a gutter between two columns set side by side: three spaces or more inside a line
_GUTTER = regex.compile(r"(?<=\S) {3,}(?=\S)")
_INDENTED = regex.compile(r" {8,}(?=\S)")


def _gutter_split(line: str) -> tuple[int, str, str] | None:
    """(column where the right piece starts, left piece, right piece) of a line with one gutter,
    or of a line indented to the right column alone; None for any other line."""
    gaps = list(_GUTTER.finditer(line))
    if gaps:
        if len(gaps) != 1:
            return None  # three pieces: a table
        g = gaps[0]
        return g.end(), line[: g.start()].strip(), line[g.end() :].strip()
    m = _INDENTED.match(line)
    return (m.end(), "", line[m.end() :].strip()) if m else None


def _gutter_columns(text: str) -> list[Change]:
    """Two columns of prose a PDF read in layout mode set side by side, a gutter of spaces between
    them: each line holds a piece of each column, the right pieces starting at one column. The
    block is put back as the left column's lines, then the right column's (read across, the two
    columns' sentences interleave and a hyphenation joins across them).

    A table (short cells, or three pieces a line) is no such block: at least three lines must
    hold prose on both sides (three words or more each).

    >>> t = "Le texte de gauche commence ici     Le texte de droite commence là\\net il se poursuit sur la ligne     et il continue aussi de ce côté\\ndu milieu jusqu’à la fin.           jusqu’à sa propre fin."
    >>> rewrite(Document.from_text(t), _gutter_columns(t), stage="t").text.split("\\n")
    ['Le texte de gauche commence ici', 'et il se poursuit sur la ligne', 'du milieu jusqu’à la fin.', 'Le texte de droite commence là', 'et il continue aussi de ce côté', 'jusqu’à sa propre fin.']
    """
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    changes: list[Change] = []
    i = 0
    while i < len(lines):
        first = _gutter_split(lines[i])
        if first is None or not first[1]:
            i += 1
            continue
        col, block = first[0], [first]
        j = i + 1
        while j < len(lines) and lines[j].strip():
            piece = _gutter_split(lines[j])
            if piece is None and lines[j][col - 2 : col] == "  " and lines[j][col : col + 1].strip() and lines[j][col - 3 : col - 2].strip():
                # a left piece that fills its column leaves a gutter of two spaces, the right piece at the block's column
                piece = (col, lines[j][: col - 2].strip(), lines[j][col:].strip())
            if piece is None and len(lines[j].rstrip()) <= col - 3:
                _, last_left, last_right = block[-1]
                if last_right and _TERMINAL.search(last_left) and _TERMINAL.search(last_right):
                    break  # both columns ended their sentences: the line is under the block (a contact)
                piece = (col, lines[j].strip(), "")  # the right column ended before the left one
            if piece is None or abs(piece[0] - col) > 2:
                break
            block.append(piece)
            j += 1
        prose = sum(1 for _, left, right in block if len(left.split()) >= 3 and len(right.split()) >= 3)
        if len(block) >= 3 and prose >= 3:
            left = [p[1] for p in block if p[1]]
            right = [p[2] for p in block if p[2]]
            changes.append((starts[i], starts[j] - 1, "\n".join(left + right), "two PDF columns side by side: left column, then right column"))
        i = j
    return changes


def _column_orders(text: str, lines: list[str] | None = None) -> list[Change]:
    """Two PDF columns read across, one line of each in turn: the lines put back in column order.

    Such a block is a run of half-width lines in which each line's sentence goes on two lines down
    (`... dont 19` ⏎ `(PAM) a distribué ...` ⏎ `décès, dans les zones ...`), by more evidence than
    into the next line: a word cut by a hyphen that the lexicon completes (`fi-` + `nancement`),
    a lower-case or numeric start after a line that ends no sentence, a word after `de`. The
    block starts where that evidence starts, with the two short column headings right above it.

    >>> text = "\\n".join(["Les équipes humanitaires poursuivent leurs activités dans toute la région malgré l’insécurité.", "Santé", "Éducation", "Les équipes mobiles ont mené", "Les cours ont repris dans",
    ...     "une campagne de vaccina-", "120 écoles fermées depuis", "tion dans 40 villages de", "le mois de mars, faute de",
    ...     "la région, selon le ministère.", "financement et de sécurité."])
    >>> rewrite(Document.from_text(text), _column_orders(text), stage="t").text.split("\\n")[1:7]
    ['Santé', 'Les équipes mobiles ont mené', 'une campagne de vaccina-', 'tion dans 40 villages de', 'la région, selon le ministère.', 'Éducation']
    """
    lines = text.split("\n") if lines is None else lines  # (`lines`: the caller's split of `text`)
    longest = max(map(len, lines))
    changes: list[Change] = []
    starts: list[int] = []  # each line's offset, counted on the first block found (most pages have none)
    i = 0
    half = 0.62 * longest
    while i < len(lines):
        j = i
        while j < len(lines) and len(lines[j]) <= half and lines[j].strip():
            j += 1
        if j - i >= 6:
            region = _interleaved(lines, i, j)
            if region:
                if not starts:
                    starts = [0, *accumulate(len(line) + 1 for line in lines)]
                s, e = region
                block = lines[s:e]
                reordered = "\n".join(block[0::2] + block[1::2])
                changes.append((starts[s], starts[e] - 1, reordered, "two PDF columns read across: lines put back in column order"))
        i = max(j, i + 1)
    return changes


def _interleaved(lines: list[str], i: int, j: int) -> tuple[int, int] | None:
    """The part of the half-width run lines[i:j] that interleaves two columns, if any."""
    # the core: the first line whose sentence goes on two lines down and not into the next. The line
    # two down is asked first, the next only where it goes on (in most runs, a menu, neither goes on:
    # one reading a line instead of two); the scores below start at the core
    core = next((n for n in range(j - 2 - i) if _goes_on(lines[i + n], lines[i + n + 2]) > 0 and _goes_on(lines[i + n], lines[i + n + 1]) <= 0), None)
    if core is None:
        return None
    g1 = [0] * core + [_goes_on(lines[n], lines[n + 1]) for n in range(i + core, j - 1)]
    g2 = [0] * core + [_goes_on(lines[n], lines[n + 2]) for n in range(i + core, j - 2)]
    best, best_end = 0, None
    score, across = -g1[core], 0
    for n in range(core, len(g2)):  # the region core .. n + 2: the best score, the shortest on a tie
        score += g2[n] - g1[n + 1]
        across += g2[n]
        if score > best and across >= 4:  # (evidence for the columns, not only against the lines)
            best, best_end = score, n + 3
    if best_end is None or best < 4 or best_end - core < 6:
        return None
    start = i + core
    # two short column headings right above (`Santé`, `Sécurité alimentaire`) belong to the columns
    if start - 2 >= i and all(_is_column_heading(lines[n]) for n in (start - 2, start - 1)):
        start -= 2
    return start, i + best_end


def _is_column_heading(line: str) -> bool:
    return 1 <= len(line.split()) <= 4 and not _TERMINAL.search(line) and line.strip()[:1].isupper()


def _goes_on(a: str, b: str) -> int:
    """How surely the sentence of line `a` goes on in line `b`: 2, 1, 0 or -1 (surely not)."""
    a, b = a.rstrip(), b.lstrip()
    if not a or not b:
        return 0
    hyphen = a.endswith("-")
    # (the first word is read where it is used: after a hyphen, or a line opening in lower case)
    first = _FIRST_WORD.match(b) if hyphen or b[0].islower() else None
    if hyphen and first:
        left = _HYPHEN_END.search(a)
        if left and b[0].isalpha():
            return 2 if zipf((left.group(1) + first.group()).lower()) >= 2.5 else -1
        return 0
    fragment = first is not None and b[0].islower() and len(first.group()) >= 3 and zipf(first.group()) < 1.0
    if fragment:
        return -1  # the end of a word cut by a hyphen somewhere else
    if a[-1] in _TERMINAL_LAST and _TERMINAL.search(a):
        return -1 if b[0].islower() else 0
    if b[0].islower() or b[0].isdigit() or b[0] == "(":
        return 1
    last = _LAST_WORD.search(a)
    return 1 if last and last.group(1).lower() in grammar("line_end_words") else 0


def _inline_hyphenation(text: str, page: PageWords | None = None):
    for m in _around(text, "- ", _INLINE_HYPHEN):
        left, right = m.group(1), m.group(2)
        if right.lower() in _SUSPENDED:
            # `pré- et post-natal` keeps its hyphen; `comman- des`, `secon- des` are one frequent word
            # whose first piece is none
            if zipf(left + right) >= 3.5 and zipf(left) < 2.5 and left[1:].islower() and not (page and f"{left}-{right}".lower() in page.hyphenated):
                yield (m.end(1), m.start(2), "", "PDF hyphenation undone (lexicon)")
            continue
        if left[:1].islower() and right[:1].islower() and (why := _dehyphenate(left, right, page)):
            yield (m.end(1), m.start(2), "", why)
        elif (
            left[:1].isupper() and right[:1].islower() and left[1:].islower() and zipf(left + right) >= 2.5
            and (zipf(right) < 2.5 or zipf(left + right) >= 3.5)  # `Entre- tien`; `Atten- tion`, `Normale- ment`: a frequent word
        ):
            yield (m.end(1), m.start(2), "", "PDF hyphenation undone (lexicon)")
        elif (
            right[:1].islower() == left[:1].islower() and min(zipf(left), zipf(right)) >= 2.5 and zipf(left + right) < 2.5
            # a compound keeps its case (`NORD- KIVU`, `Saint- Louis`); `ALGER- La production`, `Paris- Le`:
            # a place in capitals, or a sentence opening on a determiner after a dash
            and left.isupper() == right.isupper() and right.lower() not in grammar("determiners")
            and not _ROMAN_NUMERAL.fullmatch(left)  # `II- COMMUNICATIONS`: a numbered heading
        ):
            yield (m.end(1) + 1, m.start(2), "", "hard wrap after a hyphen rejoined (compound)")  # `sous- ensemble`


def _around(text: str, hint: str, pattern: regex.Pattern[str]):
    """`pattern` matches holding the literal `hint`, each tried from the start of the word before
    it: a pattern that opens on a lookbehind costs ~0.3 s per MB when tried at every position."""
    done = -1
    i = text.find(hint)
    while i != -1:
        start = _word_start(text, i)
        if start >= done:
            m = pattern.match(text, start)
            if m:
                done = m.end()
                yield m
        i = text.find(hint, i + 1)


def _merge_inline(changes: list[Change]) -> list[Change]:
    out: list[Change] = []
    end = -1
    for c in sorted(changes, key=lambda c: (c[0], c[1])):
        if c[0] >= end:
            out.append(c)
            end = c[1]
    return out


# =============================================================================================
# normalise_spacing
# =============================================================================================

_SPACES = "[ \t\u00a0\u202f\u2009]"
# (each run is tried from its start only: tried from every position inside a long run of spaces, a run
# that does not end the line would be scanned again and again, quadratic in its length)
_TRAILING = regex.compile(rf"(?<!{_SPACES}){_SPACES}+$", regex.M)
_LEADING = regex.compile(r"^[ \t]+", regex.M)
_RUN = regex.compile(rf"(?<=\S){_SPACES}{{2,}}(?=\S)|(?<=\S)\t(?=\S)")
# `%` only as a unit after a number (`50 % .`): `avec %% .` is code, its spacing meant
_BEFORE_COMMA = regex.compile(r"(?<=[\p{L}\p{N})\]\"’]|\d[ \u00a0\u202f]?%)[ \t\u00a0]+(?=[,.](?!\.)(?:\s|$|[»\")\]]))")
# the runs of spaces before `,` `.` where `_BEFORE_COMMA` may match (it opens on a lookbehind,
# slow to try at every position): `re` finds them three times faster
_SPACES_BEFORE_COMMA = re.compile(r"(?<![ \t\u00a0])[ \t\u00a0]+(?=[,.])")  # (from a run's start only, as above)
_SPACED_APOSTROPHE = regex.compile(
    r"(?<![\p{L}\p{N}])((?i:jusqu|lorsqu|puisqu|quoiqu|presqu|aujourd|qu|[ldnsjmtc]))"
    r"(?:[ \t]+([’'])[ \t]*|([’'])[ \t]+)(?=[aeiouyhàâäéèêëîïôöùûüœæAEIOUYHÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ])"
)
_APOSTROPHE_NEXT_TO_SPACE = regex.compile(r"[ \t][’']|[’'][ \t]")


def _spaced_apostrophes(text: str):
    """`_SPACED_APOSTROPHE` matches, found from the rare spaced apostrophes outwards."""
    done = -1
    for hint in _APOSTROPHE_NEXT_TO_SPACE.finditer(text):
        start = hint.start()
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        start = _word_start(text, start)
        if start < done:
            continue
        m = _SPACED_APOSTROPHE.match(text, start)
        if m:
            done = m.end()
            yield m


_SPACE_CHARS = " \t\u00a0\u202f\u2009"  # (`_SPACES`' characters)


def _trailing(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each `_TRAILING` match: a whole run of spaces before a line break or the
    text's end, found from its last space by `str.find` (the pattern, opening on a look-behind,
    was tried at every position: a tenth of the spacing stage).

    >>> t = "a \\u00a0\\n\\tb\\t \\n  c "
    >>> _trailing(t), _trailing(t) == [m.span() for m in _TRAILING.finditer(t)], _leading(t) == [m.span() for m in _LEADING.finditer(t)]
    ([(1, 3), (6, 8), (12, 13)], True, True)
    """
    ends = sorted(
        i + 1 for ch in _SPACE_CHARS if ch + "\n" in text for i in _find_all(text, ch + "\n")
    )
    if text[-1:] in _SPACE_CHARS and text:
        ends.append(len(text))
    out = []
    for end in ends:
        start = end - 1
        while start > 0 and text[start - 1] in _SPACE_CHARS:
            start -= 1
        out.append((start, end))
    return out


def _leading(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each `_LEADING` match: the spaces and tabs opening a line, found from
    the line breaks before them by `str.find`."""
    starts = sorted(i + 1 for pair in ("\n ", "\n\t") if pair in text for i in _find_all(text, pair))
    if text[:1] in (" ", "\t"):
        starts.insert(0, 0)
    out = []
    for start in starts:
        end = start + 1
        while end < len(text) and text[end] in " \t":
            end += 1
        out.append((start, end))
    return out


def _find_all(text: str, needle: str):
    i = text.find(needle)
    while i != -1:
        yield i
        i = text.find(needle, i + 1)


# where `_RUN` may match: the start of two or more spaces, or of a tab (`re` finds them several
# times faster than `regex` tries the look-behind at every position)
_RUN_START = re.compile(_SPACES + "{2,}|\t")


def _runs(text: str):
    """`_RUN.finditer(text)`, tried only where a run of spaces (or a tab) starts: a match opens
    right after a non-space, so at the start of such a run."""
    for hint in _RUN_START.finditer(text):
        m = _RUN.match(text, hint.start())
        if m:
            yield m


_BLANK_RUN = regex.compile(r"\n(?:[ \t\u00a0\u202f]*\n){2,}")
_NBSP_NEXT = set(":;!?»%€")


def normalise_spacing(doc: Document) -> Document:
    """Collapse space runs, trim line ends, drop a space before `,` `.`, close `L ’Ambassadeur`.

    French typography is kept as the source has it: « », ’ or ', and a space, NBSP or narrow NBSP
    before `:` `;` `!` `?`. Three or more line breaks become one blank line.

    >>> normalise_spacing(Document.from_text("L ’Ambassadeur  a dit ,\\tmerci.  \\n\\n\\n\\nPrix\\u00a0: 5 €")).text
    'L’Ambassadeur a dit, merci.\\n\\nPrix\\xa0: 5 €'
    """
    text = doc.text
    changes: list[Change] = []
    # each pattern runs only on a page holding what it looks for (cheap substring tests first)
    odd_spaces = "\u00a0" in text or "\u202f" in text or "\u2009" in text or "\t" in text
    # first the changes that win when two cover the same spaces (`dit  ,` loses both spaces)
    if "\n\n" in text or "\n " in text or odd_spaces:
        for m in _BLANK_RUN.finditer(text):
            changes.append((m.start(), m.end(), "\n\n", "run of blank lines collapsed"))
    if " ," in text or " ." in text or odd_spaces:
        for run in _SPACES_BEFORE_COMMA.finditer(text):
            if m := _BEFORE_COMMA.match(text, run.start()):
                changes.append((m.start(), m.end(), "", f"space before {text[m.end()]!r} removed"))
    if " ’" in text or "’ " in text or " '" in text or "' " in text or odd_spaces:
        for m in _spaced_apostrophes(text):
            mark = m.group(2) or m.group(3)
            changes.append((m.end(1), m.end(), mark, "space around an elision apostrophe removed"))
    if " \n" in text or text.endswith(" ") or odd_spaces:
        for start, end in _trailing(text):
            changes.append((start, end, "", "space at line end removed"))
    if "\n " in text or text.startswith(" ") or "\t" in text:
        for start, end in _leading(text):
            changes.append((start, end, "", "space at line start removed"))
    for m in _runs(text) if "  " in text or odd_spaces else ():
        run = m.group()
        nxt = text[m.end() : m.end() + 1]
        prev = text[m.start() - 1 : m.start()]
        keep = next((ch for ch in run if ch in "\u00a0\u202f"), None)
        if keep and (nxt in _NBSP_NEXT or prev == "«" or (prev.isdigit() and nxt.isdigit())):
            changes.append((m.start(), m.end(), keep, "run of spaces collapsed (non-breaking space kept)"))
        else:
            changes.append((m.start(), m.end(), " ", "run of spaces collapsed"))
    return rewrite(doc, _merge_inline(changes), stage="normalise_spacing")
