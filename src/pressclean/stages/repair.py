"""Character-level repairs: mojibake, HTML debris, characters lost in a lossy encoding.

Three rewriting stages, run in this order by `pressclean.repair_pipeline()`:

- `fix_encoding`: mojibake (UTF-8 read as cp1252 *or* cp1250 and friends), half-repaired words;
- `strip_html`: tags, attribute debris and entities left by a careless scraper;
- `restore_characters`: œ/æ, letters, apostrophes, €, dashes that a lossy encoding dropped or
  turned into `?`/`�`; letters and digits an OCR engine misread on a scanned page (`rnarchés`,
  `I'ABK`, `2O25`, `°/o`).

Accents stripped by an ASCII-only system are restored by the opt-in stage in `accents.py`.
Lexicon lookups are cached per distinct word, and every pattern runs only on a page that holds
what it looks for, so the stages keep to about 2 MB/s (benchmarks/bench_repair.py).

Every decision that is not certain is settled by the French lexicon (wordfreq) and the context,
never by a list of words to fix. The lexicon is loaded once, lazily, on first use.
"""

from __future__ import annotations

import html
import json
import math
import re
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate, chain, compress, filterfalse, product, repeat
from typing import Callable, Iterable, Iterator

import regex

from ..document import Document
from ..resources import load_json
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


@lru_cache(maxsize=131072)  # (asked for the same words again and again: two lexicon look-ups each)
def is_more_english(word: str, margin: float = 0.5) -> bool:
    """True when `word` is clearly more frequent in English than in French (`help`, `men`).

    >>> is_more_english("water"), is_more_english("travail"), is_more_english("action")
    (True, False, False)
    """
    return zipf(word, "en") > zipf(word, "fr") + margin


@lru_cache(maxsize=1)
def _grammar() -> dict[str, frozenset[str]]:
    """French closed-class words (determiners, prepositions...) from resources/, loaded once."""
    data = load_json("french_grammar.json")
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
ELISION_PREFIXES = ("l", "d", "n", "s", "j", "m", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu", "aujourd")
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


def _mojibake_pattern() -> re.Pattern[str]:
    """A run that looks like UTF-8 bytes shown in some 8-bit code page: lead char + continuation."""
    leads, conts = set(), set()
    for enc in _MISREAD_AS:
        leads.update(_byte_chars(enc, 0xC2, 0xF4))
        conts.update(_byte_chars(enc, 0x80, 0xBF))
    leads -= {" "}
    conts -= {" ", "\n", "\t"}
    lead = re.escape("".join(sorted(leads)))
    cont = re.escape("".join(sorted(conts)))
    return re.compile(rf"[{lead}][{cont}]")  # `re`: 8x faster than `regex` on a class this long


# A token (no ordinary whitespace; NBSP may be part of mojibake: `Ă\xa0` is `à` in cp1250).
_MOJIBAKE_PAIR = _mojibake_pattern()
_TOKEN = regex.compile(r"[^ \t\n\r]+")
_LINE_BREAKS = regex.compile(r"\r\n|[\r\u2028\u2029]")
# An uppercase non-ASCII letter (or a non-French letter such as Turkish ı) inside a lowercase word:
# `aprÚs` (a wrong earlier repair), `mÉdecins` (case damage), `Mıse` (Turkish case mapping).
# Also a capital's second letter in capitals before lower case: `MÉdecins` (`MSF`, `OIM` stay).
_ODD_LETTER_WORD = regex.compile(
    r"(?<![\p{L}\p{N}])(?:\p{Lu}[ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒÚÌÒÍÓÁ](?=\p{Ll}{2})|\p{L}*?(?:\p{Ll}[ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒÚÌÒÍÓÁ]\p{Ll}|[ıĂăĹĺÚú](?=\p{Ll})))\p{L}*"
)
_ODD_CANDIDATES = "éèêëàâäîïôöùûüçœi"
# Cheap tests that tell whether the slower word patterns below can match at all.
_ODD_LETTERS = frozenset("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒÚÌÒÍÓÁıĂăĹĺÚú")
_ODD_LETTER_HINT = regex.compile(
    r"[ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒÚÌÒÍÓÁ](?<=\p{Ll}.)(?=\p{Ll})|[ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŒÚÌÒÍÓÁ](?<=(?<![\p{L}\p{N}])\p{Lu}.)(?=\p{Ll}{2})|[ıĂăĹĺÚú](?=\p{Ll})"
)
_BREVE = regex.compile(r"[ăĂ]")
_BREVE_LANGUAGE = regex.compile(r"[\u1ea0-\u1ef9ươƯƠđĐșțȘȚşţŞŢ]")  # letters of Vietnamese and Romanian, which write ă too
_ANY_MARK = regex.compile(r"\p{Mn}")
# A combining accent left after NFC (a letter that already has its accent, then another one).
_STRAY_MARK = regex.compile(r"(?<=[àâäçéèêëîïôöùûüÿÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ])\p{Mn}+")


@lru_cache(maxsize=1)
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


def _ftfy_line(line: str) -> tuple[str, str]:
    """ftfy's repair of one line (quotes left as they are) and the reason to log for it."""
    import ftfy

    fixed, steps = ftfy.fix_and_explain(line, config=_ftfy_config())
    return fixed, _explain(steps or [])


# a site's chrome lines (`Accueil › Actualités`, `☰ Menu`) come back on each of its pages: short
# lines are repaired once (long ones, mostly unique, would only fill the cache)
_ftfy_short_line = lru_cache(maxsize=4096)(_ftfy_line)
_SHORT_LINE = 200


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
    for i, j, replacement in _diff(old, new):
        yield (offset + i, offset + j, replacement, reason)


@lru_cache(maxsize=65536)
def _diff(old: str, new: str) -> tuple[tuple[int, int, str], ...]:
    """`_diff_changes` at offset 0, cached: a page repeats its damaged words."""
    p = 0
    n = min(len(old), len(new))
    while p < n and old[p] == new[p]:
        p += 1
    q = 0
    while q < n - p and old[-1 - q] == new[-1 - q]:
        q += 1
    a, b = old[p : len(old) - q], new[p : len(new) - q]
    if not a or not b or len(a) + len(b) <= 4:
        return ((p, p + len(a), b),)
    if len(a) * len(b) > _CHARACTER_DIFF_BUDGET:
        return tuple((p + i, p + j, r) for i, j, r in _token_diff(a, b))
    return tuple((p + i1, p + i2, b[j1:j2]) for tag, i1, i2, j1, j2 in _opcodes(a, b) if tag != "equal")


# SequenceMatcher is quadratic on long runs of one character (`’’’’...` over 10 KB took 30 s):
# past this product of lengths, the diff goes token by token, and character by character only
# inside the replaced tokens that are short enough.
_CHARACTER_DIFF_BUDGET = 250_000
_TOKENS = regex.compile(r"\s+|\S+")


def _token_diff(a: str, b: str) -> Iterator[tuple[int, int, str]]:
    ta, tb = _TOKENS.findall(a), _TOKENS.findall(b)
    starts = [0, *accumulate(len(t) for t in ta)]
    # autojunk (the default) keeps this linear on pages repeating one token thousands of times
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ta, tb).get_opcodes():
        if tag == "equal":
            continue
        old, new, at = "".join(ta[i1:i2]), "".join(tb[j1:j2]), starts[i1]
        if old and new and len(old) * len(new) <= _CHARACTER_DIFF_BUDGET:
            yield from ((at + i, at + j, r) for i, j, r in _diff(old, new))
        else:
            yield at, at + len(old), new


@lru_cache(maxsize=16384)
def _opcodes(a: str, b: str) -> tuple[tuple[str, int, int, int, int], ...]:
    return tuple(SequenceMatcher(None, a, b, autojunk=False).get_opcodes())


def _weirdness(token: str) -> int:
    """How many characters of `token` a clean French page would not hold."""
    if token.isascii() and "\x7f" not in token:
        return 0
    return len(_WEIRD_CHAR.findall(token))


# what `_weirdness` counts, as one pattern: a Python loop over a line's characters was slow
# (`re`, not `regex`: on a long explicit class `re` is 5-7 times faster, with the same matches)
_WEIRD_CHAR = re.compile("[^\x00-\x7e" + re.escape("".join(sorted(_NORMAL_NON_ASCII))) + "]")


# the first and the last letter or digit of a token (searched from its end with REVERSE): a
# pattern for the trailing punctuation, tried from every position, would be quadratic
_ALNUM = regex.compile(r"[\p{L}\p{N}]")
_LAST_ALNUM = regex.compile(r"[\p{L}\p{N}]", regex.REVERSE)
_WORDLIKE = regex.compile(r"\p{L}+(?:[’'\-]\p{L}+)*")
_WORD_JOINERS = regex.compile(r"[’'\-]")
_MARK_OR_CONTROL = regex.compile(r"[\p{Mn}\p{C}]")


def _word_score(token: str) -> float:
    """The lexicon's opinion of a token: frequency of its letters, 0 when unknown or not a word."""
    first = _ALNUM.search(token)
    if first is None:
        return 0.0
    word = token[first.start() : _LAST_ALNUM.search(token).end()]
    if not _WORDLIKE.fullmatch(word):
        return 0.0
    parts = _WORD_JOINERS.split(word)
    if len(parts) > 1:  # l’OIM, porte-parole: every part must be a word
        return min(zipf(p) for p in parts)
    return zipf(word)


@lru_cache(maxsize=16)
def _byte_table(encoding: str) -> dict[str, int]:
    """Character → byte of a single-byte code page (the characters UTF-8 bytes show as)."""
    table: dict[str, int] = {}
    for b in range(0x80, 0x100):
        try:
            table.setdefault(bytes([b]).decode(encoding), b)
        except UnicodeDecodeError:
            pass
    return table


@lru_cache(maxsize=16)
def _lead_chars(encoding: str) -> frozenset[str]:
    """The characters that show a UTF-8 lead byte in `encoding` (no run starts without one)."""
    return frozenset(ch for ch, b in _byte_table(encoding).items() if 0xC2 <= b <= 0xF4)


def _decode_runs(token: str, encoding: str) -> str | None:
    """Decode, inside `token`, every run that is UTF-8 shown as `encoding` (other chars kept)."""
    try:  # the whole token at once, in C, when it is nothing but UTF-8 shown as `encoding`
        whole = token.encode(encoding).decode("utf-8")
        return whole if whole != token else None
    except UnicodeError:
        pass
    if _lead_chars(encoding).isdisjoint(token):
        return None
    table = _byte_table(encoding)
    out: list[str] = []
    i, n, changed = 0, len(token), False
    while i < n:
        ch = token[i]
        lead = table.get(ch, 0)
        if 0xC2 <= lead <= 0xF4:
            need = 1 if lead < 0xE0 else 2 if lead < 0xF0 else 3
            raw = bytearray((lead,))
            j = i + 1
            while j < n and len(raw) <= need:
                cb = table.get(token[j], 0)
                if not 0x80 <= cb <= 0xBF:
                    break
                raw.append(cb)
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


@lru_cache(maxsize=65536)
def _best_decoding(token: str) -> tuple[str, str] | None:
    """The best re-decoding of a mojibake token, if the lexicon says it is better French."""
    before_weird = _weirdness(token)
    before_score = _word_score(token)
    best: tuple[float, int, int, str, str] | None = None
    seen = set()  # code pages often agree: a reading already scored came from a likelier one
    for enc in _MISREAD_AS:
        cand = _decode_runs(token, enc)
        if cand is None:
            continue
        again = _decode_runs(cand, enc)  # double mojibake: Ã�Â© ...
        weird = _weirdness(cand)
        if again is not None and (weird_again := _weirdness(again)) < weird:
            cand, weird = again, weird_again
        if cand in seen or weird >= max(before_weird, 1) or _MARK_OR_CONTROL.search(cand):
            continue
        seen.add(cand)
        score = _word_score(cand)
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
        or (i == 1 and ch.isupper() and ord(ch) > 0x7F and word[0].isupper() and word[2:].islower())
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
    # a dotless ı in a word in lower case has one reading, `i`, and French has no such letter: a word the lexicon
    # knows at all will do (`vaccınateurs`); a capitalised one may be a Turkish name (`Yıldız`), which keeps it
    dotless = word.islower() and all(word[i] == "ı" for i in positions)
    best, best_z = None, 1.0 if dotless else 3.0
    for combo in product(*options):
        chars = list(word)
        for i, c in zip(positions, combo):
            chars[i] = c
        cand = "".join(chars)
        z = zipf(cand.lower() if cand[0].isupper() else cand)
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
    >>> fix_encoding(Document.from_text("Saint\u2010Louis")).text
    'Saint-Louis'
    """
    # 0. a mail body still in its transfer encoding (`d=C3=A9cembre`, lines cut by `=` at 76 columns)
    if "=" in doc.text and _QP_UTF8.search(doc.text):
        doc = rewrite(doc, _quoted_printable(doc.text), stage="fix_encoding", join_words=True)
    # 0b. a JSON answer of a site's API instead of its page: its prose values read as text (`\u00e9`, `\n`, `\/`)
    if doc.text.lstrip()[:1] in ("{", "[") and _is_json(doc.text):
        doc = rewrite(doc, _json_prose(doc.text), stage="fix_encoding")
    # 1. line breaks: other stages work on `\n` lines
    if "\r" in doc.text or "\u2028" in doc.text or "\u2029" in doc.text:
        doc = rewrite(
            doc,
            ((m.start(), m.end(), "\n", "line break normalised") for m in _LINE_BREAKS.finditer(doc.text)),
            stage="fix_encoding",
            join_words=True,
        )
    # 1b. `”` read as cp1252 whose last byte, undefined there (0x9D), a decoder replaced: `solving,â€� said` (the other
    # quotes and dashes of that row keep all three bytes, and ftfy repairs them; no other character is common there)
    if "â€\ufffd" in doc.text:
        doc = rewrite(
            doc,
            ((m.start(), m.end(), "”", "mojibake: ” read as cp1252, its last byte lost") for m in regex.finditer("â€\ufffd", doc.text)),
            stage="fix_encoding",
            join_words=True,
        )
    # 2. whole lines that are nothing but UTF-8 shown in one code page, decoded at once; then
    # word by word, lexicon-checked: mixed lines and code pages ftfy does not try on mixed text
    changes: list[Change] = []
    text = doc.text
    pairs = False
    done = -1
    line_end = -1
    for pair in _iter_mojibake_pairs(text, lambda: done):
        pairs = True
        if pair.start() < done:
            continue  # inside a token (or a line) already seen
        if pair.start() > line_end:  # the first pair of its line: the line as a whole first
            start = text.rfind("\n", 0, pair.start()) + 1
            end = text.find("\n", pair.start())
            line_end = end = len(text) if end == -1 else end
            whole = _line_changes(text, start, end)
            if whole is not None:
                changes.extend(whole)
                done = end
                continue
        m = _TOKEN.match(text, _token_start(text, pair.start()))
        done = m.end()
        token = m.group()
        found = _best_decoding(token)
        if found:
            new, enc = found
            changes.extend(_diff_changes(token, new, m.start(), f"mojibake: UTF-8 read as {enc}"))
    if changes:
        doc = rewrite(doc, _lost_byte_repairs(text, changes), stage="fix_encoding", join_words=True)
    if "Ã " in doc.text:
        # `arrivé Ã la gare`: à (C3 A0) whose A0 byte was dropped, or made a plain space
        # (`arrivÃ© Ã  Paris`: the space is taken with it); `Ã` alone is never a French word
        # (read in cp850 it would become `Ç`), whether or not the page shows other mojibake
        doc = rewrite(doc, [(m.start(), m.end(), "à", "mojibake: à whose second byte (A0) was lost") for m in _LONE_A_TILDE.finditer(doc.text)], stage="fix_encoding")
    # 3. ftfy, one line at a time, so that clean lines stay byte-identical and offsets precise;
    # only on lines where it may act: a character a clean page would not hold, or a mojibake pair
    changes = []
    text = doc.text
    done = -1
    chars = _odd_chars(text)
    weird = not chars <= _NORMAL_NON_ASCII  # a character above `~` that a clean French page does not hold
    # (the page's weird characters are exactly the ones `_WEIRD_CHAR` finds: one pattern for every
    # page, where a class of each page's own characters was compiled anew for most pages)
    hits = [m.start() for m in _WEIRD_CHAR.finditer(text)] if weird else []
    hits = sorted(hits + [m.start() for m in _mojibake_pairs(text)]) if pairs or hits else hits
    for hit in hits:
        if hit < done:
            continue  # this line is done
        start = text.rfind("\n", 0, hit) + 1
        end = text.find("\n", hit)
        end = len(text) if end == -1 else end
        done = end
        line = text[start:end]
        fixed, reason = _ftfy_short_line(line) if len(line) <= _SHORT_LINE else _ftfy_line(line)
        if fixed != line:
            changes.extend(_diff_changes(line, fixed, start, reason))
    for change in changes:
        chars.update(change[2])  # ftfy's half repairs (`aprÚs`) are for step 4
    doc = rewrite(doc, _lost_byte_repairs(text, changes), stage="fix_encoding", join_words=True)
    # 4. text written in cp1252 but shown in another 8-bit code page (`aoűt`, `RÚpublique`)
    if doc.text is not text:  # (else the characters counted for step 3 hold)
        text = doc.text
        weird = not _odd_chars(text) <= _NORMAL_NON_ASCII
    if weird:
        doc = rewrite(doc, _misread_8bit(text), stage="fix_encoding", join_words=True)
    # 5. words with one out-of-place letter, and combining accents doubled on an accented letter
    changes = []
    text = doc.text
    if not chars.isdisjoint(_ODD_LETTERS):
        fixes = [(m, fixed) for m in _odd_letter_words(text, chars) if (fixed := _odd_letter_fix(m.group()))]
        if "ă" in chars or "Ă" in chars:
            # `Nguyễn Văn Linh`, `Brăila`: ă is a letter of Vietnamese and Romanian; in a name written with a capital,
            # or on a page that holds their other letters, it is no half-repaired é
            native = _BREVE_LANGUAGE.search(text) is not None
            fixes = [(m, f) for m, f in fixes if not (_BREVE.search(m.group()) and (native or m.group()[0].isupper()))]
        # the names the page writes with a capital inside a sentence, damaged (`avec MÉdecins`) or not
        names = {f for m, f in fixes if f[0].isupper() and m.start() >= 2 and text[m.start() - 2].islower()}
        decided: list[tuple[regex.Match[str], str]] = []
        for m, fixed in fixes:
            case_damage = fixed == m.group().lower()  # (not a half-repaired `aprÚs`)
            if fixed[0].islower() and ((case_damage and _opens_sentence(text, m.start())) or _written_capitalised(text, fixed, names)):
                # `mÉdecins sans frontiÈres` opening a sentence, or the page's `Médecins`, damaged
                fixed = fixed[0].upper() + fixed[1:]
            decided.append((m, fixed))
        # a name damaged word after word (`mÉdecins sans frontiÈres`) takes its usual French form: the first word
        # capitalised when any is (the page writes `Médecins Sans Frontières` in its header), the others in lower case
        for n, (m, fixed) in enumerate(decided):
            if n and _IN_NAME_GAP.fullmatch(text, decided[n - 1][0].end(), m.start()) and fixed == m.group().lower().capitalize():
                first, head = decided[n - 1]
                decided[n - 1] = (first, head[0].upper() + head[1:])
                decided[n] = (m, fixed.lower())
        for m, fixed in decided:
            changes.extend(_diff_changes(m.group(), fixed, m.start(), "wrong letter in word (half-repaired mojibake or case damage; lexicon)"))
    if _ANY_MARK.search("".join(c for c in chars if c > "\x7f")):
        for m in _STRAY_MARK.finditer(text):
            changes.append((m.start(), m.end(), "", "stray combining accent removed"))
    # 6. the Unicode hyphens some editors write inside compounds (`Lac‐aux‐Hérons`): patterns, names
    # and gazetteers read the hyphen-minus
    if "\u2010" in chars or "\u2011" in chars:
        for m in _UNICODE_HYPHEN.finditer(text):
            if text[m.start() - 1 : m.start()].isalnum() and text[m.end() : m.end() + 1].isalnum():
                if _soft_hyphen_left(text, m.start(), m.end()):
                    changes.append((m.start(), m.end(), "", "hyphenation left inside a word undone (lexicon)"))
                else:
                    changes.append((m.start(), m.end(), "-", "Unicode hyphen inside a word made '-'"))
    # 7. invisible characters a CMS puts inside words (`coopé\u200bration`, a break opportunity): they cut
    # the word for every lexicon and pattern (`Bré\u200bsil` read as `Bré s il`); and a font's private bullet
    if not chars.isdisjoint(_ZERO_WIDTH_CHARS):
        changes.extend((m.start(), m.end(), "", "zero-width character removed") for m in _ZERO_WIDTH.finditer(text))
    if any("\ue000" <= c <= "\uf8ff" for c in chars):
        changes.extend(
            (m.start(), m.end(), "•", "private-use bullet (Symbol font) made '•'") for m in _PRIVATE_USE_BULLET.finditer(text)
        )
    return rewrite(doc, _non_overlapping(changes), stage="fix_encoding", join_words=True)


# the runs of characters above `~` (non-ASCII, and DEL): all the page's characters that the steps
# of fix_encoding ask about are among them
_ABOVE_TILDE_RUN = regex.compile(r"[^\x00-\x7e]+")


# quoted-printable: a UTF-8 character as `=C3=A9` (a lead byte, then continuation bytes, maybe across a soft break),
# any byte as `=XX`, and the soft line break `=` ⏎ that cuts lines at 76 columns
_QP_UTF8 = regex.compile(r"=[C-F][0-9A-F](?:=\n)?=[89AB][0-9A-F]")
_QP_RUN = regex.compile(r"(?:=[0-9A-F]{2}|=\n)+")
_QP_MIN_CHARS = 3  # encoded characters a page needs before its `=XX` are read as an encoding (not `?id=AB`)


def _quoted_printable(text: str) -> list[Change]:
    """The edits that decode a quoted-printable body: from its first encoded UTF-8 character to its last
    (a mail's headers and the archive's own lines around it stay as they are); soft breaks joined.

    >>> t = "Boumerd=C3=A8s, le 3 d=C3=A9cembre =E2=80=93 La Soci=C3=A9t=C3=A9 a annonc=\\n=C3=A9 la mise en service."
    >>> rewrite(Document.from_text(t), _quoted_printable(t), stage="fix_encoding").text
    'Boumerdès, le 3 décembre – La Société a annoncé la mise en service.'
    """
    hits = list(_QP_UTF8.finditer(text))
    if len(hits) < _QP_MIN_CHARS:
        return []
    start = text.rfind("\n", 0, hits[0].start()) + 1
    end = text.find("\n", hits[-1].end())
    end = len(text) if end == -1 else end
    while end < len(text) and text[end - 1] == "=":  # the last line cut by a soft break goes on below
        nxt = text.find("\n", end + 1)
        end = len(text) if nxt == -1 else nxt
    changes: list[Change] = []
    for m in _QP_RUN.finditer(text, start, end):
        raw = m.group().replace("=\n", "")
        data = bytes(int(raw[i + 1 : i + 3], 16) for i in range(0, len(raw), 3))
        try:
            decoded = data.decode("utf-8")
        except UnicodeDecodeError:
            continue  # (a run cut inside a character: left as it is)
        changes.append((m.start(), m.end(), decoded, "quoted-printable decoded (a mail body's transfer encoding)"))
    return changes


# a JSON member holding a string on one line: `"rendered": "<p>Agadez, le 2 d\u00e9cembre ...",`
_JSON_STRING_MEMBER = regex.compile(r'(?m)^[ \t]*"[^"\n]{1,80}"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.){1,5000000})"[ \t]*,?[ \t]*$')
_PROSE_WORDS = 4  # words a value needs to be read as text (a title, a body), not metadata (`"status": "publish"`)
_MAX_JSON = 20_000_000


def _is_json(text: str) -> bool:
    """Is the whole text one JSON document (a site's API answer given instead of its page)?"""
    if len(text) > _MAX_JSON:
        return False
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _json_prose(text: str) -> list[Change]:
    r"""The edits that turn a JSON answer's string members holding prose into their text, one line each (its `\n`
    escapes new lines, HTML left for `strip_html`); the other members stay as they are, for the boilerplate stage.

    >>> t = '{\n  "slug": "agadez-2025",\n  "title": "Agadez : 2\\u00a0400 migrants accompagn\\u00e9s en 2025"\n}'
    >>> rewrite(Document.from_text(t), _json_prose(t), stage="fix_encoding").text.splitlines()[1:3]
    ['  "slug": "agadez-2025",', 'Agadez : 2\xa0400 migrants accompagnés en 2025']
    """
    changes: list[Change] = []
    for m in _JSON_STRING_MEMBER.finditer(text):
        value = json.loads(f'"{m.group(1)}"')
        if len(value.split()) >= _PROSE_WORDS:
            changes.append((m.start(), m.end(), value.strip(), "JSON string decoded as text (an API answer)"))
    return changes


def _odd_chars(text: str) -> set[str]:
    """The characters of `text` above `~`: its runs of them found and joined, twice as fast as a set
    of every character of the page (most of a French page is ASCII)."""
    return set("".join(_ABOVE_TILDE_RUN.findall(text)))


# what follows the space that stood for à's second byte: another space, punctuation, a line end
_AFTER_NBSP_SPACE = frozenset(" \n.,;:!?)»")


def _lost_byte_repairs(text: str, changes: list[Change]) -> list[Change]:
    """`Ã  hauteur`: à is C3 A0 in UTF-8, and A0 read in cp1252 (or cp1250: `Ă`) is a no-break
    space that scrapers make a plain one. A repair to `à` takes that space too when the text
    shows it (a second space, punctuation or the line end after it); else `à  hauteur` keeps
    two spaces, later read as a lost dash.

    Also a closing quote `â€` whose last byte was lost, after an opening “ (ftfy reads `†`).

    >>> _lost_byte_repairs("aide Ã  la", [(5, 6, "à", "m")])
    [(5, 7, 'à', 'm')]
    """
    out = []
    for s, e, r, why in changes:
        if (
            e > s and r.endswith("à") and text[e - 1] in "ÃĂ" and text[e : e + 1] == " "
            and (e + 1 == len(text) or text[e + 1] in _AFTER_NBSP_SPACE)
        ):
            e += 1
        elif r == "†" and text[s:e] == "â€ " and _open_quote_before(text, s):
            # `â€œrapidementâ€ et`: ” is E2 80 9D, and 0x9D, undefined in cp1252, is mostly lost
            # on the way; read with the space as A0 it makes † (never in a press release)
            s, e, r, why = s, e - 1, "”", "mojibake: closing quote whose last byte (0x9D) was lost"
        out.append((s, e, r, why))
    return out


def _open_quote_before(text: str, pos: int) -> bool:
    """An opening “ stands before `pos` on its line, not closed yet."""
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.rfind("“") > line.rfind("”")


_UNICODE_HYPHEN = regex.compile(r"[\u2010\u2011]")
# between two damaged words of one name: a space, maybe a short word in lower case (`mÉdecins sans frontiÈres`)
_IN_NAME_GAP = regex.compile(r"[ \t]+(?:\p{Ll}{1,5}[ \t]+)?")
# zero-width space, word joiner and a byte-order mark inside the text (not the joiners U+200C/D,
# which emoji sequences and some scripts need)
_ZERO_WIDTH_CHARS = frozenset("\u200b\u2060\ufeff")
_ZERO_WIDTH = regex.compile(r"[\u200b\u2060\ufeff]+")
# a private-use character opening a line before a space: the bullet of a Symbol or Wingdings font
# (U+F0B7, U+F0A7, U+F0D8...) in text extracted from Word or PDF
_PRIVATE_USE_BULLET = regex.compile(r"(?m)^[ \t]*\K[\ue000-\uf8ff](?=[ \t])")
_LONE_A_TILDE = regex.compile(r"(?<![\p{L}\p{N}])Ã(?: (?= \p{L}))?(?= \p{L})")
_LETTERS_BEFORE = regex.compile(r"(?r)\p{L}+")
_LETTERS_AFTER = regex.compile(r"\p{Ll}+")


def _soft_hyphen_left(text: str, start: int, end: int) -> bool:
    """The hyphen at text[start:end] is a line-end hyphenation a PDF or an editor left in the
    word (`par‐tenaires`, `forma‐tion`): the lexicon knows the word whole far better than its
    rarer piece. A compound's pieces are words as frequent as the whole or more (`sages‐femmes`,
    `week‐end`, `ré‐élu`).

    >>> [_soft_hyphen_left(w, 5, 6) for w in ("forma\u2010tion", "sages\u2010femmes")]
    [True, False]
    """
    left = _LETTERS_BEFORE.match(text, max(0, start - 40), start)
    right = _LETTERS_AFTER.match(text, end)
    if not left or not right or left.end() != start or not left.group()[1:].islower():
        return False
    whole = zipf((left.group() + right.group()).lower())
    return whole >= 3.0 and whole > min(zipf(left.group().lower()), zipf(right.group())) + 1.0


# A whole line is decoded in one code page only when it is UTF-8 through and through there (any
# clean accented letter would break the UTF-8); `sloppy-` (ftfy's codecs): the bytes cp1252 leaves
# undefined shown as themselves (`Ã\x8f` is `Ï`), as browsers do.
# (and the DOS code page a console shows: `ΓÇÖ`, `ΓÇ£` are ’ and “ read as cp437, which ftfy leaves on an
# English line; a whole line decoding to UTF-8 there is no accident)
_WHOLE_LINE_READS = (*_MISREAD_AS, "sloppy-windows-1252", "sloppy-windows-1250", "cp437")
_NON_ASCII = regex.compile(r"[^\x00-\x7f]+")
_SLOPPY_NAMES = {"sloppy-windows-1252": "cp1252", "sloppy-windows-1250": "cp1250"}


@lru_cache(maxsize=1)
def _sloppy_codecs() -> None:
    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy- codecs; imported on first use)


def _decoded_line(line: str) -> tuple[str, str, int] | None:
    """`line` as the UTF-8 it was, if it reads so whole in one code page (and in no other that
    gives another text): (text, code page, times decoded: 2 for double mojibake)."""
    _sloppy_codecs()
    found: dict[str, tuple[str, int]] = {}
    before = None  # the line's own odd characters, counted only when needed
    seen = set()  # code pages mostly agree: a text already judged is not judged again
    for enc in _WHOLE_LINE_READS:
        try:
            cand = line.encode(enc).decode("utf-8")
        except UnicodeError:
            continue
        times = 1
        try:  # double mojibake: `ÃƒÂ©` is `Ã©`, then `é` (a repaired `é` fails at once, in C)
            again = cand.encode(enc).decode("utf-8")
            if _weirdness(again) < _weirdness(cand):
                cand, times = again, 2
        except UnicodeError:
            pass
        if cand in seen:
            continue
        seen.add(cand)
        if cand == line or _MARK_OR_CONTROL.search(cand):
            continue
        if _WEIRD_CHAR.search(cand):  # some odd character left: fewer than before, at least
            before = max(_weirdness(line), 1) if before is None else before
            if _weirdness(cand) >= before:
                continue
        found.setdefault(cand, (enc, times))
    if len(found) != 1:
        return None  # none, or two code pages that read it differently: word by word decides
    ((cand, (enc, times)),) = found.items()
    return cand, enc, times


def _line_changes(text: str, start: int, end: int) -> list[Change] | None:
    """One change per run of non-ASCII characters of a line that is mojibake through and through
    (so that each repaired letter maps back to its own bytes), or None: not such a line."""
    line = text[start:end]
    found = _decoded_line(line)
    if found is None:
        return None
    new, enc, _times = found
    reason = f"mojibake: UTF-8 read as {_SLOPPY_NAMES.get(enc, enc)}"
    # ASCII reads as itself in these code pages and in UTF-8: the n-th run of non-ASCII characters
    # of the line became the n-th run of the decoded line
    old = list(_NON_ASCII.finditer(line))
    pieces = _NON_ASCII.findall(new)
    if len(old) != len(pieces):
        return None
    return [(start + m.start(), start + m.end(), piece, reason) for m, piece in zip(old, pieces)]


# Code pages a Western (cp1252) page is misread in: `août` shows as `aoűt` in cp852 (DOS
# Central European), `été` as `ÚtÚ`; as `ĺtĺ`-like text in cp1250, `йtй` in cp1251.
_EIGHT_BIT_READS = ("cp852", "cp850", "cp437", "cp1250", "iso-8859-2", "mac_roman", "cp1251")


@lru_cache(maxsize=65536)
def _reread(token: str, encoding: str) -> str | None:
    """`token` as the cp1252 bytes it was, if it was shown in `encoding` (None: it cannot be)."""
    try:
        cand = token.encode(encoding).decode("cp1252")
    except UnicodeError:
        return None
    if cand == token or _MARK_OR_CONTROL.search(cand) or not any(c.isalpha() for c in token):
        return None  # a token with no letter is no misread word (`¹ Source` is no `û Source`)
    # one byte, one character: a letter stays a letter (`Antonín` is no `Anton’n`)
    return None if any(a.isalpha() and not b.isalpha() for a, b in zip(token, cand)) else cand


def _latin1_only(word: str) -> bool:
    return all(ord(c) < 0x100 or c in _NORMAL_NON_ASCII for c in word)


def _misread_8bit(text: str) -> list[Change]:
    """Tokens of a cp1252 page shown in another 8-bit code page, re-read byte for byte.

    A token is re-read when it then holds only characters a French page holds and the lexicon
    knows it far better (`aoűt` → `août`, `Ó` → `à`). Two such repairs in one code page show
    the page was misread in it: then its other tokens too, where they come out in Latin-1 letters
    (`Dajabˇn` → `Dajabón`, a name the lexicon lacks)."""
    tokens: dict[str, list[int]] = {}
    done = -1
    for hit in _WEIRD_CHAR.finditer(text):
        if hit.start() < done:
            continue
        m = _TOKEN.match(text, _token_start(text, hit.start()))
        done = m.end()
        tokens.setdefault(m.group(), []).append(m.start())
    sure: dict[str, tuple[str, str]] = {}
    votes: dict[str, int] = {}
    for token in tokens:
        before = _word_score(token)
        best = None
        for enc in _EIGHT_BIT_READS:
            cand = _reread(token, enc)
            if cand is None or _weirdness(cand):
                continue
            score = _word_score(cand)
            if score >= max(before + 1.0, 2.0) and (best is None or score > best[0]):
                best = (score, cand, enc)
        if best and (alt := _odd_letter_fix(token.strip(".,;:!?()«»\"'’"))) and zipf(alt) > best[0]:
            best = None  # `aprÚs`: one letter wrong (`après`) beats a misreading (`aprés`)
        if best:
            sure[token] = best[1], best[2]
            votes[best[2]] = votes.get(best[2], 0) + len(tokens[token])
    page_enc = max(votes, key=votes.get) if votes and max(votes.values()) >= 2 else None
    changes: list[Change] = []
    for token, starts in tokens.items():
        found = sure.get(token)
        if found is None and page_enc is not None:
            cand = _reread(token, page_enc)
            if cand is not None and _latin1_only(cand) and not _latin1_only(token):
                found = cand, page_enc
        if found:
            new, enc = found
            for start in starts:
                changes.extend(_diff_changes(token, new, start, f"cp1252 text shown as {enc} (lexicon)"))
    return changes


_AFTER_SENTENCE_END = regex.compile(r"[.!?…][»”\"]?\s+$")


def _opens_sentence(text: str, pos: int) -> bool:
    """The word at `pos` opens its line or follows a sentence end: it is written with a capital.

    >>> [_opens_sentence(t, t.index("mot")) for t in ("a\\n  mot", "Fin. mot", "dit  mot")]
    [True, True, False]
    """
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return not before.strip() or bool(_AFTER_SENTENCE_END.search(before))


_ENDS_SENTENCE = regex.compile(r"(?:^|[.!?…][»”\"]?)\s*$")


def _after_sentence_end(text: str, pos: int) -> bool:
    """Only a sentence end (or the text's start) stands before `pos`, across line breaks too: the
    word there takes a capital even on a hard-wrapped page, where a line start alone tells nothing.

    >>> [_after_sentence_end(t, t.index("mot")) for t in ("Fin.\\nmot", "mot", "mis en\\nmot", "Fin. mot")]
    [True, True, False, True]
    """
    return bool(_ENDS_SENTENCE.search(text, max(0, pos - 200), pos)) if pos > 200 else bool(_ENDS_SENTENCE.search(text[:pos]))


def _written_capitalised(text: str, word: str, names: set[str]) -> bool:
    """The page writes `word` with a capital inside a sentence (as it is, or damaged and repaired
    into `names`) and never in lower case: a name (`avec Médecins sans frontières`)."""
    cap = word[0].upper() + word[1:]
    if cap not in names and not regex.search(rf"(?<=\p{{Ll}}[ ’']){regex.escape(cap)}(?!\p{{L}})", text):
        return False
    return not regex.search(rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})", text)


def _odd_letter_words(text: str, chars: set[str]) -> Iterator[regex.Match[str]]:
    """The `_ODD_LETTER_WORD` words, found from their odd letter outwards: the word pattern tried
    at every position of a page costs a quarter of a second per MB."""
    present = "".join(sorted(_ODD_LETTERS.intersection(chars)))
    if not present:
        return
    done = -1
    for hint in _char_class(present).finditer(text):
        start = hint.start()
        if start < done or not _ODD_LETTER_HINT.match(text, start):
            continue
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        m = _ODD_LETTER_WORD.match(text, start)
        if m:
            done = m.end()
            yield m


_NON_ASCII_RUN = regex.compile(r"[^\x00-\x7f]{2,}")


# Pairs of these read as mojibake in mac_roman (`’é`: D5 8E) or as the start of a 3-byte
# sequence (`éé`), never as French shown in a code page: `l’été`, `créées` are clean French
_CLEAN_PAIR_CHARS = frozenset("’éèêàâçôîûùëïüœ«»\xa0")


def _mojibake_pairs(text: str) -> list[regex.Match[str]]:
    """The mojibake pairs of `text` (two non-ASCII characters: found from the rare non-ASCII runs)."""
    return list(_iter_mojibake_pairs(text))


def _iter_mojibake_pairs(text: str, skip_to: Callable[[], int] | None = None) -> Iterator[regex.Match[str]]:
    """`_mojibake_pairs`, lazily; `skip_to()` (asked before each run) says where the caller has
    got to: the runs before it are not looked at (a line decoded whole holds hundreds)."""
    clean = _CLEAN_PAIR_CHARS
    pos = 0
    while (run := _NON_ASCII_RUN.search(text, pos)) is not None:
        if skip_to is not None and run.start() < (to := skip_to()):
            pos = to
            continue
        pos = run.end()
        if clean.issuperset(run.group()):
            continue
        yield from (m for m in _MOJIBAKE_PAIR.finditer(text, run.start(), run.end()) if not clean.issuperset(m.group()))


@lru_cache(maxsize=256)
def _char_class(chars: str) -> re.Pattern[str]:
    # `re`: a plain class scanned over a whole page is several times faster than in `regex`
    return re.compile("[" + re.escape(chars) + "]")


def _token_start(text: str, pos: int) -> int:
    """Where the whitespace-delimited token holding `text[pos]` starts.

    Walks back over the token only: `rfind` of a character the page lacks (a tab) would scan the
    whole text before `pos`, once per token, which made the stage quadratic in the page's length.
    """
    while pos > 0 and text[pos - 1] not in " \n\t\r":
        pos -= 1
    return pos


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
_SPACE_BETWEEN_TAGS = regex.compile(r">[ \t]+<")
_BLOCK_TAG = regex.compile(rf"(?i)</?(?:{'|'.join(_HTML_BLOCK)})\b")
_LIST_TAG = regex.compile(r"(?i)<(/?)(ul|ol|li)\b")
# an item that writes its own marker: `<li>- lundi`, `<li>1. lundi`
_OWN_MARKER = regex.compile(r"[ \t]*(?:[-–—•*·▪►✓]|\d{1,2}[.)])[ \t]")
_COMMENT = regex.compile(r"<!--.*?-->", regex.S)
_SCRIPT = regex.compile(r"(?is)<(script|style)\b[^>]*>.*?</\1\s*>")
# A tag cut in two by the scraper: what is left is its attributes, e.g. `alt="" border="0" />`
# or `"mailto:a.b@org.int">` (the href's value and the closing bracket).
_ATTR_DEBRIS = regex.compile(
    rf"""(?i)(?:<(?:{_TAG_NAMES})\s+)?(?<![\w=?&/.])(?:(?:{_ATTR_NAMES})\s*=\s*(?:"[^"\n]*"|'[^'\n]*')\s*)+/?>?"""
)
# back from an `=`, where a match of `_ATTR_DEBRIS` holding it may start: spaces, the attribute's name, spaces, a
# tag's name and its `<` (read right to left)
_ATTR_HEAD = regex.compile(r"(?r)(?:<?\w*\s*)?[\w:-]*\s*")
_HREF_DEBRIS = regex.compile(
    rf"""(?i)"(?:mailto:|https?://|www\.|/)[^"\s<>]*"(?:\s+{_ATTR})*\s*/?>"""
)
# A WordPress shortcode left in the text: `[vc_row]`, `[caption id="attachment_12" width="800"]`, `[/caption]`. Taken
# for one only with attributes, a closing twin or an underscore in its name, so `[sic]` and `[1]` stay prose.
_SHORTCODE = re.compile(r"""\[(/?)([a-z][a-z0-9]*(?:[_-][a-z0-9]+)*)((?:\s+[\w-]+=(?:"[^"\n\]]*"|'[^'\n\]]*'|[^\s\]"']+))*)\s*/?\]""")
_SHORTCODES_LINE = regex.compile(r"[ \t]*(?:\[[^\[\]\n]*\][ \t]*)+")
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


def _item_marker(run: str, lists: list[list]) -> str:
    """The marker of the list item that a run of tags opens (`• `, or `2. ` in an `<ol>`), else
    ""; `lists` (the lists open before the run) is updated."""
    marker = ""
    for t in _LIST_TAG.finditer(run):
        closing, name = t.group(1), t.group(2).lower()
        if name != "li":
            if closing:
                if lists:
                    lists.pop()
            else:
                lists.append([name, 0])
        elif not closing:
            if lists and lists[-1][0] == "ol":
                lists[-1][1] += 1
                marker = f"{lists[-1][1]}. "
            else:
                marker = "• "
    return marker


def _shortcodes(text: str) -> list[Change]:
    """The shortcodes of a page, each a removal; a line of nothing else goes with its line break.

    >>> [c[3] for c in _shortcodes("[vc_row][vc_column]\\nUne légende[/caption] [sic]")]
    ['CMS shortcodes removed (a line of them)', 'CMS shortcode removed']
    """
    found = list(_SHORTCODE.finditer(text))
    closed = {m.group(2) for m in found if m.group(1)}
    is_code = [bool(m.group(1) or m.group(3) or "_" in m.group(2) or m.group(2) in closed) for m in found]
    # every match of a line, a code or not, by the line's start (read once: a line may hold thousands)
    lines: dict[int, list[int]] = {}
    start = seen = 0
    for n, m in enumerate(found):
        start = text.rfind("\n", seen, m.start()) + 1 or start  # (only what lies past the last match: no rescans)
        seen = m.start()
        lines.setdefault(start, []).append(n)
    changes: list[Change] = []
    for start, ns in lines.items():
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        alone = _SHORTCODES_LINE.match(text, start)
        if all(is_code[n] for n in ns) and alone is not None and alone.end() == end:
            changes.append((start, min(end + 1, len(text)), "", "CMS shortcodes removed (a line of them)"))
        else:
            changes += [(*_eat_space(text, found[n].start(), found[n].end()), "", "CMS shortcode removed") for n in ns if is_code[n]]
    return changes


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
    # (each pattern runs only on a page holding the character it opens on: most pages hold no HTML)
    decoded_odd = False
    for _ in range(3 if "&" in doc.text else 0):
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
    tags = "<" in doc.text
    changes = [(m.start(), m.end(), "", "HTML script/style removed") for m in (_SCRIPT.finditer(doc.text) if tags else ())]
    doc = rewrite(doc, changes, stage="strip_html")
    changes = [(m.start(), m.end(), "", "HTML comment removed") for m in (_COMMENT.finditer(doc.text) if tags else ())]
    doc = rewrite(doc, changes, stage="strip_html")
    # 3. tags
    text = doc.text
    changes = []
    lists: list[list] = []  # the lists open at this point: [tag, items so far]
    for m in _TAG_RUN.finditer(text) if tags else ():
        before = text[m.start() - 1] if m.start() else "\n"
        after = text[m.end()] if m.end() < len(text) else "\n"
        marker = _item_marker(m.group(), lists)
        if marker and not _OWN_MARKER.match(text, m.end()):
            # a list item opens its line with the marker a browser shows: the items stay apart
            # (`<li>lundi …</li><li>mercredi …`: else read as one wrapped line), now and on a second run
            start, end = m.start(), m.end()
            while start and text[start - 1] in " \t":
                start -= 1
            while end < len(text) and text[end] in " \t":
                end += 1
            if text[end : end + 1] == "\n" and text[end + 1 : end + 2] not in ("\n", "<", ""):
                end += 1  # `<li>` ⏎ `lundi …`: the item's text is on the next line
                while end < len(text) and text[end] in " \t":
                    end += 1
            head = "" if not start or text[start - 1] == "\n" else "\n"
            changes.append((start, end, head + marker, "HTML list item → a line with its marker"))
        elif _BLOCK_TAG.search(m.group()) and before != "\n" and after != "\n":
            changes.append((m.start(), m.end(), "\n", "HTML block tag → line break"))
        elif before not in " \t\n" and after not in " \t\n" and _SPACE_BETWEEN_TAGS.search(m.group()):
            # the space between two inline elements is the text's (`<b>mot</b> <i>deux</i>`, a date's span and its byline's)
            changes.append((m.start(), m.end(), " ", "HTML tag removed"))
        else:
            changes.append((*_eat_space(text, m.start(), m.end()), "", "HTML tag removed"))
    doc = rewrite(doc, changes, stage="strip_html")
    # 4. a CMS's shortcodes (a line of them alone goes whole)
    if "[" in doc.text:
        doc = rewrite(doc, _shortcodes(doc.text), stage="strip_html")
    # 5. debris of tags the scraper cut: attributes, the tail of an href
    text = doc.text
    changes = [(*_eat_space(text, m.start(), m.end()), "", "HTML link debris removed") for m in (_HREF_DEBRIS.finditer(text) if '"' in text else ())]
    doc = rewrite(doc, changes, stage="strip_html")
    text = doc.text
    changes = [(*_eat_space(text, m.start(), m.end()), "", "HTML attribute debris removed") for m in _attr_debris(text)]
    doc = rewrite(doc, changes, stage="strip_html")
    # 6. the markup of a Markdown source or of an e-mail's plain-text part: `**bold**`, `## Heading`, `[text](url)`,
    # `** Heading`, `texte (https://...)`
    if "*" in doc.text or "_" in doc.text or "#" in doc.text or "(http" in doc.text or "[" in doc.text:
        doc = rewrite(doc, _markup_debris(doc.text), stage="strip_html")
    if decoded_odd:  # `&Atilde;&copy;` decodes to mojibake: repair it here, not on a second run
        doc = fix_encoding(doc)
    if "[email" in doc.text and _HIDDEN_EMAIL.search(doc.text):
        doc = doc.with_warning("a protected e-mail address ([email protected]) cannot be recovered")
    return doc


def _attr_debris(text: str) -> list[regex.Match[str]]:
    """`list(_ATTR_DEBRIS.finditer(text))`, tried only where a match can start: just before an `=`.

    (The pattern tried at every position of a 1 MB page cost a tenth of its repair time; a page
    holds few `=`, and a match holds one with only a name, spaces and a tag before it.)

    >>> [m.group() for m in _attr_debris('Voir le rapport alt="" border="0" /> et 2 = 2.')]
    ['alt="" border="0" />']
    """
    found: list[regex.Match[str]] = []
    done = 0
    q = text.find("=")
    while q != -1:
        for start in range(max(done, _ATTR_HEAD.match(text, done, q).start()), q):
            m = _ATTR_DEBRIS.match(text, start)
            if m:
                found.append(m)
                done = m.end()
                break
        q = text.find("=", max(q + 1, done))
    return found


_BOLD = regex.compile(r"\*\*(?=\S)([^*\n]{1,300}?)(?<=\S)\*\*")  # `**Luxembourg, le 2 décembre 2025**`
# one mark each side, outside a word: Markdown's and chat apps' `*gras*` and `_italique_` (not `2*3`, `nom_prenom@`)
_EMPHASIS = regex.compile(r"(?<![\w*])([*_])(?=[^\s*_])([^*_\n]{1,300}?)(?<=[^\s*_])\1(?![\w*])")
_MARK_AT_LINE_START = regex.compile(r"^(?:\*\*|#{1,6})[ \t]+(?=\p{L}|\d|«)", regex.MULTILINE)  # `## Une croissance ...`, `** Feux de forêt`
# a chat app's export header opening a message: `[09:14, 02/12/2025] Mairie Jacmel Com: ` (WhatsApp's shape)
_CHAT_HEADER = regex.compile(r"(?m)^\[\d{1,2}:\d{2}(?::\d{2})?, \d{1,2}/\d{1,2}/\d{2,4}\] [^:\n\]]{1,60}: ")
_MARKDOWN_LINK = regex.compile(r"\[([^\[\]\n]{1,200})\]\((?:https?://|www\.|/)[^()\s]{1,500}\)")  # `[le tableau](https://...)`
_URL_IN_BRACKETS = regex.compile(r"[ \t]\((?:https?://|www\.)[^()\s]{1,500}\)")  # `Le dossier (https://...) détaille`


def _markup_debris(text: str) -> list[tuple[int, int, str, str]]:
    """The edits that take a Markdown source's or a plain-text e-mail's markup out of the text, its words kept.

    >>> text = "## Bilan\\n**Dakar, le 2 mai** – Voir [le rapport](https://x.example.org/r) (https://x.example.org/r2)."
    >>> rewrite(Document.from_text(text), _markup_debris(text), stage="strip_html").text
    'Bilan\\nDakar, le 2 mai – Voir le rapport.'
    """
    changes = [(m.start(), m.end(), "", "Markdown or e-mail heading mark removed") for m in _MARK_AT_LINE_START.finditer(text)]
    for m in _BOLD.finditer(text):
        changes += [(m.start(), m.start(1), "", "Markdown emphasis removed"), (m.end(1), m.end(), "", "Markdown emphasis removed")]
    for m in _EMPHASIS.finditer(text):
        changes += [(m.start(), m.start(2), "", "Markdown or chat emphasis removed"), (m.end(2), m.end(), "", "Markdown or chat emphasis removed")]
    changes += [(m.start(), m.end(), m.group(1), "Markdown link reduced to its text") for m in _MARKDOWN_LINK.finditer(text)]
    changes += [(m.start(), m.end(), "", "chat export header removed (time, date, sender)") for m in _CHAT_HEADER.finditer(text)]
    if changes:  # (an address in brackets is markup only on a page that shows other markup: in prose, a citation)
        changes += [(m.start(), m.end(), "", "link address in brackets removed") for m in _URL_IN_BRACKETS.finditer(text)]
    changes.sort()
    # (a mark at a line's start may also open a bold span: keep the first of two edits that overlap)
    return [c for n, c in enumerate(changes) if not n or c[0] >= changes[n - 1][1]]


# =============================================================================================
# restore_characters
# =============================================================================================

_WORD = regex.compile(r"\p{L}+")
# A word holding a hole: `?` or `�` where a letter (or an apostrophe) was lost. Not in URLs; after
# a hyphen only as the second part of a compound, with a hole before a letter (`main-d��uvre`,
# `vice-pr?sident`; not the `?` after `a-t-il`), or as an elision in a longer compound (`Saint-Georges-de-l?Oyapock`)
_HOLEY = regex.compile(
    r"(?:(?<![\p{L}\p{N}?\ufffd/=&%.\-_@\\])|(?<=(?<![\p{N}/=&%.\-_@\\])\p{L}{2,}-)(?=\p{L}*[?\ufffd]+\p{L})|(?<=\p{Ll}{2}-)(?=[ld][?\ufffd]\p{L}))"
    r"(?=[\p{L}?\ufffd]*(?:\p{L}[?\ufffd]|[?\ufffd]\p{L}))[\p{L}?\ufffd]+"
    r"(?![\p{N}/=&_@\\]|[.\-]\p{L})"
)
_HOLE_LOWER = "éèêàâçôîûùëïüœæ"
_HOLE_UPPER = "ÉÈÊÀÂÇÔÎÛÙËÏÜŒÆ"
# where a sentence starts: also after a list item's number at a line start (`(2) Loption`, `3. Lunité`)
# what stands before a sentence's first word: an end mark (`{ends}`), a line start, a list number, a quote, a dash
# (an end mark may close a quote first: `un lion.” Cest`; a bullet opens an item: `• Lusage`)
_START_BEFORE = r"(?:^|[{ends}][»”\"]?\s+|\n\s*|(?:^|\n)\s*\(?\d{{1,3}}(?:\.\d{{1,3}})*[.)]\s+|(?:^|\n)\s*[•·▪►]\s+|[«“\"(]\s*|\s[–—-]\s+)$"
_SENTENCE_START = regex.compile(_START_BEFORE.format(ends=".!?…:"))
# ... without the colon (after `:` French goes on in lower case: `Horaires : Lun, Mar` is no elision)
_SENTENCE_START_STRICT = regex.compile(_START_BEFORE.format(ends=".!?…"))
_DATE_AFTER = regex.compile(r"[.,]?\s*\d{1,2}(?:\s+\p{L}|[/.]\d{1,2}[/.]\d{2,4})")  # `Lun, 02 Mar`, `lun. 01/12/2025`: a date after the word
_WEEKDAY_ABBREVIATIONS = frozenset(("lun", "mar", "mer", "merc", "jeu", "ven", "sam", "dim"))  # (the glued words a date may follow)


def _apostrophe_style(text: str, positions: Iterable[int] = ()) -> str:
    """The apostrophe to restore: ’.

    A lossy encoding (Latin-1, ASCII) loses ’ but never the ASCII ', so a lost apostrophe was ’,
    even on a line that still holds straight ones: those survived because they were straight.
    """
    return "’"


_ELIDED = regex.compile(r"(\p{L}+)[’'\x00](\p{L}+)")


def _elision_score(word: str) -> float:
    """Score of `l’oim`-like words: the part after a known elision prefix must be a word."""
    m = _ELIDED.fullmatch(word)
    if not m or m.group(1).lower() not in ELISION_PREFIXES:
        return -1.0
    rest = m.group(2)
    if rest[0] not in _VOWELS_H:  # `N’Djamena`: only a name the lexicon knows with its apostrophe
        return zipf(f"{m.group(1)}'{rest}")
    if (rest.isupper() or rest[:2].isupper()) and len(rest) >= 2:  # an acronym: l’OIM, d’ONUSIDA, l’INStaD
        return 3.0
    # a `?` between `l`, `d`, `qu`... and a word is the apostrophe (never a question mark
    # there): any word the lexicon knows will do (`l?interpréteur`, `d?horodatage`)
    z = zipf(rest)
    return z + 1.5 if z >= 1.0 and len(rest) >= 3 else z


def _ligature_tail_score(word: str, i: int) -> float:
    """For an unknown word with œ/æ at `i`: the frequency of the œ word it ends with (`inœud` →
    `nœud`), less one (a derived word is rarer than its base); 0 when none."""
    best = 0.0
    for k in range(1, i + 1):
        tail = word[k:]
        if len(tail) >= 4:
            best = max(best, zipf(tail) - 1.0)
    return best if best >= 2.5 else 0.0


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
        opts.extend(_hole_letters(upper or (i == 0 and starts_sentence)))
        prefix = word[:i]
        # (a hole may follow: `l??uvre`, the apostrophe and the œ both lost)
        if prefix.lower() in ELISION_PREFIXES and i + 1 < len(word) and (
            word[i + 1] in _VOWELS_H + "h?\ufffd" or (word[i + 1].isupper() and _known_with_elision(word[i + 1 :].strip("?\ufffd")))
        ):
            opts.append(apostrophe)
        options.append(opts)
    best, best_score = None, 2.5
    best_elision, best_elision_score = None, 2.5
    unknown_elision, letters_known = None, 0.0
    known: list[tuple[float, str]] = []  # every letter candidate the lexicon knows
    for combo in product(*options):
        chars = list(word)
        for i, c in zip(holes, combo):
            chars[i] = c
        cand = "".join(chars)
        core = cand[:-1] if cand.endswith("?") else cand
        if "?" in core or "\ufffd" in core:
            continue
        if apostrophe in core:
            score = _elision_score(core)
            if score > best_elision_score:
                best_elision, best_elision_score = cand, score
            elif score >= 0 and unknown_elision is None and _unknown_rest(core, apostrophe):
                unknown_elision = cand
            continue
        score = zipf(core)
        if score == 0 and len(holes) == 1 and holes[0] < len(core) and core[holes[0]] in "œæ" and core.islower():
            score = _ligature_tail_score(core, holes[0])  # `in?ud`: i-nœud
        letters_known = max(letters_known, score)
        if score > 0:
            known.append((score, cand))
        if score > best_score:
            best, best_score = cand, score
    # a letter the lexicon confirms wins (`n?ud` is `nœud`, not `n’ud`); else the apostrophe,
    # where any word the lexicon knows will do after `l`, `d`, `qu` (`l?interpréteur`)
    if best is None or (best_elision is not None and best_elision_score > best_score + 1.5):
        best = best_elision
    # a `?` between `l`, `d`, `qu`... and a word the lexicon lacks (`d?epoll`, `l?inœud`) is the
    # apostrophe too, unless a letter there makes a word the lexicon knows at all (`d?ambuler`)
    if best is None and letters_known < 1.5:
        best = unknown_elision
    # `L�titia`: `�` inside a word is surely a lost letter (a `?` may be punctuation); a rarer
    # word (a first name) will do when the lexicon knows it far better than any other filling
    if best is None and known and all(word[i] == "\ufffd" and 0 < i < len(word) - 1 for i in holes):
        known.sort(reverse=True)
        if known[0][0] >= 1.5 and (len(known) == 1 or known[0][0] >= known[1][0] + 1.0):
            best = known[0][1]
    # one hole at the end of a word that is whole without it (`est�` before `cassée`): the hole
    # is a lost mark after the word (…, ”), not a letter the lexicon ranks below the word itself
    if best is not None and holes == [len(word) - 1] and len(word) > 2 and zipf(word[:-1]) >= best_score:
        return None
    return best if best != word else None


def _unknown_rest(core: str, apostrophe: str) -> bool:
    prefix, _, rest = core.partition(apostrophe)
    return prefix.lower() in ELISION_PREFIXES and len(rest) >= 3 and rest.isalpha() and rest[0] in _VOWELS_H and zipf(rest) == 0


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
        # rarer œ words too (`désœuvré`, zipf 2): where their damaged form is a word, the
        # frequency tests below leave it; where it is none (`désuvré`), it is what was meant
        if ("œ" not in word and "æ" not in word) or freq < 10 ** (1.5 - 9):  # zipf < 1.5
            continue
        i = max(word.find("œ"), word.find("æ"))
        head, tail = word[:i], word[i + 1 :]
        if not tail or not tail.isalpha() or (head and not head.isalpha()):
            continue
        # a rarer œ word only where its damaged form is no word (`uvré`), not `ils` for `œils`
        rare = freq < 1e-6  # zipf < 3
        # (its plural too where the lexicon lacks it: `cœlacanthes`, `lætitias` never comes up)
        plural = () if word[-1] in "sxz" or zipf(word + "s") else ("s",)
        for end in ("", *plural):
            if not head:
                if not rare or zipf(tail + end) < 1.0:
                    start.setdefault(tail + end, word + end)  # the most frequent œ word wins (wordfreq lists by frequency)
            else:
                # (a single letter is no word of its own: `L titia` is `Lætitia`, whatever `titia` is)
                if not rare or min(_split_plausibility(head), zipf(tail + end)) < 1.0:
                    gap.setdefault((head, tail + end), word + end)
                if not rare or zipf(head + tail + end) < 1.0:
                    dropped.setdefault(head + tail + end, word + end)
    return start, gap, dropped


def _ligature_zipf(word: str) -> float:
    """`zipf(word)`, or a plural the lexicon lacks read by its singular (`cœlacanthes`)."""
    return zipf(word) or (zipf(word[:-1]) - 0.5 if len(word) > 4 and word[-1] == "s" else 0.0)


@lru_cache(maxsize=1)
def _ligature_keys() -> frozenset[str]:
    start, gap, dropped = _ligature_maps()
    return frozenset(start) | frozenset(dropped) | _gap_tails()


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


def _occurrences(text: str, words: Iterable[str]) -> list[tuple[int, int, str]]:
    """Where each of `words` stands as a whole word in `text` (not inside a longer word), in order.

    The stages find their few candidate words in the page's vocabulary first (a set lookup per
    distinct word) and only then look for them in the text: much faster than a pattern over
    every word of the page. Many candidates (a long text has a large vocabulary) take one pass
    over the words instead, so that the time stays linear in the text's length.
    """
    words = set(words)
    if not words:
        return []  # (most calls: the page holds no candidate)
    if len(words) > 64:
        found, starts = _page_words(text)
        # (the test of each word and the pick of the wanted ones run in C: a loop over the
        # page's match objects cost a tenth of restore_characters on a 1 MB page)
        return [(s, s + len(w), w) for s, w in compress(zip(starts, found), map(words.__contains__, found))]
    out = []
    end = len(text)
    long_text = end > 50_000  # (on a short page, compiling the word's pattern costs more than it saves)
    for w in words:
        n = len(w)
        if long_text and _SURE_WORD.fullmatch(w):
            # `u`, `ur` stand inside tens of thousands of words of a long page: the pattern skips,
            # in C, the places a letter follows. (Exact: an occurrence it skips overlaps the one
            # before, so a letter of `w` stands before it; all its letters are `str.isalpha`.)
            for m in _word_then_no_letter(w).finditer(text):
                i, j = m.start(), m.end()
                if (i == 0 or not text[i - 1].isalpha()) and (j == end or not text[j].isalpha()):
                    out.append((i, j, w))
            continue
        i = text.find(w)
        while i != -1:
            j = i + n
            if (i == 0 or not text[i - 1].isalpha()) and (j == len(text) or not text[j].isalpha()):
                out.append((i, j, w))
            i = text.find(w, i + 1)
    out.sort()
    return out


# letters in every Unicode version (ASCII, Latin-1, œ), and a word made of them
_SURE_LETTER = "A-Za-zÀ-ÖØ-öø-ÿŒœ"
_SURE_WORD = re.compile(f"[{_SURE_LETTER}]+")


@lru_cache(maxsize=4096)
def _word_then_no_letter(word: str) -> re.Pattern[str]:
    """`word` where no `_SURE_LETTER` follows it (`re` finds a literal's first letter by a fast scan)."""
    return re.compile(re.escape(word) + f"(?![{_SURE_LETTER}])")


_WORD_SPLIT = regex.compile(r"(\p{L}+)")
# the last text `_split_words` read: [text, its split, its words, their starts or None]
# (restore_characters drops it when done, so a long page's word list does not outlive the stage)
_PAGE_WORDS: list = []


def _split_words(text: str) -> list:
    if not (_PAGE_WORDS and _PAGE_WORDS[0] is text):
        parts = _WORD_SPLIT.split(text)  # gap, word, gap, ..., word, gap
        _PAGE_WORDS[:] = [text, parts, parts[1::2], None]
    return _PAGE_WORDS


# the last text `_tokens` read and its set of space-separated tokens (dropped with `_PAGE_WORDS`)
_PAGE_TOKENS: list = []


def _tokens(text: str) -> set[str]:
    """`set(text.split())`, read once for a text: `_vocabulary` and `_restore_apostrophes` both ask."""
    if not (_PAGE_TOKENS and _PAGE_TOKENS[0] is text):
        _PAGE_TOKENS[:] = [text, set(text.split())]
    return _PAGE_TOKENS[1]


def _vocabulary(text: str) -> set[str]:
    """`set(_WORD.findall(text))`: a long page's from the split that its look-ups (`_page_words`)
    reuse, a short page's from its distinct tokens: a token of letters alone is a word, the
    others are read by `findall` (no word spans a space: the same words, a third faster).

    >>> text = "Les 3 km² d’ici (l’OIM), à\u00a0Genève : état-major_2"
    >>> _vocabulary(text) == set(_WORD.findall(text)), sorted(_vocabulary("le 2ème pas"))
    (True, ['le', 'pas', 'ème'])
    """
    if len(text) > 50_000:
        return set(_split_words(text)[2])
    tokens = _tokens(text)
    others = list(filterfalse(str.isalpha, tokens))
    words = tokens.difference(others)
    if others:
        found = _FAST_WORD.findall(" ".join(others))
        if not all(map(str.isalpha, found)):  # (`_letter_words`' test on the words found only)
            return set(_WORD.findall(text))
        words.update(found)
    return words


# `_WORD` with `re`, which finds them in half the time; but it takes a number sign that is no
# digit (`²`, `½`) for a letter, so a page holding one inside a word is read by `_WORD`
_FAST_WORD = re.compile(r"[^\W\d_]+")


def _letter_words(text: str) -> list[str]:
    """`_WORD.findall(text)`, faster.

    >>> _letter_words("Les 3 km² d’ici"), _WORD.findall("Les 3 km² d’ici")
    (['Les', 'km', 'd', 'ici'], ['Les', 'km', 'd', 'ici'])
    """
    words = _FAST_WORD.findall(text)
    return words if all(map(str.isalpha, words)) else _WORD.findall(text)


def _page_words(text: str) -> tuple[list[str], list[int]]:
    """The `_WORD` words of `text` and their start offsets, read once for the `_occurrences` of
    one text: the running sum of the split's lengths gives the offsets."""
    read = _split_words(text)
    if read[3] is None:
        ends = list(accumulate(map(len, read[1])))
        read[3] = ends[0:-1:2]  # a word starts where the gap before it ends
    return read[2], read[3]


# a word glued to code punctuation (`:buf(param)`, `x_cur`, `=sur`) is code, not prose
_CODE_BEFORE = set(":_=/\\$#@<{[")
_CODE_AFTER = set("(_=/\\$#@>}]")


def _is_code(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1] in _CODE_BEFORE) or (end < len(text) and text[end] in _CODE_AFTER)


@lru_cache(maxsize=65536)
def _derived_ligature(low: str) -> tuple[str, str] | None:
    """An unknown word whose ending is a frequent œ/æ word that lost its ligature: `inud` →
    (`i`, `nœud`). Only the lexicon's frequent œ/æ words count (zipf ≥ 3.5)."""
    if zipf(low) > 0 or len(low) < 4:
        return None
    start, _gap, dropped = _ligature_maps()
    for i in range(1, len(low) - 2):
        tail = low[i:]
        full = dropped.get(tail) or start.get(tail)
        if low[i - 1] in "oa" and full and full[0] in "œæ":
            continue  # `désoeuvré`: the ligature is written out, not lost
        if full and len(tail) >= 3 and zipf(full) >= 3.5:
            return low[:i], full
    return None


# What a word of the page may be a candidate for, computed once per distinct word (a set lookup
# per word and page afterwards): the repairs below only look at the words flagged for them.
_LIG_SINGLE, _LIG_PIECE, _LIG_DERIVED, _GLUED, _GLUED_CAP, _GLUED_CAP_START, _NAME, _GLUED_UNKNOWN, _GLUED_IN_CAPS = 1, 2, 4, 8, 16, 32, 64, 128, 256
# (two tables, not one dict of every word: the page's words are looked up in a set, one memory
# access a word where a dict takes two; that look-up over every distinct word was a twentieth
# of the repair stages)
_UNFLAGGED_WORDS: set[str] = set()  # the words classified with no flag: most of them
_FLAGGED_WORDS: dict[str, int] = {}  # the others, with their flags: few of them


def _word_class(w: str) -> int:
    c = _FLAGGED_WORDS.get(w)
    if c is not None:
        return c
    if w in _UNFLAGGED_WORDS:
        return 0
    c = 0
    low = w.lower()
    if low in _ligature_keys():
        start, _gap, dropped = _ligature_maps()
        if low in start or low in dropped:
            c |= _LIG_SINGLE
        if low in _gap_tails():
            c |= _LIG_PIECE
    n = len(w)
    if n >= 4 and w.islower() and _derived_ligature(w):
        c |= _LIG_DERIVED
    if w[0] in _GLUED_FIRST and n > 1 and w[1:].islower() and _may_be_glued_elision(low):
        c |= _GLUED
    if w[0] in "ldq" and n > 2 and (w[1].isupper() or w[2].isupper()):
        c |= _GLUED_CAP
    if w[0] in "LDQ" and n > 2 and w[1] in "AEIOUYHÀÂÉÈÊÎÔ" and w[2:].islower():
        c |= _GLUED_CAP_START
    if w[0] in "LD" and n > 3 and w[1] in "AEIOUYHÀÂÉÈÊÎÔ" and w.isupper():
        c |= _GLUED_IN_CAPS
    if n > 2 and w[0] in _GLUED_FIRST and _unknown_elision(w):
        c |= _GLUED_UNKNOWN
    if w[0].isupper() and n > 2 and (_known_with_elision(w) or (w[0] in "LDN" and w[1].isupper() and _known_with_elision(w[1:]))):
        c |= _NAME
    elif w[0] == "N" and n > 3 and w[1].isupper() and w[2:].islower():
        c |= _NAME  # `NGuessan`, `NDri`: the lexicon may not know the name, the page's other losses may tell
    if len(_UNFLAGGED_WORDS) + len(_FLAGGED_WORDS) > 400_000:
        _UNFLAGGED_WORDS.clear()
        _FLAGGED_WORDS.clear()
    if c:
        _FLAGGED_WORDS[w] = c
    else:
        _UNFLAGGED_WORDS.add(w)
    return c


# French derivation, to read a word the lexicon lacks: a prefix before a known word
# (`autogroupe`), a suffix after a known stem (`épinglage` from `épingle`, `instancier` from
# `instance`): suffix → the endings its base may have
_DERIVING_PREFIXES = (
    "auto", "anti", "inter", "intra", "multi", "super", "hyper", "micro", "macro", "méta", "pré",
    "post", "extra", "infra", "ultra", "semi", "mono", "poly", "sous", "sur", "télé", "ré", "co",
)
_DERIVING_SUFFIXES = {
    "age": ("er", "e"), "ages": ("er", "e"), "ation": ("er",), "ations": ("er",), "ement": ("er", "e"),
    "ements": ("er", "e"), "eur": ("er",), "eurs": ("er",), "ier": ("e",), "iser": ("e", ""), "able": ("er",),
}


@lru_cache(maxsize=65536)
def _derived(low: str, depth: int = 0) -> bool:
    """Is `low`, unknown to the lexicon, a French word made from a frequent one (zipf ≥ 3)?

    >>> _derived("épinglage"), _derived("autogroupage"), _derived("dépinglage")
    (True, True, False)
    """
    for suffix, bases in _DERIVING_SUFFIXES.items():
        stem = low[: -len(suffix)]
        if low.endswith(suffix) and len(stem) >= 3 and any(zipf(stem + b) >= 3.0 for b in bases):
            return True
    if depth == 0:
        for prefix in _DERIVING_PREFIXES:
            word = low[len(prefix) :]
            if low.startswith(prefix) and len(word) >= 4 and (zipf(word) >= 3.0 or _derived(word, 1)):
                return True
    return False


def _singular(word: str) -> str:
    """`inœuds` -> `inœud`: the page's words counted as one across number."""
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word


def _other_number(word: str) -> str:
    """The plural of a singular, the singular of a plural (`inœud` <-> `inœuds`).

    >>> _other_number("inœud"), _other_number("inœuds")
    ('inœuds', 'inœud')
    """
    return word[:-1] if len(word) > 3 and word[-1] in "sx" else word + "s"


@lru_cache(maxsize=65536)  # (asked again for each occurrence of a page's flagged words)
def _unknown_elision(w: str) -> str | None:
    """The elision prefix of `w` if `w` is unknown to the lexicon and reads as prefix + a word
    starting with a vowel (`dinœud`, `LOIM`, `depoll`): the page decides whether that word is one.
    `LID`, `dId` (`L’ID`): `l` or `d` glued to a capital is rarely a word, even when the lexicon
    knows it a little (`lid`, English), and the rest may be a two-letter acronym."""
    capital = w[0] in "LDld" and len(w) >= 3 and w[1].isupper()
    if zipf(w) >= (2.5 if capital else 1.0):
        return None
    low = w.lower()
    for prefix in _PREFIXES_LONGEST_FIRST:
        if low.startswith(prefix) and len(low) - len(prefix) >= (2 if capital else 3):
            rest = w[len(prefix) :]
            cased = rest.islower() or rest.isupper() or (rest[0].isupper() and rest[1:].islower())
            return prefix if rest[0] in _VOWELS_H and cased else None
    return None


def _flagged(vocab: Iterable[str]) -> list[tuple[str, int]]:
    """The words of `vocab` that some repair may concern, with their flags (in no set order).

    A set difference, in C, leaves the page's flagged words and its new ones: a Python loop over
    every word of every page cost a tenth of the repair stages' time."""
    vocab = vocab if isinstance(vocab, (set, frozenset)) else set(vocab)
    out = []
    known = _FLAGGED_WORDS
    # (what is left: the page's flagged words and its new ones; a word whose flags a clearing of
    # the tables dropped while new ones are classified is classified again, to the same flags)
    for w in vocab.difference(_UNFLAGGED_WORDS):
        c = known.get(w)
        if c is None:
            c = _word_class(w)
        if c:
            out.append((w, c))
    return out


# a word cut by a typesetter: its first half ends on a hyphen before a space or a line break
_CUT_AFTER = frozenset(("- ", "-\n"))
_NUMBER_NEXT = regex.compile(r"[ \u00a0]+(?:\d|(?i:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|cent|mille)\b)")
_POSSESSIVES = frozenset(("ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "leur", "nos", "vos", "leurs", "une", "cette"))
# determiners of a masculine singular noun (not `au`: `au vu de`; not `la`: `il la vu` is `il l’a vu`)
_MASCULINE_DETERMINERS = frozenset(("un", "le", "ce", "cet", "mon", "ton", "son", "notre", "votre", "leur", "du", "chaque", "aucun", "quel"))


def _line_at(text: str, pos: int) -> str:
    """The line of `text` that holds position `pos`."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1 : end if end != -1 else len(text)]


def _upper_line(text: str, pos: int) -> bool:
    letters = [c for c in _line_at(text, pos) if c.isalpha()]
    return len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _in_capitals_run(text: str, pos: int) -> bool:
    """Does the word at `pos` stand between capital words, three or more in a row on its line?"""
    line_start = text.rfind("\n", 0, pos) + 1
    words = [(m.start() + line_start, m.group()) for m in _WORD.finditer(_line_at(text, pos))]
    at = next((i for i, (s, _) in enumerate(words) if s <= pos < s + len(words[i][1])), None)
    if at is None:
        return False
    lo = hi = at
    while lo > 0 and words[lo - 1][1].isupper():
        lo -= 1
    while hi + 1 < len(words) and words[hi + 1][1].isupper():
        hi += 1
    return hi - lo >= 2


def _words_around(text: str, start: int, end: int) -> list[str]:
    """The two words before `text[start:end]` and the two after it (fewer at the text's edges)."""
    return _WORD.findall(text[max(0, start - 40) : start])[-2:] + _WORD.findall(text[end : end + 40])[:2]


def _technical_context(text: str, start: int, end: int) -> bool:
    """Two of the four nearest words rare in French (`nfs`, `tmp`) or English: a list of names
    or commands (`ufs, nfs, tmp`), where a word that looks damaged is a name too."""
    return sum(1 for w in _words_around(text, start, end) if zipf(w) < 2.5 or is_more_english(w)) >= 2


def _restore_ligatures(text: str, flagged: list[tuple[str, int]] | None = None) -> list[Change]:
    """œ/æ lost by a Latin-1 round trip: `mis en uvre`, `c ur`, `man uvre`, `ma sur`.

    A word the lexicon hardly knows whose œ spelling is frequent is restored (`uvre`, `vux`);
    a word that is also a word of its own (`cur`, `sur`, `il`) needs the context (`ma sur`,
    `coup d’il`) or a page that shows, by a certain case, that it lost its ligatures.
    """
    start, gap, dropped = _ligature_maps()
    determiners = grammar("determiners")
    if flagged is None:
        flagged = _flagged(set(_WORD.findall(text)))
    # a heading run into its text (`mettons en uvreAvec ses`): the layout stage splits it later,
    # so the word before the capital is read as a word here, or a second `clean` would repair it
    glued = _glued_to_capital(text)
    if glued:
        flagged = flagged + _flagged({w for _, _, w in glued})
    singles = [w for w, c in flagged if c & _LIG_SINGLE]
    pieces = [w for w, c in flagged if c & _LIG_PIECE]
    derived = [w for w, c in flagged if c & _LIG_DERIVED]
    if not singles and not pieces and not derived:
        return []
    changes: list[Change] = []
    weak: list[Change] = []  # need a certain repair on the page
    probable: list[Change] = []  # need a page that kept no œ/æ (a lossy encoding loses them all)
    kept = any(ch in text for ch in "œæŒÆ")
    used = set()
    fragments: list[tuple[tuple[str, str], Change]] = []  # `in ud`: a known fragment, page decides
    # the œ became a space: two fragments that are a frequent word with œ between them
    for s, e, y in _occurrences(text, pieces):
        if s < 2 or text[s - 1] not in " \n" or not text[s - 2].isalpha():
            continue
        k = s - 1
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        x = text[k : s - 1]
        word = gap.get((x.lower(), y.lower()))
        if not word and not kept and x.islower() and y.islower() and not _is_code(text, k, e):
            # `in ud`: a word derived from an œ word (i-nœud), which the lexicon lacks
            found = _derived_ligature(x + y)
            if found and _has_prefix(found[0]) and len(found[0]) < len(x) and zipf(y) < 3.5:
                lig = found[1][len(x) - len(found[0])]
                change = (s - 1, s, lig, f"lost {lig} restored (lexicon: {found[1]}; nothing on the page kept one)")
                if zipf(y) < min(3.0, zipf(found[1]) - 1.0) or is_more_english(x, 1.0):
                    # split, it would read as an English word (`in`) then a rare fragment
                    probable.append(change)
                else:
                    # `in ud`: wordfreq knows the fragment `ud` (a name), so the lexicon alone does
                    # not settle it; the page does, when it writes the same pair again or lost others
                    fragments.append(((x.lower(), y.lower()), change))
            continue
        if not word or _is_code(text, k, e):
            continue
        joined = _ligature_zipf(word)
        split = min(_split_plausibility(x), _split_plausibility(y))
        if split < 3.6 and split + 1.0 <= joined:
            lig = word[len(x)]
            lig = lig.upper() if (x.isupper() and len(x) > 1) or (x.isupper() and y.isupper()) else lig
            changes.append((s - 1, s, lig, f"lost {lig} restored (lexicon)"))
            used.update((k, s))
    single_set = set(singles)
    for s, e, w in sorted(_occurrences(text, singles) + [g for g in glued if g[2] in single_set]):
        if s in used or _is_code(text, s, e):
            continue
        if s and text[s - 1] in "?\ufffd":
            continue  # `dés?uvré`: the hole is where the œ went, not before `uvré`
        nxt = text[e : e + 1]
        if nxt and nxt in "-’'":  # part of a compound or an elision: `sur-mesure`
            continue
        if w.isupper() and len(w) <= 4 and not (_upper_line(text, s) or _in_capitals_run(text, s)):
            # `UFS`: an acronym, unless its line or its phrase is in capitals (`UVRE COMPLÈTE`,
            # `MISE EN UVRE PAR L’AFDLe projet`: a heading glued to its paragraph, not yet split)
            continue
        found = _lost_ligature(text, s, w, start, dropped, determiners)
        # `fat, vfat, ufs et xfs`: names of things, not French words (asked last: it is slow)
        if found is not None and not _technical_context(text, s, e):
            (weak if found[0] == "weak" else changes).append(found[1])
    # a word derived from an œ word (`inud`), which the lexicon lacks: on a page that kept no
    # œ/æ (a lossy encoding loses every one), or on a page that lost others
    for s, e, w in _occurrences(text, derived):
        if _is_code(text, s, e) or text[e : e + 1] in ("-", "’", "'"):
            continue
        head, base = _derived_ligature(w)
        full = head + base
        i = max(full.find("œ"), full.find("æ"))
        if not kept and _has_prefix(head):
            probable.append((s + i, s + i, full[i], f"lost {full[i]} restored (lexicon: {base}; nothing on the page kept one)"))
        else:
            weak.append((s + i, s + i, full[i], f"lost {full[i]} restored (lexicon: {base}; the page lost others)"))
    if changes:  # the page lost its ligatures: the weaker cases are losses too
        changes.extend(weak)
    if fragments:
        pairs = [pair for pair, _ in fragments]
        lost_others = bool(changes or probable)
        probable.extend(c for pair, c in fragments if lost_others or pairs.count(pair) >= 2)
    return changes + probable


_VOWEL = regex.compile(r"[aeiouyàâäéèêëîïôöùûü]")
_LOWER_THEN_UPPER = regex.compile(r"(?<=\p{Ll})\p{Lu}(?=\p{Ll})")
# a heading run into its text: the words that `_glued_to_capital` finds, as a pattern
_GLUED_TO_CAPITAL = regex.compile(r"(?<!\p{L})\p{Lu}?\p{Ll}+(?=\p{Lu}\p{Ll})")
# the same word read backwards from its capital (`(?r)`: matched leftwards from `endpos`)
_GLUED_BEFORE_CAPITAL = regex.compile(r"(?r)(?<!\p{L})\p{Lu}?\p{Ll}+")


def _glued_to_capital(text: str) -> list[tuple[int, int, str]]:
    """The `_GLUED_TO_CAPITAL` words of `text` (`uvreAvec` → `uvre`), as (start, end, word).

    Each ends where `_LOWER_THEN_UPPER` finds a capital, so the few capitals are found first and
    each word read back from its capital: trying the pattern from every letter of the page cost
    a sixth of restore_characters on a long page. Every match ends at one such capital and each
    capital ends at most one, so the matches are `finditer`'s, in order.

    >>> _glued_to_capital("mettons en uvreAvec ses partenairesDans l'OIM")
    [(11, 15, 'uvre'), (24, 35, 'partenaires')]
    """
    found = []
    # (`_LOWER_THEN_UPPER`'s capitals: the page's capitals after a lower-case letter, before another)
    for pos in lower_upper_positions(text):
        if _LOWER_LETTER.match(text, pos + 1) and (m := _GLUED_BEFORE_CAPITAL.match(text, 0, pos)):
            found.append((m.start(), m.end(), m.group()))
    return found


# a lower-case letter right before a capital: `nousL'Organisation`, `femmesLe`, `McDonald`
_LOWER_UPPER = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
_LOWER_LETTER = regex.compile(r"\p{Ll}")
# the last text whose `_LOWER_UPPER` positions were read, and those: restore_characters reads them for the headings
# glued to their text, and split_glued, next in the pipeline, for the same text on most pages (each read was a
# twentieth of its stage; one text is kept, until the next is read). One tuple, read and replaced whole, so that
# threads sharing the module (a Dask worker's) never pair one text with another's positions.
_lower_upper_read: tuple[str | None, list[int]] = (None, [])


def lower_upper_positions(text: str) -> list[int]:
    """The positions of `_LOWER_UPPER` in `text` (a capital right after a lower-case letter), read once for a text.

    >>> lower_upper_positions("mettons en uvreAvec McDonald, l'OIM")
    [15, 22]
    """
    global _lower_upper_read
    read_text, positions = _lower_upper_read
    if read_text is not text:
        positions = [m.start() for m in _LOWER_UPPER.finditer(text)]
        _lower_upper_read = (text, positions)
    return positions


def _lost_ligature(
    text: str, s: int, w: str, start: dict[str, str], dropped: dict[str, str], determiners: frozenset[str]
) -> tuple[str, Change] | None:
    """The œ/æ that `w` (at `s`, a word the lexicon knows without it too) lost, if the lexicon and
    the context say so: ("sure", change), or ("weak", change): needs a page that lost others."""
    low = w.lower()
    prev = _previous_word(text, s)
    elided = text[max(0, s - 2) : s] in ("l'", "l’", "d'", "d’")  # `l’il`, `coup d’il`: never the pronoun
    after_det = prev in determiners or elided
    # `ma sur` is `ma sœur`, but `les sur`, `un sur chaque`, `ce sur quoi` are the preposition
    # (`une sur dix`, `une sur 4`: a proportion, the preposition before its number)
    after_possessive = (prev in _POSSESSIVES or elided) and not _NUMBER_NEXT.match(text, s + len(w))
    # the œ dropped at the start of a word: `uvre` → `œuvre`; `il` → `œil` only after `un`, `l'`
    if low in start:
        full = start[low]
        zw, zf = zipf(low), zipf(full)
        if (zw < 3.5 and zf >= zw + 1.5) or (after_det and zw >= 5.0 and low in grammar("pronouns")):
            lig = _match_case(w, full[0])
            if _after_sentence_end(text, s):  # `Diboli.⏎uvrant aux côtés`: the word's capital was the Œ
                lig = lig.upper()
            reason = f"lost {lig} restored (lexicon)" if zw < 3.5 else f"lost {lig} restored (context: after a determiner)"
            return "sure", (s, s, lig, reason)
    # two letters left (`vu`, a participle): `vœu` after a masculine determiner that no subject precedes (`un vu
    # pour`, `transmettra le vu`; `il le vu` is no noun phrase)
    if low in dropped and len(low) == 2 and prev in _MASCULINE_DETERMINERS and zipf(dropped[low]) >= 3.5:
        before = _WORD.findall(text[max(0, s - 40) : s])
        if len(before) < 2 or before[-2].lower() not in _SUBJECTS:
            full = dropped[low]
            i = max(full.find("œ"), full.find("æ"))
            lig = full[i].upper() if w.isupper() else full[i]
            return "sure", (s + i, s + i, lig, f"lost {lig} restored (context: after a determiner)")
    # the œ vanished inside a word: `vux` → `vœux`; `sur` → `sœur` only after `ma`, `sa`...
    if low in dropped and len(low) >= 3:
        full = dropped[low]
        zw, zf = zipf(low), _ligature_zipf(full)
        function_word = low in grammar("prepositions") or low in grammar("pronouns")
        i = max(full.find("œ"), full.find("æ"))
        lig = full[i].upper() if w.isupper() else full[i]
        # (a word the lexicon does not know at all whose only œ/æ reading it knows: `Ltitia`)
        unknown = zw == 0 and zf >= 1.0 and len(low) >= 5 and not _derived(low)
        if (zw < 2.5 and zf >= 3.5) or unknown or (after_possessive and function_word and zf >= 3.5):
            reason = f"lost {lig} restored (lexicon)" if zw < 2.5 else f"lost {lig} restored (context: after a determiner)"
            return "sure", (s + i, s + i, lig, reason)
        if after_det and not function_word and zw < 3.0 and zf >= zw + 1.5 and not is_more_english(low):
            # `le cur du dispositif`, `les surs`: after a determiner a noun, and `cœur` is the French one
            return "sure", (s + i, s + i, lig, f"lost {lig} restored (context: after a determiner)")
        if prev in _NOUN_AFTER and not function_word and zw < 3.0 and zf >= zw + 2.0 and not is_more_english(low):
            # `tient à cur`, `un travail de cur`: after a preposition a noun too
            return "sure", (s + i, s + i, lig, f"lost {lig} restored (context: after a preposition)")
        if not function_word and zw < 3.5 and zf >= zw + 2.0 and not is_more_english(low):
            return "weak", (s + i, s + i, lig, f"lost {lig} restored (lexicon; the page lost others)")
    return None


@lru_cache(maxsize=1)
def _locutions() -> tuple[tuple[regex.Pattern[str], str], ...]:
    """The `ligature_locutions` of the grammar, each with its ligature lost (dropped, or a space,
    `?` or `�` where it stood), and the ligature."""
    out = []
    for phrase in sorted(grammar("ligature_locutions")):
        i = max(phrase.find("æ"), phrase.find("œ"))
        head, tail = regex.escape(phrase[:i]), regex.escape(phrase[i + 1 :])
        out.append((regex.compile(rf"(?<![\p{{L}}\p{{N}}])(?i:{head})(?P<lost>[ ?\ufffd]?)(?i:{tail})(?![\p{{L}}\p{{N}}])"), phrase[i]))
    return tuple(out)


@lru_cache(maxsize=1)
def _locution_words() -> frozenset[str]:
    """The words a page holds once a locution's ligature is lost (`quo`, `vit`, `ctera`, `tera`),
    in each case: a page without one is not searched."""
    words = set()
    for phrase in grammar("ligature_locutions"):
        i = max(phrase.find("æ"), phrase.find("œ"))
        start = phrase.rfind(" ", 0, i) + 1
        end = phrase.find(" ", i) % (len(phrase) + 1)
        word = phrase[start:end]
        at = i - start
        for piece in (word[:at] + word[at + 1 :], word[:at], word[at + 1 :]):
            if len(piece) > 1:
                words.update((piece, piece.capitalize(), piece.upper()))
    return frozenset(words)


def _restore_locutions(text: str) -> list[Change]:
    """`ex quo` → `ex æquo`: a Latin locution whose æ/œ was lost, where its damaged word is a
    word of its own (`quo`, `vit`), which the lexicon alone leaves.

    >>> [c[2] for c in _restore_locutions("arrivés ex quo ; curriculum vit?) ; le statu quo")]
    ['æ', 'æ']
    """
    changes = []
    for pattern, lig in _locutions():
        for m in pattern.finditer(text):
            upper = text[m.end("lost") : m.end("lost") + 1].isupper()
            ligature = lig.upper() if upper else lig
            changes.append((m.start("lost"), m.end("lost"), ligature, f"lost {ligature} restored (a Latin locution)"))
    return changes


_NOUN_AFTER = frozenset(("à", "de", "par", "pour", "sans", "avec", "en"))  # prepositions a bare noun follows


def _has_prefix(head: str) -> bool:
    """`in` (i-nœud) reads as a prefix; `std`, `sp` (`stdbuf`, `spufs`: commands whose letters
    happen to end like an œ word) do not: a prefix holds a vowel."""
    return bool(_VOWEL.search(head))


# a lone letter used as a symbol on this page (`Si n est omis`, `un état de n.`, `et d autrement`):
# the same letter standing alone where no elision can be (before a consonant, a digit, punctuation)
# (not an initial before a full stop and a letter: `s.cheikh@`, `J.-P.`)
_LONE_LETTER = regex.compile(r"(?<![\p{L}\p{N}’'\-.@/])([ldnsjmtcLDNSJMTC])(?![\p{L}\p{N}’'\-]|\.[\p{L}\-])(?P<after>[ \t\n]*.?)")
# where `_LONE_LETTER` may match (no ASCII or Latin-1 letter, no digit, œ or what it excludes
# around: letters in every Unicode version): `re` finds these candidates three times faster than
# `regex` tries the pattern at every position, and the Latin-1 letters leave a tenth of them
# (`dé`, `lé`, `mê` are no lone letters)
_LONE_LETTER_HINT = re.compile(r"(?<![A-Za-z0-9À-ÖØ-öø-ÿŒœ’'\-.@/])[ldnsjmtcLDNSJMTC](?![A-Za-z0-9À-ÖØ-öø-ÿŒœ’'\-])")
# a letter standing alone before `, ` or `et`, `ou`: a list of letters (`c et d`, `b, d`), not words
# (`a` and `y` are words: `il en a, d’après`)
_LETTER_BEFORE = regex.compile(r"(?<![\p{L}\p{N}’'\-.@/°])[b-xzB-XZ]\)?(?:,| et| ou) $")  # (not a unit: `-20 °C, l Alliance`)
_VERB_FORMS = frozenset(("est", "a", "ont", "sont", "était", "étaient", "avait", "es"))
_BEFORE_L_EST = frozenset(("à", "de", "vers", "il", "elle", "on", "ce", "qui", "ne", "n"))
_NUMBER_BEFORE = regex.compile(r"\d[ \t\u00a0]*\Z")  # (on the same line: a date ending the line above is no amount)
_UNIT_LETTERS = frozenset("lmstj")  # litre, mètre, seconde, tonne, jour: `5 l eau`; never `n`, `d`, `c` (`2025 n est`, `8 d entre eux`)
_YEAR_BEFORE = regex.compile(r"(?<![\d.,]|\d[ \u00a0])(?:1[89]|20)\d\d[ \t\u00a0]*\Z")  # a year counts nothing: `la saison 2026 s ouvrira`
# the words after `n’importe` in the locution (`n importe quel suffixe`): `importe` after a lone `n` is then no symbol's verb
_AFTER_N_IMPORTE = frozenset(("quel", "quelle", "quels", "quelles", "quoi", "qui", "où", "comment", "lequel", "laquelle", "lesquels", "lesquelles"))
_FIRM_NEGATIONS = frozenset(("pas", "jamais", "rien", "guère", "aucun", "aucune", "nullement"))
_NEGATION_BEFORE = frozenset(("aucun", "aucune", "personne", "rien", "ni", "jamais", "nul", "nulle", "guère"))


def _symbol_letters(text: str) -> set[str]:
    """Letters used as symbols on this page (variables, units, labels): they stand alone where no
    elision can be (before a consonant, a digit, punctuation) at least half as often as before
    a vowel. A page that lost its apostrophes shows `l`, `d` far more often before vowels."""
    symbol: dict[str, int] = {}
    elision: dict[str, int] = {}
    for m in _lone_letters(text):
        after = m.group("after").strip()
        if after and after[0] in "°º" and m.group(1) in "nN":
            continue  # `n° 12`, `N° 041`: the abbreviation of numéro, not `n` used as a symbol
        if m.start() >= 2 and text[m.start() - 1] in " \u00a0" and text[m.start() - 2].isdigit():
            continue  # `48 s, devant`: a unit after its quantity, not a letter the page uses as a symbol
        counts = elision if after and after[0] in _VOWELS_H else symbol
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return {ch for ch, n in symbol.items() if 2 * n >= elision.get(ch, 0) or elision.get(ch, 0) < 3}


def _lone_letters(text: str) -> Iterator[regex.Match[str]]:
    """`_LONE_LETTER.finditer(text)`, tried only at its candidates (each match is the first one at
    or after the end of the previous, as `finditer` finds it)."""
    done = 0
    for hint in _LONE_LETTER_HINT.finditer(text):
        if hint.start() >= done and (m := _LONE_LETTER.match(text, hint.start())):
            done = m.end()
            yield m


def _negation_around(text: str, start: int, end: int) -> bool:
    """`n’` is the negation: `pas`, `plus`, `que`... after it, or `aucun`, `rien`... before it."""
    # `quà`, `quil` are `qu’à`, `qu’il`: the `que` of `ne ... que` that lost its apostrophe
    # (and `qu` alone is `qu’` that lost its apostrophe to a space: `n est financé qu à 31 %`)
    follows = {
        "que" if w.lower() == "qu" or ((r := _glued_reading(w.lower())) and r[0] == "qu" and r[2] < 5.0) else w.lower()
        for w in _WORD.findall(text[end : end + 60])[:4]
    }
    # `quaucun`: `qu’aucun`, which lost its apostrophe too
    before = {w.lower().removeprefix("qu") for w in _WORD.findall(text[max(0, start - 50) : start])[-4:]}
    return bool(follows & grammar("negations") or before & _NEGATION_BEFORE)


def _firm_negation_after(text: str, end: int) -> bool:
    """Does `pas`, `jamais`, `aucun`... stand in the two words after `end` (`n est pas`, `n en a jamais`)?"""
    return not _FIRM_NEGATIONS.isdisjoint(w.lower() for w in _WORD.findall(text[end : end + 30])[:2])


def _restore_apostrophes(
    text: str, apostrophe: str, flagged: list[tuple[str, int]] | None = None, vocab: set[str] | None = None
) -> list[Change]:
    """Apostrophes lost in elisions: `l OIM`, `d attaque`, `lOIM`, `dattaque`, `na pas`, `quil`.

    The page is the evidence: a case the lexicon settles alone (`dattaque`: no such word, but
    `attaque` is frequent) shows that the page lost its apostrophes, and then the weaker cases
    (`dune`, `nest`, a lone `l` before a word) are read as elisions where the grammar allows.
    """
    changes: list[Change] = []
    strong: list[Change] = []
    weak: list[tuple[Change, str]] = []  # (change, what it needs: "evidence" or "much evidence")
    names_lost: list[Change] = []  # names whose apostrophe only a certain loss elsewhere on the page vouches for
    if vocab is None:
        vocab = set(_letter_words(text))
    if flagged is None:
        flagged = _flagged(vocab)
    elidable = grammar("not_after_elision")
    symbols: set[str] | None = None
    # spaced: a lone elision letter (never a word of its own) before a vowel-initial word
    for m in _SPACED_ELISION.finditer(text) if not _LONE_PREFIXES.isdisjoint(_tokens(text)) else ():
        prefix, rest = m.group("p"), m.group("w")
        low_p = prefix.lower()
        if rest.lower() in elidable:
            continue
        before = text[max(0, m.start() - 12) : m.start()]
        if low_p in _UNIT_LETTERS and _NUMBER_BEFORE.search(before):
            # `5 l eau`: a unit after a number (`4 aujourd hui` is none); after a year, a loss where the page shows others
            if _YEAR_BEFORE.search(before):
                weak.append(((m.end("p"), m.start("w"), apostrophe, "lost apostrophe restored (elision)"), "evidence"))
            continue
        if prefix[0].isupper() and not (prefix.isupper() and rest.isupper()) and not _SENTENCE_START.search(before):
            continue  # `vitamine D est`: a capital letter is an elision only at a sentence start
        if prefix.isupper() and rest[0].isupper() and rest[1:].islower() and _VERB_INFINITIVE.search(rest):
            continue  # `L Afficher la liste`: an option letter, then its description; `L’` + a capital is a name
        if low_p == "aujourd" and rest.lower() != "hui":
            continue
        if len(low_p) == 1:
            if _letter_spaced(text, m.start()) or (len(rest) == 1 and _letter_spaced(text, m.start("w"))):
                continue  # `M E S U R E S P R I S E S`: a heading spaced out letter by letter, no elision
            if symbols is None:
                symbols = _symbol_letters(text)
            locution = low_p == "n" and rest.lower() == "importe" and _next_word(text, m.end()) in _AFTER_N_IMPORTE
            if prefix in symbols and not (low_p == "n" and (locution or _firm_negation_after(text, m.end()))):
                continue  # `n` is a variable on this page, `C:` a drive (but `n est pas` is a negation)
            if _LETTER_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # `points a, b, c et d en annexe`: the last of a list of letters
            if low_p == "c" and rest.lower() not in grammar("elisions:c"):
                continue
            if low_p == "n" and not _negation_around(text, m.start(), m.end()):
                # `n’` is the negation's `ne`; without `pas`, `plus`... near, only `n’importe`
                if locution:
                    strong.append((m.end("p"), m.start("w"), apostrophe, "lost apostrophe restored (elision)"))
                elif rest.lower() == "importe":
                    weak.append(((m.end("p"), m.start("w"), apostrophe, "lost apostrophe restored (elision)"), "much evidence"))
                continue
            if low_p in ("l", "d") and rest.lower() in _VERB_FORMS and _previous_word(text, m.start()) not in _BEFORE_L_EST:
                # `où l est une lettre`, `la commande d est émise`: a symbol and a verb, unless
                # the page shows it lost apostrophes (`à l est`, `il l est` stand alone)
                weak.append(((m.end("p"), m.start("w"), apostrophe, "lost apostrophe restored (elision)"), "evidence"))
                continue
        strong.append((m.end("p"), m.start("w"), apostrophe, "lost apostrophe restored (elision)"))
    # glued before a capital: `lOIM`, `dIvano-Frankivsk`, `quEurope` is not French: only l, d, qu
    capitals = [w for w, c in flagged if c & _GLUED_CAP]
    for s, e, w in _occurrences(text, capitals):
        m = _GLUED_CAPITAL.match(text, s)
        if not m or m.end() < e:
            continue
        rest = m.group("w")
        zw = zipf(m.group())
        acronym = len(rest) >= 2 and rest.isupper()  # `dID`, `lONU`: never a word as written
        if not acronym and zw >= 3.0 and zipf(rest) < zw + 1.5:  # `lÉtat`: a web misspelling of `l’État`
            continue
        strong.append((m.end("p"), m.end("p"), apostrophe, "lost apostrophe restored (elision before a capital)"))
    # glued lower-case words. `dattaque` (unknown word, frequent remainder) is certain. `louest`,
    # `lessentiel` are known to the lexicon only as web misspellings (rare), `quil`, `na`, `cest`
    # as frequent ones: those need the context, and evidence that this page lost its apostrophes.
    glued = [w for w, c in flagged if c & _GLUED]
    for s, e, word in _occurrences(text, glued):
        m = _GLUED_LOWER.match(text, s)
        if not m or m.end() != e:
            continue
        low = word.lower()
        if word[0].isupper() and (text[s - 1 : s] == "(" or not _SENTENCE_START_STRICT.search(text[max(0, s - 12) : s])):
            continue  # `Lorient`, `Damour`, `(Lusa)`: names, not elisions (nor after a colon: `horaires : Lun, Mar`)
        if low in _WEEKDAY_ABBREVIATIONS and (word[0].isupper() or text[e : e + 1] in ".,") and _DATE_AFTER.match(text, e):
            continue  # `Lun, 02 Mar 2026`, `lun. 01/12/2025`: a weekday's abbreviation before its date (not `Jusquà 40 équipes`)
        if (s >= 3 and text[s - 2] == "-" and text[s - 1] in " \n" and text[s - 3].isalpha()) or text[e : e + 2] in _CUT_AFTER:
            continue  # `pseudosys-` ⏎ `tème`, `fonction- nalité`, `lon- gue`: a word cut at a line end
        found = _glued_elision(text, s, e, low)
        if found is None:
            continue
        prefix, certainty = found
        change = (m.start() + len(prefix), m.start() + len(prefix), apostrophe, "lost apostrophe restored (elision; lexicon)")
        if word[0].isupper() and certainty == "certain" and zipf(word[len(prefix) :].lower()) < 3.0:
            certainty = "probable"  # `Daviva Énergie`: a capital over a rare word is a name's, unless the page lost its apostrophes
        if certainty in ("certain", "sure"):
            strong.append(change)
        else:
            weak.append((change, "evidence" if certainty == "probable" else "much evidence"))
    # the page as a lexicon: `dinœud`, `LOIM`, `depoll` are unknown words, and the page holds
    # `inœud`, `OIM`, `epoll` alone (measured: no unknown word of Debian's French documentation
    # reads as prefix + a word of its page, so the page's vocabulary is safe evidence)
    unknown = [w for w, c in flagged if c & _GLUED_UNKNOWN]
    # `dinœud` and `linœud` on one page: the same unknown rest after two elision prefixes is a
    # word of the page, even where the page never writes it alone
    # (`dinœuds` and `linœud`: a plural and its singular are one word)
    # (and `LOCCO` beside `lOCCO`: an acronym after `L` and after `l` is the page's word too)
    prefixes_of: dict[str, set[str]] = {}
    for w in unknown:
        prefix = _unknown_elision(w)
        rest = w[len(prefix) :]
        prefixes_of.setdefault(_singular(rest), set()).add(w[: len(prefix)] if rest.isupper() else prefix)
    for s, e, w in _occurrences(text, unknown):
        prefix = _unknown_elision(w)
        rest = w[len(prefix) :]
        if _is_code(text, s, e) or (s and text[s - 1] in "-’'.@/") or text[e : e + 2] in _CUT_AFTER or text[max(0, s - 2) : s] in _CUT_AFTER:
            continue  # (`inden-` ⏎ `tées`: the end of a cut word, not `t’` + `ées`)
        at = s + len(prefix)
        if w[0].isupper() and w[1:2].islower() and not _SENTENCE_START_STRICT.search(text[max(0, s - 12) : s]):
            continue  # `Daviva` and `Naviva` in a sentence: names (an elision takes a capital only where a sentence starts)
        # (two prefixes on one rest tell a word of the page when one of them is written in lower case: `Daviva`
        # and `Naviva` are a family of names)
        shared = len(prefixes_of.get(_singular(rest), ())) >= 2 and not (w[0].isupper() and w[1:2].islower())
        # (a heading in capitals writes the page's words so: `LOUHAM` and `Ouham`)
        in_page = rest in vocab or _other_number(rest) in vocab or (w.isupper() and rest.capitalize() in vocab)
        if in_page or shared:
            strong.append((at, at, apostrophe, "lost apostrophe restored (elision; the page has the word alone)"))
        elif rest.islower() and zipf(rest) < 1.5 and _derived(rest) and not _derived(w.lower()):
            # `dépinglage`, `lautogroupage`: the rest, a word the lexicon lacks (a rare one it
            # knows is for `_glued_elision`), is made from a known one (épingle + -age, auto- +
            # groupe), the whole is not: the page decides
            weak.append(((at, at, apostrophe, "lost apostrophe restored (elision; a derived word)"), "evidence"))
    # names the lexicon knows with their apostrophe: `NDjamena`, `N Djamena` (N’Djamena)
    names = [w for w, c in flagged if c & _NAME]
    for m in (
        _NAME_ELISION.match(text, s) or _NAME_ELISION.match(text, max(0, s - 2)) or _NAME_ELISION.match(text, max(0, s - 1))
        or _N_NAME.match(text, s)
        for s, _, _ in _occurrences(text, names)
    ):
        if m is None:
            continue
        joined, glued = zipf(f"{m.group('p')}'{m.group('w')}"), zipf(m.group("p") + m.group("w"))
        if joined >= 2.5 and joined > glued + 0.5:
            strong.append((m.end("p"), m.start("w"), apostrophe, "lost apostrophe restored (name; lexicon)"))
        elif m.group("p") == "N" and m.end("p") == m.start("w") and (joined > glued or max(joined, glued, zipf(m.group("w"))) == 0):
            # `Kouamé-NGuessan` on a page that lost its apostrophes: a name the lexicon knows better with `N’`
            # than without, or not at all (N’Dri, N’Zi; not `NVidia`, `NGram`); one certain loss settles it
            names_lost.append((m.end("p"), m.start("w"), apostrophe, "lost apostrophe restored (name after N; the page lost others)"))
    # glued after a capital at a sentence start: `LOrganisation`, `DAbord` (not `LOréal`)
    starts = [w for w, c in flagged if c & _GLUED_CAP_START]
    for m in (_GLUED_CAPITAL_START.match(text, s) for s, _, _ in _occurrences(text, starts)):
        if m is None:
            continue
        # (the glued form may be a web misspelling the lexicon knows, far rarer than the word: `LUnion`, `LAssociation`)
        zw, zr = zipf(m.group()), zipf(m.group("w"))
        # (a rarer word too where the glued form is unknown: `LÉthiopienne`)
        known = zr >= 3.0 and (zw < 2.0 or (zw < 2.5 and zr - zw >= 2.5))
        if (known or (zw == 0 and zr >= 2.5)) and _SENTENCE_START.search(text[max(0, m.start() - 12) : m.start()]):
            strong.append((m.end("p"), m.end("p"), apostrophe, "lost apostrophe restored (elision before a capital)"))
    # glued inside a heading in capitals: `PRIORITÉ À LACCÈS À LEAU POTABLE` (the word known, the glued form not)
    in_caps = [w for w, c in flagged if c & _GLUED_IN_CAPS]
    for s, e, w in _occurrences(text, in_caps):
        zw, zr = zipf(w), zipf(w[1:])  # (`LEAU`, `LORDRE`: web misspellings, far rarer than the word)
        if (zr >= 3.0 and (zw < 2.0 or (zw < 3.0 and zr - zw >= 2.5)) or (zw == 0 and zr >= 2.5)) and _in_capitals_line(text, s):
            strong.append((s + 1, s + 1, apostrophe, "lost apostrophe restored (elision in a heading in capitals)"))
    # `ne la pas été`: `ne l’a pas été` (the article `la` never comes before `pas`)
    for m in _L_A_PAS.finditer(text) if " la pas" in text or " la jamais" in text else ():
        weak.append(((m.end(), m.end(), apostrophe, "lost apostrophe restored (ne l’a pas)"), "evidence"))
    changes.extend(strong)
    # the page shows it lost its apostrophes: certain cases, or many weaker ones
    # (three weak cases are evidence when they are three words: `Saviva` three times is one name, not three losses)
    some = len(strong) >= 1 or len({_word_at(text, change[0]).lower() for change, _ in weak}) >= 3
    much = len(strong) >= 1 and len(strong) + len(weak) >= 3
    for change, need in weak:
        if some if need == "evidence" else much:
            changes.append(change)
    if strong:
        changes.extend(names_lost)
    return changes


def _in_capitals_line(text: str, pos: int) -> bool:
    """Does position `pos` stand in a line of three words or more, all in capitals?"""
    words = _WORD.findall(_line_at(text, pos))
    return len(words) >= 3 and all(w.isupper() for w in words)


def _word_at(text: str, at: int) -> str:
    """The letters around position `at` (where a lost apostrophe goes back: `Saviva` for `S|aviva`)."""
    start, end = at, at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


_PREPOSITIONS = frozenset(("à", "de", "par", "pour", "sur", "sous", "dans", "avec", "sans", "chez", "vers", "entre", "contre", "après", "avant"))
_INFINITIVE = regex.compile(r"(?:er|ir|re|oir)$")
_VERB_INFINITIVE = regex.compile(r"(?:er|ir|oir)$")  # not `re`: `Angleterre`
# `d’` never follows `de` (`de dune` is `de dune`, never `de d’une`)
_TAKES_NOUN = frozenset(("de", "du", "des", "d"))
_GLUED_FIRST = frozenset("ldnsjmtcqapLDNSJMTCQAP")
_BEFORE_QUE = frozenset(("ce", "parce", "afin", "alors", "tandis", "bien", "pour", "avant", "sans", "dès", "depuis", "pendant", "sorte", "lors"))
_SUBJECTS = frozenset(("je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles"))
_QU_SUBJECTS = frozenset(("il", "ils", "elle", "elles", "on"))
# before these `que` is a conjunction, never the adjective `quel`: `parce quelle` is `parce qu’elle`
_ONLY_QUE = frozenset(("ce", "parce", "afin", "tandis"))
# `à partir d’eux`, `autour d’eux`, `chacun d’eux`: `deux` there, before punctuation, is `d’eux`
_DEUX_HOSTS = frozenset(("partir", "près", "autour", "loin", "chacun", "chacune", "aucun", "aucune", "plupart", "beaucoup", "plusieurs", "certains", "certaines"))
_PHRASE_END = regex.compile(r"\s*(?:[,.;:!?)]|-mêmes|$)")
# not `ne`: `Quelle ne fut pas sa surprise`
_SUBJECT_CLITICS = frozenset(("se", "lui", "me", "te"))
# `l’an dernier`: `lan` is the network, `l’` + `an` before these (or a year)
_AN_AFTER = frozenset(("dernier", "prochain", "passé"))
# `d’au moins`, `d’au plus`, `d’au-delà`: `dau` is a name, `d’` + `au` only before these
_AFTER_D_AU = frozenset(("moins", "plus", "delà", "dessus", "dessous", "sein", "cours", "lieu"))
# what comes before an object pronoun `t’`, `m’`, `s’`: a subject, `ne`, a relative pronoun
_CLITIC_HOSTS = _SUBJECTS | frozenset(("ne", "n", "qui", "que", "qu", "ça", "cela", "ce", "c", "on", "y"))
_STRESSED_PLURALS = frozenset(("eux", "elles", "nous", "vous"))
# words followed by `de` + an infinitive (`permet de`, `possible de`, `façons de`), never by a bare
# infinitive: after them `décrire` is `d’écrire`
_DE_BEFORE_INFINITIVE = frozenset((
    "permet", "permettent", "permettre", "permettant", "évitez", "éviter", "évite", "possible", "impossible",
    "façon", "façons", "manière", "moyen", "besoin", "essayez", "essayer", "tente", "tenter", "afin",
    "capable", "nécessaire", "décide", "décider", "oublier", "oubliez", "cesser", "cesse", "chargé",
))
_ALLER_FUTURE = frozenset(("irai", "iras", "ira", "irons", "irez", "iront", "irais", "irait", "irions", "iriez", "iraient"))
_AVOIR_IMPERFECT = frozenset(("avais", "avait", "avions", "aviez", "avaient"))  # after `l`, also laver's (`lavions`)
# a verb form ends so; `lavait` (laver) is a word, `louverture` only a web misspelling
_VERB_ENDING = regex.compile(r"(?:ait|aient|ais|ai|ons|ez|ent|ant|er|ir|é|ée|és|ées|a|as|it|is|ut|us)$")


@lru_cache(maxsize=200_000)
def _glued_reading(low: str) -> tuple[str, str, float, float, float] | None:
    """The lexicon's side of `_glued_elision`, cached: (prefix, rest, zipf of the word, of the
    rest, of `prefix'rest` as one word), or None when no reading as an elision can succeed."""
    zw = zipf(low)
    if zw >= 5.0 and not (low.startswith("qu") and low[2:] in _QU_SUBJECTS) and low not in ("deux", "ma", "ta"):
        # `les`, `dans`, `sont`: a frequent word is what it looks like; `quelle` may be
        # `qu’elle` after a conjunction (`parce quelle`), `deux` `d’eux` (`à partir deux,`):
        # `_glued_elision` asks for the context
        return None
    for prefix in _PREFIXES_LONGEST_FIRST:
        if not low.startswith(prefix) or len(low) <= len(prefix):
            continue
        rest = low[len(prefix) :]
        if rest[0] not in _VOWELS_H or rest in grammar("not_after_elision"):
            return None
        zr = zipf(rest)
        joined = zipf(f"{prefix}'{rest}")  # the lexicon knows `aujourd'hui`, `quelqu'un` whole
        if zr < 1.5 and not (joined >= 3.0 and joined > zw + 1.0):
            return None
        return prefix, rest, zw, zr, joined
    return None


def _may_be_glued_elision(low: str) -> bool:
    """Can `_glued_elision` find an elision in `low` in some context? False for a word that no
    context makes one (`noms`, `taille`, `table`, `limite`: the page's glued-looking frequent
    words), so that its every occurrence is not looked at again. Each of `_glued_elision`'s
    answers needs one of these (keep the two together).

    >>> [_may_be_glued_elision(w) for w in ("dattaque", "quil", "noms", "table")]
    [True, True, False, False]
    """
    reading = _glued_reading(low)
    if reading is None:
        return False
    prefix, rest, zw, zr, joined = reading
    return (
        zw >= 5.0  # `quelle`, `deux`: the context decides
        or (joined >= 3.0 and joined > zw + 1.0)
        or zw < 2.6  # every rule for a rare or unknown word
        or (prefix, rest) in (("l", "an"), ("d", "au"), ("d", "entre"))
        or (prefix == "d" and zr >= 3.0 and bool(_INFINITIVE.search(rest)))
        or (prefix == "l" and len(rest) >= 4 and zr >= max(zw + 1.5, 3.5))
        or rest == "importe"
        or rest in grammar(f"elisions:{prefix}")
        or (zr >= 3.0 and zr >= zw + 1.0)  # the last rule's least margin
    )


_ACCENTED_FIRST = {"e": "éèê", "a": "àâ", "i": "îï", "o": "ô", "u": "ûù"}


def _accented_word(prefix: str, rest: str) -> bool:
    """Is `prefix + rest` a word that lost the accent of its next vowel (`decrivant`, `deplacer`)?"""
    return any(zipf(prefix + acc + rest[1:]) >= 2.0 for acc in _ACCENTED_FIRST.get(rest[0], ""))


def _next_word(text: str, pos: int) -> str:
    """The word after `text[pos]` (within 40 characters), lower-cased, or ''."""
    m = _WORD.search(text, pos, pos + 40)
    return m.group().lower() if m and not text[pos : m.start()].strip(" \t\n") else ""


_CAPITAL_NEXT = regex.compile(r"[ \u00a0]+\p{Lu}\p{Ll}")


# the verbs `quel` asks with, put before their subject (`quelles sont`, `quelle était la raison`)
_ASKING_VERBS = frozenset((
    "sont", "étaient", "seront", "seraient", "furent", "soient", "peuvent", "pourraient", "pourront", "doivent",
    "devraient", "devront", "semblent", "restent", "paraissent", "demeurent",
    "était", "serait", "sera", "fut", "soit", "pouvait", "pourrait", "devait", "devrait", "semblait", "restait",
))


_VERB_THEN_SUBJECT = regex.compile(r"\s*\p{L}+-")  # `présentent-elles`: a question's verb before its subject


def _conjugated_after_quelle(text: str, end: int, low: str) -> bool:
    """Does a conjugated verb follow `quelles` (`gèrent`) or `quelle` (`gardait`) at `end`? A noun would: `quelles
    mesures`, `quelle part` (a feminine noun in -ait, a plural one in -ent, are none); the verbs `quel` asks with, or
    put before their subject, do not count."""
    nxt = _next_word(text, end)
    ending = ("ent", "aient") if low == "quelles" else ("ait",)
    return (
        len(nxt) > 4 and nxt.endswith(ending) and nxt not in _ASKING_VERBS and not nxt.endswith("ment")
        and not _VERB_THEN_SUBJECT.match(text, end)
    )


def _glued_elision(text: str, start: int, end: int, low: str) -> tuple[str, str] | None:
    """Is `low` (text[start:end]) an elision that lost its apostrophe? (prefix, certainty).

    `certain`: the word is unknown and the rest frequent (`dattaque`); `sure`: the grammar and
    the context settle it alone (`quil parte`, `na pas`); `probable`: the rest is far more
    frequent than the word (`dune`, `lair`) and the grammar allows it: needs page evidence;
    `table`: a frequent misspelling (`cest`, `nest`): needs more evidence.
    (Each answer other than None needs a reading `_may_be_glued_elision` lets through: keep the
    two together.)
    """
    reading = _glued_reading(low)
    if reading is None:
        return None
    prefix, rest, zw, zr, joined = reading
    prev = _previous_word(text, start)
    if low in ("quelle", "quelles") and _conjugated_after_quelle(text, end, low):
        return prefix, "probable"  # `les grains quelles gardaient`: `qu’elles`, a subject before its verb
    if zw >= 5.0:  # `quelle`: `qu’elle` only where `que` is certain (`parce quelle`), or a
        # clitic follows, which only a subject takes (`quelle se`, `quelle naffecte`: `n’affecte`)
        if prev in _ONLY_QUE:
            return prefix, "sure"
        if rest in ("elle", "elles", "il", "ils", "on"):
            nxt = _next_word(text, end)
            if nxt in _SUBJECT_CLITICS or (len(nxt) > 3 and nxt[0] in "ns" and nxt[1] in "aeiouéèêh" and zipf(nxt) < 1.0):
                return prefix, "sure"
        if low in ("ma", "ta") and prev in _QU_SUBJECTS:
            return prefix, "sure"  # `il ma dit`: no possessive follows a subject pronoun, `m’a` does
        # `à partir deux,`: the number never ends a phrase after these, `d’eux` does
        if low == "deux" and prev in _DEUX_HOSTS and _PHRASE_END.match(text, end):
            return prefix, "sure"
        return None
    if prefix in ("m", "t") and prev in _QU_SUBJECTS and rest in ("a", "ont", "avait", "avaient", "aurait", "auraient"):
        return prefix, "sure"  # `ils mont arrêtée`: after a subject pronoun, `m’` + avoir, never the noun `mont`
    if prefix in ("j", "m", "t", "s") and _CAPITAL_NEXT.match(text, end):
        return None  # a clitic comes before a verb: `Jiro sy Rano Malagasy` is a name, no `s’y`
    if joined >= 3.0 and joined > zw + 1.0:
        return prefix, "certain"
    nxt = _next_word(text, end)
    if prefix == "l" and rest == "an" and (nxt in _AN_AFTER or nxt.isdigit()) and prev not in grammar("determiners"):
        return prefix, "certain"  # `lan dernier`, `en lan 2000`: `l’an`, never the network
    if prefix == "d" and rest == "au" and nxt in _AFTER_D_AU and prev not in _TAKES_NOUN:
        return prefix, "certain"  # `dau moins 6 caractères`
    if prefix == "d" and rest == "entre" and nxt in _STRESSED_PLURALS:
        return prefix, "certain"  # `une dentre elles`: `d’entre elles`
    if rest == "y" and len(nxt) > 3 and _INFINITIVE.search(nxt) and zipf(nxt) >= 3.0:
        return prefix, "sure"  # `invités à sy inscrire`, `propose dy consacrer`: `y` before an infinitive
    if prefix == "d" and prev in _SUBJECTS:
        return None  # `je décris`: a verb after its subject
    if prefix == "l" and prev in _SUBJECTS and rest in _AVOIR_IMPERFECT and nxt in grammar("determiners"):
        return None  # `nous lavions le minerai`: laver and its object; `nous l’avions` takes a participle
    if prefix == "l" and rest in _ALLER_FUTURE:
        return None  # `la directive lirait le fichier`: aller takes no object `l’`, and no article comes before a verb
    needed = 1.5 if len(rest) >= 8 else 2.0 if len(rest) >= 6 else 2.5
    if zw < 1.0 and _accented_word(prefix, rest):
        return None  # `decrivant` is `décrivant` without its accent, not `d’écrivant`
    if prefix in ("j", "m", "t", "s", "n", "c"):
        needed = max(needed, 3.5)  # before a verb: `jaccepte`, not a name (`jamos`)
    if prefix in ("j", "m", "t", "s", "n") and prev in _PREPOSITIONS and not _INFINITIVE.search(rest) and rest != "importe":
        return None  # after `de`, `pour`, a clitic comes before an infinitive only: `de test` is no `de t’est`
    if prefix == "n" and zw < 1.0 and zr >= 2.0 and len(rest) >= 4 and _negation_around(text, start, end):
        return prefix, "certain"  # `nintercepte pas`: an unknown word, a verb, and the negation
    if zw < 1.0 and zr >= needed and len(rest) >= 3 and not (prefix == "d" and prev in _TAKES_NOUN):
        return prefix, "certain"
    if (
        prefix in ("l", "d") and zw < 2.0 and zr >= zw + 3.0 and len(rest) >= 4
        and prev not in _SUBJECTS and prev not in grammar("determiners") and not (prefix == "d" and prev in _TAKES_NOUN)
    ):
        # `létat`, `lexécution`: the lexicon knows the glued form only as a rare web misspelling;
        # not a verb after its subject (`nous lavions`) nor a noun after a determiner (`la lamie`)
        return prefix, "certain"
    if (
        prefix in ("l", "d") and 1.0 <= zw < 2.6 and zr >= max(zw + 2.2, 3.5) and len(rest) >= 4 and not _VERB_ENDING.search(low)
        and prev not in _SUBJECTS and prev not in grammar("determiners") and not (prefix == "d" and prev in _TAKES_NOUN)
        and not is_more_english(low)
    ):
        # `louverture`, `dêtre`: rare as written (web misspellings), and no verb form of a rare
        # verb either (`lavait`, from `laver`, is a word); a frequent rest (`lavaleur` is a slip
        # for `la valeur`, not `l’avaleur`)
        return prefix, "certain"
    if prefix == "d" and prev in _DE_BEFORE_INFINITIVE and _INFINITIVE.search(rest) and zr >= 3.0:
        # `permet décrire`: permettre takes `de` before an infinitive, which is here only as `d’`
        return prefix, "probable"
    if zw < 1.0 and zr >= 2.5 and len(rest) >= 5 and prefix in ("j", "m", "t", "s", "c") and prev not in grammar("determiners"):
        return prefix, "probable"  # `sabattent`: an unknown word, a rarer verb: the page decides
    # `ce quelles`, `parce quil`, `ce nest`: a conjunction (or the pronoun ce) comes first
    after_ce = (prev == "ce" and prefix in ("qu", "n", "s")) or (prefix == "qu" and prev in _BEFORE_QUE)
    if not after_ce and prev in grammar("determiners") and not (prefix == "n" and prev in _NEGATION_BEFORE):
        return None  # `une dune`, `la lest`: a noun here, whatever the lexicon says (`aucun nest` is a negation)
    if prefix == "d" and prev in _TAKES_NOUN:
        return None  # `de dune`: `d’` never follows `de`
    if prefix == "l" and prev in _PREPOSITIONS and nxt in _TAKES_NOUN and zr >= max(zw + 1.5, 3.5) and len(rest) >= 4:
        return prefix, "sure"  # `à laide de`: a preposition, `l’` + a noun, `de`: `à l’aide de`
    in_table = rest in grammar(f"elisions:{prefix}")
    if prefix == "n" and not _negation_around(text, start, end):
        # `n'` is the negation: a `pas`, `plus`, `jamais`... must be near; or it is `n’importe`
        # or `n’` of `avant que la clé nexpire`: an unknown word, a frequent verb: the page decides
        if rest == "importe" and nxt in _AFTER_N_IMPORTE:
            return prefix, "sure"  # `nimporte quel`: the locution `n’importe quel`, `qui`, `où`...
        return (prefix, "probable") if rest == "importe" or (zw < 1.0 and zr >= 3.0 and len(rest) >= 4) else None
    if in_table and (zw < 4.2 or after_ce):
        if zr < zw + (1.0 if after_ce else 2.0):
            return None
        sure = prefix == "n" or after_ce or not is_more_english(low, 0.0)
        return prefix, "sure" if sure else "table"
    if prefix in ("t", "m") and prev not in _CLITIC_HOSTS:
        return None  # `la commande interne test`: `t’est` needs a subject before it (`cela t’est`)
    if prefix in ("c", "lorsqu", "puisqu", "quoiqu", "jusqu", "aujourd") and not in_table:
        return None  # `c’`, `jusqu’` only before the words of the table
    if rest in grammar("pronouns") and not in_table:
        return None  # `telle`, `selle` are not `t’elle`, `s’elle`
    if len(rest) < 3 and not in_table:
        return None  # `lus` is not `l’us`
    if zr >= 3.0 and zr >= zw + (1.0 if zw < 3.0 else 1.5 if zw < 3.7 else 2.0) and not is_more_english(low):
        return prefix, "probable" if zw < 3.7 else "table"
    return None


# an elision inside a compound, after a hyphen and a word's lower-case letters: `main-d’œuvre`,
# `Saint-Georges-de-l’Oyapock` (`l` and `d` only: `-n`, `-t` are options or `a-t-il`; not `ls -l`)
_AFTER_COMPOUND_HYPHEN = r"(?<=[a-zà-ÿœ]{2}-)(?=[ld])"
# a cheap test for a lone elision prefix before a space or a line break (`l OIM`, `qu il`)
# a cheap test for a lone elision prefix (`l OIM`, `qu il`, `(d une`): a whitespace-separated
# token of the page (`str.split` runs in C; a pattern with a look-behind cost ten times more)
_LONE_PREFIXES = frozenset(
    before + cased
    for p in ("l", "d", "n", "s", "j", "m", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu", "quelqu", "aujourd")
    for cased in {p, p.upper(), p.capitalize()}
    for before in ("", "(", "«", '"', "“")
)
# `aujourd’hui` after an elision just restored: `d’aujourd hui`, `jusqu’aujourdhui`
_AUJOURD_HUI = re.compile(r"(?<=[’'])(?i:aujourd)(?P<gap>[ \t]?)(?=(?i:hui)\b)")
# stdlib `re`, twice as fast as `regex` here (\w is a letter, a digit or `_`)
_SPACED_ELISION = re.compile(
    rf"(?:(?<![\w’'\-.@/%$\\=:<>#&*+~|^])|{_AFTER_COMPOUND_HYPHEN})(?P<p>(?i:jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|aujourd|qu|[ldnsjmtc]))"
    rf"(?:[ \t]+|[ \t]*\n[ \t]*)(?P<w>[{_VOWELS_H}][^\W\d_]*)"
)
def _letter_spaced(text: str, at: int) -> bool:
    """Is the line at `at` spaced out letter by letter (`C O M M U N I Q U É`): four one-letter tokens or more,
    half of its tokens at least? (Letters, not `à`, a word: `9 h 15 : remise à l eau` is prose, `À L ACCÈS À L EAU` too.)"""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    tokens = text[start : end if end >= 0 else len(text)].split()
    single = sum(len(t) == 1 and t.isalpha() and t not in "àÀ" for t in tokens)
    return single >= 4 and 2 * single >= len(tokens)


_L_A_PAS = regex.compile(r"(?<=\b[nN]e )l(?=a (?:pas|jamais)\b)")
_GLUED_CAPITAL = regex.compile(
    rf"(?:(?<![\p{{L}}\p{{N}}’'\-.@/])|{_AFTER_COMPOUND_HYPHEN})"
    r"(?P<p>l|d|qu)(?P<w>[AEIOUYHÀÂÉÈÊÎÔ](?:\p{Lu}+|\p{Ll}+(?:\p{Lu}\p{Ll}+)*)(?:-\p{L}+)*)\b"  # (`dAéroSanté`: a name in camel case)
)
@lru_cache(maxsize=65536)
def _known_with_elision(word: str) -> bool:
    """`Djamena`: the lexicon knows `n'djamena` (N’Djamena) as one word."""
    low = word.lower()
    return any(zipf(f"{p}'{low}") >= 2.5 for p in "ldn")


_NAME_ELISION = regex.compile(r"(?<![\p{L}\p{N}’'\-.@/])(?P<p>[LDN])[ ]?(?P<w>\p{Lu}\p{Ll}{2,})(?![\p{L}’'])")
# ... and after a hyphen, the second half of a double name: `Kouamé-NGuessan`
_N_NAME = regex.compile(r"(?<![\p{L}\p{N}’'.@/])(?P<p>N)(?P<w>\p{Lu}\p{Ll}{2,})(?![\p{L}’'])")
_GLUED_CAPITAL_START = regex.compile(r"(?<![\p{L}\p{N}’'\-.@/?\ufffd])(?P<p>L|D|Qu|QU)(?P<w>[AEIOUYHÀÂÉÈÊÎÔ]\p{Ll}+)\b")
_GLUED_LOWER = regex.compile(
    rf"(?:(?<![\p{{L}}\p{{N}}’'\-.@/?\ufffd])|{_AFTER_COMPOUND_HYPHEN})(?i:jusqu|lorsqu|puisqu|quoiqu|presqu|quelqu|aujourd|qu|[ldnsjmtc])"
    rf"[{_VOWELS_H.lower()}]\p{{Ll}}*(?![\p{{L}}’'@]|\.\p{{L}}|-\p{{Lu}})"
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
_CAPITAL_PART_BEFORE = regex.compile(r"(?<![\p{L}\-])\p{Lu}\p{Ll}+-$")


def _after_capital_part(text: str, pos: int) -> bool:
    """`pos` opens the second part of a compound whose first part is capitalised: a name's, which
    takes a capital too (`Saint-?tienne` is `Saint-Étienne`, `Jean-?douard`)."""
    return bool(_CAPITAL_PART_BEFORE.search(text, max(0, pos - 30), pos))
_MILLION_UNITS = frozenset(("M", "Md", "Mds"))


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
    doubtful: list[tuple[regex.Match[str], bool]] = []
    for m in holey:
        word = m.group()
        if word[:-1] in _MILLION_UNITS and _NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # `2,1 M?`: the € after millions, for `_restore_euro`
        starts = bool(_SENTENCE_START.search(text[max(0, m.start() - 12) : m.start()])) or _after_capital_part(text, m.start())
        if _POSSESSIVE_HOLE.fullmatch(word) and _english_around(text, m.start(), m.end()):
            # `the port?s traffic`: English's possessive lost its apostrophe (no French `portés` there)
            changes.extend(_hole_changes(m, word[:-2] + apostrophe + "s", "English possessive"))
            continue
        fixed = _fill_holes(word, starts, apostrophe, trailing_ok=inner > 0 or "\ufffd" in word)
        if fixed and not _cased_like_words(fixed):
            fixed = None  # `voter ?Le vote`: a question mark glued to the next sentence, no `îLe`
        if fixed:
            changes.extend(_hole_changes(m, fixed, "lexicon"))
        else:
            doubtful.append((m, starts))
    # the page is the evidence: once it has lost letters to `?` in several words the lexicon is sure
    # of, a hole before or inside a rarer word (`C?lacanthes`, `ex ?quo`) is a lost letter too
    rare = [(m, fixed) for m, starts in doubtful if (fixed := _fill_rare_word(m.group(), starts)) and _cased_like_words(fixed)]
    # ... or once two words of it read each as the only word the lexicon knows with a lost letter
    # there (`C?lacanthes`, `ex ?quo`); a hole between two letters is no punctuation: its word
    # alone is enough (`L?titia`)
    evidence = len({m.group().lower() for m in holey} - {m.group().lower() for m, _ in doubtful}) >= _HOLE_EVIDENCE or len(
        {fixed.lower() for _, fixed in rare}
    ) >= 2
    done = set()
    for m, fixed in rare:
        if evidence or _INNER_HOLE.search(m.group()):
            changes.extend(_hole_changes(m, fixed, "lexicon and page evidence" if evidence else "lexicon: a hole inside a word"))
            done.add(m.start())
    left = [(m, starts) for m, starts in doubtful if m.start() not in done and _INNER_HOLE.search(m.group())]
    if left:
        changes += _fill_names(text, left, changes)
    return changes


# a word's last hole that is no question mark: a comma, a semicolon, a bracket or a full stop
# follows it, or the sentence goes on in lower case (`Kp?m?, puis`)
_HOLE_GOES_ON = regex.compile(r"[,;)]|\.(?:\s|$)| \p{Ll}")


def _fill_names(text: str, doubtful: list[tuple[regex.Match[str], bool]], changes: list[Change]) -> list[Change]:
    """Holes between the letters of a word no filling makes known to the lexicon: a name (`Kp?m?`, `Kpémé`).

    A `?` between two letters is no punctuation: the word lost a letter. The page says which: the
    same name written whole elsewhere on it; else the letter its paragraph's other holes stood for,
    where the lexicon read at least two of its words (an ASCII trip with replacement loses every
    accented letter of the paragraph: `Lom?`, `d?vi?s` read as `Lomé`, `déviés`).
    """
    restored: dict[int, list[str]] = {}  # line start -> the letters restored by the lexicon there
    words_fixed: dict[int, set[int]] = {}
    for start, _end, new, _why in changes:
        if new.isalpha():
            line = text.rfind("\n", 0, start) + 1
            restored.setdefault(line, []).append(new.lower())
            words_fixed.setdefault(line, set()).add(_word_start_of(text, start))
    spelled = None
    out: list[Change] = []
    for m, _starts in doubtful:
        word = m.group()
        holes = [i for i, ch in enumerate(word) if ch in "?\ufffd"]
        letters = [ch for ch in word if ch not in "?\ufffd"]
        if len(holes) > 3 or len(letters) < 3 or not word[0].isalpha() or all(ch.isupper() for ch in letters):
            continue  # (an acronym or a formula in capitals: `H?O`)
        if holes[-1] == len(word) - 1 and word[-1] == "?" and not _HOLE_GOES_ON.match(text, m.end()):
            continue  # the last `?` may end a question
        if any(zipf(cand) for cand in _hole_fillings(word, holes, False, False)):
            continue  # the lexicon knows a word there but could not choose: not a name
        if spelled is None:  # the page's words with letters a lossy trip loses, once
            spelled = {}
            for w in {w for w in _WORD.findall(text) if not w.isascii()}:
                spelled.setdefault(_HOLE.sub("?", "".join(c if c.isascii() else "?" for c in w)), set()).add(w)
        same = {w for w in spelled.get(_HOLE.sub("?", word), ()) if all(not w[i].isascii() for i in holes)}
        if len(same) == 1:
            fixed, why = same.pop(), "page evidence: the name written whole on the page"
        else:
            line = text.rfind("\n", 0, m.start()) + 1
            seen = restored.get(line, [])
            if len(words_fixed.get(line, ())) < 2:
                continue
            letter = max(sorted(set(seen)), key=seen.count)
            fixed = "".join(letter if i in holes else ch for i, ch in enumerate(word))
            why = "page evidence: the letter the paragraph's other holes stood for"
        if _cased_like_words(fixed):
            out.extend(_hole_changes(m, fixed, why))
    return out


def _word_start_of(text: str, pos: int) -> int:
    """Where the word (holes included) around `text[pos]` starts."""
    while pos > 0 and (text[pos - 1].isalpha() or text[pos - 1] in "?\ufffd"):
        pos -= 1
    return pos


_INNER_HOLE = regex.compile(r"\p{L}[?\ufffd]\p{L}")
_APOSTROPHES = regex.compile(r"['’\x00]")  # (`\x00`: `_APOSTROPHE_SLOT`, a restored apostrophe not yet styled)


_CAMEL_NAME = regex.compile(r"(?:\p{Lu}\p{Ll}+){2,}")  # `AéroSanté`, `OpenOffice`


def _cased_like_words(fixed: str) -> bool:
    """Each part of a repaired word (parted at its apostrophes) is written in lower case, in capitals or
    capitalised, or opens on three capitals (an acronym-like name: `INStaD`), or after an elision is a name in
    camel case (`d’AéroSanté`): a letter put back never stands before a capital inside a word (`îLe`, `ÉDix`: a
    quote lost before `Dix`).

    >>> _cased_like_words("l’OIM"), _cased_like_words("Cœlacanthes"), _cased_like_words("îLe"), _cased_like_words("l’INStaD")
    (True, True, False, True)
    >>> _cased_like_words("d’AéroSanté"), _cased_like_words("ÉroSanté")
    (True, False)
    """
    parts = _APOSTROPHES.split(fixed)
    return all(
        p.islower() or p.isupper() or p.istitle() or p[:3].isupper() or not p or (i and _CAMEL_NAME.fullmatch(p))
        for i, p in enumerate(parts)
    )


_HOLE_EVIDENCE = 3  # distinct words with holes the lexicon alone repaired
_POSSESSIVE_HOLE = regex.compile(r"\p{L}{2,}[?\ufffd]s")


def _english_around(text: str, start: int, end: int) -> bool:
    """Are the words around `text[start:end]` (two before, two after) English rather than French?"""
    around = _words_around(text, start, end)
    return len(around) >= 3 and sum(is_more_english(w) for w in around) >= len(around) - 1


def _hole_changes(m: regex.Match[str], fixed: str, why: str) -> list[Change]:
    changes = []
    for i, (old, new) in enumerate(zip(m.group(), fixed)):
        if old != new:
            what = "apostrophe" if new in "’'" or new == _APOSTROPHE_SLOT else new  # (the slot: the page's apostrophe, chosen later)
            changes.append((m.start() + i, m.start() + i + 1, new, f"lost {what} restored from {old!r} ({why})"))
    return changes


def _hole_fillings(word: str, holes: list[int], upper: bool, starts_sentence: bool) -> Iterator[str]:
    """Every way to fill the holes of `word` with the letters a lossy trip loses."""
    choices = [_hole_letters(upper or (i == 0 and starts_sentence)) for i in holes]
    for combo in product(*choices):
        chars = list(word)
        for i, c in zip(holes, combo):
            chars[i] = c
        yield "".join(chars)


def _hole_letters(capital: bool) -> str:
    """The letters a `?` or `�` may stand for: the ones Latin-1 or ASCII lose, in the case the word wants."""
    return _HOLE_UPPER if capital else _HOLE_LOWER


def _fill_rare_word(word: str, starts_sentence: bool) -> str | None:
    """One hole before or inside a word, or up to three between its letters, filled with the letters
    that make the only word the lexicon knows at all (a plural by its singular): `C?lacanthes` →
    `Cœlacanthes`, `d?vi?s` → `déviés`."""
    holes = [i for i, ch in enumerate(word) if ch in "?\ufffd"]
    if not holes or len(holes) > 3 or holes[-1] == len(word) - 1 or len(word) < 4:
        return None
    if len(holes) > 1 and holes[0] == 0:
        return None  # (several holes: each between two letters)
    upper = all(ch.isupper() for ch in word if ch not in "?\ufffd")
    scored = []
    for cand in _hole_fillings(word, holes, upper, starts_sentence):
        score = zipf(cand)
        if not score and cand[-1] in "sxSX":
            score = zipf(cand[:-1]) - 0.5
        if score > 0:
            scored.append((score, cand))
    scored.sort(reverse=True)
    if scored and scored[0][0] >= 1.0 and (len(scored) == 1 or scored[0][0] >= scored[1][0] + 1.0):
        return scored[0][1]
    return None


# ---- the euro sign, which Latin-1 does not have: `Avec 4 , vous offrez` ------------------------
# an amount: `60`, `250 000`, `1,2`, `3,4 millions`, `2,1 M` (never the tail of a longer number)
_AMOUNT = r"(?<![\p{L}\p{N},.]|\d[ \u00a0.])\d{1,3}(?:[ \u00a0\u202f.]\d{3})*(?:,\d+)?(?:[ \u00a0](?:millions?|milliards?|M|Mds?)\b)?"
_LOST_EURO = regex.compile(rf"(?<={_AMOUNT}[ \u00a0])(?=[,.)](?:\s|$))")
# a space before a comma after a word, the page's habit; not after `millions`, where € goes
_SPACE_BEFORE_PUNCT = regex.compile(r"\p{L}(?<!\bmillions?|\bmilliards?|\bMds?|\bM)[ \u00a0][,.](?:\s|$)")
_EURO_BETWEEN_SPACES = regex.compile(rf"(?P<n>{_AMOUNT}) (?= [;:!?](?:\s|$))")
_EURO_AS_QUESTION = regex.compile(
    rf"(?<={_AMOUNT}[ \u00a0]|(?<![\p{{L}}\p{{N}},.])\d+(?:,\d+)?[ \u00a0]Mds?|(?<![\p{{L}}\p{{N}},.])\d+(?:,\d+)?[ \u00a0][Mk])"
    # (after `M`, `Md`, `k`: also before the words that go on, `12,4 M? pour`, `420 k? apportés`, or at a line's end,
    # `pour 23 M?` ending a title: a question mark never stands there)
    r"\?(?=[ \u00a0]?[,;)]|[ \u00a0]?\.(?:\s|$)|(?<=\b(?:Md?s?|k)\?)(?:[ \u00a0]\p{Ll}|[ \t]*(?:\n|$)))"
)
# `a record ?1.9 billion`: English writes € before the amount (a question mark never stands there)
_EURO_BEFORE_MILLIONS = regex.compile(r"(?<![\p{L}\p{N}?])[?\ufffd](?=\d[\d.,]*[ \u00a0](?:million|billion|milliards?|millions?)\b)")
# ... and before an amount grouped in English (`budgeted at ?640,000`), on a page that lost other characters
_EURO_BEFORE_ENGLISH_AMOUNT = regex.compile(r"(?<![\p{L}\p{N}?])\?(?=\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]))")
# `250 000 ? permettront`, `250 000  permettront`: a unit lost between an amount and the words that
# go on (a question never goes on in lower case); a year there lost a dash instead (`en 2019 – les`)
# (three spaces: the € became a space, `1 500   seront`, or it and a dash were dropped, `40   sur`)
_EURO_BEFORE_WORD = regex.compile(rf"(?P<n>{_AMOUNT})[ \u00a0](?P<lost>\?[ \u00a0]| {{1,2}})(?=\p{{Ll}})")
# `de 5,9 Md à 4,6 Md,`: the € after a million/billion abbreviation, where no currency follows (`48 M de l’Union`:
# before the lender, no `de dollars`)
_EURO_AFTER_UNIT = regex.compile(
    r"(?<![\p{L}\p{N},.])\d{1,4}(?:,\d+)?[ \u00a0](?:M|Mds?)(?=[ \u00a0]?[,;)]|[ \u00a0]?\.(?:\s|$)|[ \u00a0]?$|[ \u00a0](?:à|et|en|pour|par|sur|contre|soit|dont|du|des|de (?:la|le|les|l['’]))\b)"
)
_YEAR = regex.compile(r"(?:1[89]|20)\d\d")
_EURO_WORD = regex.compile(r"\b(?:euros?|EUR)\b")
_ADDRESS_NEXT = regex.compile(r"\S*(?:@|://|www\.)")
_GROUPED = regex.compile(r"\d[ \u00a0\u202f.]\d{3}|,\d|\p{L}")


def _restore_euro(text: str, lossy: bool = False) -> list[Change]:
    """A number, a space, then punctuation: a unit was lost, and the one Latin-1 lacks is €.

    Also `60 ? ;`: the € turned into `?` (a question mark is never followed by `;` or `,`), and
    `60  ;`: the € dropped between the two spaces French puts around it before `;` `:`; and an
    amount followed by lower-case words (`250 000 ? permettront`, `290  par mois`): a grouped or
    decimal amount after `?` anywhere, two spaces or a plain number only on a page that writes
    euros (`1 500  personnes` is a slip).
    Not on a page that puts a space before commas by habit (`42 communes ,`): one such slip is
    no habit on a page that writes euros and has more numbers than words before the space."""
    asking = _lines_holding(text, "?")
    changes = [(m.start(), m.end(), "€", "lost € restored from '?' (number followed by punctuation)") for m in _search_lines(_EURO_AS_QUESTION, text, asking)]
    # (only its `?` matches are kept, and a match stays inside its line: the lines holding one are read, not the page)
    changes += [(m.start(), m.end(), "€", "lost € restored from '?' (before an amount in millions)") for m in _search_lines(_EURO_BEFORE_MILLIONS, text, asking) if m.group() == "?"]
    if lossy:
        changes += [(m.start(), m.end(), "€", "lost € restored from '?' (before an amount grouped in English)") for m in _search_lines(_EURO_BEFORE_ENGLISH_AMOUNT, text, asking)]
    # does the page write euros? Asked only where a candidate needs it: the word's search over
    # the whole page cost more than the rest of this function on most pages
    writes_euros: list[bool] = []

    def euros() -> bool:
        if not writes_euros:
            # (the word's search only on a page holding its letters: most hold none)
            writes_euros.append("€" in text or (("euro" in text or "EUR" in text) and bool(_EURO_WORD.search(text))))
        return writes_euros[0]

    if " ," in text or " ." in text or " )" in text or "\u00a0," in text or "\u00a0." in text or "\u00a0)" in text:
        lost = list(_search_lines(_LOST_EURO, text, _lines_holding(text, " ,", " .", " )", "\u00a0,", "\u00a0.", "\u00a0)")))
        if lost:
            # (counted on the lines holding a space before `,` or `.`: from every letter of the
            # page the pattern cost a fifth of restore_characters on a long page)
            habit = sum(1 for _ in _search_lines(_SPACE_BEFORE_PUNCT, text, _lines_holding(text, " ,", " .", "\u00a0,", "\u00a0.")))
            if habit == 0 or (len(lost) > habit and euros()):
                changes += [(m.start(), m.start(), "€", "lost € restored (number followed by punctuation)") for m in lost]
    if "  " in text:  # two spaces before `;` are also mere noise (`3  ; 4`): on a page that writes
        # euros, that lost other characters, or after an amount (`jusqu’à 1 500  ;`)
        changes += [
            (m.end(), m.end(), "€", "lost € restored (number, two spaces, punctuation)")
            for m in _search_lines(_EURO_BETWEEN_SPACES, text, _unjustified_lines(text))
            if euros() or changes or lossy or _GROUPED.search(m.group("n"))
        ]
    # amounts in millions with no currency after them (`23 M,`, `(8,1 M)`), read once: restored below on the page's
    # evidence, and emptied once restored
    millions = list(_search_lines(_EURO_AFTER_UNIT, text, _lines_holding(text, " M", "\u00a0M"))) if " M" in text or "\u00a0M" in text else []
    if millions and (euros() or changes or lossy):
        changes += [(m.end(), m.end(), "€", "lost € restored (after M or Md)") for m in millions]
        millions = []
    pending: list[Change] = []  # grouped amounts, two spaces, words, on a page with no other evidence
    if "  " in text or "?" in text:
        justified = _double_spaced(text)[1]
        for m in _search_lines(_EURO_BEFORE_WORD, text, _lines_holding(text, "  ", "?")):
            if m.group("lost").isspace() and justified and _line_of(text, m.start()) in justified:
                continue  # a justified line's double spaces are padding
            n = m.group("n")
            if _YEAR.fullmatch(n) or _ADDRESS_NEXT.match(text, m.end()) or _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue
            # two spaces may be a slip (`1 500  personnes`): only on a page that writes euros
            # or lost other characters; but a bare number never takes `de` (`8 000  de prix`: a unit was there)
            partitive = m.group("lost").isspace() and n[-1:].isdigit() and _PARTITIVE.match(text, m.end())
            if not (euros() or changes or lossy or partitive) and (m.group("lost").isspace() or not _GROUPED.search(n)):
                if m.group("lost").isspace() and _GROUPED.search(n):
                    pending.append((m.start("lost"), m.start("lost"), "€", "lost € restored (amounts, two spaces, words: the page lost every €)"))
                continue
            if m.group("lost").isspace():
                changes.append((m.start("lost"), m.start("lost"), "€", "lost € restored (amount, two spaces, words)"))
            else:
                changes.append((m.start("lost"), m.start("lost") + 1, "€", "lost € restored from '?' (amount followed by words)"))
    # `1 800  par intervention`, `900 000  par l’Agence`: one such gap is a slip, but two grouped
    # amounts or more, holding most of the page's double spaces between words, are the page's
    # evidence that it lost its € (then `2,1 M,` lost one too); not on a page that doubles its
    # spaces by habit (after a full stop too)
    if len(pending) >= 2 and not _DOUBLE_AFTER_SENTENCE.search(text) and 2 * len(pending) >= len(_INNER_DOUBLE.findall(text)):
        changes += pending
        changes += [(m.end(), m.end(), "€", "lost € restored (after M or Md)") for m in millions]
        millions = []
    # amounts in bare millions, three or more, and no currency anywhere: the page lost its € (`23 M`, `(8,1 M)`; two
    # may be a style: `passe de 5,9 Md à 4,6 Md`)
    if len(millions) >= 3 and not _ANY_CURRENCY.search(text):
        changes += [(m.end(), m.end(), "€", "lost € restored (amounts in bare millions: the page lost every €)") for m in millions]
    return changes


# a currency the page writes, which its amounts in millions may be in (`M$`, `M FCFA`, `millions de dollars`)
_ANY_CURRENCY = regex.compile(r"[$£¥₦₵₣₹]|\b(?i:dollars?|francs?|FCFA|CFA|XOF|XAF|USD|CAD|CHF|GBP|livres?|dirhams?|dinars?|shillings?|nairas?|cedis?|rands?|roupies?|yens?|yuans?)\b")


_PARTITIVE = regex.compile(r"d(?:e\b|['’])")
_INNER_DOUBLE = regex.compile(r"(?<=\S) {2,}(?=\S)")


# ---- dashes (and the ellipsis), which Latin-1 lacks too --------------------------------------


def _writes_dashes(text: str) -> bool:
    """The page still holds a dash between words: it did not lose its dashes (a lone doubtful
    case there is a slip, not a loss)."""
    return " – " in text or " — " in text


def _dash_style(text: str) -> str:
    """The dash the page puts between words: `–` unless it shows more `—` (a page that lost its
    dashes shows none: `–`, by far the commoner in French releases).

    >>> _dash_style("Genève — Le HCR — qui"), _dash_style("Genève  Le HCR")
    ('—', '–')
    """
    return "—" if text.count(" — ") > text.count(" – ") else "–"


_MONTHS = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
# a dateline's head: a capital, then no sentence end, up to a year, a day and month or a news
# agency in brackets (`Niamey, 18 Novembre (ANP)`, `PARIS, 3 octobre 2013/Agence (APO)/`), a date in
# figures (`Strasbourg, 02.12.2025`), a year closing brackets (`GENÈVE (2 décembre 2025)`)
_DATELINE_HEAD = (
    r"^\p{Lu}(?:[^\n.!?]|(?<=\b(?i:janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec)|\b(?:St|Ste|Mt))\.){0,80}?"
    rf"(?:\b\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d\d|\b(?:1[89]|20)\d\d\)?|\b\d{{1,2}}(?:er)? (?i:{_MONTHS}|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec)\.?"
    rf"|\(\p{{Lu}}[\p{{Lu}}\p{{N}}&.\-]{{1,11}}\))/?"
)
# a dash lost between a dateline (or a title's topic) and the text: `Lviv  LOrganisation`
# (not a menu, whose items all open on a capital after a gap: `Qui nous sommes   Ce que nous faisons   Histoires`)
_LOST_DASH = regex.compile(
    r"(?m)^(?:\p{Lu}[\p{L}'’\-]*)(?: [\p{Lu}\p{Ll}][\p{L}'’\-]*){0,3}(?: \(\p{Lu}[^()\n]{1,30}\))?\K {2,3}(?=\p{Lu}(?![^\n]*\S {2,}\p{Lu}))"
)  # (`N'Djamena  La`, `Port-au-Prince (Haïti)  Depuis`)
# a dateline whose dash was lost: `NEW YORK, le 18 mars 2020  Le PAM`, `Valence, 18 janvier 2024  La`, `Dakar, 3 déc. 2025  La`
_LOST_DATELINE_DASH = regex.compile(rf"(?m){_DATELINE_HEAD}\K {{2,3}}(?=\p{{Lu}})")
_LOST_DATE_TIME_DASH = regex.compile(r"(?<![\p{L}\p{N}/.])\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\K {2,3}(?=\d{1,2}[:h]\d{2}(?!\d))")
# two spaces between words (three where the dash became a space), not after a sentence end:
# where ` – ` was
_DOUBLE_SPACE = regex.compile(r"(?<=[\p{L}\p{N})»]) {2,3}(?=[\p{L}\p{N}(«])")
_LAST_TOKEN = regex.compile(r"(?:[\p{L}\p{N}][\p{L}\p{N}’'\-]*|[)»])$")
_DOUBLE_AFTER_SENTENCE = regex.compile(r"[.!?:;]  (?=\S)")
# a list item whose dash was lost: the line starts with the space that followed it
_LOST_ITEM_DASH = regex.compile(r"(?m)(?<=[:;]\n|^(?:– |- |• ).*\n)(?= \p{L})")
_SPACE_STARTED_LINE = regex.compile(r"(?m)(?<=\n)(?= \p{Ll})")
# an aside between two lost dashes: `déplacées  dont plus de 400 000 enfants  que compte`
_LOST_DASH_PAIR = regex.compile(r"(?<=[\p{L}\p{N}])( {2,3})(?=\p{Ll})[^.!?;:\n]{3,120}?(?<=[\p{L}\p{N})»])( {2,3})(?=\p{Ll})")
_AMOUNT_END = regex.compile(r"\d$")
# an aside in brackets: `(NLS  Native Language Support)`, `(skb  socket buffer)`
_LOST_DASH_BRACKETS = regex.compile(r"\([^()\n]{1,80}?[\p{L}\p{N}]\K {2,3}(?=\p{L}[^()\n]{0,80}\))")
# between two items: not before a lower-case word unless an address (`28 10  pref-communication@`)
# (or an address written out: `01 63  a.diallo [at] omvs.org`)
_CONTACT_DOUBLE_SPACE = regex.compile(r"(?<=[\p{L}\p{N})]) {2,3}(?=[\p{Lu}\p{N}+(]|[\p{L}\p{N}.\-]+(?:@| ?[\[(](?:at|arobase)[\])]))")


@lru_cache(maxsize=1)
def _no_dash_after() -> frozenset[str]:
    """Words a clause does not end on (`la`, `de`, `il`): two spaces or a `?` after one are a slip
    or a real question (`vient-il ? personne`), not a lost dash."""
    return grammar("determiners") | grammar("prepositions") | grammar("pronouns") | frozenset(
        ("et", "ou", "que", "qui", "qu", "ne", "n", "dont", "mais", "car", "si", "ce", "c", "est", "sont", "a", "ont")
    )


_GAP_BEFORE_CAPITAL = regex.compile(r"\S {2,}\p{Lu}")


def _menu_line(text: str, pos: int) -> bool:
    """The line around `pos` has several gaps before a capital: items of a menu, not prose."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return len(_GAP_BEFORE_CAPITAL.findall(text, start, end if end >= 0 else len(text))) >= 2


def _words_before(text: str, pos: int) -> int:
    """The words of the sentence (or the clause after a dash) that ends at `pos`: a question by its tone alone is
    short (`Vous venez ?`)."""
    m = _SENTENCE_BEFORE.search(text, max(0, pos - 300), pos)
    return len(_WORD.findall(m.group().rsplit("–", 1)[-1])) if m else 0


def _token_before(text: str, pos: int) -> str:
    m = _LAST_TOKEN.search(text, max(0, pos - 40), pos)
    return m.group() if m else ""


def _clause_ends(prev: str) -> bool:
    """`prev` may end the clause a dash breaks off: a word that is no function word, `)`, `»`;
    not a number (`250 000  permettront` lost a €)."""
    if not prev:
        return False
    if prev in (")", "»"):
        return True
    if _AMOUNT_END.search(prev):  # `En 2019  les autorités`: a slip as likely as a lost dash
        return False
    return prev.lower() not in _no_dash_after()


def _after_function_word(text: str, pos: int) -> bool:
    """The word ending at `pos` is one no clause ends on (`de`, `la`, `il`)."""
    return _token_before(text, pos).lower() in _no_dash_after()


@lru_cache(maxsize=1)
def _clause_openers() -> frozenset[str]:
    """Words that open the clause after a dash (`été – les horodatages`, `racine – en laissant`);
    not `de`, which follows a noun in a slip as often (`les enfants  de la région`)."""
    return (grammar("determiners") | grammar("pronouns") | grammar("prepositions") | frozenset(
        ("qui", "que", "qu", "dont", "où", "ce", "c", "cela", "ça", "ceci", "lorsque", "lorsqu", "quand", "si", "soit", "y")
    )) - frozenset(("de", "du", "des", "d", "et", "ou"))


_NEXT_WORD = regex.compile(r"[\s?]*(\p{L}+)")


def _opens_clause(text: str, pos: int) -> bool:
    m = _NEXT_WORD.match(text, pos)
    return bool(m) and m.group(1).lower() in _clause_openers()


_AMOUNT_BEFORE = regex.compile(rf"{_AMOUNT}$")


def _after_amount(text: str, pos: int) -> bool:
    """An amount ends at `pos` (`250 000`, `1,2 million`, not a year): what was lost after it is a €."""
    m = _AMOUNT_BEFORE.search(text, max(0, pos - 40), pos)
    return bool(m) and not _YEAR.fullmatch(m.group()) and not _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start())


# `9 h 45`, `14h`, `10:30`: the minutes of a clock time, not an amount (a schedule's lost dash is no €)
_CLOCK_BEFORE = regex.compile(r"(?<![\p{L}\p{N}])\d{1,2}[ \u00a0]?h[ \u00a0]?$|(?<![\p{L}\p{N}])\d{1,2}:$")


def _lines_holding(text: str, *needles: str) -> list[tuple[int, int]]:
    """The (start, end) of each line of `text` that holds one of `needles`, in order (found by
    `str.find`: a pattern that needs a needle then reads a few lines of a long page, not all of it).

    >>> _lines_holding("a  b\\nc\\nd ?", "  ", "?")
    [(0, 4), (7, 10)]
    """
    spans: set[tuple[int, int]] = set()
    for needle in needles:
        i = text.find(needle)
        while i != -1:
            start = text.rfind("\n", 0, i) + 1
            end = text.find("\n", i)
            end = len(text) if end == -1 else end
            spans.add((start, end))
            i = text.find(needle, end)
    return sorted(spans)


# the gaps between the words of a line (its indentation aside) and the word after each
_INNER_GAP = regex.compile(r"(?<=\S)( +)(?=(\S))")


def _padded(text: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(gaps, widened gaps, widened before lower case) of a line whose gaps are all n or n + 1
    spaces wide (justification spreads its padding so, all gaps widened when n > 1); None for a
    line with any other spread."""
    sizes, wide_lower = [], 0
    gaps = list(_INNER_GAP.finditer(text, start, end))
    if not gaps:
        return None
    least = min(len(m.group(1)) for m in gaps)
    for m in gaps:
        n = len(m.group(1))
        if n > least + 1:
            return None  # a wider gap: a column gutter, a tab stop, three spaces where a dash was
        sizes.append(n)
        wide_lower += n > 1 and m.group(2).islower()
    return len(sizes), sum(n > 1 for n in sizes), wide_lower


_MARGIN = 40  # characters: a justified column is at least this wide (the narrowest press columns hold ~45)


def _justified_lines(text: str, lines: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The `lines` (holding double spaces) of justified text, a PDF read in layout mode: their
    double spaces are padding, not the trace of a lost dash or €.

    A line is surely justified when most of its gaps, between prose words (lower case after
    them), are widened evenly by one space: no page loses a dash between most of its words; or
    when three lines or more padded so end at one column, most of the padded lines (a margin). On a
    page that shows such lines, a line as long as them whose gaps are spread the same way
    (`pendant  quatre ans`, one gap widened), or a shorter one with half its gaps widened (a
    layout reading spaces out proportional type), is justified too.

    >>> t = "Une étude menée pendant  quatre ans sur 36 parcelles de Hesbaye montre que\\nhaies  brise-vent  réduisent  de  27 %  les  pertes  de  sol  par  érosion\\nLe HCR  qui agit"
    >>> sorted(_justified_lines(t, _lines_holding(t, "  ")))
    [(0, 74), (75, 149)]
    """
    padded = {span: p for span in lines if (p := _padded(text, *span))}
    sure = [span for span, (n, wide, lower) in padded.items() if n >= 6 and wide >= 4 and 2 * wide >= n and 2 * lower >= wide]
    if not sure and len(padded) >= 3:
        # or lines padded a little each, ending at one column (±1): a right margin, which
        # ragged lines that lost dashes do not keep; three such, most of the padded lines
        ends = [end - start for start, end in padded]
        for width in set(ends):
            if width < _MARGIN:
                continue  # (a feed's stamps, `lun. 01/12/2025  07:42`, are as long as each other, and short: no margin)
            flush = [span for span, e in zip(padded, ends) if abs(e - width) <= 1]
            if len(flush) >= 3 and 2 * len(flush) > len(padded) and len(flush) > len(sure):
                sure = flush
    if not sure:
        return set()
    width = min(end - start for start, end in sure)
    return set(sure) | {span for span, (n, wide, _) in padded.items() if span[1] - span[0] >= 0.8 * width or 2 * wide >= n}


def _line_of(text: str, pos: int) -> tuple[int, int]:
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end == -1 else end


@lru_cache(maxsize=4)
def _double_spaced(text: str) -> tuple[tuple[tuple[int, int], ...], frozenset[tuple[int, int]]]:
    """The lines holding two spaces, and those of them that are justified text: asked up to three
    times of one page (the dash and the € repairs), read once (on indented text, most lines)."""
    lines = _lines_holding(text, "  ")
    return tuple(lines), frozenset(_justified_lines(text, lines))


def _unjustified_lines(text: str) -> list[tuple[int, int]]:
    """`_lines_holding(text, "  ")` without the lines of justified text."""
    lines, justified = _double_spaced(text)
    return [span for span in lines if span not in justified] if justified else list(lines)


def _search_lines(pattern: regex.Pattern[str], text: str, lines: list[tuple[int, int]]) -> Iterator[regex.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose matches stay inside one of `lines`.

    (chained in C: a generator's step per line and per match cost a twentieth of the repairs on
    an indented page, whose every paragraph holds two spaces)

    >>> [m.group() for m in _search_lines(regex.compile(r"b+"), "abb\\nb\\nbbb", [(0, 3), (6, 9)])]
    ['bb', 'bbb']
    """
    if not lines:
        return iter(())
    starts, ends = zip(*lines)
    return chain.from_iterable(map(pattern.finditer, repeat(text), starts, ends))


# (a clause opens on these; `ce`, `cela` too, unlike the subjects an elision follows, `_SUBJECTS`)
_CLAUSE_SUBJECTS = frozenset(("il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous", "ce", "cela", "ceci"))


def _clause_head(head: str) -> bool:
    """The words before two spaces at a line start are a clause, not a dateline's place or a
    title's topic: a subject pronoun or a verb (`Il est arrivé à  Paris`, `Elle a  Paris`).

    >>> [_clause_head(h) for h in ("Il est arrivé Ç", "Port-au-Prince", "Santé mentale", "Saint-Denis de La Réunion")]
    [True, False, False, False]
    """
    words = [w.lower() for w in head.split()]
    return bool(words) and (words[0] in _CLAUSE_SUBJECTS or not _VERB_FORMS.isdisjoint(words[1:]))


def _restore_dash(text: str) -> list[Change]:
    """`Liban  La France renforce`: a ` – ` that a Latin-1 round trip dropped, leaving two spaces
    after a dateline, between two clauses (`heure d’été  les horodatages`), around an aside."""
    dash = _dash_style(text)
    spaced = f" {dash} "
    # every shape below holds two spaces inside one line: only those lines are searched
    lines = _unjustified_lines(text)
    changes = [
        (m.start(), m.end(), spaced, "lost dash restored (two spaces after a dateline)")
        for m in _search_lines(_LOST_DASH, text, lines)
        if not _clause_head(text[text.rfind("\n", 0, m.start()) + 1 : m.start()])
    ]
    changes += [(m.start(), m.end(), spaced, "lost dash restored (two spaces after a dateline)") for m in _search_lines(_LOST_DATELINE_DASH, text, lines)]
    # between a stamp's date and its time (`lun. 01/12/2025  07:42`), on a page that shows it lost dashes, or in a
    # feed's run of such stamps
    stamps = list(_search_lines(_LOST_DATE_TIME_DASH, text, lines))
    if changes or len(stamps) >= 2:
        changes += [(m.start(), m.end(), spaced, "lost dash restored (two spaces between a date and its time)") for m in stamps]
    changes += [(m.start(), m.end(), spaced, "lost dash restored (two spaces in an aside in brackets)") for m in _search_lines(_LOST_DASH_BRACKETS, text, lines)]
    for m in _search_lines(_LOST_DASH_PAIR, text, lines):
        # an aside neither opens nor closes on a function word (`l’engagement de  plus de 300
        # volontaires  venus` is a slip twice, not `de – plus`)
        if not (_after_amount(text, m.start(1)) or _after_amount(text, m.start(2)) or _after_function_word(text, m.start(1)) or _after_function_word(text, m.start(2))):
            changes += [(m.start(g), m.end(g), spaced, "lost dash restored (two spaces around an aside)") for g in (1, 2)]
    # a page that doubles its spaces by habit (after a full stop) doubles them anywhere: only the
    # certain shapes above; else two spaces after a word a clause ends on, or any on a page that
    # shows it lost dashes (one restored above, or several double spaces inside sentences)
    inside = list(_search_lines(_DOUBLE_SPACE, text, lines))
    if inside and not any(True for _ in _search_lines(_DOUBLE_AFTER_SENTENCE, text, lines)):
        ends = [m for m in inside if _clause_ends(_token_before(text, m.start())) and not _after_amount(text, m.start())]
        # a capital after the gap: a menu's items (`Accueil   Actualités   Contact`), unless a
        # dash was lost for sure, and never on a line of several such gaps
        ends = [m for m in ends if not text[m.end()].isupper() or (changes and not _menu_line(text, m.start()))]
        opens = [m for m in ends if _opens_clause(text, m.end())]
        # (a page that still writes its dashes lost none by the count of its double spaces alone: typing slips)
        writes = _writes_dashes(text)
        lost_dashes = bool(changes) or (len(ends) >= 2 and not writes)
        if not lost_dashes and writes:
            opens = []  # a page that still writes its dashes did not lose this one: a slip
        changes += [(m.start(), m.end(), spaced, "lost dash restored (two spaces between clauses)") for m in (ends if lost_dashes else opens)]
    # a separator lost between the items of a contact line (`04 26 52 21 60  Fax : …`)
    for line in _search_lines(_CONTACT_LINE, text, lines):
        if "  " in line.group():
            changes += [(m.start(), m.end(), spaced, "lost dash restored (two spaces in a contact line)") for m in _CONTACT_DOUBLE_SPACE.finditer(text, line.start(), line.end())]
    # list items whose dash was lost: lines that start with the space that followed it, several
    # in a row (one alone only after `:` or `;` on a page that lost dashes)
    items = [m.start() for m in _SPACE_STARTED_LINE.finditer(text)] if "\n " in text else []
    runs: list[list[int]] = []
    for pos in items:
        if runs and text.count("\n", runs[-1][-1], pos) == 1:
            runs[-1].append(pos)
        else:
            runs.append([pos])
    for run in runs:
        if len(run) >= 2 or ((changes or inside) and _LOST_ITEM_DASH.match(text, run[0])):
            changes += [(p, p, dash, "lost list dash restored (line starts with its space)") for p in run]
    return _non_overlapping(changes)


# the dash turned into `?`: a line (a list item) opening on `? `, a dateline `2024 ? Le`, a
# place heading the first paragraph `GENÈVE ? Le`, a range `100?999`, a separator in a contact
# line `Tél. : 04 26 52 21 60 ? Fax`, an aside in brackets `(Level Triggered ? LT)`, and ` ? `
# before a lower-case word (a question goes on with a capital)
_DASH_AS_QUESTION_ITEM = regex.compile(r"(?m)^\?(?= \p{L})")
_DASH_AS_QUESTION_DATELINE = regex.compile(rf"(?m)(?P<head>{_DATELINE_HEAD}) \?(?= \p{{Lu}})")
_PLACE_WORD = r"\p{Lu}\p{L}*(?:[\-’']\p{L}+)*"
_DASH_AS_QUESTION_PLACE = regex.compile(rf"(?m)^(?P<head>{_PLACE_WORD}(?: {_PLACE_WORD}){{0,3}}) \?(?= \p{{Lu}}\S*(?: \S+){{3}})")
_DASH_AS_QUESTION_RANGE = regex.compile(
    r"(?<![\p{L}\p{N}/=&?.#_\-])(?:0x[0-9A-Fa-f]+|\d+)\K\?(?=(?:0x[0-9A-Fa-f]+|\d+)(?![\p{L}\p{N}/=&?_\-]))"
)
# the dash closing an aside before the sentence's comma: `l’année ? dont 4 décès ?, ce qui` (no question ends on `?,`)
# (opened by a dash, or by a `?` a word in lower case follows: `Pourquoi ? Parce que` opens no aside)
_DASH_AS_QUESTION_ASIDE_END = regex.compile(r"(?<=\s(?:[–—]|\?(?=\s\p{Ll}))\s[^–—.!?\n]{3,120}?\s)\?(?=,)")
# a range of clock times or years, spaced: `8 h ? 14 h`, `2019 ? 2023` (no question ends on a time and asks a time)
_DASH_AS_QUESTION_SPACED_RANGE = regex.compile(
    r"(?<![\p{L}\p{N}])(?:\d{1,2} ?h(?: ?\d{2})?|(?:19|20)\d\d) \K\?(?= (?:\d{1,2} ?h(?![\p{L}])|(?:19|20)\d\d(?!\d)))"
)
# between a date and its time: `lun. 01/12/2025 ? 07:42` (no question ends on a date and asks a time)
_DASH_AS_QUESTION_DATE_TIME = regex.compile(r"(?<![\p{L}\p{N}/.])\d{1,2}[/.]\d{1,2}[/.]\d{2,4} \K\?(?= \d{1,2}[:h]\d{2}(?!\d))")
# between two names, glued: `Bénin?Nigeria`, `Paris?Dakar` (not an elision: `Qu?Elle` lost an apostrophe)
_DASH_AS_QUESTION_NAMES = regex.compile(r"(?<![\p{L}\p{N}?])\p{Lu}\p{Ll}+(?<!qu)\K\?(?=\p{Lu}\p{Ll}{2,}(?![\p{N}?]))")
_DASH_AS_QUESTION_BRACKETS = regex.compile(r"\([^()\n?]{1,80}?[\p{L}\p{N}] \K\?(?= \p{L}[^()\n?]{0,80}\))")
# a line of contact details: an e-mail, a phone number (`(225) 20 32 66 85` too, its code in brackets), a postcode
# before a town (`CH-1211 Genève`) on a short line that holds no sentence
# (a phone's first group after the country code may be one digit: `+33 2 99 38 47 12`)
_CONTACT_LINE = regex.compile(
    r"(?m)^(?=[^\n]{0,160}$)(?![^\n]*\p{Ll}{3}\. (?!\d))[^\n]*?(?:@|(?:\+\d{1,3}(?:[ .]\d(?=[ .]\d))?|\b0\d{1,2}|\(\+?\d{1,3}\)[ .]?\d{2})(?:[ .]?\d{2,4}){3}|\b(?:[A-Z]{1,2}-)?\d{4,5} \p{Lu}\p{Ll})[^\n]*$"
)
# between two items: after a number, a name or an e-mail address (`SDCI ? 04 75…`), never a lower-case word, which
# asks (`Une question ? 01 23 45 67 89`)
_CONTACT_SEPARATOR = regex.compile(r"(?<=(?:[\p{N})]|\b\p{Lu}[\p{L}\-]*|@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+) )\?(?= [\p{L}\p{N}+(])")
_ANY_SEPARATOR = regex.compile(r"(?<=\p{Ll} )\?(?= (?:\+|\(?\d|Tél|Tel|T\.|Mobile|Portable|Fax))")  # before a phone, after a lower-case word
_DASH_AS_QUESTION_INSIDE = regex.compile(r"(?<=[\p{L}\p{N})»] )\?(?= [\p{Ll}(«])")
# ... before a name that goes on the sentence (`le Secours catholique ? Caritas France lancent`): on a page that lost its
# dashes, where no question is asked and the name opens no clause of its own (`? Le`, `? Nous` may answer)
_DASH_AS_QUESTION_BEFORE_NAME = regex.compile(r"(?<=[\p{L}\p{N})»] )\?(?= \p{Lu}\p{Ll}+ [\p{Lu}\p{Ll}])")
# `elle est? cassée`: a `?` glued to a word before lower case was an ellipsis
_ELLIPSIS_AS_QUESTION = regex.compile(r"(?<=\p{L})\?(?= \p{Ll})")
_NO_ELLIPSIS_AFTER = frozenset(("le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "à", "au", "aux", "en", "et", "ou"))
_SENTENCE_BEFORE = regex.compile(r"[^.!?:;\n]*$")
# a question: an interrogative word, or the subject after its verb (`vient-il`, `est-ce`); not
# `quand` or `où`, which open as many statements (`Quand les systèmes… le modifient, ils`)
_ASKS = regex.compile(
    r"(?i)\b(?:pourquoi|comment|combien|quel(?:le)?s?|lequel|laquelle|lesquel(?:le)?s|est-ce)\b|-(?:t-)?(?:il|elle|on|ils|elles|je|tu|nous|vous)\b|^\s*(?:qui|que|quoi|qu['’])\b"
)


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    data = load_json("places.json")
    return frozenset(name.lower() for key in ("countries", "cities") for name in data[key])


def _asks(text: str, pos: int) -> bool:
    """The sentence that ends at `pos` reads as a question."""
    m = _SENTENCE_BEFORE.search(text, max(0, pos - 300), pos)
    return bool(m and _ASKS.search(m.group()))


def _place_head(head: str, text: str, pos: int, lost_dashes: bool) -> bool:
    """`GENÈVE`, `Port-au-Prince`, `Niamey`: a place heading a paragraph, not a question's
    subject (`Pourquoi ?`, `Verdict ? Le tribunal…`): a name in capitals, a known place, several
    capitalised words, a word the page writes as a name elsewhere."""
    words = head.split()
    first = words[0].lower()
    if first in _no_dash_after() or _ASKS.search(head):
        return False
    if head.isupper() or head.lower() in _places() or len(words) > 1:
        return True
    # a name the page writes with its capital inside a sentence too (`autour de Goma`), never
    # in lower case; or any rare word on a page that shows it lost dashes
    if _written_as_name(text, head) and not _written_as_name(text, first, lower=True):
        return True
    return lost_dashes and zipf(first) < 4.0


def _written_as_name(text: str, word: str, lower: bool = False) -> bool:
    """`word` stands with its capital after a lower-case word or an elision (`autour de Goma`);
    `lower`: `word` stands anywhere as a word of its own (`goma` in lower case)."""
    i = text.find(word)
    while i >= 0:
        end = i + len(word)
        whole = not (end < len(text) and text[end].isalpha()) and not (i and text[i - 1].isalpha())
        if whole and (lower or (i >= 2 and text[i - 1] in " ’'" and text[i - 2].islower())):
            return True
        i = text.find(word, i + 1)
    return False


# two to four capitalised words glued inside a sentence (`le corridor DakarBamako.`, `KribiEbolowaAmbam,`), not before a
# dateline's comma and date, its dash or its bracket (`au SoudanNiamey – `: a heading glued to the dateline)
_GLUED_NAMES = regex.compile(r"(?<=\p{Ll} )\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}{2,}){1,3}(?=[.;:)]|\s(?![–—-] |\()|,(?! (?:le )?\d))")
_NAME_CUT = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")


def _restore_dash_between_places(text: str) -> list[Change]:
    """`le corridor DakarBamako`, `un aller OwendoFranceville,`: the dashes of a route between places the gazetteers
    know, lost with the page's other dashes (no name glues two towns, and a heading glued to its text is no place pair
    in a sentence).

    >>> [c[:3] for c in _restore_dash_between_places("Le corridor KribiEbolowaAmbam, qui relie le port au Gabon.")]
    [(17, 17, '–'), (24, 24, '–')]
    """
    from .. import geo

    changes = []
    for m in _GLUED_NAMES.finditer(text):
        cuts = [c.start() for c in _NAME_CUT.finditer(text, m.start(), m.end())]
        names = [text[a:b] for a, b in zip([m.start(), *cuts], [*cuts, m.end()])]
        if all(name.lower() in _places() or geo.is_city(name) or geo.country_code(name) for name in names):
            changes += [(c, c, "–", "lost dash restored (between two places)") for c in cuts]
    return changes


def _restore_dash_from_question(text: str) -> list[Change]:
    """`GENÈVE ? Le HCR`, `racine ? en laissant`, `100?999`: dashes (and an ellipsis) a lossy
    encoding turned into `?`, where the shape says no question ends there."""
    reason = "lost dash restored from '?'"
    dash = _dash_style(text)
    lines = _lines_holding(text, "?")  # every shape below holds its `?` inside one line
    changes = [(m.start(), m.end(), dash, f"{reason} (list item)") for m in _search_lines(_DASH_AS_QUESTION_ITEM, text, lines)]
    changes += [(m.end() - 1, m.end(), dash, f"{reason} (dateline)") for m in _search_lines(_DASH_AS_QUESTION_DATELINE, text, lines) if not _ASKS.search(m.group("head"))]
    changes += [(m.start(), m.end(), "–", f"{reason} (range)") for m in _search_lines(_DASH_AS_QUESTION_RANGE, text, lines)]
    changes += [(m.start(), m.end(), "–", f"{reason} (range)") for m in _search_lines(_DASH_AS_QUESTION_SPACED_RANGE, text, lines)]
    changes += [
        (m.start(), m.end(), dash, f"{reason} (between a date and its time)")
        for m in _search_lines(_DASH_AS_QUESTION_DATE_TIME, text, lines) if not _asks(text, m.start())
    ]
    changes += [(m.start(), m.end(), dash, f"{reason} (the end of an aside, before a comma)") for m in _search_lines(_DASH_AS_QUESTION_ASIDE_END, text, lines)]
    changes += [(m.start(), m.end(), "–", f"{reason} (between two names)") for m in _search_lines(_DASH_AS_QUESTION_NAMES, text, lines)]
    changes += [(m.start(), m.end(), dash, f"{reason} (aside in brackets)") for m in _search_lines(_DASH_AS_QUESTION_BRACKETS, text, lines) if not _asks(text, m.start())]
    for line in _search_lines(_CONTACT_LINE, text, lines):
        if " ? " in line.group():
            found = [(m.start(), m.end(), dash, f"{reason} (contact line)") for m in _CONTACT_SEPARATOR.finditer(text, line.start(), line.end())]
            if found:
                # the line separates its items with them: so after a title in lower case too (`chargée de communication ?
                # +227 96 48 21 73 ? communication@...`), where alone it may ask (`Une question ? 01 23 45 67 89`)
                found += [(m.start(), m.end(), dash, f"{reason} (contact line)") for m in _ANY_SEPARATOR.finditer(text, line.start(), line.end())]
            changes += found
    inside = [
        m
        for m in _search_lines(_DASH_AS_QUESTION_INSIDE, text, lines)
        if _clause_ends(_token_before(text, m.start() - 1)) and not _asks(text, m.start()) and not _after_amount(text, m.start() - 1)
        # (before a quotation, a short question by its tone: `Et la jeunesse ? « Elle attend des actes »`)
        and (text[m.end() + 1 : m.end() + 2] != "«" or _words_before(text, m.start()) >= 6)
    ]
    # one alone must open a clause (`racine ? en laissant`, not `le caractère ? remplace`)
    lost_dashes = bool(changes) or len(inside) >= 2
    if not lost_dashes and _writes_dashes(text):
        inside = []  # a page that still writes its dashes did not lose this one
    changes += [(m.start(), m.end(), dash, f"{reason} (inside a sentence)") for m in inside if lost_dashes or _opens_clause(text, m.end())]
    for m in _search_lines(_DASH_AS_QUESTION_BEFORE_NAME, text, lines) if lost_dashes else ():
        name = _next_word(text, m.end())
        if (
            _clause_ends(_token_before(text, m.start() - 1)) and not _asks(text, m.start()) and _words_before(text, m.start()) >= 6
            and name not in _no_dash_after() and zipf(name) < 5.0
        ):
            changes.append((m.start(), m.end(), dash, f"{reason} (before a name)"))
    changes += [
        (m.end() - 1, m.end(), dash, f"{reason} (after a place)")
        for m in _search_lines(_DASH_AS_QUESTION_PLACE, text, lines)
        if _place_head(m.group("head"), text, m.start(), lost_dashes or bool(inside))
    ]
    # (not on a page that writes its ellipses `...`: it had no `…` to lose)
    for m in _search_lines(_ELLIPSIS_AS_QUESTION, text, lines) if "..." not in text else ():
        before = _token_before(text, m.start())
        if before[-1:] == "s" and _english_around(text, m.start() - len(before), m.end()):
            # `Members? savings groups`: English's plural possessive lost its apostrophe, no ellipsis
            changes.append((m.start(), m.end(), "’", "lost apostrophe restored (English possessive)"))
        elif before.lower() not in _NO_ELLIPSIS_AFTER and not _asks(text, m.start()):
            changes.append((m.start(), m.end(), "…", "lost ellipsis restored from '?'"))
    return _non_overlapping(changes)


# `�` standing alone (the letters it replaced inside words are restored earlier): no question
# mark to tell apart, only which character it was: € after an amount, – in a range, else a dash
_REPLACED_AFTER_AMOUNT = regex.compile(
    rf"(?<={_AMOUNT}[ \u00a0]|(?<![\p{{L}}\p{{N}},.])\d+(?:,\d+)?[ \u00a0](?:M(?:ds?)?|k))\ufffd(?=[,.;:!?)]|\s+[\p{{Ll}}(;:!?]|\s*$|(?<=\b(?:Md?s?|k)\ufffd)[ \t]*\n)"
)
# ... but a phone, an extension or a clock time is no amount (`+250 788 312 456 �`, `poste 204 �`, `9 h 45 �`), and
# before an address the `�` separated contact items (`456 � communication@...`): a dash, read below
_NO_AMOUNT_BEFORE = regex.compile(r"(?:\+[\d \u00a0]+|\d{1,2}[ \u00a0]?h[ \u00a0]?\d{2}[ \u00a0]|\b(?:poste|ext\.?|extension)[ \u00a0]\d+[ \u00a0])$")
_ADDRESS_AFTER = regex.compile(r"[ \t]+(?:\S*(?:@|://|www\.)|\[email|\S+ ?[\[(](?:at|arobase)[\])])")
_REPLACED_IN_RANGE = regex.compile(r"(?<=(?<![\p{L}\p{N}/=&?.#_\-])(?:0x[0-9A-Fa-f]+|\d+))\ufffd(?=(?:0x[0-9A-Fa-f]+|\d+)(?![\p{L}\p{N}/=&?_\-]))")
# glued after a word the lexicon left whole, before lower case or `)`: an ellipsis, unless a `�`
# opened the word (`�bonjour� à`: quotes)
_REPLACED_AFTER_WORD = regex.compile(r"(?<=(?:^|[^\p{L}\ufffd])\p{L}+)\ufffd(?= \p{Ll}|\))")
_REPLACED_BETWEEN_WORDS = regex.compile(r"(?<=[\p{L}\p{N})»\]/] )\ufffd(?= [\p{L}\p{N}(«+])|(?m)^\ufffd(?= \p{L})")


# a quotation a decoder lost both marks of (`�Dix ans après ... festivaliers�, se réjouit`): « » survive a Latin-1
# trip, so the marks lost were “ ”; the opening one before a capital, the closing one after a word, on one line
_REPLACED_QUOTES = regex.compile(r"(?:^|(?<=[\s(]))(\ufffd)(?=\p{Lu})[^\ufffd\n]{2,400}?(?<=[\p{L}\p{N}.!?…])(\ufffd)(?=[\s,.;:!?)]|$)", regex.M)


def _restore_symbols_from_replacement(text: str) -> list[Change]:
    """`GENÈVE � Le HCR`, `290 � par mois`, `100�999`: a €, a dash a decoder replaced with `�`.

    >>> [c[2] for c in _restore_symbols_from_replacement("Genève \ufffd Le loyer de 290 \ufffd par mois, 100\ufffd999")]
    ['–', '€', '–']
    """
    reason = "restored from '\ufffd'"
    dash = _dash_style(text)
    changes = [
        (m.start(), m.end(), "€", f"lost € {reason} (after an amount)")
        for m in _REPLACED_AFTER_AMOUNT.finditer(text)
        if not _NO_AMOUNT_BEFORE.search(text, max(0, m.start() - 30), m.start()) and not _ADDRESS_AFTER.match(text, m.end())
    ]
    changes += [(m.start(), m.end(), "€", f"lost € {reason} (before an amount in millions)") for m in _EURO_BEFORE_MILLIONS.finditer(text) if m.group() != "?"]
    changes += [(m.start(), m.end(), "–", f"lost dash {reason} (range)") for m in _REPLACED_IN_RANGE.finditer(text)]
    changes += [(m.start(), m.end(), dash, f"lost dash {reason} (between words)") for m in _REPLACED_BETWEEN_WORDS.finditer(text)]
    for m in _REPLACED_QUOTES.finditer(text) if "\ufffd" in text else ():
        changes += [(m.start(1), m.end(1), "“", f"lost quote {reason}"), (m.start(2), m.end(2), "”", f"lost quote {reason}")]
    changes += [
        (m.start(), m.end(), "…", f"lost ellipsis {reason}")
        for m in (_REPLACED_AFTER_WORD.finditer(text) if "..." not in text else ())
        if _token_before(text, m.start()).lower() not in _NO_ELLIPSIS_AFTER
    ]
    return _non_overlapping(changes)


# ---------------------------------------------------------------------------------------------
# OCR confusions: a scanned page read by a character recogniser that took one shape for another
# (`rn` for `m`, `I` for `l`, `O` for `0`, `l` for `1`, `°/o` for `%`).
# ---------------------------------------------------------------------------------------------

# `30 °/o`: the per-cent sign read as a degree sign, a slash and an `o` (no other text writes it)
_OCR_PERCENT = regex.compile(r"(?<=\d[ \u00a0\u202f]?)°/o(?![\p{L}\p{N}])")
# a number holding letters that look like digits (`2O25`, `3,4O`, `2l2`); not inside a code,
# an address or a chemical formula (`H2O`, `CO2`: a letter before)
_OCR_NUMBER = regex.compile(
    r"(?<![\p{L}\p{N}/_@#\-]|\p{N}[,.])(?=[\p{N},.lIOo]*\p{N})(?=[\p{N},.]*[lIOo])[\p{N}lIOo]+(?:[,.][\p{N}lIOo]+)*(?![\p{L}\p{N}]|[/_@\-]\w)"
)
_OCR_DIGIT = {"l": "1", "I": "1", "O": "0", "o": "0"}
_OCR_MONTH_NEXT = regex.compile(rf"[ \u00a0](?i:{_MONTHS})\b")
# a word holding a shape an OCR engine misreads: `rn` (m), a capital `I` after a small letter
# (`coIlectivités`), an `I` opening a small word (`Ia`), an `l` before a consonant opening one
# (`lnternational`), a `0` or `1` among letters (`1es`)
_OCR_WORD = regex.compile(
    r"(?<![\p{L}\p{N}])(?:[\p{L}01]*(?:rn|\p{Ll}I|\p{L}[01]|[01]\p{L})[\p{L}01]*|I\p{Ll}[\p{L}01]*|l[bcdfgjkmnpqrstvwxz]\p{L}+)(?![\p{L}\p{N}])"
)
# `I'ABK`: French never writes `I’` (English does: `I'm`, `I've`, `I'd`, `I'll`)
_OCR_I_ELISION = regex.compile(r"(?<![\p{L}\p{N}'’])I(?=['’](?!(?:m|ve|d|ll|s|re)\b)\p{L})")
_OCR_SWAP = regex.compile(r"rn|(?<=\p{L})I|^I(?=\p{Ll})|^l(?=[bcdfgjkmnpqrstvwxz])|[01]")
_OCR_MEANT = {"rn": "m", "I": "l", "0": "o", "1": "l"}
_ORDINAL = regex.compile(r"\d+(?:e|er|re|ère|ers|res|ères|ème|èmes|nd|nde|nds|ndes)|(?!1es)\d+es")  # (`1es` is none: `1ers`, `1res`)
_OCR_EVIDENCE = 2  # certain repairs that show the page was read by an OCR engine


def _ocr_kind(found: str, meant: str) -> str:
    return f"`{found}` for `{meant}`"


@lru_cache(maxsize=65536)
def _ocr_word(word: str) -> tuple[str, str, bool] | None:
    """The word an OCR engine misread as `word`, the confusions, and whether the repair is
    certain (the page may show it was scanned; else only on a page that shows it).

    `word` must be unknown, or far rarer than its repair (`Ia`: `IA` makes `ia` a word).

    >>> _ocr_word("cornmunes"), _ocr_word("coIlectivités"), _ocr_word("Ia")
    (('communes', '`rn` for `m`', True), ('collectivités', '`I` for `l`', True), ('la', '`I` for `l`', False))
    >>> _ocr_word("gouvernement"), _ocr_word("Iran"), _ocr_word("1er")
    (None, None, None)
    """
    low = word.lower()
    known = zipf(low)
    if (known >= 3.0 or zipf(low, "en") >= 3.0) and not word[0] == "I":
        return None  # a word (an English one too: `modern`)
    sites = [(m.start(), m.end(), m.group()) for m in _OCR_SWAP.finditer(word)]
    if not sites or len(sites) > 5:
        return None
    best, best_z, best_kinds, best_initial = "", 0.0, (), False
    for choice in product((False, True), repeat=len(sites)):
        if not any(choice):
            continue
        parts, pos, kinds = [], 0, []
        for (s, e, found), swap in zip(sites, choice):
            if not swap:
                continue
            meant = "i" if found == "l" else _OCR_MEANT[found]
            parts += [word[pos:s], meant]
            kinds.append(_ocr_kind(found, meant))
            pos = e
        fixed = "".join(parts) + word[pos:]
        if _ANY_DIGIT.search(fixed):
            continue
        z = zipf(fixed.lower())
        if z > best_z:
            best, best_z, best_kinds = fixed, z, tuple(dict.fromkeys(kinds))
            best_initial = word[0] == "I" and choice[0] and sites[0][0] == 0
    if not best or best_z < 1.3 or (known and (best_z < known + 2.0 or _derived(low))) or is_more_english(best):
        return None
    digits = any(k[1] in "01" for k in best_kinds)
    if digits and (_ORDINAL.fullmatch(word) or len(_LETTER.findall(word)) < 2 or best_z < 3.0):
        return None
    # (an `I` opening a word may be an acronym's: `Ia` stands for `IA` somewhere)
    sure = best_z >= 3.0 and known < 1.0 and not digits and not best_initial
    return best, ", ".join(best_kinds), sure


@lru_cache(maxsize=65536)
def _ocr_l_for_i(word: str) -> str | None:
    """`radlers` → `radiers`: an unknown small-letter word whose one `l` read for an `i` makes a
    word the lexicon knows (asked on a page an OCR engine read only: a rare word is enough)."""
    if not word.islower() or zipf(word) > 0 or _derived(word):
        return None
    best, best_z = None, 1.3
    for i, ch in enumerate(word):
        if ch == "l":
            fixed = word[:i] + "i" + word[i + 1 :]
            z = zipf(fixed)
            if z >= best_z:
                best, best_z = fixed, z
    return best


_ANY_DIGIT = regex.compile(r"\p{N}")
_LETTER = regex.compile(r"\p{L}")


def _ocr_number(text: str, m: regex.Match[str]) -> tuple[str, bool] | None:
    """The number an OCR engine read with letters in it (`2O25` → `2025`) and whether that is
    certain: a letter between digits, or an `O` closing one with a decimal part, or `2l` before
    a month; any other (`2l` may be 2 litres, `O2` oxygen) needs a page read by an OCR engine."""
    token = m.group()
    sure = True
    for i, ch in enumerate(token):
        if ch not in _OCR_DIGIT:
            continue
        before = token[i - 1] if i else ""
        after = token[i + 1] if i + 1 < len(token) else ""
        if before.isdigit() and (after.isdigit() or after in _OCR_DIGIT):
            continue
        if before and before in _OCR_DIGIT and (after.isdigit() or not after):
            continue
        if not after and before.isdigit():
            if ch == "O" and regex.search(r"\d[,.]\d", token):
                continue
            if ch in "lI" and _OCR_MONTH_NEXT.match(text, m.end()):
                continue
        sure = False
    fixed = "".join(_OCR_DIGIT.get(ch, ch) for ch in token)
    return fixed, sure


def _restore_ocr(text: str) -> list[Change]:
    """Characters an OCR engine misread, put back by the lexicon: a word it does not know that one
    confusion turns into a frequent word, a number with a letter in it (`rnarchés` → `marchés`,
    `2O25` → `2025`, `30 °/o` → `30 %`). A real word is never changed; a repair that is not
    certain alone (`Ia`: `IA` is an acronym, `2l` may be two litres) needs a page that shows
    certain ones.

    >>> [c[2] for c in _restore_ocr("Sur les rnarchés, 62 °/o de Ia valeur en 2O25 : I'ABK.")]
    ['marchés', '%', 'la', '2025', 'l']
    >>> _restore_ocr("Ia Drang, le 2l et 1es journées : voir rnano.")
    []
    """
    percent = [(m.start(), m.end(), "%", "OCR confusion repaired (`°/o` for `%`)") for m in _OCR_PERCENT.finditer(text)] if "°/o" in text else []
    if _ocr_signs(text, _OCR_EVIDENCE - len(percent)) < _OCR_EVIDENCE - len(percent):
        # one repair alone may be a word of code or a typo of its own (`rnano`, `5OO`): only
        # `°/o`, which nothing else writes
        return percent
    changes = percent
    for m in _OCR_WORD.finditer(text):
        read = _ocr_word(m.group())
        if read is None or _is_code(text, m.start(), m.end()):
            continue
        fixed, kinds, _certain = read
        if fixed[0] in "li" and m.group()[0] in "Il" and _opens_sentence(text, m.start()):
            fixed = fixed[0].upper() + fixed[1:]  # (`I'ABK` opening a sentence was `L'ABK`)
        changes.append((m.start(), m.end(), fixed, f"OCR confusion repaired ({kinds})"))
    for m in _OCR_I_ELISION.finditer(text):
        fixed = "L" if _opens_sentence(text, m.start()) else "l"
        changes.append((m.start(), m.end(), fixed, "OCR confusion repaired (`I` for `l`)"))
    for m in _OCR_NUMBER.finditer(text):
        kinds = ", ".join(dict.fromkeys(_ocr_kind(ch, _OCR_DIGIT[ch]) for ch in m.group() if ch in _OCR_DIGIT))
        changes.append((m.start(), m.end(), _ocr_number(text, m)[0], f"OCR confusion repaired ({kinds})"))
    taken = {c[0] for c in changes}
    for word in {w for w in _vocabulary(text) if "l" in w}:
        fixed = _ocr_l_for_i(word)
        if fixed:
            for s, e, _w in _occurrences(text, [word]):
                if s not in taken and not _is_code(text, s, e):
                    changes.append((s, e, fixed, "OCR confusion repaired (`l` for `i`)"))
    return _non_overlapping(changes)


# where a certain OCR confusion may stand, found from what it holds: the word pattern above, tried
# at every word of every page, cost half of restore_characters
_OCR_RN = re.compile("rn")  # (two literal patterns: one of both alternatives scans ten times slower)
_OCR_CAPITAL_I = re.compile("I")
_OCR_NUMBER_HINT = regex.compile(r"\d[lIOo]|[lIO]\d")
_OCR_WORD_BEFORE = regex.compile(r"(?r)[\p{L}01]*")
_OCR_WORD_AFTER = regex.compile(r"[\p{L}01]*")
_OCR_NUMBER_BEFORE = regex.compile(r"(?r)[\p{N}lIOo,.]*")


def _ocr_signs(text: str, enough: int) -> int:
    """How many certain OCR confusions `text` shows, counted up to `enough` (`coIlectivités`,
    `cornmunes`, `I'ABK`, `2O25`).

    >>> _ocr_signs("Les cornmunes et I'ABK.", 5), _ocr_signs("Le gouvernement et l'IA.", 5)
    (2, 0)
    """
    if enough <= 0:
        return 0
    n = 0
    if "I'" in text or "I’" in text:
        n += sum(1 for _ in _OCR_I_ELISION.finditer(text))
    seen: set[int] = set()
    # (an `I` opening a word is never a certain repair: after a small letter only)
    inner_i = (m.start() for m in _OCR_CAPITAL_I.finditer(text) if m.start() and text[m.start() - 1].islower())
    for i in chain((m.start() for m in _OCR_RN.finditer(text)), inner_i):
        if n >= enough:
            return n
        start = _OCR_WORD_BEFORE.match(text, max(0, i - 40), i).start()
        if start in seen:
            continue
        seen.add(start)
        end = _OCR_WORD_AFTER.match(text, i).end()
        if (start and text[start - 1].isdigit()) or (end < len(text) and text[end].isdigit()):
            continue
        read = _ocr_word(text[start:end])
        if read and read[2] and not _is_code(text, start, end):
            n += 1
    # numbers only on a page that shows a letter misread: the scan for a digit beside a letter
    # costs more than all of the above, and a scan seldom misreads digits alone
    for m in _OCR_NUMBER_HINT.finditer(text) if n else ():
        if n >= enough:
            return n
        start = _OCR_NUMBER_BEFORE.match(text, max(0, m.start() - 20), m.start()).start()
        if start in seen:
            continue
        seen.add(start)
        number = _OCR_NUMBER.match(text, start)
        if number and _ocr_number(text, number)[1]:
            n += 1
    return n


_APOSTROPHE_SLOT = "\x00"  # where an apostrophe goes, until the page's style is known


# an English contraction quoted on a French page whose ’ became `?` or `�`: `can?t`, `I?m`, `it?s` (the closed classes
# of auxiliaries before `n’t` and of pronouns before `’m`, `’re`...; no French word stands there)
_ENGLISH_CONTRACTION = regex.compile(
    r"(?i)\b(?:(?:ca|do|does|did|wo|is|are|was|were|could|should|would|have|has|had|must|need|ai)n(?P<h1>[?\ufffd])t"
    r"|(?:i|you|we|they|he|she|it|that|there|what|let|who)(?P<h2>[?\ufffd])(?:m|re|ve|ll|d|s))\b"
)


def _restore_english_contractions(text: str) -> list[Change]:
    """`We can?t wait` → `We can’t wait`.

    >>> [c[3] for c in _restore_english_contractions("« We can?t wait », « it?s time »")]
    ['lost apostrophe restored (English contraction)', 'lost apostrophe restored (English contraction)']
    """
    # (a match holds its `?` or `�` and stays inside its line: the lines holding one are read, not the page)
    return [
        (m.start(g), m.end(g), _APOSTROPHE_SLOT, "lost apostrophe restored (English contraction)")
        for m in _search_lines(_ENGLISH_CONTRACTION, text, _lines_holding(text, "?", "\ufffd"))
        for g in ("h1", "h2")
        if m.group(g)
    ]


def _restore_aujourdhui(text: str) -> list[Change]:
    """The ’ of `aujourd’hui` after an elision already restored: `d’aujourd hui` → `d’aujourd’hui`.

    >>> [c[3] for c in _restore_aujourdhui("à compter d’aujourd hui, jusqu’aujourdhui")]
    ['lost apostrophe restored (aujourd’hui)', 'lost apostrophe restored (aujourd’hui)']
    """
    return [(m.start("gap"), m.end("gap"), _APOSTROPHE_SLOT, "lost apostrophe restored (aujourd’hui)") for m in _AUJOURD_HUI.finditer(text)]


# `Grand Anse`, `GrandAnse`: a place name that lost the ’ of its old elided `grand’`
_GRAND_NOUN = regex.compile(r"\bGrand(?P<gap> ?)(?P<noun>\p{Lu}\p{Ll}+)\b")


def _restore_grand_elision(text: str, lossy: bool) -> list[Change]:
    """`la Grand Anse` → `la Grand’Anse`: the ’ after `Grand` before a feminine noun old French elided it before (a
    lexicon of them); glued, always (`GrandAnse` is no word); spaced, on a page that lost other apostrophes only
    (`Grand Anse`, in the Seychelles, is written so).

    >>> [c[3] for c in _restore_grand_elision("la GrandAnse et la Grand Rivière", lossy=False)]
    ['lost apostrophe restored (a name with `grand’`)']
    """
    return [
        (m.start("gap"), m.end("gap"), _APOSTROPHE_SLOT, "lost apostrophe restored (a name with `grand’`)")
        for m in _GRAND_NOUN.finditer(text)
        if m.group("noun").lower() in grammar("grand_elided") and (lossy or not m.group("gap"))
    ]


def _with_style(text: str, changes: list[Change]) -> list[Change]:
    slots = [c[0] for c in changes if c[2] == _APOSTROPHE_SLOT]
    if not slots:
        return changes
    mark = _apostrophe_style(text, slots)
    return [(s, e, mark if r == _APOSTROPHE_SLOT else r, why) for s, e, r, why in changes]


def restore_characters(doc: Document) -> Document:
    """Put back characters a lossy encoding lost: œ/æ, letters turned into `?`/`�`, apostrophes,
    € and dashes (accents stripped from a whole page: the opt-in `accents.restore_accents`).

    Every repair is a lexicon + context decision: `uvre` becomes `œuvre` because `œuvre` is a
    frequent French word and `uvre` is not; `sur` stays `sur` unless a determiner precedes it
    (`ma sur` → `ma sœur`). The apostrophe inserted is ’, the one a lossy encoding loses (the
    straight ' survives Latin-1 and ASCII).

    >>> restore_characters(Document.from_text("mis en uvre par l OIM, le c ur, Soci?t? ; il na pas")).text
    'mis en œuvre par l’OIM, le cœur, Société ; il n’a pas'
    >>> restore_characters(Document.from_text("Il est sur la table, à l'œil nu ; l OIM.")).text
    "Il est sur la table, à l'œil nu ; l’OIM."
    """
    try:
        return _restore_characters(doc)
    finally:
        _PAGE_WORDS.clear()
        _PAGE_TOKENS.clear()


def _restore_characters(doc: Document) -> Document:
    # first: the other repairs read words, and an OCR confusion hides one (`rnarchés`)
    doc = rewrite(doc, _restore_ocr(doc.text), stage="restore_characters")
    read = doc.text
    vocab = _vocabulary(read)  # (read again below only if a repair changed the text)
    if not _locution_words().isdisjoint(vocab):
        doc = rewrite(doc, _restore_locutions(read), stage="restore_characters")
    text = original = doc.text
    doc = rewrite(doc, _with_style(text, _restore_holes(text, _APOSTROPHE_SLOT)), stage="restore_characters")
    if doc.text is not read:
        vocab = _vocabulary(doc.text)
    flagged = _flagged(vocab)
    ligatures = _non_overlapping(_restore_ligatures(doc.text, flagged))
    doc = rewrite(doc, ligatures, stage="restore_characters")
    if "  " in doc.text or "\n " in doc.text:
        doc = rewrite(doc, _restore_dash(doc.text), stage="restore_characters")  # before: `Lviv – LOrganisation`
    text = doc.text
    if ligatures:
        vocab = _vocabulary(text)
        flagged = _flagged(vocab)
    apostrophes = _restore_apostrophes(text, _APOSTROPHE_SLOT, flagged, vocab)
    doc = rewrite(doc, _with_style(text, _non_overlapping(apostrophes)), stage="restore_characters")
    if apostrophes and "aujourd" in doc.text:
        # two holes side by side (`d aujourd hui`, `daujourdhui`): the second shows once the first is filled
        doc = rewrite(doc, _with_style(doc.text, _restore_aujourdhui(doc.text)), stage="restore_characters")
    if "Grand" in doc.text:
        doc = rewrite(doc, _with_style(doc.text, _restore_grand_elision(doc.text, lossy=bool(apostrophes))), stage="restore_characters")
    # characters restored above show the page went through a lossy encoding: evidence for €
    doc = rewrite(doc, _restore_euro(doc.text, lossy=doc.text != original), stage="restore_characters")
    if doc.text != original and _GLUED_NAMES.search(doc.text):  # (on a page that shows it lost characters)
        doc = rewrite(doc, _restore_dash_between_places(doc.text), stage="restore_characters")
    if "?" in doc.text or "\ufffd" in doc.text:
        doc = rewrite(doc, _with_style(doc.text, _restore_english_contractions(doc.text)), stage="restore_characters")
    if "?" in doc.text:
        doc = rewrite(doc, _restore_dash_from_question(doc.text), stage="restore_characters")
    if "\ufffd" in doc.text:
        doc = rewrite(doc, _restore_symbols_from_replacement(doc.text), stage="restore_characters")
    return doc
