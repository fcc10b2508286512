"""Corpus runs: read inputs, run the pipeline in batches, write one JSON record per input.

Every input yields exactly one record, `ok` or `error` with the reason, in input order.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

from .document import error_record
from .pipeline import Pipeline


@dataclass(frozen=True)
class Item:
    """One input: an id and what was given as its text (maybe not a str: that is an error record)."""

    id: str
    text: Any


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Inputs from .txt files, folders of them (recursive, sorted) and JSONL files (`id`, `text`).

    >>> list(read_inputs([]))
    []
    """
    for path in map(Path, paths):
        if path.is_dir():
            for file in sorted(path.rglob("*.txt")):
                yield Item(str(file.relative_to(path.parent)), _read_text(file))
        elif path.suffix == ".jsonl":
            yield from _read_jsonl(path)
        elif path.exists():
            yield Item(str(path), _read_text(path))
        else:
            raise FileNotFoundError(f"no such input: {path} (give .txt files, folders of them, or .jsonl)")


def _read_text(path: Path) -> str | bytes:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data  # the pipeline decodes bytes and records which encoding it chose


def _read_jsonl(path: Path) -> Iterator[Item]:
    with path.open(encoding="utf-8") as lines:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            ident = f"{path}:{n}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Item(ident, ValueError(f"line {n} of {path} is not JSON: {exc}"))
                continue
            if not isinstance(record, dict):
                yield Item(ident, ValueError(f"line {n} of {path} is not a JSON object"))
                continue
            yield Item(str(record.get("id", ident)), record.get("text"))


def process(
    items: Iterable[Item], pipeline: Pipeline, *, batch_size: int = 32
) -> Iterator[dict[str, Any]]:
    """Records for `items`, in order; a failing document becomes an `error` record.

    >>> from pressclean import Pipeline
    >>> [r["status"] for r in process([Item("a", "x"), Item("b", None)], Pipeline())]
    ['ok', 'error']
    """
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= batch_size:
            yield from _run_batch(batch, pipeline, batch_size)
            batch = []
    if batch:
        yield from _run_batch(batch, pipeline, batch_size)


def _run_batch(batch: list[Item], pipeline: Pipeline, batch_size: int) -> Iterator[dict[str, Any]]:
    good = [n for n, item in enumerate(batch) if _usable(item.text)]
    results: dict[int, Any] = {n: _type_error(item.text) for n, item in enumerate(batch)}
    try:
        done = pipeline.pipe((batch[n].text for n in good), batch_size=batch_size)
        results.update(zip(good, done))
    except Exception:  # noqa: BLE001 - one bad document must not take its batch down: go one by one
        for n in good:
            try:
                results[n] = pipeline(batch[n].text)
            except Exception as exc:  # noqa: BLE001
                results[n] = exc
    for n, item in enumerate(batch):
        result = results[n]
        if isinstance(result, BaseException):
            yield error_record(item.id, item.text, f"{type(result).__name__}: {result}")
        else:
            record = result.to_dict()
            record["id"] = item.id
            yield record


def _usable(text: Any) -> bool:
    return isinstance(text, (str, bytes))


def _type_error(text: Any) -> BaseException:
    if isinstance(text, BaseException):
        return text
    return TypeError(f"text must be str or bytes, got {type(text).__name__}")


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO = sys.stdout) -> Iterator[dict[str, Any]]:
    """Write each record as one line of JSON (sorted keys: stable output) and pass it on."""
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        yield record
