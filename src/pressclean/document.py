"""The data that flows through a pipeline: `Document`, its `Edit` log and its `Entity` facts.

Everything here is immutable. A stage never mutates a Document; it returns a new one built with
`dataclasses.replace` (annotating stages) or `pressclean.rewrite.rewrite` (rewriting stages).
"""

from __future__ import annotations

import bisect
import json
from dataclasses import asdict, dataclass, field, replace
from functools import cached_property
from collections.abc import Mapping  # not typing.Mapping: isinstance on it is twice as slow
from types import MappingProxyType
from typing import Any

SCHEMA_VERSION = 1


@dataclass(frozen=True)
class Edit:
    """One change a rewriting stage made: `original[start:end]` became `replacement`.

    `start`/`end` are offsets into `Document.original`, so the log reads against the input
    whatever order the stages ran in.

    >>> Edit("repair", 7, 7, "œ", "lost œ restored (lexicon)").replacement
    'œ'
    """

    stage: str
    start: int
    end: int
    replacement: str
    reason: str
    removed: str = ""  # the text of the *current* document that this edit replaced


@dataclass(frozen=True)
class Entity:
    """A fact found in the cleaned text: `text[start:end]`, labelled, with label-specific `attrs`.

    Labels: ORG, LOC, PER, FIGURE, PHONE, EMAIL, CONTACT. Attributes by label: ORG `acronym`,
    `long_form`, `mentions`; FIGURE `value`, `unit`, `kind`; PHONE `e164`, `extension`, `kind`;
    EMAIL `address`; CONTACT `person`, `role`, `organisation`, `phones`, `emails`.

    >>> e = Entity("EMAIL", 0, 9, "a@org.int", "contacts", {"address": "a@org.int"})
    >>> e["address"]
    'a@org.int'
    """

    label: str
    start: int
    end: int
    text: str
    stage: str = ""
    attrs: Mapping[str, Any] = field(default_factory=dict, compare=True)

    def __post_init__(self) -> None:
        object.__setattr__(self, "attrs", MappingProxyType(_unplain(dict(self.attrs))))

    def __getitem__(self, key: str) -> Any:
        return self.attrs[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.attrs.get(key, default)


@dataclass(frozen=True)
class Segment:
    """A piece of the offset map: `text[t0:t1]` came from `original[o0:o1]`.

    `linear` pieces map character by character (t1 - t0 == o1 - o0); the others were replaced
    as a whole, so any position inside them maps to the whole original span.
    """

    t0: int
    t1: int
    o0: int
    o1: int
    linear: bool


@dataclass(frozen=True)
class Dateline:
    """Where (and when) a release says it was issued: `GENÈVE, le 18 mars 2020 –`."""

    place: str
    date: str | None = None  # ISO 8601 when the dateline gives a full date
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Document:
    """A text on its way through the pipeline.

    >>> doc = Document.from_text("Bonjour")
    >>> doc.text, doc.to_original(0, 7)
    ('Bonjour', (0, 7))
    """

    original: str
    text: str
    id: str = ""
    site: str | None = None  # host name of the page's site, when known (site-aware boilerplate)
    edits: tuple[Edit, ...] = ()
    language: str | None = None
    language_score: float | None = None
    paragraph_languages: tuple[tuple[int, int, str], ...] = ()
    title: str | None = None
    dateline: Dateline | None = None
    entities: tuple[Entity, ...] = ()
    stories: tuple[tuple[int, int], ...] = ()  # (start, end) of each story when the page lists several
    warnings: tuple[str, ...] = ()
    segments: tuple[Segment, ...] = field(default=(), repr=False, compare=False)

    @classmethod
    def from_text(cls, text: str, id: str = "", site: str | None = None) -> Document:
        """A fresh Document whose text is its original."""
        if not isinstance(text, str):
            raise TypeError(
                f"Document.from_text expects str, got {type(text).__name__}; "
                "decode bytes first or use pressclean.clean(), which accepts bytes"
            )
        return cls(original=text, text=text, id=id, site=site, segments=(Segment(0, len(text), 0, len(text), True),))

    # -- offsets ---------------------------------------------------------------------------
    @cached_property
    def _segment_starts(self) -> list[int]:
        return [s.t0 for s in self.segments]

    def _segment_at(self, pos: int) -> Segment:
        if not self.segments:
            return Segment(0, len(self.text), 0, len(self.original), True)
        i = bisect.bisect_right(self._segment_starts, pos) - 1
        return self.segments[max(i, 0)]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the span `text[start:end]` to the span of `original` it came from.

        >>> from pressclean.rewrite import rewrite
        >>> doc = rewrite(Document.from_text("mis en uvre"), [(7, 7, "œ", "lost œ")], stage="repair")
        >>> doc.text, doc.to_original(7, 12)
        ('mis en œuvre', (7, 11))
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) is outside the text (length {len(self.text)})")
        return self._map_start(start), self._map_end(end, empty=start == end)

    def _map_start(self, pos: int) -> int:
        seg = self._segment_at(pos)
        if seg.linear:
            return seg.o0 + min(pos - seg.t0, seg.o1 - seg.o0)
        return seg.o0

    def _map_end(self, pos: int, empty: bool = False) -> int:
        if empty:
            return self._map_start(pos)
        # the end of a span belongs to the segment holding its last character
        seg = self._segment_at(max(pos - 1, 0))
        if seg.linear:
            return seg.o0 + min(pos - seg.t0, seg.o1 - seg.o0)
        return seg.o1

    # -- convenience -----------------------------------------------------------------------
    @property
    def listing(self) -> bool:
        """True when the page holds several unrelated stories (see `stories`)."""
        return len(self.stories) > 1

    def entities_of(self, label: str) -> tuple[Entity, ...]:
        """The entities with `label`, in text order.

        >>> Document.from_text("x").entities_of("ORG")
        ()
        """
        return tuple(e for e in self.entities if e.label == label)

    def _repr_html_(self) -> str:
        """The notebook view: facts highlighted in the text, edits as a diff (pressclean.display)."""
        from .display import render

        return render(self)

    def removed(self, stage: str = "remove_boilerplate") -> list[tuple[str, str]]:
        """What `stage` removed from the text, with why: nothing leaves silently.

        >>> from pressclean.rewrite import rewrite
        >>> doc = rewrite(Document.from_text("Menu\\nTitre"), [(0, 5, "", "boilerplate: menu")], stage="remove_boilerplate")
        >>> doc.removed()
        [('Menu\\n', 'boilerplate: menu')]
        """
        return [(e.removed, e.reason) for e in self.edits if e.stage == stage and not e.replacement]

    def with_warning(self, message: str) -> Document:
        """A copy with `message` added to `warnings` (data problems are recorded, not raised)."""
        return replace(self, warnings=self.warnings + (message,))

    # -- serialisation ---------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The stable JSON record of this document (see README, "Output record").

        >>> sorted(Document.from_text("x", id="a").to_dict())[:4]
        ['dateline', 'edits', 'entities', 'error']
        """
        return {
            "schema": SCHEMA_VERSION,
            "id": self.id,
            "site": self.site,
            "status": "ok",
            "error": None,
            "language": self.language,
            "language_score": self.language_score,
            "paragraph_languages": [list(p) for p in self.paragraph_languages],
            "title": self.title,
            "dateline": asdict(self.dateline) if self.dateline else None,
            "text": self.text,
            "listing": self.listing,
            "stories": [list(s) for s in self.stories],
            "original": self.original,
            "warnings": list(self.warnings),
            "edits": [asdict(e) for e in self.edits],
            "entities": [self._entity_dict(e) for e in self.entities],
            "segments": [[s.t0, s.t1, s.o0, s.o1, s.linear] for s in self.segments],
        }

    def _entity_dict(self, e: Entity) -> dict[str, Any]:
        ostart, oend = self.to_original(e.start, e.end)
        d = {
            "label": e.label,
            "text": e.text,
            "start": e.start,
            "end": e.end,
            "original_start": ostart,
            "original_end": oend,
            "stage": e.stage,
        }
        d.update(_plain(dict(e.attrs)))
        return d

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Rebuild a Document from `to_dict()` output.

        >>> d = Document.from_text("x", id="a")
        >>> Document.from_dict(d.to_dict()) == d
        True
        """
        base = {"label", "text", "start", "end", "original_start", "original_end", "stage"}
        entities = tuple(
            Entity(
                e["label"], e["start"], e["end"], e["text"], e.get("stage", ""),
                _unplain({k: v for k, v in e.items() if k not in base}),
            )
            for e in data.get("entities", ())
        )
        dl = data.get("dateline")
        return cls(
            original=data["original"],
            text=data["text"],
            id=data.get("id", ""),
            site=data.get("site"),
            edits=tuple(Edit(**e) for e in data.get("edits", ())),
            language=data.get("language"),
            language_score=data.get("language_score"),
            paragraph_languages=tuple(tuple(p) for p in data.get("paragraph_languages", ())),  # type: ignore[misc]
            title=data.get("title"),
            dateline=Dateline(**dl) if dl else None,
            entities=entities,
            stories=tuple(tuple(s) for s in data.get("stories", ())),  # type: ignore[misc]
            warnings=tuple(data.get("warnings", ())),
            segments=tuple(Segment(*s) for s in data.get("segments", ())),
        )

    def to_json(self) -> str:
        """`to_dict()` as one line of JSON with sorted keys (stable across runs)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)


def _plain(value: Any) -> Any:
    """Turn attribute values into JSON types (tuples become lists)."""
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _unplain(value: Any) -> Any:
    """Inverse of `_plain` for attributes: lists become tuples so entities stay immutable."""
    if isinstance(value, Mapping):
        return {k: _unplain(v) for k, v in value.items()}
    if isinstance(value, list):
        return tuple(_unplain(v) for v in value)
    return value


def error_record(id: str, original: Any, error: str) -> dict[str, Any]:
    """The record written for a document that could not be processed (nothing is lost).

    It has the fields of an ok record (an empty document's), so readers see one schema.

    >>> record = error_record("p1", None, "TypeError: text must be str")
    >>> record["status"], record["text"], record["original"], sorted(record) == sorted(Document.from_text("").to_dict())
    ('error', None, 'None', True)
    """
    record = Document.from_text("", id=id).to_dict()
    record.update(
        status="error",
        error=error,
        text=None,
        segments=[],
        original=original if isinstance(original, str) else repr(original)[:10_000],
    )
    return record
