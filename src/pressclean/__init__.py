"""pressclean: repair scraped French press releases and extract their facts.

>>> import pressclean
>>> pressclean.repair("Le projet a été mis en uvre.")
'Le projet a été mis en œuvre.'

Models load lazily on first use, so importing pressclean is fast.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .document import Dateline, Document, Edit, Entity
from .pipeline import Pipeline, Text

if TYPE_CHECKING:
    from .stages.boilerplate import SiteProfiles

__all__ = [
    "clean_series",
    "corpus_summary",
    "process",
    "to_frame",
    "to_spacy",
    "Dateline",
    "Document",
    "Edit",
    "Entity",
    "Pipeline",
    "SiteProfiles",
    "clean",
    "default_pipeline",
    "repair",
    "repair_pipeline",
]
__version__ = "0.1.0"

# pandas, spaCy and the batch runner load only when first used: `import pressclean` stays fast
_LAZY = {
    "to_spacy": "spacy",
    "to_frame": "frames",
    "clean_series": "frames",
    "corpus_summary": "frames",
    "process": "batch",
    "SiteProfiles": "stages.boilerplate",
}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'pressclean' has no attribute {name!r}")


def repair_pipeline(*, accents: bool = False) -> Pipeline:
    """The repair stages alone: encoding, HTML debris, lost characters, layout, spacing.

    No line is removed. `pressclean.repair(text)` runs it. `accents=True` adds the opt-in
    `restore_accents` stage (`Etats` -> `États`, `la journee` -> `la journée`).
    """
    from .stages import layout, repair

    pipeline = Pipeline(
        [
            repair.fix_encoding,
            repair.strip_html,
            repair.restore_characters,
            layout.split_glued,
            layout.unwrap_lines,
            layout.normalise_spacing,
        ]
    )
    return _with_accents(pipeline) if accents else pipeline


def _with_accents(pipeline: Pipeline) -> Pipeline:
    from .stages.accents import restore_accents

    return pipeline.insert(restore_accents, after="restore_characters")


def default_pipeline(*, accents: bool = False, profiles: SiteProfiles | None = None) -> Pipeline:
    """The full pipeline: repair, boilerplate removal, then the annotating stages.

    `accents=True` adds the opt-in `restore_accents` stage after `restore_characters`. `profiles`
    (`SiteProfiles.fit(pages)`, or `SiteProfiles.load(path)`) lets the boilerplate stage remove what
    each site repeats on its pages too.

    >>> default_pipeline().names[:3]
    ['fix_encoding', 'strip_html', 'restore_characters']
    >>> default_pipeline(accents=True).names[3]
    'restore_accents'
    """
    from .stages import boilerplate, contacts, entities, figures, language, layout, metadata, repair

    pipeline = Pipeline(
        [
            repair.fix_encoding,
            repair.strip_html,
            repair.restore_characters,
            layout.split_glued,
            boilerplate.RemoveBoilerplate(profiles=profiles) if profiles is not None else boilerplate.remove_boilerplate,
            layout.unwrap_lines,
            layout.normalise_spacing,
            language.detect_language,
            metadata.find_title,
            metadata.find_dateline,
            metadata.find_stories,
            entities.find_entities,
            # contacts first: find_figures reuses its phones and e-mails instead of reading them again
            contacts.find_contacts,
            figures.find_figures,
        ]
    )
    return _with_accents(pipeline) if accents else pipeline


@lru_cache(maxsize=1)
def _default() -> Pipeline:
    return default_pipeline()


@lru_cache(maxsize=1)
def _repair() -> Pipeline:
    return repair_pipeline()


def clean(text: Text, *, id: str = "") -> Document:
    """Run the default pipeline on one text and return the Document.

    >>> doc = clean("Le projet, financé par l'UE, a été mis en uvre par l'OIM à Dakar.")
    >>> doc.text
    "Le projet, financé par l'UE, a été mis en œuvre par l'OIM à Dakar."
    >>> [(e.label, e.text) for e in doc.entities if e.label != "FIGURE"]
    [('ORG', 'UE'), ('ORG', 'OIM'), ('LOC', 'Dakar')]
    """
    return _default()(text, id=id)


def repair(text: Text) -> str:
    """Repair a text (encoding, lost characters, HTML debris, hard wraps) and return it as a str.

    Like `ftfy.fix_text`, for users who only want clean text: no line is removed.

    >>> repair("Qui sommes nousL'Organisation est née en 1951.")
    "Qui sommes nous\\nL'Organisation est née en 1951."
    """
    return _repair()(text).text
