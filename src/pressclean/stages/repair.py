"""Character-level repairs: mojibake, HTML debris, characters lost in a lossy encoding.

Three rewriting stages, run in this order by `pressclean.repair_pipeline()`:

- `fix_encoding`: mojibake (UTF-8 read as cp1252 *or* cp1250 and friends), half-repaired words;
- `strip_html`: tags, attribute debris and entities left by a careless scraper;
- `restore_characters`: œ/æ, accented letters and apostrophes that a lossy encoding dropped or
  turned into `?`/`�`, plus accents stripped from a whole page.

Every decision that is not certain is settled by the French lexicon (wordfreq) and the context,
never by a list of words to fix. The lexicon is loaded once, lazily, on first use.
"""

from __future__ import annotations

import html
import math
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import product
from typing import Iterable, Iterator

import regex

from ..document import Document
from ..rewrite import Change, rewrite

# ---------------------------------------------------------------------------------------------
# The lexicon: word frequencies from wordfreq, loaded on first use (never at import time).
# ---------------------------------------------------------------------------------------------


@lru_cache(maxsize=4)
def _frequencies(lang: str) -> dict[str, float]:
    import wordfreq  # heavy-ish import, kept out of `import pressclean`

    return wordfreq.get_frequency_dict(lang)


@lru_cache(maxsize=300_000)
def zipf(word: str, lang: str = "fr") -> float:
    """Zipf frequency of `word` (case-insensitive) in `lang`: 0 when unknown, ~7 for `de`.

    The dictionary lookup is much faster than `wordfreq.zipf_frequency`, which tokenizes.

    >>> zipf("œuvre") > 4 > zipf("uvre")
    True
    """
    f = _frequencies(lang).get(word.lower())
    return math.log10(f) + 9.0 if f else 0.0


def is_more_english(word: str, margin: float = 0.5) -> bool:
    """True when `word` is clearly more frequent in English than in French (`help`, `men`).

    >>> is_more_english("water"), is_more_english("travail"), is_more_english("action")
    (True, False, False)
    """
    return zipf(word, "en") > zipf(word, "fr") + margin


@lru_cache(maxsize=1)
def _grammar() -> dict[str, frozenset[str]]:
    """French closed-class words (determiners, prepositions...) from resources/, loaded once."""
    import json
    from importlib import resources

    data = json.loads(
        resources.files("pressclean.resources").joinpath("french_grammar.json").read_text("utf-8")
    )
    out: dict[str, frozenset[str]] = {}
    for key, value in data.items():
        if key.startswith("_"):
            continue
        if isinstance(value, dict):  # the elision table: prefix -> words that may follow it
            for prefix, words in value.items():
                out[f"{key}:{prefix}"] = frozenset(words)
        else:
            out[key] = frozenset(value)
    return out


def grammar(name: str) -> frozenset[str]:
    """A closed class of French words by name (see resources/french_grammar.json).

    >>> "le" in grammar("determiners") and "de" in grammar("prepositions")
    True
    """
    return _grammar().get(name, frozenset())


# Letters French writes; anything else inside a French word is suspect.
FRENCH_LETTERS = "a-zA-Zàâäçéèêëîïôöùûüÿœæ" "ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ"
_FRENCH_CHAR = regex.compile(rf"[{FRENCH_LETTERS}]")
ELISION_PREFIXES = ("l", "d", "n", "s", "j", "m", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu")
_PREFIXES_LONGEST_FIRST = sorted(ELISION_PREFIXES, key=len, reverse=True)
_VOWELS_H = "aeiouyhàâäéèêëîïôöùûüœæAEIOUYHÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ"

# =============================================================================================
# fix_encoding
# =============================================================================================

# Typographic characters a clean French page legitimately holds (kept by every repair).
_NORMAL_NON_ASCII = set(
    "àâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ«»’‘“”„‚–—…•·€£°§©®™×±²³½¼¾\u00a0\u202f\u2009\u2002\u2003"
)

# Encodings UTF-8 is commonly misread as. cp1252/latin-1 are ftfy's daily bread; cp1250 and
# iso-8859-2 give `rĂ©fugiĂ©s`, iso-8859-15 gives `aprÃšs` (which ftfy "repairs" into `aprÚs`).
_MISREAD_AS = ("cp1250", "iso-8859-15", "cp1252", "latin-1", "iso-8859-2", "mac_roman")


def _byte_chars(encoding: str, lo: int, hi: int) -> str:
    chars = []
    for b in range(lo, hi + 1):
        try:
            chars.append(bytes([b]).decode(encoding))
        except UnicodeDecodeError:
            pass
    return "".join(chars)


def _mojibake_pattern() -> regex.Pattern[str]:
    """A run that looks like UTF-8 bytes shown in some 8-bit code page: lead char + continuation."""
    leads, conts = set(), set()
    for enc in _MISREAD_AS:
        leads.update(_byte_chars(enc, 0xC2, 0xF4))
        conts.update(_byte_chars(enc, 0x80, 0xBF))
    leads -= {" "}
    conts -= {" ", "\n", "\t"}
    lead = regex.escape("".join(sorted(leads)))
    cont = regex.escape("".join(sorted(conts)))
    return regex.compile(rf"[{lead}][{cont}]")


# A token (no ordinary whitespace; NBSP may be part of mojibake: `Ă\xa0` is `à` in cp1250).
_MOJIBAKE_PAIR = _mojibake_pattern()
_TOKEN = regex.compile(r"[^ \t\n\r]+")
# Lines ftfy need not see: plain ASCII without control characters.
_PLAIN_ASCII = regex.compile(r"[\t\x20-\x7e]*")
_LINE_BREAKS = regex.compile(r"\r\n|[\r\u2028\u2029]")
# An uppercase non-ASCII letter (or a non-French letter such as Turkish ı) inside a lowercase word:
# `aprÚs` (a wrong earlier repair), `mÉdecins` (case damage), `Mıse` (Turkish case mapping).
_ODD_LETTER_WORD = regex.compile(
    r"(?<![\p{L}\p{N}])\p{L}*?(?:\p{Ll}[ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒÚÌÒÍÓÁ]\p{Ll}|[ıĂăĹĺÚú](?=\p{Ll}))\p{L}*"
)
_ODD_CANDIDATES = "éèêëàâäîïôöùûüçœi"
# A combining accent left after NFC (a letter that already has its accent, then another one).
_STRAY_MARK = regex.compile(r"(?<=[àâäçéèêëîïôöùûüÿÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ])\p{Mn}+")


def _ftfy_config():  # built lazily: importing ftfy costs time
    import ftfy

    return ftfy.TextFixerConfig(
        uncurl_quotes=False,  # ’ and “ ” are French typography, not damage
        unescape_html=False,  # strip_html decodes entities, with its own reasons
        fix_line_breaks=False,  # done here, before, so that lines are lines
        fix_character_width=False,  # full-width forms can be legitimate (CJK names)
        explain=True,
    )


_FTFY_STEP_NAMES = {
    "decode_inconsistent_utf8": "mojibake: UTF-8 read as Windows-1252 (mixed line)",
    "fix_latin_ligatures": "ligature expanded",
    "remove_control_chars": "control character removed",
    "fix_c1_controls": "C1 control character decoded as Windows-1252",
    "restore_byte_a0": "mojibake: lost non-breaking space byte restored",
    "replace_lossy_sequences": "lossy mojibake replaced",
    "fix_surrogates": "surrogate pair joined",
    "remove_terminal_escapes": "terminal escape removed",
}


def _explain(steps: list[tuple[str, str]]) -> str:
    reasons: list[str] = []
    for kind, what in steps:
        if kind == "encode":
            name = what.replace("sloppy-", "")
            reasons.append(f"mojibake: UTF-8 read as {name}")
        elif kind == "decode" or kind == "transcode":
            continue
        elif kind == "normalize":
            reasons.append(f"Unicode normalised ({what})")
        else:
            reasons.append(_FTFY_STEP_NAMES.get(what, what.replace("_", " ")))
    return "; ".join(dict.fromkeys(reasons)) or "text repaired by ftfy"


def _diff_changes(old: str, new: str, offset: int, reason: str) -> Iterator[Change]:
    """Minimal changes turning `old` into `new` (so the edit log points at the damaged bytes)."""
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            yield (offset + i1, offset + i2, new[j1:j2], reason)


def _weirdness(token: str) -> int:
    """How many characters of `token` a clean French page would not hold."""
    return sum(1 for ch in token if ord(ch) > 0x7E and ch not in _NORMAL_NON_ASCII)


def _word_score(token: str) -> float:
    """The lexicon's opinion of a token: frequency of its letters, 0 when unknown or not a word."""
    word = regex.sub(r"^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$", "", token)
    if not word or not regex.fullmatch(r"\p{L}+(?:[’'\-]\p{L}+)*", word):
        return 0.0
    parts = regex.split(r"[’'\-]", word)
    if len(parts) > 1:  # l’OIM, porte-parole: every part must be a word
        return min(zipf(p) for p in parts)
    return zipf(word)


def _decode_runs(token: str, encoding: str) -> str | None:
    """Decode, inside `token`, every run that is UTF-8 shown as `encoding` (other chars kept)."""
    out: list[str] = []
    i, n, changed = 0, len(token), False
    while i < n:
        ch = token[i]
        try:
            b = ch.encode(encoding)
        except UnicodeEncodeError:
            b = b""
        if len(b) == 1 and 0xC2 <= b[0] <= 0xF4:
            need = 1 if b[0] < 0xE0 else 2 if b[0] < 0xF0 else 3
            raw = bytearray(b)
            j = i + 1
            while j < n and len(raw) <= need:
                try:
                    cb = token[j].encode(encoding)
                except UnicodeEncodeError:
                    break
                if len(cb) != 1 or not 0x80 <= cb[0] <= 0xBF:
                    break
                raw += cb
                j += 1
                if len(raw) == need + 1:
                    break
            if len(raw) == need + 1:
                try:
                    out.append(bytes(raw).decode("utf-8"))
                    i = j
                    changed = True
                    continue
                except UnicodeDecodeError:
                    pass
        out.append(ch)
        i += 1
    return "".join(out) if changed else None


def _best_decoding(token: str) -> tuple[str, str] | None:
    """The best re-decoding of a mojibake token, if the lexicon says it is better French."""
    before_weird = _weirdness(token)
    before_score = _word_score(token)
    best: tuple[float, int, int, str, str] | None = None
    for enc in _MISREAD_AS:
        cand = _decode_runs(token, enc)
        if cand is None:
            continue
        again = _decode_runs(cand, enc)  # double mojibake: Ã�Â© ...
        if again is not None and _weirdness(again) < _weirdness(cand):
            cand = again
        weird = _weirdness(cand)
        score = _word_score(cand)
        if weird >= max(before_weird, 1) or regex.search(r"[\p{Mn}\p{C}]", cand):
            continue
        # Accept when the lexicon knows the new word better, or when the word is unknown either
        # way (a name: `KoulibalĂ©`) but every suspect character is gone.
        if score > before_score + 0.5 or (weird == 0 and score >= before_score):
            key = (score, -weird, -_MISREAD_AS.index(enc), cand, enc)
            if best is None or key[:3] > best[:3]:
                best = key
    if best is None:
        return None
    return best[3], best[4]


def _odd_letter_fix(word: str) -> str | None:
    """`aprÚs` → `après`, `mÉdecins` → `médecins`, `Mıse` → `Mise`, when the lexicon agrees."""
    positions = [
        i
        for i, ch in enumerate(word)
        if (ch.isupper() and ord(ch) > 0x7F and 0 < i < len(word) - 1 and word[i - 1].islower())
        or ch in "ıĂăĹĺ"
        or (ch in "Úú" and i and word[i - 1].islower())
    ]
    if not positions or len(positions) > 2:
        return None
    options = []
    for i in positions:
        ch = word[i]
        opts = {"i"} if ch == "ı" else {ch.lower()} | set(_ODD_CANDIDATES)
        options.append(sorted(o for o in opts if o != ch))
    best, best_z = None, 3.0
    for combo in product(*options):
        chars = list(word)
        for i, c in zip(positions, combo):
            chars[i] = c
        cand = "".join(chars)
        z = zipf(cand)
        if z > best_z:
            best, best_z = cand, z
    return best


def fix_encoding(doc: Document) -> Document:
    """Repair mojibake line by line (ftfy without straightening quotes) and word by word.

    Also: UTF-8 read as cp1250 (`rĂ©fugiĂ©s`) even in a line holding clean accents, which ftfy
    cannot do; half-repaired words (`aprÚs`); line breaks made `\\n`. Clean lines are untouched.

    >>> fix_encoding(Document.from_text("les rĂ©fugiĂ©s et les déplacés « ici »")).text
    'les réfugiés et les déplacés « ici »'
    >>> fix_encoding(Document.from_text("Lâ€™OIM a Ã©tÃ© créée")).text
    'L’OIM a été créée'
    """
    # 1. line breaks: other stages work on `\n` lines
    doc = rewrite(
        doc,
        ((m.start(), m.end(), "\n", "line break normalised") for m in _LINE_BREAKS.finditer(doc.text)),
        stage="fix_encoding",
    )
    # 2. word by word, lexicon-checked: mixed lines and code pages ftfy does not try on mixed text
    changes: list[Change] = []
    text = doc.text
    for m in _TOKEN.finditer(text):
        token = m.group()
        if not _MOJIBAKE_PAIR.search(token):
            continue
        found = _best_decoding(token)
        if found:
            new, enc = found
            changes.extend(_diff_changes(token, new, m.start(), f"mojibake: UTF-8 read as {enc}"))
    doc = rewrite(doc, changes, stage="fix_encoding")
    # 3. ftfy, one line at a time, so that clean lines stay byte-identical and offsets precise
    changes = []
    text = doc.text
    config = None
    pos = 0
    for line in text.split("\n"):
        # ftfy only where it may act: a character a clean page would not hold, or a mojibake pair
        if line and not _PLAIN_ASCII.fullmatch(line) and (_weirdness(line) or _MOJIBAKE_PAIR.search(line)):
            if config is None:
                import ftfy

                config = _ftfy_config()
            fixed, steps = ftfy.fix_and_explain(line, config=config)
            if fixed != line:
                changes.extend(_diff_changes(line, fixed, pos, _explain(steps or [])))
        pos += len(line) + 1
    doc = rewrite(doc, changes, stage="fix_encoding")
    # 4. words with one out-of-place letter, and combining accents doubled on an accented letter
    changes = []
    text = doc.text
    for m in _ODD_LETTER_WORD.finditer(text):
        fixed = _odd_letter_fix(m.group())
        if fixed:
            changes.extend(_diff_changes(m.group(), fixed, m.start(), "wrong letter in word (half-repaired mojibake or case damage; lexicon)"))
    for m in _STRAY_MARK.finditer(text):
        changes.append((m.start(), m.end(), "", "stray combining accent removed"))
    return rewrite(doc, _non_overlapping(changes), stage="fix_encoding")


def _non_overlapping(changes: Iterable[Change]) -> list[Change]:
    """The changes that do not overlap an earlier one (first come, first kept; no duplicates)."""
    out: list[Change] = []
    end = -1
    for c in sorted(changes, key=lambda c: (c[0], c[1])):
        if c[0] > end or (c[0] == end and not (out and out[-1][0] == out[-1][1] == c[0] == c[1])):
            out.append(c)
            end = max(end, c[1])
    return out


# =============================================================================================
# strip_html
# =============================================================================================

# Element names of HTML: only these are taken for tags, so `< 5 ans` and `<OIM>` stay prose.
_HTML_BLOCK = (
    "address article aside blockquote body br center dd div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p pre section table tbody td tfoot "
    "th thead title tr ul"
).split()
_HTML_INLINE = (
    "a abbr acronym b big button cite code del em font i iframe img input ins kbd label mark "
    "meta link noscript object param q s samp select small source span strike strong sub sup "
    "textarea time tt u var video audio picture svg path o:p"
).split()
_HTML_ATTRS = (
    "alt border src href width height class style title target rel id align valign hspace vspace "
    "name type value lang dir role colspan rowspan cellpadding cellspacing bgcolor color face size "
    "frameborder allowfullscreen loading srcset sizes rel onclick onload content charset "
    "http-equiv property data-[\\w-]+ aria-[\\w-]+"
).split()
_BOOLEAN_ATTRS = "checked disabled selected hidden required nowrap async defer allowfullscreen".split()
_TAG_NAMES = "|".join(sorted((regex.escape(t) for t in _HTML_BLOCK + _HTML_INLINE), key=len, reverse=True))
_ATTR_NAMES = "|".join(_HTML_ATTRS)
_ATTR_VALUE = r"""(?:"[^"\n]*"|'[^'\n]*'|[^\s"'<>]+)"""
_ATTR = rf"""(?:[\w:-]+\s*=\s*{_ATTR_VALUE}|(?:{'|'.join(_BOOLEAN_ATTRS)})\b)"""
# One whole tag; runs of tags separated by spaces are handled together.
_ONE_TAG = rf"</?(?:{_TAG_NAMES})\b(?:\s+{_ATTR})*\s*/?>"
_TAG_RUN = regex.compile(rf"(?i){_ONE_TAG}(?:[ \t]*{_ONE_TAG})*")
_BLOCK_TAG = regex.compile(rf"(?i)</?(?:{'|'.join(_HTML_BLOCK)})\b")
_COMMENT = regex.compile(r"<!--.*?-->", regex.S)
_SCRIPT = regex.compile(r"(?is)<(script|style)\b[^>]*>.*?</\1\s*>")
# A tag cut in two by the scraper: what is left is its attributes, e.g. `alt="" border="0" />`
# or `"mailto:a.b@org.int">` (the href's value and the closing bracket).
_ATTR_DEBRIS = regex.compile(
    rf"""(?i)(?:<(?:{_TAG_NAMES})\s+)?(?<![\w=?&/.])(?:(?:{_ATTR_NAMES})\s*=\s*(?:"[^"\n]*"|'[^'\n]*')\s*)+/?>?"""
)
_HREF_DEBRIS = regex.compile(
    rf"""(?i)"(?:mailto:|https?://|www\.|/)[^"\s<>]*"(?:\s+{_ATTR})*\s*/?>"""
)
_ENTITY = regex.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_HIDDEN_EMAIL = regex.compile(r"\[email(?:\s|&#160;|&nbsp;|\u00a0)protected\]")


def _decode_entity(entity: str) -> str:
    decoded = html.unescape(entity)
    return decoded if decoded != entity else entity


def _eat_space(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a removal so that it leaves no double space (`Photo alt="" /> OIM`)."""
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    if before == " " and after in " \n":
        return start - 1, end
    if before == "\n":
        while end < len(text) and text[end] == " ":
            end += 1
    return start, end


def strip_html(doc: Document) -> Document:
    """Remove HTML debris: tags, attribute debris of cut tags, entities; keep the visible text.

    A block tag (`<br />`, `</p>`) becomes a line break unless one is already there. `<` in
    prose (`< 5 ans`) and « » are left alone. A protected e-mail (`[email protected]`) cannot be
    recovered: it is kept and a warning added.

    >>> strip_html(Document.from_text('E-mail : "mailto:a.b@iom.int">a.b@iom.int')).text
    'E-mail : a.b@iom.int'
    >>> strip_html(Document.from_text("<strong>Gen&egrave;ve</strong><br />moins de < 5 ans")).text
    'Genève\\nmoins de < 5 ans'
    """
    # 1. entities first (a page may hold `&lt;br /&gt;`), decoded until nothing changes
    decoded_odd = False
    for _ in range(3):
        changes = [
            (m.start(), m.end(), _decode_entity(m.group()), f"HTML entity {m.group()} decoded")
            for m in _ENTITY.finditer(doc.text)
            if _decode_entity(m.group()) != m.group()
        ]
        if not changes:
            break
        decoded_odd = decoded_odd or any(_weirdness(c[2]) or c[2] in "€’…" for c in changes)
        doc = rewrite(doc, changes, stage="strip_html")
    # 2. scripts, styles, comments: not text at all
    changes = [(m.start(), m.end(), "", "HTML script/style removed") for m in _SCRIPT.finditer(doc.text)]
    doc = rewrite(doc, changes, stage="strip_html")
    changes = [(m.start(), m.end(), "", "HTML comment removed") for m in _COMMENT.finditer(doc.text)]
    doc = rewrite(doc, changes, stage="strip_html")
    # 3. tags
    text = doc.text
    changes = []
    for m in _TAG_RUN.finditer(text):
        before = text[m.start() - 1] if m.start() else "\n"
        after = text[m.end()] if m.end() < len(text) else "\n"
        if _BLOCK_TAG.search(m.group()) and before != "\n" and after != "\n":
            changes.append((m.start(), m.end(), "\n", "HTML block tag → line break"))
        else:
            changes.append((*_eat_space(text, m.start(), m.end()), "", "HTML tag removed"))
    doc = rewrite(doc, changes, stage="strip_html")
    # 4. debris of tags the scraper cut: attributes, the tail of an href
    text = doc.text
    changes = [(*_eat_space(text, m.start(), m.end()), "", "HTML link debris removed") for m in _HREF_DEBRIS.finditer(text)]
    doc = rewrite(doc, changes, stage="strip_html")
    text = doc.text
    changes = [(*_eat_space(text, m.start(), m.end()), "", "HTML attribute debris removed") for m in _ATTR_DEBRIS.finditer(text)]
    doc = rewrite(doc, changes, stage="strip_html")
    if decoded_odd:  # `&Atilde;&copy;` decodes to mojibake: repair it here, not on a second run
        doc = fix_encoding(doc)
    if _HIDDEN_EMAIL.search(doc.text):
        doc = doc.with_warning("a protected e-mail address ([email protected]) cannot be recovered")
    return doc


# =============================================================================================
# restore_characters
# =============================================================================================

_WORD = regex.compile(r"\p{L}+")
# A word holding a hole: `?` or `�` where a letter (or an apostrophe) was lost. Not in URLs.
_HOLEY = regex.compile(
    r"(?<![\p{L}\p{N}?\ufffd/=&%.\-_@\\])"
    r"(?=[\p{L}?\ufffd]*(?:\p{L}[?\ufffd]|[?\ufffd]\p{L}))[\p{L}?\ufffd]+"
    r"(?![\p{N}/=&_@\\]|[.\-]\p{L})"
)
_HOLE_LOWER = "éèêàâçôîûùëïüœæ"
_HOLE_UPPER = "ÉÈÊÀÂÇÔÎÛÙËÏÜŒÆ"
_SENTENCE_START = regex.compile(r"(?:^|[.!?…:]\s+|\n\s*|[«“\"(]\s*|\s[–—-]\s+)$")


def _apostrophe_style(text: str, positions: Iterable[int] = ()) -> str:
    """The apostrophe to restore: the one the damaged lines already use, else ’.

    A lossy encoding can lose ’ (not in Latin-1) but never the ASCII ', so where the lines under
    repair hold no apostrophe at all, the lost one was ’.
    """
    lines = []
    for pos in positions:
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        lines.append(text[start : end if end != -1 else len(text)])
    sample = "\n".join(dict.fromkeys(lines))
    curly = len(regex.findall(r"\p{L}’\p{L}", sample))
    straight = len(regex.findall(r"\p{L}'\p{L}", sample))
    return "'" if straight > curly else "’"


def _elision_score(word: str) -> float:
    """Score of `l’oim`-like words: the part after a known elision prefix must be a word."""
    m = regex.fullmatch(r"(\p{L}+)[’'\x00](\p{L}+)", word)
    if not m or m.group(1).lower() not in ELISION_PREFIXES or m.group(2)[0] not in _VOWELS_H:
        return -1.0
    rest = m.group(2)
    if rest.isupper() and len(rest) >= 2:  # an acronym: l’OIM, d’ONUSIDA
        return 3.0
    return zipf(rest)


def _fill_holes(word: str, starts_sentence: bool, apostrophe: str, trailing_ok: bool) -> str | None:
    """Choose letters for the `?`/`�` holes of `word` by the lexicon; None when unsure."""
    holes = [i for i, ch in enumerate(word) if ch in "?\ufffd"]
    if len(holes) > 3:
        return None
    letters = [ch for ch in word if ch not in "?\ufffd"]
    upper = len(letters) > 1 and all(ch.isupper() for ch in letters)
    options: list[list[str]] = []
    for i in holes:
        opts: list[str] = []
        trailing = i == len(word) - 1
        if trailing and word[i] == "?":
            opts.append("?")  # it may be a real question mark: `vraiment?`
            if not trailing_ok:
                options.append(opts)
                continue
        if upper or (i == 0 and starts_sentence):
            opts.extend(_HOLE_UPPER)
        else:
            opts.extend(_HOLE_LOWER)
        prefix = word[:i]
        if prefix.lower() in ELISION_PREFIXES + ("aujourd",) and i + 1 < len(word) and word[i + 1] in _VOWELS_H + "h":
            opts.append(apostrophe)
        options.append(opts)
    best, best_score = None, 2.5
    for combo in product(*options):
        chars = list(word)
        for i, c in zip(holes, combo):
            chars[i] = c
        cand = "".join(chars)
        core = cand[:-1] if cand.endswith("?") else cand
        if "?" in core or "\ufffd" in core:
            continue
        score = _elision_score(core) if apostrophe in core else zipf(core)
        if score > best_score:
            best, best_score = cand, score
    return best if best != word else None


@lru_cache(maxsize=1)
def _ligature_maps() -> tuple[dict[str, str], dict[tuple[str, str], str], dict[str, str]]:
    """From the lexicon, every word with œ/æ, indexed by how a lossy encoding damages it.

    - `start`: `uvre` → `œuvre` (the œ dropped at the start of a word);
    - `gap`: (`c`, `ur`) → `cœur` (the œ became a space);
    - `dropped`: `vux` → `vœux` (the œ vanished inside a word).
    """
    start: dict[str, str] = {}
    gap: dict[tuple[str, str], str] = {}
    dropped: dict[str, str] = {}
    for word, freq in _frequencies("fr").items():
        if ("œ" not in word and "æ" not in word) or freq < 1e-6:  # zipf < 3
            continue
        i = max(word.find("œ"), word.find("æ"))
        head, tail = word[:i], word[i + 1 :]
        if not tail or not tail.isalpha() or (head and not head.isalpha()):
            continue
        if not head:
            start[tail] = word
        else:
            gap[(head, tail)] = word
            dropped[head + tail] = word
    return start, gap, dropped


@lru_cache(maxsize=1)
def _gap_tails() -> frozenset[str]:
    return frozenset(tail for _, tail in _ligature_maps()[1])


def _match_case(model: str, word: str) -> str:
    if len(model) > 1 and model.isupper():
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _split_plausibility(piece: str) -> float:
    """How plausible `piece` is as a word of its own (single letters are not, except à a y)."""
    if len(piece) == 1 and piece.lower() not in ("a", "à", "y", "ô", "o"):
        return 0.0
    return zipf(piece)


def _previous_word(text: str, pos: int) -> str:
    """The word before `text[pos]` on the same line, lower-cased (`l` for `l'`), or ''."""
    lo = max(0, pos - 40)
    j = pos
    while j > lo and text[j - 1] in " \t":
        j -= 1
    if j > lo and text[j - 1] in "'’":
        j -= 1
    k = j
    while k > lo and text[k - 1].isalpha():
        k -= 1
    return text[k:j].lower()


def _restore_ligatures(text: str) -> list[Change]:
    """œ/æ lost by a Latin-1 round trip: `mis en uvre`, `c ur`, `man uvre`, `ma sur`."""
    start, gap, dropped = _ligature_maps()
    determiners = grammar("determiners")
    changes: list[Change] = []
    words = list(_WORD.finditer(text))
    used = set()
    tails = _gap_tails()
    # the œ became a space: two fragments that are a frequent word with œ between them
    for a, b in zip(words, words[1:]):
        y = b.group()
        if y.lower() not in tails or b.start() - a.end() != 1 or text[a.end()] not in " \n":
            continue
        x = a.group()
        word = gap.get((x.lower(), y.lower()))
        if not word:
            continue
        joined = zipf(word)
        split = min(_split_plausibility(x), _split_plausibility(y))
        if split < 3.6 and split + 1.0 <= joined:
            lig = word[len(x)]
            lig = lig.upper() if (x.isupper() and len(x) > 1) or (x.isupper() and y.isupper()) else lig
            changes.append((a.end(), b.start(), lig, f"lost {lig} restored (lexicon)"))
            used.update((a.start(), b.start()))
    for m in words:
        w = m.group()
        low = w.lower()
        if (low not in start and low not in dropped) or m.start() in used:
            continue
        nxt = text[m.end() : m.end() + 1]
        if nxt in "-’'" and nxt:  # part of a compound or an elision: `sur-mesure`
            continue
        prev = _previous_word(text, m.start())
        after_det = prev in determiners or text[max(0, m.start() - 2) : m.start()] in ("l'", "l’")
        # the œ dropped at the start of a word: `uvre` → `œuvre`; `il` → `œil` only after `un`, `l'`
        if low in start:
            full = start[low]
            zw, zf = zipf(low), zipf(full)
            if (zw < 3.5 and zf >= zw + 1.5) or (after_det and zw >= 5.0 and low in grammar("pronouns")):
                lig = _match_case(w, full[0])
                reason = f"lost {lig} restored (lexicon)" if zw < 3.5 else f"lost {lig} restored (context: after a determiner)"
                changes.append((m.start(), m.start(), lig, reason))
                continue
        # the œ vanished inside a word: `vux` → `vœux`; `sur` → `sœur` only after `ma`, `sa`...
        if low in dropped and len(low) >= 3:
            full = dropped[low]
            zw, zf = zipf(low), zipf(full)
            function_word = low in grammar("prepositions") or low in grammar("pronouns")
            if (zw < 2.5 and zf >= 3.5) or (after_det and function_word and zf >= 3.5):
                i = max(full.find("œ"), full.find("æ"))
                lig = full[i].upper() if w.isupper() else full[i]
                reason = f"lost {lig} restored (lexicon)" if zw < 2.5 else f"lost {lig} restored (context: after a determiner)"
                changes.append((m.start() + i, m.start() + i, lig, reason))
    return changes


def _restore_apostrophes(text: str, apostrophe: str) -> list[Change]:
    """Apostrophes lost in elisions: `l OIM`, `d attaque`, `lOIM`, `dattaque`, `na pas`, `quil`."""
    changes: list[Change] = []
    strong: list[Change] = []
    elidable = grammar("not_after_elision")
    # spaced: a lone elision letter (never a word of its own) before a vowel-initial word
    for m in _SPACED_ELISION.finditer(text):
        prefix, rest = m.group("p"), m.group("w")
        if rest.lower() in elidable:
            continue
        before = text[max(0, m.start() - 12) : m.start()]
        if regex.search(r"\d[\s\u00a0]*$", before):  # `5 l eau`: a unit after a number
            continue
        if prefix[0].isupper() and not (prefix.isupper() and rest.isupper()) and not _SENTENCE_START.search(before):
            continue  # `vitamine D est`: a capital letter is an elision only at a sentence start
        if prefix.lower() == "aujourd" and rest.lower() != "hui":
            continue
        strong.append((m.end("p"), m.start("w"), apostrophe, "lost apostrophe restored (elision)"))
    # glued before a capital: `lOIM`, `dIvano-Frankivsk`, `quEurope` is not French: only l, d, qu
    for m in _GLUED_CAPITAL.finditer(text):
        rest = m.group("w")
        if zipf(m.group()) >= 3.0:
            continue
        strong.append((m.end("p"), m.end("p"), apostrophe, "lost apostrophe restored (elision before a capital)"))
    # glued lower-case words. `dattaque` (unknown word, frequent remainder) is certain. `louest`,
    # `lessentiel` are known to the lexicon only as web misspellings (rare), `quil`, `na`, `cest`
    # as frequent ones: those need the context, and evidence that this page lost its apostrophes.
    probable: list[tuple[Change, bool]] = []
    for m in _GLUED_LOWER.finditer(text):
        word = m.group()
        low = word.lower()
        if word[0].isupper() and not word.isupper() and not _SENTENCE_START.search(text[max(0, m.start() - 12) : m.start()]):
            continue  # `Lorient`, `Damour`: names, not elisions
        found = _glued_elision(text, m.start(), m.end(), low)
        if found is None:
            continue
        prefix, certainty = found
        change = (m.start() + len(prefix), m.start() + len(prefix), apostrophe, "lost apostrophe restored (elision; lexicon)")
        if certainty == "certain":
            strong.append(change)
        else:
            # a pair from the elision table (`lest` → `l'est`) is grammar-checked: evidence is enough
            probable.append((change, certainty == "sure", 0.0 if certainty == "table" else zipf(low)))
    # glued after a capital at a sentence start: `LOrganisation`, `DAbord` (not `LOréal`)
    for m in _GLUED_CAPITAL_START.finditer(text):
        if zipf(m.group("w")) >= 3.0 and zipf(m.group()) < 2.0 and _SENTENCE_START.search(text[max(0, m.start() - 12) : m.start()]):
            strong.append((m.end("p"), m.end("p"), apostrophe, "lost apostrophe restored (elision before a capital)"))
    changes.extend(strong)
    # the page shows it lost its apostrophes: a certain case, or several probable ones
    # (a word the lexicon knows a little, `laide`, needs more evidence than one it hardly knows)
    evidence = len(strong) >= 1 or len(probable) >= 3
    for change, sure, zw in probable:
        if sure or (evidence and (zw < 3.0 or len(strong) >= 3)):
            changes.append(change)
    return changes


def _glued_elision(text: str, start: int, end: int, low: str) -> tuple[str, str] | None:
    """Is `low` (text[start:end]) an elision that lost its apostrophe? (prefix, certainty)."""
    zw = zipf(low)
    if zw >= 5.0:  # `les`, `dans`, `sont`: a frequent word is what it looks like
        return None
    for prefix in _PREFIXES_LONGEST_FIRST:
        if not low.startswith(prefix) or len(low) <= len(prefix):
            continue
        rest = low[len(prefix) :]
        if rest[0] not in _VOWELS_H or rest in grammar("not_after_elision"):
            continue
        zr = zipf(rest)
        if zw < 1.0 and zr >= 3.5 and len(rest) >= 3:
            return prefix, "certain"
        prev = _previous_word(text, start)
        after_ce = prev == "ce" and prefix == "qu"  # `ce quelles` can only be `ce qu'elles`
        if not after_ce and prev in grammar("determiners"):
            return None  # `une dune`, `la lest`: a noun here, whatever the lexicon says
        if rest in grammar(f"elisions:{prefix}") and (zw < 4.2 or after_ce):
            if zr < zw + (1.0 if after_ce else 2.0):
                return None
            follows = {w.lower() for w in regex.findall(r"\p{L}+", text[end : end + 40])[:3]}
            if prefix == "n" and not follows & grammar("negations"):
                return None  # `n'` is the negation: a `pas`, `plus`, `jamais`... must follow
            sure = prefix == "n" or after_ce or not is_more_english(low, 0.0)
            return prefix, "sure" if sure else "table"
        if zw < 3.7 and zr >= 4.0 and zr >= zw + 1.5 and len(rest) >= 3 and not is_more_english(low):
            return prefix, "probable"
        return None
    return None


_SPACED_ELISION = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}’'\-.@/])(?P<p>(?i:jusqu|lorsqu|puisqu|quoiqu|presqu|aujourd|qu|[ldnsjmtc]))"
    rf"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<w>[{_VOWELS_H}]\p{{L}}*)"
)
_GLUED_CAPITAL = regex.compile(
    r"(?<![\p{L}\p{N}’'\-.@/])(?P<p>l|d|qu)(?P<w>[AEIOUYHÀÂÉÈÊÎÔ](?:\p{Lu}+|\p{Ll}+)(?:-\p{L}+)*)\b"
)
_GLUED_CAPITAL_START = regex.compile(r"(?<![\p{L}\p{N}’'\-.@/])(?P<p>L|D|Qu|QU)(?P<w>[AEIOUYHÀÂÉÈÊÎÔ]\p{Ll}+)\b")
_GLUED_LOWER = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}’'\-.@/])(?i:jusqu|lorsqu|puisqu|quoiqu|presqu|aujourd|qu|[ldnsjmtc])"
    rf"[{_VOWELS_H.lower()}]\p{{Ll}}*(?![\p{{L}}’'\-@]|\.\p{{L}})"
)


def _holey_words(text: str) -> Iterator[regex.Match[str]]:
    """The `_HOLEY` words, found from the holes outwards (a scan of every word is slow)."""
    last = -1
    for hole in _HOLE.finditer(text):
        if hole.start() < last:
            continue
        start = hole.start()
        while start > 0 and (text[start - 1].isalpha() or text[start - 1] in "?\ufffd"):
            start -= 1
        m = _HOLEY.match(text, start)
        if m and m.end() > hole.start():
            last = m.end()
            yield m


_HOLE = regex.compile(r"[?\ufffd]")


def _restore_holes(text: str, apostrophe: str) -> list[Change]:
    """`?`/`�` standing for a lost letter or apostrophe: `Soci?t?`, `c?ur`, `l?OIM`."""
    if "?" not in text and "\ufffd" not in text:
        return []
    holey = list(_holey_words(text))
    if not holey:
        return []
    # a trailing `?` is a question mark unless the page shows holes inside words too
    inner = sum(1 for m in holey if any(ch in "?\ufffd" for ch in m.group()[:-1]))
    changes: list[Change] = []
    for m in holey:
        word = m.group()
        starts = bool(_SENTENCE_START.search(text[max(0, m.start() - 12) : m.start()]))
        fixed = _fill_holes(word, starts, apostrophe, trailing_ok=inner > 0 or "\ufffd" in word)
        if fixed:
            for i, (old, new) in enumerate(zip(word, fixed)):
                if old != new:
                    what = "apostrophe" if new in "’'" else new
                    changes.append((m.start() + i, m.start() + i + 1, new, f"lost {what} restored from {old!r} (lexicon)"))
    return changes


# ---- accents stripped from a whole page (`On neglige ... la journee consacree`) ---------------

# not inside an e-mail address, a URL or a domain (`presse.geneve@diplomatie.gouv.fr`)
_ASCII_TOKEN = regex.compile(r"(?<![\p{L}\p{N}@/_.])[A-Za-z]+(?![\p{L}\p{N}@/_]|\.\p{L})")
_CAMEL_PART = regex.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")  # `valoriserPres`: two words glued
_NEXT_WORD = r"(?P<next>\p{Lu}?\p{Ll}+(?:['’](?=\p{L}))?|\p{Lu}+(?!\p{Ll})|\p{N}+)"
_LONE_A = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’\-])[aA](?=[ \t\u00a0]+{_NEXT_WORD})")
_PARTICIPLE_END = regex.compile(r"(?:é|ée|és|ées|i|is|it|u|us|ert|eint|ait)$")
_INFINITIVE_END = regex.compile(r"(?:er|ir|re|oir)$")
_SUBJECTS = frozenset(("je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "qui", "ce", "cela", "ça", "ne", "n", "se", "s"))


def _strip_accents(word: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _accent_index() -> dict[str, tuple[str, ...]]:
    """Accent-stripped form → its accented spellings, most frequent first (`neglige` →
    `négligé`, `néglige`)."""
    found: dict[str, list[tuple[float, str]]] = {}
    for word, freq in _frequencies("fr").items():
        if freq < 1e-7 or word.isascii():  # zipf < 2, or nothing to restore
            continue
        key = _strip_accents(word)
        if key.isascii() and key.isalpha():
            found.setdefault(key, []).append((freq, word))
    return {k: tuple(w for _, w in sorted(v, reverse=True)) for k, v in found.items()}


def _ascii_words(text: str) -> Iterator[tuple[int, str]]:
    for m in _ASCII_TOKEN.finditer(text):
        token = m.group()
        if token.islower() or token.isupper() or (token[0].isupper() and token[1:].islower()):
            yield m.start(), token
        else:
            for part in _CAMEL_PART.finditer(token):
                yield m.start() + part.start(), part.group()


def _english_context(text: str, start: int, end: int) -> bool:
    """Are the words around `text[start:end]` English (a caption, a quote) rather than French?"""
    around = regex.findall(r"\p{L}{2,}", text[max(0, start - 60) : start]) [-3:] + regex.findall(r"\p{L}{2,}", text[end : end + 60])[:3]
    english = sum(1 for w in around if is_more_english(w, 0.0))
    return english * 2 > len(around)


def _restore_accents(text: str) -> list[Change]:
    """Accents dropped by an ASCII-only system, and capitals written without accent.

    Capitals (`Etats` → `États`, `A la` → `À la`, `GENEVE` → `GENÈVE`) are fixed wherever the
    lexicon prefers the accented spelling. Lower-case words (`journee` → `journée`, `a` → `à`)
    only on a page that shows it lost its accents: several words whose accented spelling is far
    more frequent.
    """
    index = _accent_index()
    words = []
    evidence = 0
    for start, w in _ascii_words(text):
        if len(w) < 2:
            continue
        variants = index.get(w.lower())
        if not variants:
            continue
        v = variants[0]
        zw, zv = zipf(w), zipf(v)
        words.append((start, w, variants, zw, zv))
        if w.islower() and zv >= 3.0 and zv >= zw + 1.2 and not is_more_english(w):
            evidence += 1
    stripped_page = evidence >= 3
    changes: list[Change] = []
    for start, w, variants, zw, zv in words:
        v = variants[0]
        if w.islower():  # on a stripped page; elsewhere only a form the lexicon hardly knows
            ok = (stripped_page and (zv >= 2.5 or zw == 0) and zv >= zw + 1.0) or (zw < 2.0 and zv >= 3.5)
        elif w.isupper():  # GENEVE, COMMUNAUTES
            ok = len(w) >= 3 and zv >= zw + 1.0
        else:  # Capitalised: `Etats` (only the capital lacks its accent) always; `Senegal` on a stripped page
            only_first = _strip_accents(v[0]) != v[0] and v[1:] == w[1:].lower()
            ok = (only_first and zv > zw) or (stripped_page and zv >= zw + 0.5)
        if not ok and not (stripped_page and w.islower() and _after_auxiliary(w, variants, _previous_word(text, start), True)):
            continue
        if is_more_english(w) and _english_context(text, start, start + len(w)):
            continue
        ok = True
        prev = _previous_word(text, start) if w.islower() else ""
        if v.endswith("é") and w.endswith("e") and prev in _SUBJECTS:
            # `On neglige`: after a subject the verb, not the participle (`néglige`, not `négligé`)
            v = next((x for x in variants if x.endswith("e") and zipf(x) >= 2.5), v)
        if not ok:
            continue
        if new_v := _after_auxiliary(w, variants, prev, stripped_page):
            v = new_v
        new = v.upper() if w.isupper() else _match_case(w, v)
        changes.extend(_diff_changes(w, new, start, "lost accent restored (lexicon)"))
    for m in _LONE_A.finditer(text):
        accent = _lone_a(text, m, stripped_page)
        if accent:
            changes.append((m.start(), m.end(), accent, "lost accent restored (à: context)"))
    return changes


_AUXILIARIES = frozenset(("a", "ont", "avait", "avaient", "aura", "auront", "été", "est", "sont", "était", "étaient", "ai", "avons", "avez"))


def _after_auxiliary(w: str, variants: tuple[str, ...], prev: str, stripped_page: bool) -> str | None:
    """`a invite` on a stripped page: after an auxiliary, the participle (`invité`)."""
    if not stripped_page or prev not in _AUXILIARIES or not w.endswith(("e", "es")) or len(w) < 4:
        return None
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
        if not _SENTENCE_START.search(before) or (not nxt.endswith(("'", "’")) and is_more_english(nxt_word, 0.0)):
            return None
        if nxt_word.isupper() and len(nxt_word) > 1:
            return None  # `A VOIR` an all-caps line: leave it
        return "À"
    if not stripped_page or _english_context(text, m.start(), m.end()):
        return None
    prev = _previous_word(text, m.start())
    if prev in _SUBJECTS or prev == "y" or regex.search(r"['’]\s*$", before):
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


# ---- the euro sign, which Latin-1 does not have: `Avec 4 , vous offrez` ------------------------
_LOST_EURO = regex.compile(r"(?<=(?<![\p{L}\p{N},.])\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d+)?[ \u00a0])(?=[,.;)](?:\s|$))")
_SPACE_BEFORE_PUNCT = regex.compile(r"\p{L}[ \u00a0][,.](?:\s|$)")


def _restore_euro(text: str) -> list[Change]:
    """A number, a space, then punctuation: a unit was lost, and the one Latin-1 lacks is €.

    Also `60 ? ;`: the € turned into `?` (a question mark is never followed by `;` or `,`).
    Not on a page that puts a space before commas anyway (`42 communes ,`)."""
    changes = [
        (m.start(), m.end(), "€", "lost € restored from '?' (number followed by punctuation)")
        for m in _EURO_AS_QUESTION.finditer(text)
    ]
    if not _SPACE_BEFORE_PUNCT.search(text):
        changes += [(m.start(), m.start(), "€", "lost € restored (number followed by punctuation)") for m in _LOST_EURO.finditer(text)]
    return changes


_EURO_AS_QUESTION = regex.compile(
    r"(?<=(?<![\p{L}\p{N},.])\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d+)?[ \u00a0])\?(?=[ \u00a0]?[,;)]|[ \u00a0]?\.(?:\s|$))"
)
# a dash lost between a dateline (or a title's topic) and the text: `Lviv  LOrganisation`
_LOST_DASH = regex.compile(r"(?m)^(?:\p{Lu}[\p{L}\-]*)(?: [\p{Lu}\p{Ll}][\p{L}\-]*){0,3}\K  (?=\p{Lu})")


# an aside between two lost dashes: `déplacées  dont plus de 400 000 enfants  que compte`
_LOST_DASH_PAIR = regex.compile(r"(?<=[\p{L}\p{N}])(  )(?=\p{Ll})[^.!?;:\n]{3,120}?(?<=[\p{L}\p{N}])(  )(?=\p{Ll})")


def _restore_dash(text: str) -> list[Change]:
    """`Liban  La France renforce`: a ` – ` that a Latin-1 round trip dropped, leaving two spaces;
    also a pair of them around an aside inside a sentence."""
    changes = [(m.start(), m.end(), " – ", "lost dash restored (two spaces after a dateline)") for m in _LOST_DASH.finditer(text)]
    for m in _LOST_DASH_PAIR.finditer(text):
        for g in (1, 2):
            changes.append((m.start(g), m.end(g), " – ", "lost dash restored (two spaces around an aside)"))
    return _non_overlapping(changes)


_APOSTROPHE_SLOT = "\x00"  # where an apostrophe goes, until the page's style is known


def _with_style(text: str, changes: list[Change]) -> list[Change]:
    slots = [c[0] for c in changes if c[2] == _APOSTROPHE_SLOT]
    if not slots:
        return changes
    mark = _apostrophe_style(text, slots)
    return [(s, e, mark if r == _APOSTROPHE_SLOT else r, why) for s, e, r, why in changes]


def restore_characters(doc: Document) -> Document:
    """Put back characters a lossy encoding lost: œ/æ, letters turned into `?`/`�`, apostrophes,
    and accents stripped from a whole page.

    Every repair is a lexicon + context decision: `uvre` becomes `œuvre` because `œuvre` is a
    frequent French word and `uvre` is not; `sur` stays `sur` unless a determiner precedes it
    (`ma sur` → `ma sœur`). The apostrophe inserted is the one the damaged lines already use,
    else ’ (the one a Latin-1 round trip loses).

    >>> restore_characters(Document.from_text("mis en uvre par l OIM, le c ur, Soci?t? ; il na pas")).text
    'mis en œuvre par l’OIM, le cœur, Société ; il n’a pas'
    >>> restore_characters(Document.from_text("Il est sur la table, à l'œil nu ; l OIM.")).text
    "Il est sur la table, à l'œil nu ; l'OIM."
    """
    text = doc.text
    doc = rewrite(doc, _with_style(text, _restore_holes(text, _APOSTROPHE_SLOT)), stage="restore_characters")
    doc = rewrite(doc, _non_overlapping(_restore_ligatures(doc.text)), stage="restore_characters")
    doc = rewrite(doc, _restore_dash(doc.text), stage="restore_characters")  # before: `Lviv – LOrganisation`
    text = doc.text
    doc = rewrite(
        doc, _with_style(text, _non_overlapping(_restore_apostrophes(text, _APOSTROPHE_SLOT))), stage="restore_characters"
    )
    doc = rewrite(doc, _non_overlapping(_restore_accents(doc.text)), stage="restore_characters")
    doc = rewrite(doc, _restore_euro(doc.text), stage="restore_characters")
    return doc
