"""pressclean's annotating stages as spaCy components, and `to_spacy(doc)`.

The components run the very stages of the pipeline (`pressclean.stages.*`) on the spaCy Doc's
text; nothing here finds a fact by itself. Install pressclean and spaCy finds the factories
through the `spacy_factories` entry point:

    nlp = spacy.blank("fr")
    nlp.add_pipe("pressclean_contacts")
    doc = nlp(pressclean.repair(page))
    doc.spans["pressclean"]          # one Span per fact, labelled ORG, LOC, PER, FIGURE, PHONE...
    doc.spans["pressclean"][0]._.pressclean   # the pressclean Entity (its attributes)
    doc._.pressclean                 # the pressclean Document: language, title, dateline, edits

The components annotate, they never rewrite: spaCy text is immutable, so give them text that is
already clean (`pressclean.repair`, or `pressclean.clean(page).text`), or start from a cleaned
Document with `to_spacy(doc)`, which also carries the edit log back to the original page.

Later stages use what earlier ones found (contacts read the language and dateline, entities the
dateline), so add them in the order of `FACTORIES` for the pipeline's results.
"""

from __future__ import annotations

import itertools
from functools import lru_cache
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from .document import Document, Entity
from .models import DEFAULT_MODEL
from .pipeline import Pipeline, Stage

SPANS_KEY = "pressclean"
FACTORIES = (
    "pressclean_language",
    "pressclean_metadata",
    "pressclean_entities",
    "pressclean_figures",
    "pressclean_contacts",
)
"""The component factories, in the order the default pipeline runs their stages."""

# The Document travels as its JSON record, not as an object: spaCy serialises `user_data` with
# msgpack (`Doc.to_bytes`, `DocBin`, `nlp.pipe(n_process=2)`), which cannot hold a dataclass.
if not Doc.has_extension("pressclean_record"):
    Doc.set_extension("pressclean_record", default=None)
if not Doc.has_extension("pressclean"):
    Doc.set_extension("pressclean", getter=lambda doc: document_of(doc, create=False))
if not Span.has_extension("pressclean"):
    Span.set_extension("pressclean", getter=lambda span: entity_of(span))


class Component:
    """A spaCy component that runs pressclean stages on `doc.text` and records what they found.

    Facts go to `doc.spans[spans_key]` (one Span per Entity, labelled like it) and the whole
    Document to `doc._.pressclean`. The stages run through a `Pipeline`, so a stage failing on
    one text is a warning on its Document, as in the pressclean pipeline.

    >>> import spacy
    >>> nlp = spacy.blank("fr")
    >>> _ = nlp.add_pipe("pressclean_figures")
    >>> doc = nlp("Le projet de 16 mois visait 39 victimes.")
    >>> [(s.text, s.label_, s._.pressclean["value"]) for s in doc.spans["pressclean"]]
    [('16 mois', 'FIGURE', 16), ('39 victimes', 'FIGURE', 39)]
    """

    def __init__(self, name: str, stages: Iterable[Stage], *, spans_key: str = SPANS_KEY) -> None:
        self.name = name
        self.pipeline = Pipeline(stages)
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        store(doc, self.pipeline(document_of(doc)), self.spans_key)
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 64) -> Iterator[Doc]:
        """Annotate a stream; stages that batch (the NER model) get whole batches."""
        iterator = iter(docs)
        while batch := list(itertools.islice(iterator, batch_size)):
            done = self.pipeline.pipe((document_of(d) for d in batch), batch_size=batch_size)
            for spacy_doc, document in zip(batch, done):
                store(spacy_doc, document, self.spans_key)
                yield spacy_doc

    def __repr__(self) -> str:
        return f"<pressclean component {self.name}: {', '.join(self.pipeline.names)}>"


# -- the factories (the entry points named in pyproject.toml) ---------------------------------
# Stage modules are imported inside the factories: spaCy imports this module whenever it builds a
# Language (it loads every `spacy_factories` entry point), and that must stay cheap.


@Language.factory("pressclean_language", default_config={"spans_key": SPANS_KEY})
def make_language(nlp: Language, name: str, spans_key: str) -> Component:
    """`detect_language`: `doc._.pressclean.language`, its score, and each line's language."""
    from .stages.language import detect_language

    return Component(name, [detect_language], spans_key=spans_key)


@Language.factory("pressclean_metadata", default_config={"spans_key": SPANS_KEY})
def make_metadata(nlp: Language, name: str, spans_key: str) -> Component:
    """`find_title` and `find_dateline`: `doc._.pressclean.title` and `.dateline`."""
    from .stages.metadata import find_dateline, find_title

    return Component(name, [find_title, find_dateline], spans_key=spans_key)


@Language.factory("pressclean_entities", default_config={"spans_key": SPANS_KEY, "model": DEFAULT_MODEL})
def make_entities(nlp: Language, name: str, spans_key: str, model: str) -> Component:
    """`find_entities`: ORG (acronyms paired), LOC (ISO codes), PER.

    It runs its own copy of the French model's NER (loaded once per process, lines as sentence
    bounds), not the host pipeline's `ner`: that is what makes its entities the pipeline's.
    """
    from .stages.entities import FindEntities

    return Component(name, [FindEntities(model=model)], spans_key=spans_key)


@Language.factory("pressclean_figures", default_config={"spans_key": SPANS_KEY})
def make_figures(nlp: Language, name: str, spans_key: str) -> Component:
    """`find_figures`: FIGURE spans with value, unit, kind, currency, qualifier."""
    from .stages.figures import find_figures

    return Component(name, [find_figures], spans_key=spans_key)


@Language.factory("pressclean_contacts", default_config={"spans_key": SPANS_KEY})
def make_contacts(nlp: Language, name: str, spans_key: str) -> Component:
    """`find_contacts`: PHONE (E.164), EMAIL and CONTACT spans."""
    from .stages.contacts import find_contacts

    return Component(name, [find_contacts], spans_key=spans_key)


# -- Document <-> spaCy Doc ---------------------------------------------------------------------
def to_spacy(document: Document, nlp: Language | None = None, *, spans_key: str = SPANS_KEY) -> Doc:
    """A spaCy Doc of `document.text`, carrying its facts and its edit log.

    `nlp` runs on the cleaned text (default: a blank French tokenizer, no model). The facts are in
    `doc.spans["pressclean"]`, the Document (edits, offsets into the original) in `doc._.pressclean`.

    >>> import pressclean
    >>> from pressclean.rewrite import rewrite
    >>> cleaned = rewrite(Document.from_text("mis en uvre"), [(7, 7, "œ", "lost œ")], stage="repair")
    >>> doc = to_spacy(cleaned)
    >>> doc.text, [t.text for t in doc]
    ('mis en œuvre', ['mis', 'en', 'œuvre'])
    >>> doc._.pressclean.edits[0].reason, doc._.pressclean.to_original(7, 12)
    ('lost œ', (7, 11))
    """
    if not isinstance(document, Document):
        raise TypeError(
            f"to_spacy expects a pressclean Document, got {type(document).__name__}; "
            "clean the text first: to_spacy(pressclean.clean(text))"
        )
    doc = (nlp or _blank_french())(document.text)
    store(doc, document, spans_key)
    return doc


def document_of(doc: Doc, *, create: bool = True) -> Document | None:
    """The pressclean Document carried by a spaCy Doc (a fresh one of its text if none is).

    >>> import spacy
    >>> document_of(spacy.blank("fr")("Bonjour")).text
    'Bonjour'
    """
    record = doc._.pressclean_record
    # a record of another text (a Doc rebuilt from parts) says nothing about this one
    if record is not None and record.get("text") == doc.text:
        return Document.from_dict(record)
    return Document.from_text(doc.text) if create else None


def entity_of(span: Span) -> Entity | None:
    """The pressclean Entity a Span of `doc.spans[...]` stands for (None for other spans).

    A Span can be a little wider than its Entity when the tokenizer cuts inside the fact; the
    Entity keeps the exact offsets.
    """
    document = document_of(span.doc, create=False)
    if document is None:
        return None
    inside = [
        e for e in document.entities
        if e.label == span.label_ and span.start_char <= e.start and e.end <= span.end_char
    ]
    exact = [e for e in inside if (e.start, e.end) == (span.start_char, span.end_char)]
    return (exact or sorted(inside, key=lambda e: (e.start - e.end, e.start)) or [None])[0]


def store(doc: Doc, document: Document, spans_key: str = SPANS_KEY) -> None:
    """Put `document` on `doc`: its record in `doc._.pressclean`, its facts in `doc.spans`."""
    if document.text != doc.text:
        raise ValueError(
            "this Document's text is not the spaCy Doc's text; spaCy text cannot be rewritten, "
            "so build the Doc from the cleaned text: pressclean.to_spacy(document)"
        )
    doc._.pressclean_record = document.to_dict()
    doc.spans[spans_key] = [span for e in document.entities if (span := _span(doc, e)) is not None]


def _span(doc: Doc, entity: Entity) -> Span | None:
    # `expand`: a fact the tokenizer cut inside a token (`l'OIM` is one token in some
    # tokenizers) still gets a Span, the smallest covering it
    return doc.char_span(entity.start, entity.end, label=entity.label, alignment_mode="expand")


@lru_cache(maxsize=1)
def _blank_french() -> Language:
    """A blank French pipeline (tokenizer only), built once."""
    import spacy

    return spacy.blank("fr")
