"""Accents restored, as an opt-in stage: `restore_accents`.

Pages typed on a keyboard or a system without accents come with unaccented capitals (`Etats`,
`A la`, `GENEVE`) or with running text stripped of every accent (`la journee consacree`). This
stage puts them back where the French lexicon (wordfreq) and the context agree, and leaves every
doubtful word alone (`a`/`à`, `ou`/`où`, `publie`/`publié` need the sentence to decide).

It is not part of `pressclean.repair()` by default: unlike a lost `œ`, an unaccented word is
often a valid word too, so a user asks for it:

    pipeline = pressclean.repair_pipeline()
    pipeline.insert(restore_accents, after="restore_characters")
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter
from itertools import accumulate, compress
from typing import Iterable, Iterator

import regex

from ..document import Document
from ..geo import strip_accents
from ..rewrite import Change, rewrite
from .repair import (
    _SENTENCE_START,
    _diff_changes,
    _frequencies,
    _match_case,
    _non_overlapping,
    _previous_word,
    grammar,
    is_more_english,
    zipf,
)


def restore_accents(doc: Document) -> Document:
    """Restore accents lost by an ASCII-only system, where the lexicon and the context agree.

    >>> restore_accents(Document.from_text("Les Etats membres. A la tête de l'Ecole.")).text
    "Les États membres. À la tête de l'École."
    >>> restore_accents(Document.from_text("On neglige trop souvent la journee consacree aux migrants.")).text
    'On néglige trop souvent la journée consacrée aux migrants.'
    """
    return rewrite(doc, _non_overlapping(_restore_accents(doc.text)), stage="restore_accents")


# ---- accents stripped from a whole page (`On neglige ... la journee consacree`) ---------------

# not inside an e-mail address, a URL or a domain (`presse.geneve@diplomatie.gouv.fr`)
_ASCII_TOKEN = regex.compile(r"(?<![\p{L}\p{N}@/_.])[A-Za-z]+(?![\p{L}\p{N}@/_]|\.\p{L})")
_OPTION = regex.compile(r"(?<![\p{L}\p{N}])--?[\p{L}\p{N}-]*$")
# (three letters at least: `Cà Mau` is Vietnamese, no `Çà`)
_CAPITAL_ONLY = regex.compile(r"(?<![\p{L}\p{N}@/_.\-])[AEIOUC](?=\p{Ll}*[^\x00-\x7f])\p{Ll}{2,}(?![\p{L}\p{N}@/_])")
# `_ASCII_TOKEN`'s matches are the runs of ASCII letters whose neighbours pass its look-arounds: the
# runs are split out by `re` (a third of the time `regex` took to try the look-behind at every
# position), and only the runs that have an accented reading are checked (by `_ascii_tokens`)
_ASCII_RUN = re.compile(r"([A-Za-z]+)")
_LETTER_OR_NUMBER = regex.compile(r"[\p{L}\p{N}]")
_LETTER = regex.compile(r"\p{L}")
_NOT_BEFORE = frozenset("@/_.")
_NOT_AFTER = frozenset("@/_")
# the rest of a hyphenated host name (`dpm (at) peches-maritimes.example.gouv.sn`): its words are no French ones
_HOST_AFTER_HYPHEN = re.compile(r"-[A-Za-z0-9-]*\.[A-Za-z0-9-]+\.[A-Za-z]{2,}")
_CAMEL_PART = regex.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # `valoriserPres`: two words glued
_NEXT_WORD = r"(?P<next>\p{Lu}?\p{Ll}+(?:['’](?=\p{L}))?|\p{Lu}+(?!\p{Ll})|\p{N}+)"
_LONE_A = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’\-])[aA](?=[ \t\u00a0]+{_NEXT_WORD})")
_PARTICIPLE_END = regex.compile(r"(?:é|ée|és|ées|i|is|it|u|us|ert|eint|ait)$")
_INFINITIVE_END = regex.compile(r"(?:er|ir|re|oir)$")
_SUBJECTS = frozenset(("je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "qui", "ce", "cela", "ça", "ne", "n", "se", "s"))


_WORD2 = regex.compile(r"\p{L}{2,}")
_APOSTROPHE_END = regex.compile(r"['’]\s*$")


@lru_cache(maxsize=1)
def _accent_index() -> dict[str, tuple[str, ...]]:
    """Accent-stripped form → its accented spellings, most frequent first (`neglige` →
    `négligé`, `néglige`)."""
    found: dict[str, list[tuple[float, str]]] = {}
    for word, freq in _frequencies("fr").items():
        if freq < 1e-7 or word.isascii():  # zipf < 2, or nothing to restore
            continue
        key = strip_accents(word)
        if key.isascii() and key.isalpha():
            found.setdefault(key, []).append((freq, word))
    return {k: tuple(w for _, w in sorted(v, reverse=True)) for k, v in found.items()}


@lru_cache(maxsize=131072)
def _token_readings(token: str) -> tuple[tuple[int, str, tuple[str, ...], float, float, bool], ...]:
    """The words of an ASCII token that have accented spellings: (offset, word, its accented
    spellings, zipf of the word, of the first spelling, evidence of a stripped page), computed
    once per distinct token (a page repeats its words; most have no accented spelling)."""
    if token.islower() or token.isupper() or (token[0].isupper() and token[1:].islower()):
        parts: Iterable[tuple[int, str]] = ((0, token),)
    else:
        parts = [(part.start(), part.group()) for part in _CAMEL_PART.finditer(token)]
    index = _accent_index()
    out = []
    for offset, w in parts:
        if len(w) < 2:
            continue
        variants = index.get(w.lower())
        if not variants:
            continue
        zw, zv = zipf(w), zipf(variants[0])
        evidence = w.islower() and zv >= 3.0 and zv >= zw + 1.2 and not is_more_english(w)
        out.append((offset, w, variants, zw, zv, evidence))
    return tuple(out)


Readings = tuple[tuple[int, str, tuple[str, ...], float, float, bool], ...]


@lru_cache(maxsize=131072)
def _token_plan(token: str) -> tuple[int, Readings, Readings]:
    """What `_restore_accents` reads of a token: how many of its words show a page stripped of its
    accents (`journee`), its readings, and those that may change on a page that kept its accents
    (not the words in lower case, but for a form the lexicon hardly knows)."""
    readings = _token_readings(token)
    plain = tuple(r for r in readings if not r[1].islower() or (r[3] < 2.0 and r[4] >= 3.5))
    return sum(r[5] for r in readings), readings, plain


@lru_cache(maxsize=4096)
def _letter_or_number(c: str) -> bool:
    return _LETTER_OR_NUMBER.match(c) is not None


@lru_cache(maxsize=4096)
def _letter(c: str) -> bool:
    return _LETTER.match(c) is not None


# the ASCII runs whose readings `_ascii_tokens` asked for, by whether they have any (most have none)
_RUNS_WITH_READINGS: set[str] = set()
_RUNS_WITHOUT_READINGS: set[str] = set()


def _ascii_tokens(text: str) -> Iterator[tuple[int, str]]:
    """(start, token) of each `_ASCII_TOKEN` match that has an accented reading, in order.

    A page's runs of ASCII letters and their offsets come from one split, in C; only the runs
    that `_token_readings` knows (a set of the page's distinct runs) are looked at, by their
    neighbours: a Python step per word of the page cost two thirds of `restore_accents`.

    >>> t = "Les Etats, etat-major; x.Etats Etats@ etats². Ecole_ A.Etre"
    >>> list(_ascii_tokens(t)) == [(m.start(), m.group()) for m in _ASCII_TOKEN.finditer(t) if _token_readings(m.group())]
    True
    """
    parts = _ASCII_RUN.split(text)  # gap, run, gap, ..., run, gap
    runs = parts[1::2]
    distinct = set(runs)
    # (the runs seen before are sorted by set operations, in C; only new runs ask `_token_readings`, whose cache's
    # look-up for every distinct run of every page was a fifteenth of the stage)
    known = distinct.intersection(_RUNS_WITH_READINGS)
    for run in distinct.difference(_RUNS_WITHOUT_READINGS).difference(_RUNS_WITH_READINGS):
        if len(_RUNS_WITH_READINGS) + len(_RUNS_WITHOUT_READINGS) > 400_000:
            _RUNS_WITH_READINGS.clear()
            _RUNS_WITHOUT_READINGS.clear()
        if _token_readings(run):
            _RUNS_WITH_READINGS.add(run)
            known.add(run)
        else:
            _RUNS_WITHOUT_READINGS.add(run)
    if not known:
        return
    starts = list(accumulate(map(len, parts)))[0:-1:2]  # a run starts where the gap before it ends
    n = len(text)
    for at, run in compress(zip(starts, runs), map(known.__contains__, runs)):
        # (the run is whole: no ASCII letter stands beside it; a space, most often there, needs no more test)
        if at and (c := text[at - 1]) != " " and (c in _NOT_BEFORE or _letter_or_number(c)):
            continue
        end = at + len(run)
        if end < n and (c := text[end]) != " " and (c in _NOT_AFTER or _letter_or_number(c) or (c == "." and end + 1 < n and _letter(text[end + 1]))):
            continue
        if end < n and text[end] == "-" and _HOST_AFTER_HYPHEN.match(text, end):
            continue  # the first word of a hyphenated host name (`peches-maritimes.example.gouv.sn`)
        yield at, run


def _english_context(text: str, start: int, end: int) -> bool:
    """Are the words around `text[start:end]` English (a caption, a quote) rather than French?"""
    around = _WORD2.findall(text[max(0, start - 60) : start])[-3:] + _WORD2.findall(text[end : end + 60])[:3]
    english = sum(1 for w in around if is_more_english(w, 0.0))
    return english * 2 > len(around)


def _caps_line(text: str, pos: int, seen: dict[int, bool] | None = None) -> bool:
    """Is the line holding `text[pos]` in capitals? (`seen`: the lines already counted, by start:
    a long line holds many capitalised words)"""
    start = text.rfind("\n", 0, pos) + 1
    if seen is not None and start in seen:
        return seen[start]
    end = text.find("\n", pos)
    line = text[start : end if end != -1 else len(text)]
    letters = [c for c in line if c.isalpha()]
    caps = len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
    if seen is not None:
        seen[start] = caps
    return caps


def _restore_accents(text: str) -> list[Change]:
    """Accents dropped by an ASCII-only system, and capitals written without accent.

    Capitals (`Etats` → `États`, `A la` → `À la`, `GENEVE` → `GENÈVE`) are fixed wherever the
    lexicon prefers the accented spelling. Lower-case words (`journee` → `journée`, `a` → `à`)
    only on a page that shows it lost its accents: several words whose accented spelling is far
    more frequent.
    """
    found = list(_ascii_tokens(text))
    plans = list(map(_token_plan, map(itemgetter(1), found)))  # (one look-up per token: the cache is large)
    stripped_page = sum(map(itemgetter(0), plans)) >= 3
    # (on a page that kept its accents, most words have no reading that may change: skipped in C)
    pick = itemgetter(1 if stripped_page else 2)
    words = []
    for (at, _token), readings in zip(compress(found, map(pick, plans)), filter(None, map(pick, plans))):
        for offset, w, variants, zw, zv, _sign in readings:
            words.append((at + offset, w, variants, zw, zv))
    caps_lines: dict[int, bool] = {}
    changes: list[Change] = []
    for start, w, variants, zw, zv in words:
        v = variants[0]
        if w.islower():  # on a stripped page; elsewhere only a form the lexicon hardly knows
            ok = (stripped_page and (zv >= 2.5 or zw == 0) and zv >= zw + 1.0) or (zw < 2.0 and zv >= 3.5)
        elif w.isupper():  # GENEVE, COMMUNAUTES; in a line of lower-case text, an acronym (`ERE`, `DECUS`) or a section name
            ok = len(w) >= 3 and zv >= zw + 1.0 and (_caps_line(text, start, caps_lines) or (len(w) >= 6 and (zw < 1.0 or zv >= max(zw + 1.5, 3.0))))
        else:  # Capitalised: `Etats` (only the capital lacks its accent) always; `Senegal` on a stripped page
            only_first = strip_accents(v[0]) != v[0] and v[1:] == w[1:].lower()
            ok = ((only_first and zv > zw) or (stripped_page and zv >= zw + 0.5)) and not is_more_english(w)
        if not ok and not (
            stripped_page
            and w.islower()
            and len(w) >= 4
            and w.endswith(("e", "es"))
            and _after_auxiliary(w, variants, _previous_word(text, start), True, _CAPITAL_A_BEFORE.search(text, max(0, start - 4), start) is not None)
        ):
            continue
        if is_more_english(w) and _english_context(text, start, start + len(w)):
            continue
        if start and text[start - 1] == "-" and _OPTION.search(text, max(0, start - 40), start):
            continue  # `--set-selections`: an option name
        ok = True
        lw = w.lower()
        # a word in capitals reads in its line like a lower-case one: `QUI REALISE` is `QUI RÉALISE`
        prev = _previous_word(text, start) if w.islower() or w.isupper() else ""
        if v.endswith("é") and lw.endswith("e") and prev in _SUBJECTS:
            # `On neglige`: after a subject the verb, not the participle (`néglige`, not `négligé`)
            v = next((x for x in variants if x.endswith("e") and zipf(x) >= 2.5), v)
        if not ok:
            continue
        capital_a = prev == "a" and _CAPITAL_A_BEFORE.search(text, max(0, start - 4), start) is not None
        if new_v := _after_auxiliary(w, variants, prev, stripped_page, capital_a):
            v = new_v
        elif (w.islower() or w.isupper()) and (choice := _verb_or_participle(lw, v, variants, prev, _next_word(text, start + len(w)))) is not None:
            if not choice:
                continue  # `necessite`: the verb (nécessite) or the noun (nécessité)? left alone
            v = choice
        new = v.upper() if w.isupper() else _match_case(w, v)
        changes.extend(_diff_changes(w, new, start, "lost accent restored (lexicon)"))
    # a capital that lost its accent in a word that kept its others: `Elément`, `Etablissement`
    for m in _CAPITAL_ONLY.finditer(text) if not text.isascii() else ():
        capital = _accented_capital(m.group())
        if capital:
            changes.append((m.start(), m.start() + 1, capital, "lost accent restored (lexicon)"))
    for m in _lone_a_matches(text):
        accent = _lone_a(text, m, stripped_page)
        if accent:
            changes.append((m.start(), m.end(), accent, "lost accent restored (à: context)"))
    return changes


@lru_cache(maxsize=16384)
def _accented_capital(w: str) -> str | None:
    """The accented capital of a word that lost only its capital's accent (`Elément` → `É`), or None
    (a page repeats its words: read once each)."""
    v = next((x for x in _accent_index().get(strip_accents(w.lower()), ()) if x[1:] == w[1:] and x[0] != w[0].lower()), None)
    return v[0].upper() if v and zipf(v) > zipf(w) else None


# what a `_LONE_A` match starts with: found by `re`, then the pattern is tried there only (from every
# position of the page, `regex` cost a tenth of the stage); an ASCII letter before it rules it out
_A_THEN_SPACE = re.compile(r"[aA](?=[ \t\u00a0])")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _lone_a_matches(text: str) -> Iterator[regex.Match[str]]:
    """`_LONE_A.finditer(text)`, faster (a match is one character: they never overlap).

    >>> t = "a la, A l'île la a  1 -a b ’a c a\u00a0Paris a"
    >>> [m.span() for m in _lone_a_matches(t)] == [m.span() for m in _LONE_A.finditer(t)]
    True
    """
    for hint in _A_THEN_SPACE.finditer(text):
        at = hint.start()
        if at and text[at - 1] in _ASCII_LETTERS:
            continue
        m = _LONE_A.match(text, at)
        if m:
            yield m


_PARTICIPLE = ("é", "ée", "és", "ées")
_FEMININE_DETERMINERS = frozenset(("une", "cette", "sa", "ma", "ta", "toute"))  # (not `notre`, `chaque`: both genders)
_VERB_BEFORE = frozenset(("ne", "n", "se", "s", "qui", "me", "te", "nous", "vous", "le", "la", "les", "lui", "leur", "y", "en"))


_CAPITAL_A_BEFORE = regex.compile(r"(?<![\p{L}])A[ \t]+$")
_NEXT = regex.compile(r"[ \t\u00a0]*(\p{L}+|[^\s\p{L}])?")
_AFTER_PARTICIPLE = frozenset(("par", "à", "au", "aux", "dans", "pour", "sur", "sans", "selon", "depuis", "lors", "comme"))
_ETRE = frozenset(("est", "sont", "était", "étaient", "être", "sera", "seront", "soit", "reste", "restent", "devient", "semble"))


def _next_word(text: str, end: int) -> str:
    m = _NEXT.match(text, end)
    return (m.group(1) or "").lower() if m else ""


def _verb_or_participle(w: str, v: str, variants: tuple[str, ...], prev: str, nxt: str = "") -> str | None:
    """`achève`/`achevé`, `présentes`/`présentés`, `vide`/`vidé`: when the lexicon knows both a
    form ending like the stripped word (a verb, an adjective) and one ending in `é`, the context
    decides: a subject or a clitic before it wants the verb, a determiner the noun; with neither,
    '' (leave the word). None when there is no such pair."""
    if w.endswith("es"):
        cut, ending = 2, "és"
    elif w.endswith("e"):
        cut, ending = 1, "é"
    else:
        return None
    plain = next((x for x in variants if x[-cut:] == w[-cut:] and zipf(x) >= 2.5), None)
    if plain is None:
        return None
    part = plain[:-cut] + ending
    if zipf(part) < 2.5 or v not in (plain, part):
        return None
    if prev in _SUBJECTS or prev in _VERB_BEFORE or (prev in _FEMININE_DETERMINERS and not w.endswith("es")):
        return plain  # `il achève`, `qui nécessite`; `une récolte` (a noun in `-é` is masculine: `une` never takes it)
    if prev in _AUXILIARIES or prev in ("avoir", "eu", "ayant"):
        return part  # `a invité`, `ont foré`, `avoir activé`
    if prev in _ETRE:
        return plain if zipf(plain) >= zipf(part) else part  # `est vide`, `sont présentés`
    if nxt in grammar("determiners") and nxt not in ("leur", "leurs"):
        return plain  # a verb and its object: `crée un fils`, `nécessite la`
    if nxt in _AFTER_PARTICIPLE or nxt == "(":
        return part  # `précisé (utilisateur`, `réservé par`, `généré à partir`
    if zipf(v) >= zipf(plain if v == part else part) + 1.5:
        return v
    return ""


_AUXILIARIES = frozenset(("a", "ont", "avait", "avaient", "aura", "auront", "été", "est", "sont", "était", "étaient", "ai", "avons", "avez"))


def _after_auxiliary(w: str, variants: tuple[str, ...], prev: str, stripped_page: bool, after_capital_a: bool = False) -> str | None:
    """`a invite` on a stripped page: after an auxiliary, the participle (`invité`)."""
    if not stripped_page or prev not in _AUXILIARIES or not w.endswith(("e", "es")) or len(w) < 4:
        return None
    if prev == "a" and after_capital_a:
        return None  # `A titre d'exemple`: `À`, not the verb
    if w in grammar("function_words") or w in grammar("pronouns"):
        return None
    want = w[:-1] + "é" if w.endswith("e") else w[:-2] + "és"
    return next((x for x in variants if x.endswith(("é", "és")) and x[-1] == want[-1] and zipf(x) >= 3.0), None)


def _lone_a(text: str, m: regex.Match[str], stripped_page: bool) -> str | None:
    """`a` or `à`? The verb has a subject before it or a participle after it; the preposition
    opens a phrase (`a changer`, `a l'occasion`, `a leurs`)."""
    nxt = m.group("next")
    nxt_word = nxt.rstrip("'’")
    before = text[max(0, m.start() - 40) : m.start()]
    if m.group() == "A":  # a sentence never opens on the verb: `A l'occasion` is `À l'occasion`
        # (the sentence it opens is English, `A woman and her children`, whatever French stands above it)
        after = _WORD2.findall(text[m.end() : m.end() + 60])[:3]
        english = is_more_english(nxt_word, 0.0) and (
            _english_context(text, m.start(), m.end()) or sum(is_more_english(w, 0.0) for w in after) * 2 > len(after)
        )
        if not _SENTENCE_START.search(before) or (not nxt.endswith(("'", "’")) and english):
            return None
        if nxt_word.isupper() and len(nxt_word) > 1:
            return None  # `A VOIR` an all-caps line: leave it
        low_next = nxt_word.lower()
        if low_next in ("le", "les", "été", "eu", "fait", "pu", "dû", "su", "vu") or (
            nxt_word[:1].isupper() and (low_next in grammar("function_words") or low_next in grammar("pronouns"))
        ):
            return None  # `A été ajouté` (the verb), `A Quand`, `A Le` (a label): never `À le`
        return "À"
    if not stripped_page or _english_context(text, m.start(), m.end()):
        return None
    prev = _previous_word(text, m.start())
    if prev in _SUBJECTS or prev == "y" or _APOSTROPHE_END.search(before):
        return None
    low = nxt_word.lower()
    variant = (_accent_index().get(low) or (low,))[0]
    if low in grammar("negations") or (_PARTICIPLE_END.search(variant) and zipf(variant) >= 3.0 and not _INFINITIVE_END.search(low)):
        return None
    if nxt.endswith(("'", "’")):
        return "à" if low == "l" else None
    if _INFINITIVE_END.search(low) and zipf(low) >= 3.0:
        return "à"
    if low in ("la", "leur", "leurs", "ce", "cette", "chaque", "partir", "travers", "cause", "savoir") or nxt_word[0].isdigit():
        return "à"
    if nxt_word[0].isupper() and nxt_word[1:].islower():
        return "à"
    return None
