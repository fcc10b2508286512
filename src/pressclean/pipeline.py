"""`Pipeline`: an ordered list of named stages, each a callable `Document -> Document`."""

from __future__ import annotations

import codecs
import gc
import os
import re
from dataclasses import replace
from typing import Any, Callable, Iterable, Iterator, Union

from .document import Document

Stage = Callable[[Document], Document]
Text = Union[str, bytes, Document]

_SURROGATE = re.compile("[\ud800-\udfff]")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def stage_name(stage: Stage) -> str:
    """The name a stage is known by: its `name` attribute, else its function name."""
    name = getattr(stage, "name", None) or getattr(stage, "__name__", None)
    if not name:
        raise TypeError(f"cannot name stage {stage!r}: give it a `name` attribute")
    return str(name)


def as_document(value: Text, id: str = "", site: str | None = None) -> Document:
    """Turn what a user passes (str, bytes or Document) into a Document.

    >>> as_document(b"caf\\xe9").text  # cp1252 bytes are decoded, and the choice recorded
    'café'
    """
    if isinstance(value, Document):
        return value
    if isinstance(value, str):
        text, surrogates = valid_unicode(value)
        doc = Document.from_text(text, id=id, site=site)
        if surrogates:
            doc = doc.with_warning(
                f"input held {surrogates} surrogate code unit(s), which are not Unicode text: "
                "pairs were joined, lone ones replaced by U+FFFD")
        return doc
    if isinstance(value, (bytes, bytearray, memoryview)):
        text, encoding = decode_bytes(bytes(value))
        return Document.from_text(text, id=id, site=site).with_warning(f"input was bytes, decoded as {encoding}")
    raise TypeError(
        f"pressclean expects text as str, bytes or Document, got {type(value).__name__}; "
        "for a file, read it first: clean(open(path, encoding='utf-8').read())"
    )


def valid_unicode(text: str) -> tuple[str, int]:
    """`text` made writable as UTF-8, and how many surrogate code units it held.

    A str can hold surrogates (from bad JSON, or bytes decoded with `surrogateescape`); no
    UTF-8 file can, so a batch would fail on writing. Pairs become the character they encode,
    lone halves U+FFFD.

    >>> valid_unicode("a\\ud800b\\ud83d\\ude00")
    ('a\ufffdb😀', 3)
    """
    count = len(_SURROGATE.findall(text))
    if not count:
        return text, 0
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace"), count


# the encodings French pages come in; the detector chooses among these only (on short French
# text, an open choice often prefers a Central-European code page over cp1252)
SINGLE_BYTE = ["cp1252", "latin_1", "mac_roman"]
UTF16 = ["utf_16_le", "utf_16_be"]


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes: BOM, else UTF-8, else the detector's pick among French pages' encodings.

    >>> decode_bytes("Genève".encode("utf-16-le"))[1]
    'utf_16_le'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    # text in UTF-16 has a NUL byte beside every Latin letter; without them it is single-byte
    candidates = UTF16 if data.count(0) >= 0.3 * len(data) else SINGLE_BYTE
    best = charset_normalizer.from_bytes(data, cp_isolation=candidates).best()
    if best is not None:
        return str(best), best.encoding
    return data.decode("cp1252", errors="replace"), "cp1252 (with replacements)"


class Pipeline:
    """Named stages applied in order.

    >>> from pressclean.stages.layout import normalise_spacing
    >>> p = Pipeline([normalise_spacing])
    >>> p("a  b").text
    'a b'
    >>> p.names
    ['normalise_spacing']
    """

    def __init__(self, stages: Iterable[Stage | tuple[str, Stage]] = ()) -> None:
        self._stages: list[tuple[str, Stage]] = []
        for stage in stages:
            name, fn = stage if isinstance(stage, tuple) else (stage_name(stage), stage)
            self._check_new(name)
            self._stages.append((name, fn))

    @classmethod
    def from_config(cls, path: str | os.PathLike[str]) -> Pipeline:
        """The pipeline a TOML file describes: stages, their options, their order (pressclean.config)."""
        from .config import load_pipeline

        return load_pipeline(path)

    # -- running ---------------------------------------------------------------------------
    def __call__(self, text: Text, *, id: str = "", site: str | None = None) -> Document:
        """Run every stage on one text (str, bytes or Document); `site`: the page's host name."""
        doc = as_document(text, id=id, site=site)
        for name, stage in self._stages:
            doc = _run(name, stage, doc)
        return doc

    def pipe(self, texts: Iterable[Text], *, batch_size: int = 64) -> Iterator[Document]:
        """Run the pipeline over a stream, in order, lazily.

        Stages that have a `pipe(docs, batch_size=...)` method (the spaCy one) get the stream
        whole, so the model can batch; the others run document by document.
        """
        stream: Iterable[Document] = (as_document(t) for t in texts)
        for name, stage in self._stages:
            stream = _pipe_stage(name, stage, stream, batch_size)
        yield from stream

    # -- editing ---------------------------------------------------------------------------
    @property
    def names(self) -> list[str]:
        return [name for name, _ in self._stages]

    def __len__(self) -> int:
        return len(self._stages)

    def __iter__(self) -> Iterator[tuple[str, Stage]]:
        return iter(list(self._stages))

    def __getitem__(self, name: str) -> Stage:
        return self._stages[self._index(name)][1]

    def __repr__(self) -> str:
        return f"Pipeline({self.names})"

    def insert(
        self, stage: Stage, *, before: str | None = None, after: str | None = None, name: str | None = None
    ) -> Pipeline:
        """Add `stage` before or after a named stage (at the end if neither is given).

        >>> from pressclean.stages.layout import normalise_spacing
        >>> p = Pipeline([normalise_spacing])
        >>> p.insert(lambda d: d, name="noop", before="normalise_spacing").names
        ['noop', 'normalise_spacing']
        """
        if before is not None and after is not None:
            raise ValueError("give either before= or after=, not both")
        name = name or stage_name(stage)
        self._check_new(name)
        if before is not None:
            at = self._index(before)
        elif after is not None:
            at = self._index(after) + 1
        else:
            at = len(self._stages)
        self._stages.insert(at, (name, stage))
        return self

    def replace(self, name: str, stage: Stage) -> Pipeline:
        """Put `stage` in place of the stage called `name` (it keeps that name)."""
        self._stages[self._index(name)] = (name, stage)
        return self

    def remove(self, name: str) -> Pipeline:
        """Drop the stage called `name`."""
        del self._stages[self._index(name)]
        return self

    def _index(self, name: str) -> int:
        for i, (n, _) in enumerate(self._stages):
            if n == name:
                return i
        raise KeyError(f"no stage named {name!r}; this pipeline has: {', '.join(self.names) or '(none)'}")

    def _check_new(self, name: str) -> None:
        if name in self.names:
            raise ValueError(f"a stage named {name!r} is already in the pipeline; pass name= to add another")


def _run(name: str, stage: Stage, doc: Document) -> Document:
    """Run one stage; a failure on this document is recorded, and the document goes on unchanged.

    The cyclic garbage collector is paused while the stage runs: a stage makes tens of thousands of
    short-lived objects on a long page (lines, matches, offset pieces) and no reference cycles, and
    the collector's passes over them cost an eighth of the time of a 1 MB page. It resumes after.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        result = stage(doc)
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop a corpus
        return doc.with_warning(f"stage {name} failed: {type(exc).__name__}: {exc}")
    finally:
        if collecting:
            gc.enable()
    if not isinstance(result, Document):
        raise TypeError(f"stage {name!r} returned {type(result).__name__}; a stage must return a Document")
    return result


def _pipe_stage(name: str, stage: Any, docs: Iterable[Document], batch_size: int) -> Iterator[Document]:
    if hasattr(stage, "pipe"):
        return stage.pipe(docs, batch_size=batch_size)
    return (_run(name, stage, doc) for doc in docs)


def with_id(doc: Document, id: str) -> Document:
    """A copy of `doc` with its id set."""
    return replace(doc, id=id)
