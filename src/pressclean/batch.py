"""Corpus runs: read inputs lazily, run the pipeline in batches in one process or several, and
write one record per input, resumably.

Every input yields exactly one record, `ok` or `error` with the reason, in input order.

>>> from pressclean.stages.layout import normalise_spacing
>>> [(r["id"], r["status"], r["text"]) for r in process(["a  b", None], Pipeline([normalise_spacing]))]
[('0', 'ok', 'a b'), ('1', 'error', None)]

The parts, top to bottom: inputs (`read_inputs`, `iter_items`), running (`records`, the process
pool), outputs (`open_output`, JSONL and Parquet, both resumable), and `process`, which ties them.
"""

from __future__ import annotations

import errno
import glob
import gzip
import io
import itertools
import json
import math
import os
import pickle
import sys
import time
from collections import Counter, deque
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, TextIO, Union, overload

from .document import Document, error_record
from .pipeline import Pipeline, as_document

if TYPE_CHECKING:  # pragma: no cover - imported when a pool starts, so `import pressclean` stays fast
    from concurrent.futures import Future, ProcessPoolExecutor

    from .stages.boilerplate import SiteProfiles

PipelineSpec = Union[Pipeline, Callable[[], Pipeline], None]
"""A Pipeline, a function that builds one (what worker processes get), or None for the default."""

Source = Union[str, "os.PathLike[str]", Iterable[Any]]

DEFAULT_BATCH_SIZE = 32
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")
_GLOB_CHARS = frozenset("*?[")
# a worker gets this many batches ahead of the writer: enough to keep every core busy, few enough
# that memory stays flat whatever the size of the corpus
_AHEAD = 2
# workers get their documents in chunks of at most this many, so that at the end of a run no core
# idles long while another finishes a big batch; not fewer: each chunk is one `pipe` call and one
# task, and at 8 documents a chunk those cost a quarter more CPU per document than at 32 (2 processes
# vs 1: 1.59x at 8, 1.98x at 32, `benchmarks/bench_batch.py --no-dask`, session 25)
PARALLEL_CHUNK = 32
# a Parquet part is written every this many records or seconds, whichever comes first: a killed run
# redoes at most that much
PARQUET_PART_ROWS = 512
PARQUET_PART_SECONDS = 60.0
# Parquet columns with a type of their own; every other record field (lists, objects, fields added
# by later schema versions) is stored as JSON text, so all parts share one flat schema whatever
# attributes the entities carry, and nothing is dropped (see `to_row`)
SCALAR_FIELDS = {"schema": "int32", "id": "string", "status": "string", "error": "string", "language": "string",
                 "language_score": "float64", "title": "string", "text": "string", "original": "string"}


class BatchError(ValueError):
    """A run cannot start as asked (unreadable output to resume, a pipeline that cannot be sent to
    worker processes, a missing optional dependency); the message says how to fix it."""


# -- inputs ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Item:
    """One input: an id, what was given as its text (maybe not a str: that is an error record),
    and its site's host when the record gave one (`site` field: site-aware boilerplate)."""

    id: str
    text: Any
    site: str | None = None


def read_inputs(
    paths: Iterable[str | os.PathLike[str]],
    *,
    text_key: str = "text",
    id_key: str = "id",
    exclude: str | os.PathLike[str] | None = None,
) -> Iterator[Item]:
    """Inputs from files, folders and globs, read lazily.

    A folder gives its .txt files (recursive, sorted; id = path from the folder's parent); a
    `.jsonl` file (also `.jsonl.gz`, `.jsonl.zst`) and a `.parquet` file give one input per
    record (`id_key` and `text_key` fields; id = `FILE:N` when there is none); any other file is
    one page. `exclude` (the run's own output) is never read.

    >>> list(read_inputs([]))
    []
    """
    skip = Path(exclude).resolve() if exclude is not None and str(exclude) != "-" else None
    for path in map(Path, paths):
        if path.is_dir():
            files = [(f, str(f.relative_to(path.parent))) for f in sorted(path.rglob("*.txt"))]
            if not files and any(f.name.endswith((*JSONL_SUFFIXES, ".parquet")) for f in path.rglob("*")):
                raise FileNotFoundError(f"{path} has no .txt files; for its JSONL or Parquet files give a glob, "
                                        f"e.g. '{path}/*.parquet'")
        elif path.exists():
            files = [(path, str(path))]
        else:
            matches = sorted(glob.glob(str(path), recursive=True)) if _GLOB_CHARS & set(str(path)) else []
            files = [(Path(f), f) for f in matches if Path(f).is_file()]
            if not files:
                raise FileNotFoundError(_missing(path))
        for file, ident in files:
            if skip is not None and _inside(file, skip):
                continue
            yield from _read_file(file, ident, text_key=text_key, id_key=id_key)


def check_inputs(paths: Iterable[str | os.PathLike[str]]) -> None:
    """Raise FileNotFoundError, before any work, for a path that does not exist or a glob that
    matches nothing.

    >>> check_inputs(["/no/such/page.txt"])
    Traceback (most recent call last):
    FileNotFoundError: no such input: /no/such/page.txt (give .txt files, folders of them, .jsonl[.gz|.zst] or .parquet files)
    """
    for path in map(Path, paths):
        if not path.exists() and not (_GLOB_CHARS & set(str(path)) and glob.glob(str(path), recursive=True)):
            raise FileNotFoundError(_missing(path))


def _missing(path: Path) -> str:
    if _GLOB_CHARS & set(str(path)):
        return f"no file matches {path}"
    return f"no such input: {path} (give .txt files, folders of them, .jsonl[.gz|.zst] or .parquet files)"


def iter_items(source: Source, *, text_key: str = "text", id_key: str = "id",
               exclude: str | os.PathLike[str] | None = None) -> Iterator[Item]:
    """The inputs of any `source` `process` accepts, as Items.

    A str or Path is a file, folder or glob. Anything else is iterated: each element is a text
    (str or bytes; id = its position), an `(id, text)` pair, a record (a mapping with `text_key`
    and maybe `id_key`), a Document, an Item, or a Path (read as a file).

    >>> [(i.id, i.text) for i in iter_items(["un", ("b", "deux"), {"id": 7, "text": "trois"}])]
    [('0', 'un'), ('b', 'deux'), ('7', 'trois')]
    """
    if isinstance(source, (str, os.PathLike)):
        if isinstance(source, str) and not _is_input(source):
            raise FileNotFoundError(
                f"no such input: {source[:60]!r}; give a file, folder or glob, or to clean texts, "
                "a list of them: process([text])"
            )
        yield from read_inputs([source], text_key=text_key, id_key=id_key, exclude=exclude)
        return
    if isinstance(source, (bytes, bytearray, Mapping, Document)):
        raise TypeError(f"process() takes many inputs; to clean one {type(source).__name__}, pass [it]")
    for n, value in enumerate(source):
        if isinstance(value, os.PathLike):
            yield from read_inputs([value], text_key=text_key, id_key=id_key, exclude=exclude)
        else:
            yield as_item(value, str(n), text_key=text_key, id_key=id_key)


def as_item(value: Any, default_id: str, *, text_key: str = "text", id_key: str = "id") -> Item:
    """One input element as an Item (see `iter_items`); what is not a text still gives an Item,
    which becomes an error record, so nothing is lost.

    >>> as_item(("a", "x"), "0"), as_item(3, "1")
    (Item(id='a', text='x', site=None), Item(id='1', text=3, site=None))
    """
    if isinstance(value, Item):
        return value
    if isinstance(value, (str, bytes)):
        return Item(default_id, value)
    if isinstance(value, Document):
        return Item(value.id or default_id, value)
    if isinstance(value, Mapping):
        ident = value.get(id_key)
        ident = default_id if ident is None else str(ident)
        if text_key not in value:
            return Item(ident, ValueError(f"record {ident} has no {text_key!r} field"))
        site = value.get("site")
        return Item(ident, value[text_key], site if isinstance(site, str) and site else None)
    if isinstance(value, (tuple, list)) and len(value) == 2:
        return Item(str(value[0]), value[1])
    return Item(default_id, value)


def count_items(source: Source) -> int | None:
    """How many inputs `source` holds, when that is cheap to know (for the progress bar), else None.

    >>> count_items(["a", "b"]), count_items(iter(["a"]))
    (2, None)
    """
    if isinstance(source, (str, os.PathLike)):
        return _count_paths([source])
    if isinstance(source, (list, tuple)) and any(isinstance(v, os.PathLike) for v in source):
        return _count_paths(source) if all(isinstance(v, os.PathLike) for v in source) else None
    try:
        return len(source)  # type: ignore[arg-type]
    except TypeError:
        return None


def _count_paths(paths: Iterable[str | os.PathLike[str]]) -> int | None:
    total = 0
    for path in map(Path, paths):
        if path.is_dir():
            total += sum(1 for _ in path.rglob("*.txt"))
        elif path.name.endswith(".parquet") and path.is_file():
            total += _parquet().ParquetFile(path).metadata.num_rows
        elif path.is_file() and not path.name.endswith(JSONL_SUFFIXES):
            total += 1
        else:
            return None  # JSONL (would mean reading it twice) or a glob
    return total


def _is_input(text: str) -> bool:
    """Whether a str names an existing file or folder, or a glob that matches some."""
    if "\n" in text or "\0" in text or len(text) > 4096:
        return False
    return Path(text).exists() or bool(_GLOB_CHARS & set(text) and glob.glob(text, recursive=True))


def _inside(file: Path, output: Path) -> bool:
    resolved = file.resolve()
    return resolved == output or output in resolved.parents


def _read_file(path: Path, ident: str, *, text_key: str, id_key: str) -> Iterator[Item]:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        yield from _read_jsonl(path, text_key=text_key, id_key=id_key)
    elif name.endswith(".parquet"):
        yield from _read_parquet(path, text_key=text_key, id_key=id_key)
    else:
        yield Item(ident, _read_text(path))


def _read_text(path: Path) -> str | bytes:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data  # the pipeline decodes bytes and records which encoding it chose


def open_binary(path: Path) -> IO[bytes]:
    """Open a file for reading, decompressing `.gz` and `.zst` on the fly."""
    name = path.name.lower()
    if name.endswith(".gz"):
        return gzip.open(path, "rb")
    if name.endswith(".zst"):
        zstandard = _require("zstandard", "reading .zst files")
        return io.BufferedReader(zstandard.ZstdDecompressor().stream_reader(path.open("rb"), closefd=True))
    return path.open("rb")


def _read_jsonl(path: Path, *, text_key: str, id_key: str) -> Iterator[Item]:
    with open_binary(path) as lines:
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            ident = f"{path}:{n}"
            try:
                record = json.loads(line)  # bytes: json detects UTF-8, and bad bytes are a ValueError
            except ValueError as exc:
                yield Item(ident, ValueError(f"line {n} of {path} is not JSON: {exc}"))
                continue
            if not isinstance(record, dict):
                yield Item(ident, ValueError(f"line {n} of {path} is not a JSON object"))
                continue
            item = as_item(record, ident, text_key=text_key, id_key=id_key)
            if isinstance(item.text, ValueError):  # say where: the line, not only the id
                item = Item(item.id, ValueError(f"line {n} of {path} has no {text_key!r} field"))
            yield item


def _read_parquet(path: Path, *, text_key: str, id_key: str) -> Iterator[Item]:
    parquet = _parquet().ParquetFile(path)
    names = parquet.schema_arrow.names
    if text_key not in names:
        raise BatchError(f"{path} has no column {text_key!r} (it has {', '.join(names)}); pass text_key=")
    columns = [text_key] + ([id_key] if id_key in names else [])
    row = 0
    for batch in parquet.iter_batches(batch_size=1024, columns=columns):
        texts = batch.column(text_key).to_pylist()
        ids = batch.column(id_key).to_pylist() if id_key in names else [None] * len(texts)
        for ident, text in zip(ids, texts):
            row += 1
            yield Item(f"{path}:{row}" if ident is None else str(ident), text)


def _require(module: str, why: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise BatchError(
            f"{why} needs the {module.split('.')[0]} package: pip install 'pressclean[io]'"
        ) from exc


def _parquet() -> Any:
    return _require("pyarrow.parquet", "Parquet")


# -- running -----------------------------------------------------------------------------------
def records(
    items: Iterable[Item], pipeline: PipelineSpec = None, *, n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> Iterator[dict[str, Any]]:
    """Records for `items`, in order; a failing document becomes an `error` record.

    With `n_process` > 1 (or ≤ 0: one per core) batches go to worker processes, each of which
    builds the pipeline (and loads the spaCy model) once. A script that uses them must guard its
    top level with `if __name__ == "__main__":`, as for any multiprocessing in Python.

    >>> [r["status"] for r in records([Item("a", "x"), Item("b", None)], Pipeline())]
    ['ok', 'error']
    """
    n_process = cores() if n_process <= 0 else n_process
    if n_process == 1:
        yield from _serial(items, build_pipeline(pipeline), batch_size)
    else:
        yield from _parallel(items, pipeline, n_process, batch_size)


def build_pipeline(spec: PipelineSpec) -> Pipeline:
    """The Pipeline a spec stands for (None: the default pipeline)."""
    if spec is None:
        from . import default_pipeline

        return default_pipeline()
    if isinstance(spec, Pipeline):
        return spec
    pipeline = spec()
    if not isinstance(pipeline, Pipeline):
        raise TypeError(f"pipeline factory {spec!r} returned {type(pipeline).__name__}, not a Pipeline")
    return pipeline


# -- site profiles -----------------------------------------------------------------------------
# Profiles are learnt from at most this many pages of each site, and this many pages in all: the
# first pass keeps their texts (after the repair stages) in memory, so its memory is bounded
# whatever the size of the corpus. 50 pages tell a site's furniture from its articles plainly.
PROFILE_PAGES_PER_SITE = 50
PROFILE_BUDGET = 10_000
BOILERPLATE = "remove_boilerplate"

Profiles = Union[str, "os.PathLike[str]", "SiteProfiles", None]
"""Site profiles for a run: "fit" (learn them from the inputs first), a file saved by
`SiteProfiles.save` (`pressclean profile fit`), fitted `SiteProfiles`, or None."""


def until_boilerplate(pipeline: Pipeline) -> Pipeline:
    """The stages of `pipeline` before its boilerplate stage: the text site profiles are learnt from
    is the text that stage sees."""
    if BOILERPLATE not in pipeline.names:
        raise BatchError(f"site profiles need a pipeline with the {BOILERPLATE!r} stage; this one has "
                         f"{', '.join(pipeline.names) or 'no stages'}: add it, or run without profiles")
    return Pipeline(list(pipeline)[: pipeline.names.index(BOILERPLATE)])


def site_samples(items: Iterable[Item], before: Pipeline, *, per_site: int = PROFILE_PAGES_PER_SITE,
                 budget: int = PROFILE_BUDGET) -> dict[str, list[tuple[str | None, str]]]:
    """Up to `per_site` `(site, text)` pages of each site (by `site_key`), `budget` in all, as the
    boilerplate stage would see them after the stages of `before`."""
    from .stages.boilerplate import site_key

    kept: dict[str, list[tuple[str | None, str]]] = {}
    total = 0
    for item in items:
        if total >= budget:
            break
        if not _usable(item.text):
            continue  # its record will say why
        try:
            doc = before(_document(item))
        except Exception:  # noqa: BLE001 - a page the repair stages cannot take teaches nothing
            continue
        pages = kept.setdefault(site_key(doc.text, doc.site), [])
        if len(pages) < per_site:
            pages.append((doc.site, doc.text))
            total += 1
    return kept


def merge_samples(samples: Iterable[dict[str, list[tuple[str | None, str]]]], *, min_pages: int = 3,
                  per_site: int = PROFILE_PAGES_PER_SITE, budget: int = PROFILE_BUDGET) -> SiteProfiles:
    """Site profiles from samples of `site_samples` (one per partition of a corpus, say)."""
    from .stages.boilerplate import SiteProfiles

    kept: dict[str, list[tuple[str | None, str]]] = {}
    total = 0
    for sample in samples:
        for key, pages in sorted(sample.items()):
            room = min(per_site - len(kept.get(key, ())), budget - total)
            if room > 0:
                kept.setdefault(key, []).extend(pages[:room])
                total += len(pages[:room])
    return SiteProfiles.fit([page for pages in kept.values() for page in pages], min_pages=min_pages)


def fit_profiles(source: Source, pipeline: PipelineSpec = None, *, min_pages: int = 3,
                 per_site: int = PROFILE_PAGES_PER_SITE, budget: int = PROFILE_BUDGET,
                 text_key: str = "text", id_key: str = "id",
                 exclude: str | os.PathLike[str] | None = None) -> SiteProfiles:
    """Site profiles learnt from `source` (what `process` takes): the lines each site repeats on
    its pages, from up to `per_site` pages of each site and `budget` pages in all, read first.
    Sites with fewer than `min_pages` pages get none.

    >>> pages = [f"Accueil\\nNos actions\\n{t}\\nLe texte {n} parle des familles." for n, t in enumerate(["Crue", "Vote", "Budget"])]
    >>> from pressclean.stages.boilerplate import remove_boilerplate
    >>> [sorted(p.lines) for p in fit_profiles(pages, Pipeline([remove_boilerplate])).profiles.values()]
    [['accueil', 'nos actions']]
    """
    before = until_boilerplate(build_pipeline(pipeline))
    items = iter_items(source, text_key=text_key, id_key=id_key, exclude=exclude)
    return merge_samples([site_samples(items, before, per_site=per_site, budget=budget)], min_pages=min_pages,
                         per_site=per_site, budget=budget)


@dataclass(frozen=True)
class WithProfiles:
    """A pipeline spec whose boilerplate stage uses site profiles. Built where it runs (in each
    worker process), so it goes to workers whenever its spec and the profiles pickle."""

    spec: PipelineSpec
    profiles: SiteProfiles

    def __call__(self) -> Pipeline:
        from .stages.boilerplate import RemoveBoilerplate

        pipeline = build_pipeline(self.spec)
        until_boilerplate(pipeline)  # says how to fix a pipeline without the stage
        return Pipeline(list(pipeline)).replace(BOILERPLATE, RemoveBoilerplate(profiles=self.profiles))


def with_profiles(spec: PipelineSpec, profiles: Profiles, source: Source | None = None, *,
                  text_key: str = "text", id_key: str = "id",
                  exclude: str | os.PathLike[str] | None = None) -> PipelineSpec:
    """`spec` with site profiles (see `Profiles`); "fit" learns them from `source`, which is then
    read twice (so it must be a file, folder, glob or a collection, not a one-shot iterator).

    >>> with_profiles(None, None) is None
    True
    """
    if profiles is None:
        return spec
    from .stages.boilerplate import SiteProfiles

    until_boilerplate(build_pipeline(spec))  # fail now, not in a worker
    if isinstance(profiles, SiteProfiles):
        return WithProfiles(spec, profiles)
    if profiles == "fit":
        if source is None or iter(source) is source:  # type: ignore[call-overload]
            raise BatchError('profiles="fit" reads the inputs twice (learn, then clean); give a file, folder, '
                             "glob or list, or learn them first: profiles=fit_profiles(sample)")
        return WithProfiles(spec, fit_profiles(source, spec, text_key=text_key, id_key=id_key, exclude=exclude))
    if isinstance(profiles, (str, os.PathLike)):
        if not Path(profiles).is_file():
            raise BatchError(f"no profiles file {profiles}: give \"fit\" (learn them from the inputs) or a file "
                             "saved by `pressclean profile fit`")
        return WithProfiles(spec, SiteProfiles.load(profiles))
    raise TypeError(f"profiles must be \"fit\", a path or SiteProfiles, not {type(profiles).__name__}")


def cores() -> int:
    """The cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _serial(items: Iterable[Item], pipeline: Pipeline, batch_size: int) -> Iterator[dict[str, Any]]:
    for batch in batched(items, batch_size):
        yield from run_batch(batch, pipeline, batch_size)


def batched(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    """Lists of `size` items (the last may be shorter)."""
    if size < 1:
        raise ValueError(f"batch_size must be at least 1, got {size}")
    iterator = iter(items)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def run_batch(batch: list[Item], pipeline: Pipeline, batch_size: int) -> Iterator[dict[str, Any]]:
    """The records of one batch, through `pipeline.pipe` (so the spaCy model batches)."""
    good = [n for n, item in enumerate(batch) if _usable(item.text)]
    results: dict[int, Any] = {n: _type_error(item.text) for n, item in enumerate(batch)}
    try:
        done = pipeline.pipe((_document(batch[n]) for n in good), batch_size=batch_size)
        results.update(zip(good, done))
    except Exception:  # noqa: BLE001 - one bad document must not take its batch down: go one by one
        for n in good:
            try:
                results[n] = pipeline(_document(batch[n]))
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


def _document(item: Item) -> Any:
    """What the pipeline gets for an item: its text, or a Document that knows the page's site."""
    if item.site is None or isinstance(item.text, Document):
        return item.text
    return as_document(item.text, site=item.site)


def _usable(text: Any) -> bool:
    return isinstance(text, (str, bytes, Document))


def _type_error(text: Any) -> BaseException:
    if isinstance(text, BaseException):
        return text
    return TypeError(f"text must be str or bytes, got {type(text).__name__}")


# The pipeline of a worker process, built once by `_init_worker` and used by every batch it runs.
_WORKER_PIPELINE: Pipeline | None = None


def _init_worker(spec: PipelineSpec, parent: int) -> None:
    global _WORKER_PIPELINE
    import signal
    import threading

    # Ctrl-C reaches the whole process group: the run stops its workers itself, after their chunk
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent,), daemon=True, name="pressclean-watch").start()
    _WORKER_PIPELINE = build_pipeline(spec)


def _exit_with(parent: int) -> None:
    """End this worker when the run that started it is gone (killed): else it would wait forever
    to hand back its batch, holding a model's worth of memory."""
    while True:
        time.sleep(1.0)
        try:
            os.kill(parent, 0)
        except (ProcessLookupError, PermissionError):  # gone (or its pid now is another user's)
            os._exit(1)


def _work(batch: list[Item], batch_size: int) -> list[dict[str, Any]]:
    assert _WORKER_PIPELINE is not None, "worker started without _init_worker"
    return list(run_batch(batch, _WORKER_PIPELINE, batch_size))


def _start_method() -> str:
    # forkserver: workers fork from a clean server process, never from a parent that holds
    # threads or a loaded model (fork is unsafe then); spawn where forkserver does not exist
    import multiprocessing

    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


class _Pool:
    """A process pool that can be restarted when a worker dies (killed, out of memory, a crash in
    native code), so that one such document costs an error record, not the run."""

    def __init__(self, spec: PipelineSpec, n_process: int) -> None:
        try:
            pickle.dumps(spec)
        except Exception as exc:  # noqa: BLE001 - any pickling failure means the same fix
            raise BatchError(
                "with n_process > 1 the pipeline is sent to worker processes, so it must pickle: build "
                "it from module-level functions, or pass a module-level function that builds it "
                f"(pipeline=mymodule.make_pipeline); lambdas and local functions do not pickle ({exc})"
            ) from exc
        self.spec, self.n_process = spec, n_process
        self._executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        return ProcessPoolExecutor(
            self.n_process,
            mp_context=multiprocessing.get_context(_start_method()),
            initializer=_init_worker,
            initargs=(self.spec, os.getpid()),
        )

    def submit(self, batch: list[Item], batch_size: int) -> Future:
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self._executor.submit(_work, batch, batch_size)
        except BrokenProcessPool as exc:
            # a worker died under a batch sent earlier, before anyone asked for its result: this batch fails
            # with it, and `_take` restarts the pool and sends it again
            failed: Future = Future()
            failed.set_exception(exc)
            return failed

    def restart(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = self._new()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def _parallel(items: Iterable[Item], spec: PipelineSpec, n_process: int, batch_size: int) -> Iterator[dict[str, Any]]:
    pool = _Pool(spec, n_process)
    window: deque[tuple[list[Item], Future]] = deque()
    chunk = min(batch_size, PARALLEL_CHUNK)
    ahead = _AHEAD * n_process * max(1, batch_size // chunk)  # as many documents in flight as batches would hold
    try:
        for batch in batched(items, chunk):
            window.append((batch, pool.submit(batch, batch_size)))
            if len(window) > ahead:
                yield from _take(window, pool, batch_size)
        while window:
            yield from _take(window, pool, batch_size)
    finally:
        pool.close()


def _take(window: deque[tuple[list[Item], Future]], pool: _Pool, batch_size: int) -> list[dict[str, Any]]:
    """The records of the oldest batch in flight (so records come out in input order)."""
    from concurrent.futures.process import BrokenProcessPool

    batch, future = window.popleft()
    try:
        return future.result()
    except BrokenProcessPool:
        pass  # handled below, outside the except block so its traceback does not chain
    # A worker died. Find which document killed it: run this batch one document at a time, alone,
    # then send the other batches in flight again (they died with the pool).
    pool.restart()
    out = []
    for item in batch:
        try:
            out += pool.submit([item], batch_size).result()
        except BrokenProcessPool:
            pool.restart()
            out.append(error_record(item.id, item.text, "WorkerDied: the worker process died on this "
                                    "document (killed, out of memory, or a crash in native code)"))
    for i, (other, _) in enumerate(window):
        window[i] = (other, pool.submit(other, batch_size))
    return out


# -- outputs -----------------------------------------------------------------------------------
def to_row(record: Mapping[str, Any]) -> dict[str, Any]:
    """A record with every non-scalar field as JSON text: the flat row stored in Parquet.

    >>> to_row({"id": "a", "warnings": ["x"]})["warnings"]
    '["x"]'
    """
    return {k: v if k in SCALAR_FIELDS else json.dumps(v, ensure_ascii=False, sort_keys=True)
            for k, v in record.items()}


def from_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """The record a Parquet row stores (inverse of `to_row`).

    >>> from_row(to_row({"id": "a", "warnings": ["x"]}))
    {'id': 'a', 'warnings': ['x']}
    """
    return {k: v if k in SCALAR_FIELDS or v is None else json.loads(v) for k, v in row.items()}


def parquet_schema(keys: Iterable[str]) -> Any:
    """The Arrow schema for rows with `keys`: the scalar fields typed, the others JSON text."""
    import pyarrow as pa

    keys = set(keys)
    typed = [(k, getattr(pa, t)()) for k, t in SCALAR_FIELDS.items() if k in keys]
    return pa.schema(typed + [(k, pa.string()) for k in sorted(keys - SCALAR_FIELDS.keys())])


def record_line(record: Mapping[str, Any]) -> str:
    """One record as one line of JSON with sorted keys (stable output), newline included."""
    return json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"


class JsonlOutput:
    """Records appended to a JSONL file, each as one complete line written and flushed at once.

    Resuming reads the ids already written and cuts off a last line that a killed run left
    unfinished, so the run can go on where it stopped. A write that fails (a full disk) is undone
    before the error is raised, so the file holds whole records only.
    """

    format = "jsonl"

    def __init__(self, path: Path, *, resume: bool) -> None:
        if path.name.lower().endswith((".gz", ".zst")):
            raise BatchError(f"{path}: compressed output cannot be resumed; write .jsonl and compress it after")
        if path.is_dir():
            raise BatchError(f"{path} is a folder; give a .jsonl file (or --format parquet for a folder of parts)")
        self.path = path
        self.done: Counter[str] = Counter()
        self.written = 0
        with _output_errors(path, self):
            if resume and path.exists():
                self.done = _resume_jsonl(path)
            path.parent.mkdir(parents=True, exist_ok=True)
            # unbuffered binary: each record goes to the OS in one write call, no half-line sits in a buffer
            self._file = path.open("ab" if resume else "wb", buffering=0)
            self._size = self._file.seek(0, os.SEEK_END)

    def write(self, record: Mapping[str, Any]) -> None:
        data = memoryview(record_line(record).encode("utf-8"))
        with _output_errors(self.path, self, undo=True):
            while data:
                data = data[self._file.write(data):]
        self._size = self._file.tell()
        self.written += 1

    def undo(self) -> None:
        """Cut off what a failed write left of its line (cutting needs no free space)."""
        self._file.truncate(self._size)
        self._file.seek(self._size)

    def close(self) -> None:
        try:
            os.fsync(self._file.fileno())
        except OSError:  # pragma: no cover - the write that failed has said why
            pass
        self._file.close()


@contextmanager
def _output_errors(path: Path, output: Any, *, undo: bool = False) -> Iterator[None]:
    """An OSError while opening or writing the output, as a BatchError that says what to do."""
    try:
        yield
    except OSError as exc:
        if undo:
            output.undo()
        written = getattr(output, "written", 0)
        if exc.errno == errno.ENOSPC:
            raise BatchError(f"{path}: the disk is full ({written} records written in this run, all whole); "
                             "free some space and run the same command again: it resumes") from exc
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EEXIST, errno.EISDIR):
            raise BatchError(f"cannot write {path}: {exc.strerror}; choose another output (-o) or make its "
                             "folder writable") from exc
        raise BatchError(f"writing {path} failed after {written} records ({exc.strerror or exc}); the records "
                         "written are whole: run the same command again to resume") from exc


def _resume_jsonl(path: Path) -> Counter[str]:
    done: Counter[str] = Counter()
    complete = 0  # bytes of whole lines
    with path.open("rb") as lines:
        for n, line in enumerate(lines, 1):
            if not line.endswith(b"\n"):
                break  # the line a killed run was writing: cut off below, its document is redone
            if line.strip():
                try:
                    done[str(json.loads(line)["id"])] += 1
                except (ValueError, KeyError, TypeError) as exc:
                    raise BatchError(
                        f"{path}, line {n}, is not a pressclean record, so the run cannot resume from it; "
                        "pass --overwrite (resume=False) to start again, or choose another output"
                    ) from exc
            complete += len(line)
    if complete < path.stat().st_size:
        with path.open("r+b") as file:
            file.truncate(complete)
    return done


class ParquetOutput:
    """Records written as a folder of Parquet part files (`part-000000.parquet`, ...).

    A part is written to a hidden temporary file and renamed when complete, so a killed run
    leaves only whole parts; resuming reads their ids. Read the folder with
    `pandas.read_parquet(folder)`, `pyarrow.dataset`, Dask, or `read_records`.
    """

    format = "parquet"

    def __init__(self, path: Path, *, resume: bool, part_rows: int | None = None,
                 part_seconds: float | None = None) -> None:
        self.pq = _parquet()
        if path.exists() and not path.is_dir():
            raise BatchError(f"{path} is a file; Parquet output is a folder of part files: give a new name")
        self.written = 0
        with _output_errors(path, self):
            path.mkdir(parents=True, exist_ok=True)
            (path / ".pressclean-write-test").touch()  # an unwritable folder fails now, not after the first part
            (path / ".pressclean-write-test").unlink()
        for stale in path.glob(".part-*.tmp"):  # a part being written when a run was killed
            stale.unlink()
        parts = sorted(path.glob("part-*.parquet"))
        if not resume:
            for part in parts:
                part.unlink()
            parts = []
        self.path = path
        self.part_rows = part_rows or PARQUET_PART_ROWS
        self.part_seconds = part_seconds or PARQUET_PART_SECONDS
        self.done = Counter(str(i) for part in parts for i in self.pq.read_table(part, columns=["id"])["id"].to_pylist())
        self._next = max((int(p.stem.split("-")[1]) for p in parts), default=-1) + 1
        self._rows: list[dict[str, Any]] = []
        self._since = time.monotonic()
        self._keys = set(Document.from_text("").to_dict()) | set(error_record("", "", ""))

    def write(self, record: Mapping[str, Any]) -> None:
        self._rows.append(to_row(record))
        if len(self._rows) >= self.part_rows or time.monotonic() - self._since > self.part_seconds:
            self.flush()

    def flush(self) -> None:
        if self._rows:
            import pyarrow as pa

            name = f"part-{self._next:06d}.parquet"
            self._tmp = self.path / f".{name}.tmp"
            # the fields of both kinds of record are always there, so every part has every column
            schema = parquet_schema(self._keys.union(*self._rows))
            with _output_errors(self.path, self, undo=True):
                self.pq.write_table(pa.Table.from_pylist(self._rows, schema=schema), self._tmp, compression="zstd")
                os.replace(self._tmp, self.path / name)  # a part appears whole, or not at all
            self._next += 1
            self.written += len(self._rows)
            self._rows = []
        self._since = time.monotonic()

    def undo(self) -> None:
        """Remove the part a failed write left half-written; its records are redone on resuming."""
        self._tmp.unlink(missing_ok=True)
        self._rows = []

    def close(self) -> None:
        self.flush()


Output = Union[JsonlOutput, ParquetOutput]


def output_format(path: str | os.PathLike[str], format: str | None = None) -> str:
    """`format` if given, else `parquet` for a `.parquet` name or an existing folder, else `jsonl`.

    >>> output_format("out/records.parquet"), output_format("out.jsonl")
    ('parquet', 'jsonl')
    """
    if format is not None:
        if format not in ("jsonl", "parquet"):
            raise BatchError(f"unknown output format {format!r}: use 'jsonl' or 'parquet'")
        return format
    path = Path(path)
    return "parquet" if path.suffix.lower() == ".parquet" or path.is_dir() else "jsonl"


def open_output(path: str | os.PathLike[str], format: str | None = None, *, resume: bool = True) -> Output:
    """A resumable writer for `path`; its `done` counts the ids already there (when resuming)."""
    path = Path(path)
    if output_format(path, format) == "parquet":
        return ParquetOutput(path, resume=resume)
    return JsonlOutput(path, resume=resume)


def read_records(path: str | os.PathLike[str]) -> Iterator[dict[str, Any]]:
    """The records of a JSONL output (also .gz/.zst) or of a Parquet output folder or file."""
    path = Path(path)
    if path.is_dir() or path.suffix.lower() == ".parquet":
        pq = _parquet()
        for part in sorted(path.glob("part-*.parquet")) if path.is_dir() else [path]:
            for batch in pq.ParquetFile(part).iter_batches():
                yield from map(from_row, batch.to_pylist())
        return
    with open_binary(path) as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO = sys.stdout) -> Iterator[dict[str, Any]]:
    """Write each record as one line of JSON (sorted keys: stable output) and pass it on."""
    for record in records:
        out.write(record_line(record))
        yield record


# -- the run -----------------------------------------------------------------------------------
@dataclass
class Report:
    """What a run that wrote its records did."""

    out: str
    format: str
    written: int = 0
    errors: int = 0
    resumed: int = 0  # records already in the output from an earlier run, not redone
    seconds: float = 0.0
    error_ids: list[str] = field(default_factory=list)  # the first few

    def __str__(self) -> str:
        rate = self.written / self.seconds if self.seconds else 0.0
        text = f"{self.written} records written to {self.out} ({self.errors} errors) in {self.seconds:.1f} s, {rate:.1f} docs/s"
        if self.resumed:
            text += f"; {self.resumed} already there from an earlier run"
        return text


def skip_done(items: Iterable[Item], done: Counter[str]) -> Iterator[Item]:
    """The items whose record is not already written (`done` counts ids, so repeated ids work)."""
    for item in items:
        if done[item.id] > 0:
            done[item.id] -= 1
        else:
            yield item


def progress_bar(records: Iterable[dict[str, Any]], *, total: int | None, enabled: bool | None,
                 desc: str = "pressclean") -> Iterator[dict[str, Any]]:
    """`records`, with a tqdm bar (docs/s, errors) on stderr when `enabled` (None: when a terminal)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        yield from records
        return
    from tqdm import tqdm

    errors = 0
    with tqdm(total=total, desc=desc, unit="docs", file=sys.stderr, dynamic_ncols=True) as bar:
        for record in records:
            if record["status"] != "ok":
                errors += 1
                bar.set_postfix(errors=errors, refresh=False)
            bar.update()
            yield record


@overload
def process(source: Source, pipeline: PipelineSpec = ..., *, n_process: int = ..., batch_size: int = ...,
            out: None = ..., format: str | None = ..., resume: bool = ..., progress: bool | None = ...,
            text_key: str = ..., id_key: str = ..., profiles: Profiles = ...,
            on_record: Callable[[dict[str, Any]], None] | None = ...) -> Iterator[dict[str, Any]]: ...
@overload
def process(source: Source, pipeline: PipelineSpec = ..., *, n_process: int = ..., batch_size: int = ...,
            out: str | os.PathLike[str], format: str | None = ..., resume: bool = ...,
            progress: bool | None = ..., text_key: str = ..., id_key: str = ..., profiles: Profiles = ...,
            on_record: Callable[[dict[str, Any]], None] | None = ...) -> Report: ...


def process(
    source: Source,
    pipeline: PipelineSpec = None,
    *,
    n_process: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    out: str | os.PathLike[str] | None = None,
    format: str | None = None,
    resume: bool = True,
    progress: bool | None = None,
    text_key: str = "text",
    id_key: str = "id",
    profiles: Profiles = None,
    on_record: Callable[[dict[str, Any]], None] | None = None,
) -> Iterator[dict[str, Any]] | Report:
    """Clean a corpus: one record per input, in input order, never holding the corpus in memory.

    `source`: a folder, file or glob (.txt, .jsonl[.gz|.zst], .parquet), or an iterable of texts,
    `(id, text)` pairs, records with `text_key`/`id_key`, or Paths. `pipeline`: a Pipeline, a
    function that builds one, or None for the default. `n_process`: worker processes (≤ 0: one per
    core), each loading the model once. `progress`: a tqdm bar (None: when stderr is a terminal).

    Without `out`, returns an iterator of records. With `out` (`.jsonl`, or `.parquet`/`format=`
    for a folder of Parquet parts), writes them as they come and returns a `Report`; the run is
    resumable: killed at any moment and run again with the same `out`, it skips the ids already
    written, so the output ends with exactly one record per input (`resume=False` starts again).
    `on_record` sees each record written.

    `profiles="fit"` first learns each site's repeated lines (menus, footers, slogans) from the
    inputs (`fit_profiles`: a bounded sample of each site), then cleans with them; or give profiles
    saved by `pressclean profile fit` (a path) or `SiteProfiles`. Pages are grouped by the `site`
    field of their record, else by their first lines.

    >>> from pressclean.stages.layout import normalise_spacing
    >>> [r["text"] for r in process([("a", "x  y")], Pipeline([normalise_spacing]))]
    ['x y']
    """
    total = count_items(source)
    pipeline = with_profiles(pipeline, profiles, source, text_key=text_key, id_key=id_key, exclude=out)
    if out is None:
        items = iter_items(source, text_key=text_key, id_key=id_key)
        run = records(items, pipeline, n_process=_workers(n_process, total, batch_size), batch_size=batch_size)
        return progress_bar(run, total=total, enabled=progress)

    started = time.perf_counter()
    writer = open_output(out, format, resume=resume)
    report = Report(str(out), writer.format, resumed=sum(writer.done.values()))
    todo = None if total is None else max(total - report.resumed, 0)
    items = iter_items(source, text_key=text_key, id_key=id_key, exclude=out)
    if writer.done:
        items = skip_done(items, Counter(writer.done))
    run = records(items, pipeline, n_process=_workers(n_process, todo, batch_size), batch_size=batch_size)
    try:
        write_records(progress_bar(run, total=todo, enabled=progress), writer, report, on_record=on_record)
    finally:
        run.close()  # the workers stop now, on Ctrl-C or a full disk too, not when the run is collected
        writer.close()
        report.seconds = time.perf_counter() - started
    return report


def write_records(records: Iterable[dict[str, Any]], writer: Output, report: Report, *,
                  on_record: Callable[[dict[str, Any]], None] | None = None) -> None:
    """Write `records` one by one as they come, counting them (and their errors) in `report`."""
    for record in records:
        writer.write(record)
        report.written += 1
        if record["status"] != "ok":
            report.errors += 1
            if len(report.error_ids) < 20:
                report.error_ids.append(record["id"])
        if on_record is not None:
            on_record(record)


def _workers(n_process: int, total: int | None, batch_size: int) -> int:
    """Worker processes to start: no more than there are batches (a worker loads the model: ~3 s)."""
    n = cores() if n_process <= 0 else n_process
    if total is not None:
        n = min(n, max(1, math.ceil(total / batch_size)))
    return n
