"""Language: per document and per paragraph, deterministic.

Function words decide where they are plain: a page (or paragraph) whose telling function words
are plainly French (or English) is French (or English). langdetect (seeded, on a bounded sample)
decides the rest: pages in other languages, mixed pages, and paragraphs whose function words
point to another language or are too few to tell prose apart. langdetect is pure Python and
costs about half as much per call as the NER model costs per page, so it runs only where the
answer is in doubt.

`language_score` is langdetect's probability, or, when function words decide, the smoothed share
of the language's telling words against its closest rival's (see `document_language`).

Short lines, ALL-CAPS headings and lines with no prose in them (names, phones, addresses) are where
langdetect guesses (`Agir` -> tl, a contact line -> hu), so they take the document's language.
"""

from __future__ import annotations

from dataclasses import replace
import random
import re
from functools import lru_cache

import regex

from ..document import Document
from ..resources import load_json

STAGE = "detect_language"
SEED = 0
SAMPLE = 3_000  # characters sent to the detector for the document: plenty, and bounded
# languages whose function words alone may decide a page or a paragraph: French, whose near
# relatives (Occitan, Walloon) are rare on press pages and unknown to langdetect anyway, and
# English, whose telling words (`the`, `and`, `of`) no near language shares; a page that looks
# Spanish may be Catalan or Galician, so it still goes to langdetect
TRUSTED = frozenset({"en", "fr"})
# shares of telling words (function words of one known language only: `les`, `the`, `los`, not `de`)
CONFIRM_SHARE = 0.1  # French pages of the corpora have 0.16 at least, contact lines 0
CONFIRM_RATIO = 3  # ... and this many times more of them than of any other language's
HINT_SHARE = 0.05  # a paragraph with this share of another language's telling words may be in it
MIN_DOCUMENT_WORDS = 20  # fewer words are too few to trust shares for a whole page
UNSURE = 0.9  # below this probability langdetect's answer on a short page is a guess
MIN_PROSE_WORDS = 8
MAX_HEADLINE_WORDS = 15
MIN_PARAGRAPH_WORDS = 6
MIN_PARAGRAPH_CHARS = 40

_LETTERS = regex.compile(r"\p{L}")
_LATIN = regex.compile(r"\p{Script=Latin}")
_WORD = re.compile(r"[^\W\d_]+")  # letters; the stdlib engine is the faster one for this
# e-mail addresses and web links are lower-case words without being prose (`example.be`)
_DOTTED = regex.compile(r"\w\.\w")


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset[str]]:
    data = load_json("function_words.json")
    return {lang: frozenset(words) for lang, words in data.items() if not lang.startswith("_")}


@lru_cache(maxsize=1)
def _telling_words() -> dict[str, str]:
    """Each function word that belongs to one known language only, and that language."""
    owners: dict[str, list[str]] = {}
    for lang, words in sorted(_function_words().items()):
        for word in words:
            owners.setdefault(word, []).append(lang)
    return {word: langs[0] for word, langs in owners.items() if len(langs) == 1}


@lru_cache(maxsize=1)
def _known() -> tuple[str, ...]:
    return tuple(sorted(set(_telling_words().values())))


def _without_addresses(text: str) -> str:
    """`text` without its e-mail addresses and links (its spacing may change: only its words count)."""
    if "@" not in text and "/" not in text and not _DOTTED.search(text):
        return text  # none in it: the common case, without splitting the text into tokens
    return " ".join(t for t in text.split() if "@" not in t and "/" not in t and not ("." in t and _DOTTED.search(t)))


def telling_shares(text: str) -> tuple[int, dict[str, int]]:
    """The number of words of `text` (e-mail addresses and links left out) and, for each known
    language, how many of them are its telling words (its function words and no other's), in
    lower case or first.

    >>> telling_shares("Les familles ont reçu des vivres, a dit the agency: contact@example.org")
    (10, {'de': 0, 'en': 1, 'es': 0, 'fr': 2, 'it': 0, 'pt': 0})
    """
    words = _WORD.findall(_without_addresses(text))
    telling = _telling_words()
    hits = dict.fromkeys(_known(), 0)
    # a capitalised function word inside a text is most often a name (`Die`, `La Réunion`), so only
    # the first word is lower-cased; the others are looked up as written, which counts exactly the
    # lower-case ones (the telling words are all lower case), without a Python test per word
    if words and (first := telling.get(words[0].lower())):
        hits[first] += 1
    for lang in filter(None, map(telling.get, words[1:])):
        hits[lang] += 1
    return len(words), hits


def _plainly(words: int, hits: dict[str, int], language: str | None) -> bool:
    ours = hits.get(language or "", 0)
    return ours >= CONFIRM_SHARE * words and all(ours >= CONFIRM_RATIO * n for lang, n in hits.items() if lang != language)


def confirms(paragraph: str, language: str | None) -> bool:
    """True when `paragraph` is plainly in `language`: full of its telling function words, and
    not of another language's.

    >>> confirms("Les familles ont reçu des vivres pour trois mois.", "fr")
    True
    >>> confirms("The families received food for three months.", "fr")
    False
    """
    words, hits = telling_shares(paragraph)
    return words > 0 and _plainly(words, hits, language)


@lru_cache(maxsize=1)
def _factory():
    """langdetect's profiles, loaded once; each detector re-seeds its own generator from SEED."""
    from langdetect import detector_factory

    detector_factory.init_factory()
    factory = detector_factory._factory
    factory.set_seed(SEED)
    return factory


def detect(text: str) -> tuple[str | None, float | None]:
    """The most probable language of `text` by langdetect, and its probability; (None, None)
    without letters.

    >>> detect("Les familles déplacées ont retrouvé un toit grâce au projet.")[0]
    'fr'
    """
    if not _LETTERS.search(text):
        return None, None
    detector = _factory().create()
    detector.append(text[:SAMPLE])
    try:
        _detect_block(detector)
        best = detector.get_probabilities()[0]
    except Exception:  # noqa: BLE001 - langdetect raises on text with no usable features
        return None, None
    return best.lang, round(best.prob, 4)


_VECTORS: dict = {}  # langdetect's n-grams met so far: their probabilities as numpy vectors


def _detect_block(detector) -> None:
    """langdetect's `Detector._detect_block`, its arithmetic on numpy: the same draws from the same
    seeded generator and the same float operations in the same order (per language, a sum and a
    product for each n-gram drawn, a quotient and Python's sum at each normalisation), so the same
    probabilities. langdetect's Python loop over its 55 languages, for each of the up to 7,000
    n-grams it draws, cost most of this stage on the pages it reads."""
    import numpy
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    detector.cleaning_text()
    ngrams = detector._extract_ngrams()
    if not ngrams:
        raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
    # each n-gram's probabilities in the languages as a numpy vector, kept from page to page
    if len(_VECTORS) > 50_000:
        _VECTORS.clear()
    for ngram in set(ngrams).difference(_VECTORS):
        _VECTORS[ngram] = numpy.array(detector.word_lang_prob_map[ngram], dtype=numpy.float64)
    vectors = _VECTORS
    languages = len(detector.langlist)
    langprob = [0.0] * languages
    draw = detector.random
    draw.seed(detector.seed)
    # `draw.choice(ngrams)` as `random.Random` makes it (`_randbelow_with_getrandbits`), inline
    inline = type(draw) is random.Random and random.Random._randbelow is random.Random._randbelow_with_getrandbits
    n, getrandbits = len(ngrams), draw.getrandbits
    bits = n.bit_length()
    for _ in range(detector.n_trial):
        prob = numpy.array(detector._init_probability(), dtype=numpy.float64)
        alpha = detector.alpha + draw.gauss(0.0, 1.0) * detector.ALPHA_WIDTH
        weight = alpha / detector.BASE_FREQ
        i = 0
        while True:
            if inline:
                r = getrandbits(bits)
                while r >= n:
                    r = getrandbits(bits)
            else:
                r = draw.choice(range(n))
            prob *= weight + vectors[ngrams[r]]
            if i % 5 == 0:
                # `_normalize_prob`: Python's sum, each share, the largest as its loop compares
                total = sum(prob.tolist())
                if not total:
                    raise ZeroDivisionError("float division by zero")  # (as langdetect's own division would)
                prob /= total
                top = 0.0
                for p in prob.tolist():
                    if top < p:
                        top = p
                if top > detector.CONV_THRESHOLD or i >= detector.ITERATION_LIMIT:
                    break
            i += 1
        for j, p in enumerate(prob.tolist()):
            langprob[j] += p / detector.n_trial
    detector.langprob = langprob


def document_language(text: str) -> tuple[str | None, float | None]:
    """The language of a whole page and a score in (0.5, 1]: from its function words when they
    are plainly those of a trusted language (French), else langdetect's answer and probability
    on a bounded sample.

    The function-word score is the share of the language's telling words among them and its
    closest rival's, smoothed: 80 French ones against 2 Spanish ones score 0.9643.

    >>> document_language("Le Programme alimentaire mondial a commencé la distribution de rations "
    ...                   "d'urgence dans les trois provinces touchées par la sécheresse, selon le "
    ...                   "représentant du programme dans la région.")
    ('fr', 0.875)
    """
    sample = _sample(text)
    words, hits = telling_shares(sample)
    for language in sorted(TRUSTED):
        if words >= MIN_DOCUMENT_WORDS and _plainly(words, hits, language):
            ours = hits[language]
            rival = max(n for lang, n in hits.items() if lang != language)
            return language, round((ours + 1) / (ours + rival + 2), 4)
    language, score = detect(sample)
    # a page too short for its function words to decide: langdetect's unsure guess of a language whose
    # function words are not known here (`ca` for a French headline and dateline full of names) gives way
    # to French when French function words are its only ones
    french = hits.get("fr", 0)
    if language not in _known() and (score or 0) < UNSURE and french and french == sum(hits.values()):
        return "fr", round((french + 1) / (french + 2), 4)
    return language, score


def _sample(text: str) -> str:
    """A bounded sample from the start, middle and end of a long text (cost stays flat)."""
    if len(text) <= SAMPLE:
        return text
    third = SAMPLE // 3
    middle = len(text) // 2
    return text[:third] + "\n" + text[middle : middle + third] + "\n" + text[-third:]


def _guessable(paragraph: str) -> bool:
    if len(paragraph) < MIN_PARAGRAPH_CHARS or len(_WORD.findall(paragraph)) < MIN_PARAGRAPH_WORDS:
        return False
    return sum(map(str.isupper, paragraph)) < 0.6 * sum(map(str.isalpha, paragraph))


def could_differ(paragraph: str, language: str | None) -> bool:
    """Whether a paragraph of a page in `language` may be in another language, so that langdetect
    must look at it: another language's telling function words are in it, or it is prose
    (mostly lower-case words) without function words of `language`, or it is in another script.
    A line of names, phones and addresses is none of these: it takes the page's language.

    >>> could_differ("Les familles ont reçu des vivres pour trois mois.", "fr")
    False
    >>> could_differ("The families received food for three months.", "fr")
    True
    >>> could_differ("Aïssata Traoré, OIM Dakar, Tél. : +221 33 869 62 00, atraore@iom.int", "fr")
    False
    """
    words, hits = telling_shares(paragraph)
    if not words:
        return False
    ours = hits.get(language or "", 0)
    other = max(n for lang, n in hits.items() if lang != language)
    if other >= HINT_SHARE * words and 2 * other >= ours:
        return True
    if ours >= HINT_SHARE * words:
        return False
    # no telling words either way: in a headline the shared ones (`de`, `la`, `en`) of the page's
    # language will do; longer prose without one telling word may be Romanian or Dutch
    prose = _WORD.findall(_without_addresses(paragraph))
    shared = _function_words().get(language or "", frozenset())
    if words < MAX_HEADLINE_WORDS and sum(w.lower() in shared for w in prose) >= 2 * HINT_SHARE * words:
        return False
    if len(_LATIN.findall(paragraph)) < 0.5 * len(_LETTERS.findall(paragraph)):
        return True
    return len(prose) >= MIN_PROSE_WORDS and sum(w[0].islower() for w in prose) >= 0.6 * len(prose)


def paragraph_language(paragraph: str) -> str | None:
    """The language of a paragraph that may differ from its page's: a trusted language when its
    telling function words say so plainly, else langdetect's answer.

    >>> paragraph_language("A woman and her children rest at the transit centre after a long journey.")
    'en'
    """
    words, hits = telling_shares(paragraph)
    for language in sorted(TRUSTED):
        if _plainly(words, hits, language):
            return language
    return detect(paragraph)[0]


def detect_language(doc: Document) -> Document:
    """Set `language`, `language_score` and `paragraph_languages` (start, end, lang) per line.

    >>> doc = detect_language(Document.from_text("Agir\\nLe projet a permis de reconstruire des abris pour les familles."))
    >>> doc.language, [p[2] for p in doc.paragraph_languages]
    ('fr', ['fr', 'fr'])
    """
    language, score = document_language(doc.text)
    paragraphs = []
    pos = 0
    for line in doc.text.split("\n"):
        if line.strip():
            # (short lines aside, `could_differ` first: it clears most lines of a page with one pass
            # over their words, where `_guessable` reads them twice and looks at every character)
            guess = len(line) >= MIN_PARAGRAPH_CHARS and could_differ(line, language) and _guessable(line)
            lang = paragraph_language(line) if guess else None
            paragraphs.append((pos, pos + len(line), lang or language or "und"))
        pos += len(line) + 1
    return replace(
        doc, language=language, language_score=score, paragraph_languages=tuple(paragraphs)
    )
