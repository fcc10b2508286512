"""Language: per document and per paragraph, deterministic (langdetect with a fixed seed).

Short lines and ALL-CAPS headings are where langdetect guesses (`Agir` -> tl, French capitals ->
en), so they take the document's language instead of a guess of their own.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import regex

from ..document import Document
from ..resources import load_json

STAGE = "detect_language"
SEED = 0
SAMPLE = 3_000  # characters sent to the detector for the document: plenty, and bounded
CONFIRM_SHARE = 0.25  # a paragraph this full of the document language's function words is in it
MIN_PARAGRAPH_WORDS = 6
MIN_PARAGRAPH_CHARS = 40

_LETTERS = regex.compile(r"\p{L}")
_WORD = regex.compile(r"\p{L}+")


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    data = load_json("function_words.json")
    return {lang: frozenset(words) for lang, words in data.items() if not lang.startswith("_")}


def confirms(paragraph: str, language: str | None) -> bool:
    """True when `paragraph` is plainly in `language`: its function words say so, and no other's do.

    langdetect is slow (pure Python); most paragraphs of a page are in the page's language and
    need no second opinion. Anything less plain goes to langdetect.

    >>> confirms("Les familles ont reçu des vivres pour trois mois.", "fr")
    True
    >>> confirms("The families received food for three months.", "fr")
    False
    """
    table = _function_words()
    if language not in table:
        return False
    words = [w.lower() for w in _WORD.findall(paragraph)]
    if not words:
        return False
    shares = {lang: sum(w in fw for w in words) / len(words) for lang, fw in table.items()}
    ours = shares.pop(language)
    return ours >= CONFIRM_SHARE and all(ours >= other + 0.1 for other in shares.values())


@lru_cache(maxsize=1)
def _factory():
    """langdetect's profiles, loaded once; each detector re-seeds its own generator from SEED."""
    from langdetect import detector_factory

    detector_factory.init_factory()
    factory = detector_factory._factory
    factory.set_seed(SEED)
    return factory


def detect(text: str) -> tuple[str | None, float | None]:
    """The most probable language of `text` and its probability; (None, None) without letters.

    >>> detect("Les familles déplacées ont retrouvé un toit grâce au projet.")[0]
    'fr'
    """
    if not _LETTERS.search(text):
        return None, None
    detector = _factory().create()
    detector.append(text[:SAMPLE])
    try:
        best = detector.get_probabilities()[0]
    except Exception:  # noqa: BLE001 - langdetect raises on text with no usable features
        return None, None
    return best.lang, round(best.prob, 4)


def _sample(text: str) -> str:
    """A bounded sample from the start, middle and end of a long text (cost stays flat)."""
    if len(text) <= SAMPLE:
        return text
    third = SAMPLE // 3
    middle = len(text) // 2
    return text[:third] + "\n" + text[middle : middle + third] + "\n" + text[-third:]


def _guessable(paragraph: str) -> bool:
    words = _WORD.findall(paragraph)
    if len(words) < MIN_PARAGRAPH_WORDS or len(paragraph) < MIN_PARAGRAPH_CHARS:
        return False
    letters = [c for c in paragraph if c.isalpha()]
    return sum(c.isupper() for c in letters) < 0.6 * len(letters)


def detect_language(doc: Document) -> Document:
    """Set `language`, `language_score` and `paragraph_languages` (start, end, lang) per line.

    >>> doc = detect_language(Document.from_text("Agir\\nLe projet a permis de reconstruire des abris pour les familles."))
    >>> doc.language, [p[2] for p in doc.paragraph_languages]
    ('fr', ['fr', 'fr'])
    """
    language, score = detect(_sample(doc.text))
    paragraphs = []
    pos = 0
    for line in doc.text.split("\n"):
        if line.strip():
            if not _guessable(line) or confirms(line, language):
                lang = None
            else:
                lang = detect(line)[0]
            paragraphs.append((pos, pos + len(line), lang or language or "und"))
        pos += len(line) + 1
    return replace(
        doc, language=language, language_score=score, paragraph_languages=tuple(paragraphs)
    )
