"""Metadata: the release's title and its dateline (place, and date when given).

Datelines come in many shapes: `Genève –`, `Italie - `, `NEW YORK, le 18 mars 2020 –`,
`GENÈVE —`, `Niamey, 18 Novembre (ANP) –`, `PARIS, France, 3 octobre 2013/Agence (APO)/ —`,
and in English on French pages (`Geneva -`); after a date, a full stop or a colon may close it
(`Bangui, le 22 août 2025. Le ministère ...`), and a dash lost to a lossy encoding leaves its
spaces (`Castelnau-sur-Garde   Le festival ...`).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate

import regex

from ..dates import DATE_STAMP, MONTH_NAMES, STAMP_AT_END, TIME, WEEKDAYS, is_date_stamp, month_number
from ..document import Dateline, Document
from ..geo import country_code, french_spelling, known_place
from ..resources import load_json
from .language import telling_shares
from .repair import grammar

TITLE_STAGE = "find_title"
DATELINE_STAGE = "find_dateline"
MAX_TITLE_WORDS = 30
MAX_DATE_CHARS = 60  # a date stamp is short; longer lines never reach the date patterns
DATELINE_CHARS = 160  # a dateline sits in the first characters of its paragraph
MAX_DATELINE_LINE = 12  # nor is it further down than this line, letterhead lines included

# `JDN/MU`: a wire's initials in capitals at the end of the story, writer and editor (two parts: three would be a slug);
# the last may name the agency's bureau that filed it (`MS/AS/ANP-Tillabéri`: a town in running case). The layout stage
# parts them from a sentence they are glued to, and the boilerplate stage removes them: one shape for both.
WIRE_INITIALS = r"\p{Lu}{2,4}(?:/\p{Lu}{2,5})+(?:-\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{L}+)*)?"
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_DIGIT = regex.compile(r"\d")
# a story's credit and date (`Source : Lusa, 29/11/2025`): the lead, the name in capitalised words (`Rádio Sol Mansi`,
# `O Democrata`), a comma or a dash, the date (searched from the line's end)
_CREDIT_LEAD = regex.compile(r"\s*(?:(?i:sources?|crédit)\s*:|(?:Par|By)\s+(?=\p{Lu}))\s*")
_NAME_IN_CREDIT = regex.compile(r"\p{Lu}[\p{L}’'.-]*(?:\s+(?:\p{Lu}[\p{L}’'.-]*|de|du|des|la|le|d[’']))*")
_CREDIT_JOIN = regex.compile(r"\s*[,–—-]?\s*(?i:le|du)?\s*")
_DASH_AT_END = regex.compile(r"(?:--|[–—-])\s*$")
_DASH_THEN_TEXT = regex.compile(r"\s*[–—-]\s+\p{Lu}")
_LINK_REASON = "boilerplate: link to another page"
_LINK_WORDS = 5  # `Lire la suite de l'article ›`: a link to the story's page is a few words
_TEASER_ENDS = (".", "»", "!", "?", "…")
_PLACE_WORD = r"\p{Lu}[\p{L}'’.]*(?:-\p{Lu}?[\p{L}'’.]+)*"
_ONE_PLACE = rf"{_PLACE_WORD}(?:\s(?:de|du|des|la|le|d['’])?\s?{_PLACE_WORD}){{0,3}}"
_PLACE = rf"{_ONE_PLACE}(?:\s?/\s?{_ONE_PLACE}(?!\s?/))?"  # a release sent from two offices: `NIAMEY/GENÈVE`, `Genève / Dakar` (`LONDRES/CNW/` is a wire)
_COUNTRY = rf"{_PLACE_WORD}(?:\s(?:\p{{Ll}}[\p{{L}}'’-]*|{_PLACE_WORD})){{0,4}}"  # `République démocratique du Congo`
# an accented letter of a month may come out damaged (`aoűt`, `fÚvrier`): any letter stands in for it
_MONTH = "|".join(regex.sub(r"[^\x00-\x7f]", r"\\p{L}", m) for m in MONTH_NAMES)
_WEEKDAY = rf"(?:(?i:{'|'.join(WEEKDAYS)}),?\s+)?"
_ORDINAL = r"(?:\s?er|ᵉʳ|st|nd|rd|th)?"  # `1er`, `1ᵉʳ`, and English ordinals: `March 1st, 2025`, `2nd March 2025`
_DATE = (  # `le 18 mars 2020`, `mardi 1er octobre`, `15.03.2023`, `15/03/2023`, `15-03-2023`, `June 4, 2021`
    rf"(?:le\s+)?{_WEEKDAY}(?:"
    rf"(?P<day>\d{{1,2}}){_ORDINAL}\s+(?P<month>(?i:{_MONTH}))\.?(?:\s+(?P<year>\d{{4}}))?"
    r"|(?P<day>\d{1,2})(?P<sep>[./-])(?P<mm>\d{1,2})(?P=sep)(?P<year>\d{4})"
    rf"|(?P<month>(?i:{_MONTH}))\.?\s+(?P<day>\d{{1,2}}){_ORDINAL}(?:,?\s+(?P<year>\d{{4}}))?)"
)
# what closes a dateline: a dash (a hyphen stands apart, `Italie - Les`: glued, it joins a compound
# name, `Marie-Claire`); after a date, also a full stop or a colon (`Bangui, le 22 août 2025. Le
# ministère ...`, `Genève, 3 mars 2024 : le Conseil ...`), which a place alone never gets (`Paris. Le`)
_DATELINE_END = (
    # `(ACP).- Le`: a full stop before the dash; `---`; `ALGER- La`, `(AIB)-Le`: a dash glued to a place in capitals or to the agency
    # (`Conakry, le 3 mars 2025 - (AGP) Le ...`: the agency may follow the dash)
    r"(?:(?:\s*\.?\s*(?:-{2,3}|[–—])|\.?\s+-|\.-|(?<=\p{Lu}{2})-(?=\s)|(?<=[)\]])-)\s*(?:\(\p{Lu}[\p{L} .-]{1,20}\)\s+)?(?=[\p{Lu}«\"“\d])"
    r"|(?(day)(?:\.?(?<=\.)\s+(?=[\p{Lu}«\"“])|\s?:\s+(?=[\p{L}«\"“\d])|\s+\|\s+(?=[\p{Lu}«\"“]))|(?!))"  # (`LIBREVILLE | 3 mai 2025 | La ...`)
    # a wire's agency in brackets is end enough (`Sion (ats) Le Conseil d'État ...`)
    r"|(?(agency)(?<=\))\s+(?=\p{Lu}[\p{Ll}'’])|(?!)))"
)
_DATELINE = regex.compile(
    rf"^(?:À\s+|(?P<open>\()\s*)?(?P<place>{_PLACE})"  # `À Ouagadougou, le 5 mars 2025 –`, `(Genève, 18 mars 2025) –`
    rf"(?:\s*\({_COUNTRY}\)|,\s*(?P<country>{_COUNTRY}))?"  # the country in brackets may have a word in lower case: `(Arabie saoudite)`
    # the date in brackets (`GENEVA (3 March 2025) –`) or after a separator (`PARIS – 3 mars 2025 –`, `Lomé, Togo | 12 mars 2025 –`)
    rf"(?:,?\s*{_DATE}(?:,?\s*(?:à\s*)?{TIME})?|\s*\(\s*{_DATE}\s*\)|\s+(?:--|[|–—-])\s+{_DATE}(?=\s*(?:--|[|–—-]|:\s)))?"
    r"(?(open)\s*\))"
    # a wire between slashes (`/CNW/`, `/Agence (APO)/`), or the lone slash of an empty one (`2025 / –`)
    r"(?:\s*/(?:[^/\n]{1,60}/)?)?"
    r"(?:\s*--\s*\(\p{Lu}[\p{L}\d .-]{1,30}\))?"  # a press wire between two double dashes: `LYON, France--(PWF)--`
    r"(?:\s*[(\[](?P<agency>[\p{Lu}\p{Lt}][\p{L} .-]{1,30}|\p{Ll}{2,5}(?:/\p{Ll}{2,5})?)[)\]])?"  # `(ANP)`, `(ats)`, `[AlterPresse]`
    rf"{_DATELINE_END}",
)
# the date first, then the place (`March 8, 2024 - Ottawa, Ontario - Global Affairs Canada`)
# (the Government of Canada's shape too: `Le 2 décembre 2025 – Gatineau (Québec) – ...`, the province in brackets)
_DATE_FIRST = regex.compile(
    rf"^(?:[Ll]e\s+)?{_DATE}\s*(?:--|[-–—,])\s*(?P<place>{_PLACE})(?:\s*\([^()\n]{{2,30}}\))?(?:,\s*(?P<country>{_PLACE}))?\s*(?:--|[-–—]|$)"
)
_DATELINE_ALONE = regex.compile(  # `Paris, le 12 octobre 2024` on a line of its own, above the text
    rf"(?:À\s+)?(?P<place>{_PLACE})(?:,\s*(?P<country>{_PLACE}))?,\s*{_DATE}(?:,?\s*(?:à\s*)?(?:{TIME}|\d{{1,2}}\s?h\b))?"  # (`... 2025 à 18 h`)
)
_DATELINE_DASHED = regex.compile(rf"(?:À\s+)?(?P<place>{_PLACE})\s+[–—]\s+{_DATE}")
_NUMBER = regex.compile(r"\d+")
_NAME_THEN_COLON = regex.compile(r"\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}\s?:")
_PHONE_DIGITS = regex.compile(r"(?:\d[ .]?){8,}")  # eight digits or more in groups: a phone number, no headline's figure
_SENTENCE_END = regex.compile(r"[.!?:;…]$")
_SENTENCE_INSIDE = regex.compile(r"(?<=\p{L}{2}|\d)[.!?…]\s+\S")  # a sentence ends and the line goes on (not `M. Diallo`)
_WRAPPED_TITLE_END = regex.compile(r"[^.!?…\n]{1,120}")  # a title's second line ends no sentence
_BYLINE_START = regex.compile(r"(?i:par|by|propos recueillis)\s")
_DATED_HEADLINE = regex.compile(rf"(?:{DATE_STAMP.pattern})\s+(?:--|[–—|-])\s+(?=\p{{Lu}})")
_LABEL_DASH = regex.compile(r"\s[-–—]\s")
_LOWER = regex.compile(r"\p{Ll}")
_DATE_ONLY = regex.compile(rf"^[\s\d/.:-]*(?:{_DATE})?[\s\d/.:-]*$")
_NOT_PLACES = frozenset(
    "le la les un une des ce cette ces selon pour par dans en au aux lors après avant depuis "
    "mais et ou donc ainsi alors enfin aujourd hier photo crédit source communiqué contact "
    "the a an this "
    # a day, a preposition or a stamp opening a date (`Lundi 12 mars : accueil`, `Jusqu'au 3 mai. Les`,
    # `Publié le 2 juin 2025 :`) is no place
    "du dès jusqu vers entre à on by from since until publié posté mis date "
    # an agency credited in brackets (`(Agence Ecofin) - Au Gabon, ...`) is no place
    "agence agency "
    "published posted updated today yesterday tomorrow demain".split()
) | frozenset(WEEKDAYS)


def find_title(doc: Document) -> Document:
    """The title: the first line of the cleaned text when it reads like a headline.

    >>> find_title(Document.from_text("Un toit pour 240 familles\\nLe projet a aidé...")).title
    'Un toit pour 240 familles'
    >>> find_title(Document.from_text("12 mars 2025 – Le HCR salue la loi sur l'asile\\nLe HCR a salué...")).title
    "Le HCR salue la loi sur l'asile"
    """
    from .boilerplate import is_letterhead  # (boilerplate reads datelines from here)

    lines = doc.text.split("\n")
    for n, line in enumerate(lines):
        line = line.strip()
        words = _WORD.findall(line)
        # a date stamp or a lone label (`Société`) left above the headline is not the title, nor a
        # letterhead kept as text (`MINISTERE DE LA SANTE`, `COMMUNIQUE DE PRESSE`) over a release without one
        if len(words) < 2 or (len(line) <= MAX_DATE_CHARS and _DATE_ONLY.match(line)) or is_letterhead(line):
            continue
        if _DATELINE_ALONE.fullmatch(line) or _dashed_dateline(line):
            continue  # the release's place and date over its title (`Bruxelles, le 18 janvier 2024`, `Genève – 10 décembre 2025`)
        # a title in capitals over two lines or three, right above the dateline
        if extra := _capitals_below(lines, n):
            line = " ".join(l.strip() for l in lines[n : n + 1 + extra])
            words = _WORD.findall(line)
        # a title wrapped on two lines or three: the next opens in lower case (`Distribution de semences` ⏎ `à 45 000 ...`)
        for k in range(n + 1 + extra, min(n + 3, len(lines))):
            if not _title_goes_on(line, lines[k].strip(), lines[k + 1].strip() if k + 1 < len(lines) else ""):
                break
            line = f"{line} {lines[k].strip()}"
            words = _WORD.findall(line)
        headline = 2 <= len(words) <= MAX_TITLE_WORDS and not line.endswith(".") and not opens_with_dated_dateline(line)
        # a story's date before its headline on one line (`12 mars 2025 – Le HCR salue ...`) is no part of it
        dated = _DATED_HEADLINE.match(line)
        return replace(doc, title=(line[dated.end() :] if dated else line) if headline else None)
    return doc


def title_lines(lines: list[str]) -> int:
    """How many lines the title at the top of a cleaned text runs over (0 when the first line is no headline): a
    title in capitals wrapped down to its dateline, or wrapped on a line that goes on in lower case or after a colon.

    >>> title_lines(["GRÈVE DU 9 DÉCEMBRE :", "LES AGENTS MOBILISÉS", "Montreuil, le 1er décembre 2025", "Le syndicat appelle à la grève."])
    2
    """
    if not lines or not lines[0].strip() or lines[0].rstrip().endswith((".", "!", "?", "…")):
        return 0
    line = lines[0].strip()
    k = 1 + _capitals_below(lines, 0)
    if k > 1:
        line = " ".join(l.strip() for l in lines[:k])
    # (a line that goes on in lower case is a hard wrap the layout reads as any other: `Jean Dupont` ⏎ `porte-parole`
    # may be a name over its role)
    while k < min(3, len(lines)) and not lines[k].lstrip()[:1].islower() and _title_goes_on(
        line, lines[k].strip(), lines[k + 1].strip() if k + 1 < len(lines) else ""
    ):
        line = f"{line} {lines[k].strip()}"
        k += 1
    return k


def _capitals_below(lines: list[str], n: int) -> int:
    """How many lines (two at most) carry on line `n`'s title in capitals down to the text's dateline
    (`LE MINISTÈRE DE L'EAU LANCE` ⏎ `UN PROGRAMME D'ÉLECTRIFICATION` ⏎ `DANS 300 VILLAGES` ⏎ `Yaoundé, le ... –`).

    >>> _capitals_below(["LE MINISTÈRE LANCE", "UN PROGRAMME", "DANS 300 VILLAGES", "Yaoundé, le 3 juin 2026 – Le ministre a lancé."], 0)
    2
    """
    if not lines[n].strip().isupper():
        return 0
    k = n + 1
    while k < min(n + 3, len(lines)) and lines[k].strip().isupper() and not _SENTENCE_END.search(lines[k - 1].strip()):
        k += 1
    dateline = k < len(lines) and (opens_with_dateline(lines[k].strip()) or dateline_alone(lines[k].strip()) is not None)
    return k - n - 1 if k > n + 1 and dateline else 0


def _title_goes_on(line: str, below: str, after: str) -> bool:
    """Is `below` the second line of a title wrapped on two? It opens in lower case (`Distribution de semences` ⏎
    `à 45 000 ...`); or, right above the text's dateline, it carries on a title in capitals (`NIGER : UN MILLION
    D'ENFANTS VACCINÉS` ⏎ `DANS LES RÉGIONS DE DOSSO ET TAHOUA`, or over a dateline alone on its line) or one that ends
    on a colon or a dash."""
    if not below or not _WRAPPED_TITLE_END.fullmatch(below) or _BYLINE_START.match(below) or len(_WORD.findall(below)) > 15:
        return False
    if is_date_stamp(below):
        return False  # the story's stamp under it, in lower case (`mardi 2 décembre 2025`), is no second line
    # a headline wrapped at its colon, over a sentence of text or the dateline (`Campagne de vaccination :` ⏎ `1,2 million
    # de têtes traitées`)
    if line.rstrip().endswith(":") and (below[:1].islower() or below[:1].isdigit()):
        return (len(_WORD.findall(after)) >= 8 and after.rstrip().endswith(".")) or opens_with_dateline(after) or dateline_alone(after)
    if below[:1].islower():
        return not _SENTENCE_END.search(line)
    # a title in capitals wrapped before a preposition (`MESSAGE DES ÉVÊQUES DU RWANDA` ⏎ `POUR LE TEMPS DE L’AVENT 2025`)
    opening = _WORD.match(below)
    if line.isupper() and below.isupper() and not _SENTENCE_END.search(line) and opening and opening.group().lower() in grammar("prepositions"):
        return True
    # (the dateline opens the text, or stands alone on its line: `Montreuil, le 1er décembre 2025`)
    if not (opens_with_dateline(after) or dateline_alone(after)) or is_date_stamp(below):
        return False
    return (line.isupper() and below.isupper() and not _SENTENCE_END.search(line)) or line.rstrip().endswith((":", "–", "—"))


def find_dateline(doc: Document) -> Document:
    """The dateline at the start of one of the first paragraphs (or on a line of its own).

    Run it after `find_title`: a title shaped like a dateline (`Liban – La France ...`) is skipped.

    >>> find_dateline(Document.from_text("Titre\\nNEW YORK, le 18 mars 2020 – Le HCR a...")).dateline
    Dateline(place='NEW YORK', date='2020-03-18', start=6, end=34)
    """
    pos = 0
    counted = 0  # lines looked at, short heading lines aside
    told = False  # a paragraph of text above: a place and date alone below it close the release (`Yaoundé, le 11 juillet 2025`)
    undated: Dateline | None = None  # an unknown place without a date, kept while a dated dateline is looked for below
    lines = doc.text.split("\n")
    for n, line in enumerate(lines):
        if counted > 6 or n > MAX_DATELINE_LINE:
            break
        if line.strip() and doc.title and line.strip().endswith(doc.title):
            pos += len(line) + 1
            continue  # `Liban – La France renforce son aide` is a title, not a dateline
        # a letterhead (`RÉPUBLIQUE ...`, motto, ministry, release number) may stand between the title
        # and the dateline: its short lines, at the top, do not use up the few lines a dateline is
        # looked for in (further down, after text, every line counts)
        counted += bool(counted) or not _is_short_heading(line)
        head = line[:DATELINE_CHARS]
        m = _dashed_dateline(line) or opening_dateline(line)
        if not (m and _is_place(m.group("place"), bool(m.group("day")))) and (first := _DATE_FIRST.match(head)):
            m = first  # `Le 2 décembre 2025 – Gatineau (Québec) – ...`: read as a dateline that opens on `Le`, it names no place
        m = m or (None if told else dateline_alone(line))
        if m is None and n + 1 < len(lines) and _DASH_AT_END.search(line) and len(line) <= DATELINE_CHARS:
            m = opening_dateline(line + "\n" + lines[n + 1])  # `KINSHASA —` on its own line, the text under it
        end = min(m.end(), len(line)) if m else 0
        if m and not m.group("day") and is_date_stamp(line[end:].strip()):
            m = None  # `Actualités – 10 décembre 2025`: a rubric and its stamp (a place the gazetteer knows is dashed above)
        elif m and not m.group("day") and line[end:].strip() and not _LOWER.search(line, end):
            m = None  # `MAIRIE DE JACMEL – COMMUNIQUÉ DE PRESSE`: a letterhead in capitals, no text after a dateline
        if not (m and _is_place(m.group("place"), bool(m.group("day")))):
            m, end = _dateline_before_lost_dash(doc, pos, line)
        if m and _is_place(m.group("place"), bool(m.group("day"))) and not _is_address_after(line, end):
            place = written_place(m.group("place"))
            dateline = Dateline(place, _iso_date(m), pos + m.start(), pos + end)
            if dateline.date or known_place(m.group("place")) or country_code(m.group("place")):
                return replace(doc, dateline=dateline)
            # a name no gazetteer knows, with no date (`STATEC – Institut national de la statistique ...`, a publisher's
            # line under the title): a dated dateline further down is the release's, else this one stands
            undated = undated or dateline
        told = told or (len(_WORD.findall(line)) >= 8 and bool(_SENTENCE_END.search(line.rstrip())))
        pos += len(line) + 1
    return replace(doc, dateline=undated) if undated else doc


_PART = regex.compile(r"[^|–—]+")  # the parts of a line of labels: `Communiqué de presse – Yaoundé, le 5 mars 2025`


def dateline_alone(line: str) -> regex.Match | None:
    """`Paris, le 12 octobre 2024` on a line of its own, or as one part of a short line of labels
    (`Communiqué de presse – Yaoundé, le 5 mars 2025`); the match's offsets are the line's.

    >>> dateline_alone("Communiqué de presse – Yaoundé, le 5 mars 2025").group("place")
    'Yaoundé'
    """
    if len(line) > 2 * MAX_DATE_CHARS:
        return None
    for part in _PART.finditer(line):
        start, end = part.span()
        while start < end and line[start] in " \t":
            start += 1
        while end > start and line[end - 1] in " \t.:-":
            end -= 1
        # (`Lundi, 02 Mars 2026` is a date stamp: a weekday is no place)
        if end - start <= MAX_DATE_CHARS and (m := _DATELINE_ALONE.fullmatch(line, start, end)) and _is_place(m.group("place"), dated=True):
            return m
    return _dashed_dateline(line)


def _dashed_dateline(line: str) -> regex.Match | None:
    """`Genève – 10 décembre 2025`: a dash between the place and its date, where the gazetteer knows the place
    (`Actualités – 10 décembre 2025` is a rubric and its stamp)."""
    if "–" not in line and "—" not in line:
        return None
    m = _DATELINE_DASHED.fullmatch(line, len(line) - len(line.lstrip()), len(line.rstrip()))
    return m if m and known_place(m.group("place")) is not None else None


# a dateline's head without its dash: a place, maybe its country, a date and an agency
_DATELINE_HEAD = regex.compile(
    rf"(?P<place>{_PLACE})(?:\s*\({_PLACE}\)|,\s*(?P<country>{_PLACE}))?(?:,?\s*{_DATE})?"
    r"(?:\s*\((?P<agency>[\p{Lu}\p{Lt}][\p{L} .-]{1,30})\))?"
)
_GAP = regex.compile(r"[ \t\u00a0]+")
_CAPITAL = regex.compile(r"\p{Lu}")
_SPACES_ONLY = regex.compile(r"[ \t\u00a0\u202f]{2,}")


def _dateline_before_lost_dash(doc: Document, pos: int, line: str) -> tuple[regex.Match | None, int]:
    """`Castelnau-sur-Garde   Le festival ...`: a dash that a lossy encoding dropped leaves the
    spaces around it, two or more between the dateline and its sentence, even after a later stage
    collapsed them to one (the original text still has the run). The gap must follow a place (and
    its date) and open a sentence with a capital; a single space written as such is no dateline
    (`Paris Match publie ...`).

    Returns the match of the dateline's head and where the dateline ends in `line`, or (None, 0).
    """
    if not _CAPITAL.match(line):
        return None, 0  # the head opens on a place, and a place on a capital
    for gap in _GAP.finditer(line, 0, min(len(line), DATELINE_CHARS)):
        g0, g1 = gap.span()
        if g0 == 0 or not (line[g0 - 1].isalnum() or line[g0 - 1] == ")"):
            continue
        # the tests on what follows the gap first: the head pattern, tried from the line's start at
        # every gap, cost most of the stage's time
        if not line[g1 : g1 + 1].isupper() or not (g1 - g0 >= 2 or _was_spaces(doc, pos + g0, pos + g1)):
            continue
        m = _DATELINE_HEAD.fullmatch(line, 0, g0)
        if m is not None and len(_WORD.findall(line, g1)) >= 3:
            return m, g1
        # a single space that was always one: the head may go on (`Port Louis`, `Saint-Jean de Luz`)
    return None, 0


def _was_spaces(doc: Document, start: int, end: int) -> bool:
    """Was text[start:end] a run of two spaces or more in the original text?"""
    try:
        o0, o1 = doc.to_original(start, end)
    except ValueError:
        return False
    return bool(_SPACES_ONLY.fullmatch(doc.original, o0, o1))


def _is_short_heading(line: str) -> bool:
    """A short line that ends no sentence: a letterhead line, a label, a heading."""
    line = line.strip()
    return len(_WORD.findall(line)) <= 8 and not line.endswith((".", "!", "?", "»", ":"))


@lru_cache(maxsize=4096)  # the same lines are asked by boilerplate, unwrap_lines, find_title, find_dateline, find_stories
def opening_dateline(line: str) -> regex.Match | None:
    """`Niamey – Le ministre a ...`: a dateline opens a sentence. `Imprimer – Email` and `Accueil – Ministère
    – Contact` have the shape but open none: labels side by side.

    >>> bool(opening_dateline("Genève – Le HCR a publié son rapport")), bool(opening_dateline("Accueil – Ministère – Actualités – Contact"))
    (True, False)
    >>> bool(opening_dateline("Mairie de Thiès – Avenue Lamine Guèye – BP 12 – Tél. : +221 33 951 10 10"))
    False
    """
    m = _DATELINE.match(line[:DATELINE_CHARS])
    if m is None or len(_WORD.findall(line[m.end() :])) < 3:
        return None
    if m.group("day") is None and _NAME_THEN_COLON.match(line, m.end()):
        return None  # `Roscoff – Batz : un départ par heure`: a route, or a topic and its subtopic, over its details
    parts = _LABEL_DASH.split(line)
    # (an address row ends no sentence: `Mairie de Saint-Louis – Avenue Jean Mermoz – BP 125 – Tél. : ...`)
    longest = 6 if len(parts) >= 4 and not _SENTENCE_END.search(line.rstrip()) else 3
    return None if len(parts) >= 3 and all(len(_WORD.findall(p)) <= longest for p in parts) else m


def opens_with_dateline(line: str) -> bool:
    """Does `line` open on a dateline (`Tchad - Dix-huit mois après ...`, `GENÈVE — Le HCR ...`)?

    >>> opens_with_dateline("Tchad - Dix-huit mois après le début de l'afflux"), opens_with_dateline("Accueil – Actualités – Contact")
    (True, False)
    """
    m = opening_dateline(line)
    return bool(m and _is_place(m.group("place")))


def opens_with_dated_dateline(line: str) -> bool:
    """Does `line` open on a dateline with its date (`GENÈVE, le 4 mars 2024 – L'OIM ...`)? Such a line
    starts the text, never a headline (`Liban – La France renforce son aide` may be one).

    >>> opens_with_dated_dateline("GENÈVE, le 4 mars 2024 – L'OIM a publié son rapport"), opens_with_dated_dateline("Liban – La France renforce son aide")
    (True, False)
    """
    m = opening_dateline(line)
    return bool(m and m.group("day") and _is_place(m.group("place"), dated=True))


def _is_place(name: str, dated: bool = False) -> bool:
    """A place's name, not a word that opens a sentence or a date. With its date beside it, a place
    may open with its article: `Le Caire`, `La Paz`, `Le Havre`."""
    words = [w.lower() for w in _WORD.findall(name)]
    if not words or any(w.isdigit() for w in words):
        return False
    if len(words) >= 2 and words[-1] in _PLACE_PARTICLES:
        return False  # `GRÈVE DU 9 DÉCEMBRE :`: a heading in capitals, its `DU` before the date no place's
    named = dated and len(words) >= 2 and words[0] in _PLACE_ARTICLES and name.split()[1][:1].isupper()
    return named or words[0] not in _NOT_PLACES


_PLACE_ARTICLES = frozenset(("le", "la", "les"))
_PLACE_PARTICLES = frozenset(("de", "du", "des", "la", "le", "les", "d", "au", "aux", "en"))  # never a place's last word
_STREET_NUMBER = regex.compile(r"\s*\d{1,5}(?:\s?(?:bis|ter))?,?\s+(\p{L}[\p{L}-]*)")


def _is_address_after(line: str, end: int) -> bool:
    """Does a street address follow the dash (`Hôtel du Département – 1000 rue d'Alco – 34087 Montpellier`)? Then the
    line is a footer's address, not a dateline."""
    m = _STREET_NUMBER.match(line, end)
    return bool(m) and m.group(1).lower() in _street_nouns()


@lru_cache(maxsize=1)
def _street_nouns() -> frozenset[str]:
    words = load_json("entity_words.json")
    return frozenset(w.lower() for key in ("street_nouns", "road_nouns") for w in words[key])


_PARTICLE = regex.compile(r"(?<=[-\s])(?:Sur|Sous|Lès|Lez|De|Du|Des|La|Le|Les|En|Au|Aux|Et)(?=[-\s])")


def written_place(name: str) -> str:
    """A dateline's place as the page writes it, its accents back where capitals or a page typed without accents
    lost them (`GENEVE —`, `Yaounde,`: the gazetteer has them), its case kept: the corpus gold's convention
    (`usual_place` gives `Genève`).

    >>> written_place("GENEVE"), written_place("NEW YORK"), written_place("Yaounde")
    ('GENÈVE', 'NEW YORK', 'Yaoundé')
    """
    return french_spelling(_title_case(name)).upper() if name.isupper() else french_spelling(name)


def usual_place(name: str) -> str:
    """A place in its usual spelling (`GENÈVE` -> `Genève`, `PORT-AU-PRINCE` -> `Port-au-Prince`).

    >>> usual_place("GENÈVE"), usual_place("N'DJAMENA"), usual_place("La Paz")
    ('Genève', "N'Djamena", 'La Paz')
    """
    return french_spelling(_title_case(name))


def _title_case(name: str) -> str:
    """`NEW YORK` -> `New York`, `GENÈVE` -> `Genève`, with the small words of a compound in lower
    case (`CASTELNAU-SUR-GARDE` -> `Castelnau-sur-Garde`); mixed case stays as written.

    >>> _title_case("PORT-AU-PRINCE"), _title_case("N'DJAMENA"), _title_case("La Paz")
    ('Port-au-Prince', "N'Djamena", 'La Paz')
    """
    if not name.isupper():
        return name
    titled = regex.sub(r"\p{L}+", lambda m: m.group(0).capitalize(), name.lower())
    return _PARTICLE.sub(lambda m: m.group(0).lower(), titled)


def _iso_date(m: regex.Match) -> str | None:
    """ISO 8601: `2020-03-18`, or `--11-18` when the dateline gives no year."""
    if not m.group("day"):
        return None
    month = int(m.group("mm")) if m.group("mm") else month_number(m.group("month"))
    day = int(m.group("day"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    if not m.group("year"):
        return f"--{month:02d}-{day:02d}"
    return f"{int(m.group('year')):04d}-{month:02d}-{day:02d}"


STORIES_STAGE = "find_stories"

def find_stories(doc: Document) -> Document:
    """Flag a listing page and split it into stories: headline, its own date, its text.

    A story starts at a headline followed by a line of its own date (`21 Feb 2024 - 08:13`) or by
    a paragraph that opens with a dateline. Two such stories make a listing; an article with
    section headings has no date under each heading, so it stays one story. Without dates, a
    chain of at least three full headlines (eight words or more), each over a single paragraph,
    is a list of teasers (`Les brèves du jour`); section headings are shorter. A listing has no
    dateline of its own: the first story's (`Nouakchott, 3 juin (AMI) –`) is that story's.

    >>> page = "Togo : une loi contre l'apatridie\\n21 Feb 2024 - 07:45\\nLe HCR salue la loi.\\n" \\
    ...        "Ghor : le PAM reprend ses distributions\\n20 Feb 2024 - 11:02\\nLe PAM a repris."
    >>> [page[s:e].split("\\n")[0] for s, e in find_stories(Document.from_text(page)).stories]
    ["Togo : une loi contre l'apatridie", 'Ghor : le PAM reprend ses distributions']
    """
    lines = doc.text.split("\n")
    offsets = list(accumulate((len(line) + 1 for line in lines), initial=0))
    # each line's words if it has a headline's shape, read once: the three tests below ask it of every line
    heads = [_headline_words(line) for line in lines[:-1]]
    starts = [n for n in range(len(lines) - 1) if _is_headline(heads[n]) and _opens_story(lines[n + 1])]
    # (a story holds a line of text under its headline: a headline right over the next one, `STATEC – Institut ...`
    # read as a dateline under the title, starts none)
    starts = [n for n in starts if n + 1 not in starts]
    if len(starts) < 2:  # the time stamp over each headline (`03/06/2025 - 16:12` / `Éducation : ...` / its text)
        starts = [n for n in range(len(lines) - 2) if is_date_stamp(lines[n]) and _is_headline(heads[n + 1]) and lines[n + 2].strip()]
    if len(starts) < 2:
        starts = _teasers(lines, heads)
    if len(starts) < 2:
        starts = _linked_teasers(lines, heads, offsets, _removed_links(doc))
    if len(starts) < 2:
        return doc
    bounds = [offsets[n] for n in starts] + [len(doc.text)]
    stories = tuple((a, len(doc.text[:b].rstrip("\n"))) for a, b in zip(bounds, bounds[1:]))
    if _one_story_per_language([doc.text[a:b] for a, b in stories]):
        return doc  # a release in French, then in English: one story told twice, not a listing
    return replace(doc, stories=stories, dateline=None)


def _one_story_per_language(stories: list[str]) -> bool:
    """Is each story in a language of its own (by its telling function words), and do they tell the
    same (the same numbers, or about the same length)? Then they are versions of one release
    (`L’Union européenne appuie ...` / `The European Union supports ...`), not a listing.

    >>> _one_story_per_language(["Le projet rouvre 120 écoles dans la région avec les autorités.", "The project reopens 120 schools in the region with the authorities."])
    True
    >>> _one_story_per_language(["Le port de Mopti rouvre après 4 mois de travaux avec les autorités.", "A cholera outbreak was declared in the Gao region after 40 cases."])
    False
    """
    languages = []
    for story in stories:
        _, hits = telling_shares(story)
        best = max(hits, key=hits.get)
        languages.append(best if hits[best] else None)
    if None in languages or len(set(languages)) < len(languages):
        return False
    first = stories[0]
    return all(_tell_the_same(first, other) for other in stories[1:])


def _tell_the_same(a: str, b: str) -> bool:
    numbers_a, numbers_b = set(_NUMBER.findall(a)), set(_NUMBER.findall(b))
    if numbers_a and numbers_b:
        return len(numbers_a & numbers_b) >= 0.5 * min(len(numbers_a), len(numbers_b))
    return not (numbers_a or numbers_b) and 0.5 <= len(a) / max(len(b), 1) <= 2


def _headline_words(line: str) -> int:
    """The number of words of a line with a headline's shape, else -1; a time stamp (`03/06/2024 à
    14h32`) over a story's dateline has none, nor a contact's line over a name (which reads like a dateline).

    >>> _headline_words("Le CHU inaugure une unité"), _headline_words("02 32 88 81 40 – claire.lemonnier@chu-rouen.fr")
    (5, -1)
    """
    if len(line) > 400 or line.rstrip().endswith((".", ":")) or is_date_stamp(line.strip()):
        return -1
    if "@" in line or _PHONE_DIGITS.search(line):
        return -1  # a contact's line (`02 32 88 81 40 – claire.lemonnier@chu-rouen.fr`) heads no story
    return len(_WORD.findall(line))


def _is_headline(words: int, min_words: int = 3) -> bool:
    """A headline, from `_headline_words`: from `min_words` to `MAX_TITLE_WORDS` words."""
    return min_words <= words <= MAX_TITLE_WORDS


def _opens_story(below: str) -> bool:
    """A story's own time stamp, a paragraph opening with a dateline, or a teaser opening on its
    date (`12 mars 2025 – La campagne ...`: a search result's or an archive's entry)."""
    below = below.strip()
    dateline = opening_dateline(below)
    # (a letterhead in capitals, `MAIRIE DE JACMEL – COMMUNIQUÉ DE PRESSE`, has a dateline's shape but opens no paragraph)
    paragraph = bool(dateline and _is_place(dateline.group("place")) and _LOWER.search(below, dateline.end()))
    if is_date_stamp(below) or is_credit_stamp(below) or paragraph:
        return True
    date = DATE_STAMP.match(below) if below[:1].isdigit() else None
    return bool(date and _DASH_THEN_TEXT.match(below, date.end()))


def is_credit_stamp(text: str) -> bool:
    """`Source : Lusa, 29/11/2025`, `Par Awa Diallo – 3 mars 2026`: who wrote or first printed a story, then its date
    (under each story of a press review, a story's own stamp).

    >>> is_credit_stamp("Source : Lusa, 29/11/2025"), is_credit_stamp("Par ailleurs, le 3 mars 2026")
    (True, False)
    """
    lead = _CREDIT_LEAD.match(text)
    if lead is None or len(text) > 120 or not _DIGIT.search(text):
        return False
    stamp = STAMP_AT_END.search(text)
    name = text[lead.end() : stamp.start()] if stamp else ""
    return bool(stamp) and bool(_WORD.search(name)) and _CREDIT_JOIN.fullmatch(_NAME_IN_CREDIT.sub("", name, count=1)) is not None


def _removed_links(doc: Document) -> set[int]:
    """Where, in the text, the boilerplate stage removed a short link line (`Lire la suite`, `En savoir plus ›`)."""
    starts = [seg.o0 for seg in doc.segments]
    cuts = set()
    for edit in doc.edits:
        if edit.reason == _LINK_REASON and len(_WORD.findall(doc.original[edit.start : edit.end])) <= _LINK_WORDS:
            i = bisect_left(starts, edit.end)
            cuts.add(doc.segments[i].t0 if i < len(starts) else len(doc.text))
    return cuts


def _linked_teasers(lines: list[str], words: list[int], offsets: list[int], cuts: set[int]) -> list[int]:
    """Line numbers of stories that each end on a link the boilerplate stage removed (a tag or category
    page: headline, a teaser of a sentence or two, `Lire la suite`): the link says the text goes on
    elsewhere, which a section of one article never does."""
    line_at = {offsets[n]: n for n in range(len(lines))}
    text_end = offsets[-1] - 1
    ends = sorted({len(lines) if c >= text_end else line_at[c] for c in cuts if c >= text_end or c in line_at})
    starts, previous = [], 0
    for end in ends:
        head = next((
            n for n in range(max(end - 4, previous), end - 1)
            if n < len(words) and _is_headline(words[n])
            and all(len(_WORD.findall(lines[k])) >= 6 and lines[k].rstrip().endswith(_TEASER_ENDS) for k in range(n + 1, end))
        ), None)
        if head is not None:
            starts.append(head)
        previous = end
    return starts


def _teasers(lines: list[str], words: list[int]) -> list[int]:
    """Line numbers of a chain of full headlines, each over one paragraph and then the next headline
    (`words`: `_headline_words` of each line but the last)."""
    # (a question over its answer is an interview's, not a story's headline; a line that ends a sentence inside it is a
    # photo's caption and its credit, `... le 25 novembre. © CBAM/R. Dossou`, or a paragraph: a headline ends none)
    heads = {
        n for n in range(len(lines) - 1)
        if _is_headline(words[n], min_words=8) and not lines[n].rstrip().endswith("?") and not _SENTENCE_INSIDE.search(lines[n])
        and len(_WORD.findall(lines[n + 1])) >= 8 and lines[n + 1].rstrip().endswith((".", "»", "!", "?"))
    }
    chain = sorted(n for n in heads if n + 2 == len(lines) or n + 2 in heads)
    return chain if len(chain) >= 3 else []
