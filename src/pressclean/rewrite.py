"""The one way a stage changes text: `rewrite(doc, changes, stage=...)`.

It applies a batch of replacements to `doc.text`, appends one `Edit` per replacement (with offsets
into the original), and composes the offset map so that every character of the new text can be
traced back to the input.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from operator import itemgetter
from typing import Iterable, Sequence

from .document import Dateline, Document, Edit, Entity, Segment

Change = tuple[int, int, str, str]
"""(start, end, replacement, reason), offsets into the document's *current* text."""

_WORD_GAP = re.compile(r"[^ \t\n\r]*")
_BY_SPAN = itemgetter(0, 1)  # (start, end): the order changes are applied in

# A page of mojibake makes a hundred thousand segments and edits. A frozen dataclass's __init__
# sets each field through object.__setattr__ (0.65 us a Segment); the same object, its fields
# written straight into its __dict__, costs a third of that. Both classes are plain frozen
# dataclasses (no __post_init__, no slots): tests/test_rewrite.py checks they stay equal to the
# constructor's.
_new = object.__new__


def _segment(t0: int, t1: int, o0: int, o1: int, linear: bool) -> Segment:
    """`Segment(t0, t1, o0, o1, linear)`, built faster (see above)."""
    s = _new(Segment)
    d = s.__dict__
    d["t0"] = t0
    d["t1"] = t1
    d["o0"] = o0
    d["o1"] = o1
    d["linear"] = linear
    return s


def _edit(stage: str, start: int, end: int, replacement: str, reason: str, removed: str) -> Edit:
    """`Edit(stage, start, end, replacement, reason, removed)`, built faster (see above)."""
    e = _new(Edit)
    d = e.__dict__
    d["stage"] = stage
    d["start"] = start
    d["end"] = end
    d["replacement"] = replacement
    d["reason"] = reason
    d["removed"] = removed
    return e


def rewrite(doc: Document, changes: Iterable[Change], *, stage: str, join_words: bool = False) -> Document:
    """Apply `changes` to `doc.text` and return the new Document with its edits logged.

    Changes must not overlap; they may come in any order. A change whose replacement equals the
    text it replaces is dropped (no empty edits in the log). With `join_words`, the changes of one
    reason inside one word are logged as one Edit (`Ã©tÃ©` → `été`, not twice `Ã©` → `é`); the
    offset map stays as fine as the changes.

    >>> doc = rewrite(Document.from_text("a  b"), [(1, 3, " ", "double space")], stage="spacing")
    >>> doc.text, doc.edits[0].start, doc.edits[0].end
    ('a b', 1, 3)
    >>> doc = rewrite(Document.from_text("Ã©tÃ©"), [(0, 2, "é", "r"), (3, 5, "é", "r")], stage="s", join_words=True)
    >>> [(e.start, e.end, e.replacement, e.removed) for e in doc.edits], doc.to_original(1, 2)
    ([(0, 5, 'été', 'Ã©tÃ©')], (2, 3))
    """
    if not changes:  # (an empty list, as most calls on a clean page pass; an iterator is read below)
        return doc
    text = doc.text
    todo = sorted((c for c in changes if text[c[0] : c[1]] != c[2]), key=_BY_SPAN)
    if not todo:
        return doc
    segments = doc.segments or (_segment(0, len(text), 0, len(doc.original), True),)
    first = segments[0]
    if len(segments) == 1 and first.linear and first.t0 == first.o0 == 0 and first.t1 == first.o1 == len(text):
        # the text is still the original (no earlier change): every offset maps to itself, and
        # the map is built by arithmetic (the general loop costs a third of a page of mojibake)
        # (its linear stretches come out whole: nothing for `_merge` to join)
        new_text, new_segments, done = _apply_on_original(text, todo, stage)
    else:
        new_text, new_segments, done = _apply(text, segments, todo, stage)
        new_segments = _merge(new_segments)
    if join_words:
        done = _join_words(done, text)
    edits = tuple([_edit(stage, o0, o1, new_text[n0:n1], reason, text[s:e]) for s, e, n0, n1, o0, o1, reason in done])

    new = replace(
        doc,
        text=new_text,
        edits=doc.edits + edits,
        segments=tuple(new_segments),
    )
    if doc.entities or doc.dateline:
        new = _shift_annotations(new, todo)
    return new


def _overlap_error(stage: str, start: int, end: int) -> ValueError:
    return ValueError(
        f"stage {stage!r} produced an overlapping or out-of-range change ({start}, {end}); "
        "changes given to rewrite() must not overlap"
    )


def _apply(text: str, segments: Sequence[Segment], todo: list[Change], stage: str):
    """The new text, its offset map and the applied changes, through the current map."""
    starts = [s.t0 for s in segments]
    pieces: list[str] = []
    new_segments: list[Segment] = []
    done: list[tuple[int, int, int, int, int, int, str]] = []  # (start, end, out0, out1, o0, o1, reason)
    pos = 0  # in the old text
    out = 0  # length of the new text so far
    for start, end, replacement, reason in todo:
        if start < pos or end < start or end > len(text):
            raise _overlap_error(stage, start, end)
        out = _copy(segments, starts, pos, start, out, new_segments)
        pieces.append(text[pos:start])
        o0, o1 = _to_original(segments, starts, start, end)
        if len(replacement) == end - start:
            # a character-for-character substitution keeps the finer map of what it replaced
            _copy(segments, starts, start, end, out, new_segments)
        elif replacement:
            new_segments.append(_segment(out, out + len(replacement), o0, o1, False))
        done.append((start, end, out, out + len(replacement), o0, o1, reason))
        out += len(replacement)
        pieces.append(replacement)
        pos = end
    _copy(segments, starts, pos, len(text), out, new_segments)
    pieces.append(text[pos:])
    return "".join(pieces), new_segments, done


def _apply_on_original(text: str, todo: list[Change], stage: str):
    """`_apply` where the text is the original: offsets map to themselves. Linear stretches
    between replaced spans are one segment each (as `_merge` would make them)."""
    pieces: list[str] = []
    new_segments: list[Segment] = []
    done: list[tuple[int, int, int, int, int, int, str]] = []
    pos = 0
    out = 0
    lin_t = lin_o = 0  # where the current linear stretch started (new text, original)
    n = len(text)
    for start, end, replacement, reason in todo:
        if start < pos or end < start or end > n:
            raise _overlap_error(stage, start, end)
        pieces.append(text[pos:start])
        out += start - pos
        size = len(replacement)
        if size != end - start:
            if out > lin_t:
                new_segments.append(_segment(lin_t, out, lin_o, start, True))
            if size:
                new_segments.append(_segment(out, out + size, start, end, False))
            lin_t, lin_o = out + size, end
        # (a substitution of equal length stays inside the linear stretch)
        done.append((start, end, out, out + size, start, end, reason))
        out += size
        pieces.append(replacement)
        pos = end
    pieces.append(text[pos:])
    out += n - pos
    if out > lin_t:
        new_segments.append(_segment(lin_t, out, lin_o, n, True))
    return "".join(pieces), new_segments, done


def _to_original(segments: Sequence[Segment], starts: list[int], start: int, end: int) -> tuple[int, int]:
    """`Document.to_original` on the segments at hand (called once per change: kept cheap)."""
    s = segments[max(bisect.bisect_right(starts, start) - 1, 0)]
    o0 = s.o0 + min(start - s.t0, s.o1 - s.o0) if s.linear else s.o0
    if start == end:
        return o0, o0
    s = segments[max(bisect.bisect_right(starts, end - 1) - 1, 0)]
    return o0, (s.o0 + min(end - s.t0, s.o1 - s.o0) if s.linear else s.o1)


def _copy(
    segments: Sequence[Segment], starts: list[int], a: int, b: int, out: int, into: list[Segment]
) -> int:
    """Append the map of old text[a:b], moved to start at `out` in the new text; return new `out`.

    The segments tile the text, so only the first and the last piece of the stretch can be cut;
    the ones between move whole, by one shift: in bulk (one slice, or one comprehension), since
    a page of mojibake holds thousands of segments and every rewrite moves them all.
    """
    if a >= b:
        return out
    i = max(bisect.bisect_right(starts, a) - 1, 0)
    j = bisect.bisect_left(starts, b, i)  # the segments i..j-1 start before b
    if j - i > 2:
        out = _copy_piece(segments[i], a, b, out, into)
        first, last = segments[i + 1], segments[j - 2]
        shift = out - first.t0
        if shift:
            into.extend([_segment(s.t0 + shift, s.t1 + shift, s.o0, s.o1, s.linear) for s in segments[i + 1 : j - 1]])
        else:
            into.extend(segments[i + 1 : j - 1])
        out += last.t1 - first.t0
        return _copy_piece(segments[j - 1], a, b, out, into)
    for k in range(i, j):
        out = _copy_piece(segments[k], a, b, out, into)
    return out


def _copy_piece(s: Segment, a: int, b: int, out: int, into: list[Segment]) -> int:
    """The part of segment `s` inside old text[a:b], moved to start at `out`; return new `out`."""
    if a <= s.t0 and s.t1 <= b:
        # a whole piece moves as it is: no arithmetic on its original side, and no new object
        # while nothing before it changed length
        into.append(s if out == s.t0 else _segment(out, out + s.t1 - s.t0, s.o0, s.o1, s.linear))
        return out + s.t1 - s.t0
    lo, hi = max(a, s.t0), min(b, s.t1)
    if lo < hi:
        if s.linear:
            into.append(_segment(out, out + hi - lo, s.o0 + lo - s.t0, s.o0 + hi - s.t0, True))
        else:
            into.append(_segment(out, out + hi - lo, s.o0, s.o1, False))
        out += hi - lo
    return out


def _merge(segments: list[Segment]) -> list[Segment]:
    """Join neighbouring linear pieces that are contiguous in both texts (keeps the map small)."""
    merged: list[Segment] = []
    last = None
    for s in segments:
        if last is not None and s.linear and last.linear and last.t1 == s.t0 and last.o1 == s.o0:
            last = merged[-1] = _segment(last.t0, s.t1, last.o0, s.o1, True)
        else:
            merged.append(s)
            last = s
    return merged


def _join_words(
    done: list[tuple[int, int, int, int, int, int, str]], text: str
) -> list[tuple[int, int, int, int, int, int, str]]:
    """Changes of one reason with nothing but non-space characters between them become one."""
    joined = [done[0]]
    for change in done[1:]:
        s, e, n0, n1, o0, o1, reason = joined[-1]
        if change[6] == reason and _WORD_GAP.fullmatch(text, e, change[0]):
            joined[-1] = (s, change[1], n0, change[3], o0, change[5], reason)
        else:
            joined.append(change)
    return joined


def _shift_annotations(doc: Document, changes: list[Change]) -> Document:
    """Move entity and dateline offsets through `changes` (for a rewrite after annotation)."""
    ends = [c[1] for c in changes]
    shifts = []
    total = 0
    for start, end, replacement, _ in changes:
        total += len(replacement) - (end - start)
        shifts.append(total)

    def move(pos: int, is_end: bool) -> int:
        i = bisect.bisect_right(ends, pos)
        shifted = pos + (shifts[i - 1] if i else 0)
        if i < len(changes) and changes[i][0] < pos < changes[i][1]:
            # inside a replaced span: snap to the replacement's edge
            before = shifts[i - 1] if i else 0
            s, e, r, _ = changes[i]
            shifted = s + before + (len(r) if is_end else 0)
        return shifted

    def moved(e: Entity) -> Entity:
        start, end = move(e.start, False), move(e.end, True)
        return replace(e, start=start, end=end, text=doc.text[start:end])

    dateline = doc.dateline
    if dateline is not None:
        dateline = Dateline(dateline.place, dateline.date, move(dateline.start, False), move(dateline.end, True))
    return replace(doc, entities=tuple(moved(e) for e in doc.entities), dateline=dateline)
