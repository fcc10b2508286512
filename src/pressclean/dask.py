"""The pipeline over Dask: a bag of texts or records, or a DataFrame text column, on any cluster.

Needs the extra: `pip install 'pressclean[dask]'`. Each Dask worker process builds the pipeline
(and loads the spaCy model) once, on its first partition, and keeps it for the next ones; the same
code runs on a `LocalCluster` and on a remote cluster (whose workers need pressclean installed).

    from dask.distributed import Client
    import dask.bag as db, pressclean.dask

    client = Client()                                  # or Client("tcp://scheduler:8786")
    pages = db.read_text("dumps/*.jsonl").map(json.loads)
    pressclean.dask.process(pages, out="records.jsonl")    # resumable, like pressclean.process
    records = pressclean.dask.clean_bag(pages)             # or lazily: a bag of records
    frame = pressclean.dask.clean_dataframe(df, "text")    # a DataFrame of flat records (Parquet columns)

Dask's workers sample the stack of the task they run every 10 ms (`distributed.worker.profile`)
for the dashboard's profile; on pure-Python work like this that costs about a fifth of the time.
Start the cluster without it when speed matters:

    with dask.config.set({"distributed.worker.profile.enabled": False}):
        client = Client(LocalCluster(n_workers=4, threads_per_worker=1))

Give the bag partitions of 64 pages or more (`db.from_sequence(pages, partition_size=64)`): each
task costs Dask some work of its own, which took a quarter of the throughput with partitions of 16
pages and a twentieth with 64 (`benchmarks/bench_batch.py`, 2 workers).

The records are the ones `pressclean.process` writes. Texts given without an id get
`PARTITION:N` (their position in their partition); give ids (`(id, text)` pairs, records with
`id`, or a DataFrame id column or index) to get stable ones.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import threading
import time
from collections import deque
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from .batch import (
    DEFAULT_BATCH_SIZE,
    PROFILE_BUDGET,
    PROFILE_PAGES_PER_SITE,
    SCALAR_FIELDS,
    PipelineSpec,
    Profiles,
    Report,
    WithProfiles,
    as_item,
    build_pipeline,
    merge_samples,
    open_output,
    progress_bar,
    records,
    site_samples,
    to_row,
    until_boilerplate,
    with_profiles,
    write_records,
)
from .document import Document, error_record
from .pipeline import Pipeline

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas

# The pipelines this worker process built, by key of their spec: built on the first partition,
# reused by every later one (Dask keeps worker processes, and so this dict, between tasks).
_PIPELINES: dict[str, Pipeline] = {}
_LOCK = threading.Lock()  # a worker may run partitions in several threads at once


def clean_bag(bag: dask.bag.Bag, pipeline: PipelineSpec = None, *, batch_size: int = DEFAULT_BATCH_SIZE,
              text_key: str = "text", id_key: str = "id", profiles: Profiles = None) -> dask.bag.Bag:
    """A lazy bag of records, one per element of `bag`, in order.

    Elements may be texts, `(id, text)` pairs or records with `text_key` (and `id_key`), as for
    `pressclean.process`. `pipeline`: a Pipeline, a module-level function that builds one, or None
    for the default. `profiles`: site profiles, as for `pressclean.process` ("fit" learns them
    from the bag first, on the cluster: see `fit_profiles`).
    """
    import dask.bag as db

    pipeline = _profiled(bag, pipeline, profiles, text_key=text_key, id_key=id_key)
    return db.from_delayed(_partitions(bag, pipeline, batch_size, skip=frozenset(),
                                       text_key=text_key, id_key=id_key))


def fit_profiles(bag: dask.bag.Bag, pipeline: PipelineSpec = None, *, min_pages: int = 3,
                 per_site: int = PROFILE_PAGES_PER_SITE, budget: int = PROFILE_BUDGET,
                 text_key: str = "text", id_key: str = "id") -> Any:
    """Site profiles learnt from a bag, as `pressclean.batch.fit_profiles` learns them from local
    inputs: each partition, on the workers, sends back up to `per_site` pages of each site (after
    the repair stages), and they are fitted here from `budget` pages at most.
    """
    key, spec = _keyed(pipeline)
    parts = bag.map_partitions(_sample_partition, key, spec, per_site, budget, text_key, id_key)
    import dask

    # each partition is a list holding its one sample
    samples = [sample for part in dask.compute(*parts.to_delayed()) for sample in part]
    return merge_samples(samples, min_pages=min_pages, per_site=per_site, budget=budget)


def _profiled(bag: Any, pipeline: PipelineSpec, profiles: Profiles, **keys: str) -> PipelineSpec:
    if isinstance(profiles, str) and profiles == "fit":
        return WithProfiles(pipeline, fit_profiles(bag, pipeline, **keys))
    return with_profiles(pipeline, profiles)


def clean_dataframe(frame: dask.dataframe.DataFrame, text: str = "text", *, id: str | None = None,
                    pipeline: PipelineSpec = None, batch_size: int = DEFAULT_BATCH_SIZE,
                    profiles: Profiles = None) -> dask.dataframe.DataFrame:
    """A lazy DataFrame of records for the `text` column of `frame`, with the same index.

    The id is the `id` column if given, else the index. Columns are those of pressclean's Parquet
    output: scalar fields typed, the others JSON text (`pressclean.batch.from_row` decodes a row),
    so `clean_dataframe(df).to_parquet(path)` writes what `pressclean run --format parquet` writes.
    """
    _require_dask()
    if text not in frame.columns:
        raise KeyError(f"no column {text!r}; the frame has {', '.join(map(str, frame.columns))}: pass text=")
    if id is not None and id not in frame.columns:
        raise KeyError(f"no column {id!r}; the frame has {', '.join(map(str, frame.columns))}: pass id= or None")
    pipeline = _profiled(_as_bag(frame, text, id), pipeline, profiles)
    key, spec = _keyed(pipeline)
    meta = _frame([], frame._meta.index[:0])
    return frame.map_partitions(_clean_frame, text, id, key, spec, batch_size, meta=meta)


def process(source: dask.bag.Bag | dask.dataframe.DataFrame, out: str | os.PathLike[str], pipeline: PipelineSpec = None,
            *, text: str = "text", id: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
            format: str | None = None, resume: bool = True, progress: bool | None = None,
            profiles: Profiles = None, on_record: Callable[[dict[str, Any]], None] | None = None) -> Report:
    """Clean a bag (or the `text` column of a DataFrame) on the cluster and write the records to `out`.

    Partitions run on the workers, a few at a time per worker thread, and come back in order to be
    written here (no shared file system needed), as JSONL or Parquet parts, exactly as
    `pressclean.process` writes them. Resumable the same way: run again with the same `out`, the
    ids already written are skipped on the workers. Uses the current `dask.distributed` client if
    there is one, else Dask's default scheduler. `profiles="fit"` learns site profiles from the
    source first (a first pass on the cluster, see `fit_profiles`).
    """
    _require_dask()
    started = time.perf_counter()
    bag = _as_bag(source, text, id)
    pipeline = _profiled(bag, pipeline, profiles)
    writer = open_output(out, format, resume=resume)
    report = Report(str(out), writer.format, resumed=sum(writer.done.values()))
    client = _client()
    skip: Any = frozenset(writer.done)
    if skip and client is not None:  # sent to the workers once, not with every partition
        skip = client.scatter({f"pressclean-skip-{time.time_ns()}": skip}, broadcast=True).popitem()[1]
    elif skip:
        from dask import delayed

        skip = delayed(skip, traverse=False)  # one key in the graph, not a copy in every task
    parts = _partitions(bag, pipeline, batch_size, skip=skip)
    try:
        run = progress_bar(_in_order(parts, client), total=None, enabled=progress, desc="pressclean[dask]")
        write_records(run, writer, report, on_record=on_record)
    finally:
        writer.close()
        report.seconds = time.perf_counter() - started
    return report


# -- on the workers ----------------------------------------------------------------------------
def worker_pipeline(key: str, spec: PipelineSpec) -> Pipeline:
    """The pipeline for `spec` in this process, built once (key: a digest of the pickled spec).

    >>> worker_pipeline("doc", Pipeline()) is worker_pipeline("doc", None)
    True
    """
    with _LOCK:
        if key not in _PIPELINES:
            _PIPELINES[key] = build_pipeline(spec)
        return _PIPELINES[key]


def _clean_partition(values: Iterable[Any], key: str, spec: PipelineSpec, batch_size: int, skip: frozenset[str],
                     partition: int, text_key: str = "text", id_key: str = "id") -> list[dict[str, Any]]:
    items = (as_item(v, f"{partition}:{n}", text_key=text_key, id_key=id_key) for n, v in enumerate(values))
    todo = [i for i in items if i.id not in skip]
    return list(records(todo, worker_pipeline(key, spec), batch_size=batch_size))


def _sample_partition(values: Iterable[Any], key: str, spec: PipelineSpec, per_site: int, budget: int,
                      text_key: str, id_key: str) -> list[dict[str, list[tuple[str | None, str]]]]:
    items = (as_item(v, str(n), text_key=text_key, id_key=id_key) for n, v in enumerate(values))
    before = until_boilerplate(worker_pipeline(key, spec))
    return [site_samples(items, before, per_site=per_site, budget=budget)]


def _clean_frame(part: pandas.DataFrame, text: str, id: str | None, key: str, spec: PipelineSpec,
                 batch_size: int) -> pandas.DataFrame:
    from .batch import Item

    ids = part[id] if id is not None else part.index
    items = [Item(str(i), _no_na(t)) for i, t in zip(ids, part[text])]
    rows = [to_row(r) for r in records(items, worker_pipeline(key, spec), batch_size=batch_size)]
    return _frame(rows, part.index)


def _no_na(value: Any) -> Any:
    """pandas' missing value (NA, NaN) as None: a missing text, which gets a clear error record."""
    import pandas as pd

    return None if not isinstance(value, (str, bytes)) and pd.api.types.is_scalar(value) and pd.isna(value) else value


def _frame(rows: list[dict[str, Any]], index: Any) -> pandas.DataFrame:
    import pandas as pd

    columns = _columns()
    frame = pd.DataFrame.from_records(rows, columns=columns) if rows else pd.DataFrame(columns=columns)
    frame.index = index
    dtypes = {c: {"int32": "Int32", "float64": "float64"}.get(SCALAR_FIELDS.get(c, ""), "string") for c in columns}
    return frame.astype(dtypes)


def _columns() -> list[str]:
    keys = set(Document.from_text("").to_dict()) | set(error_record("", "", ""))
    return [k for k in SCALAR_FIELDS if k in keys] + sorted(keys - SCALAR_FIELDS.keys())


# -- on the client -----------------------------------------------------------------------------
def _keyed(pipeline: PipelineSpec) -> tuple[str, PipelineSpec]:
    """The spec and a digest of it, so each worker builds each distinct pipeline once."""
    import cloudpickle  # what Dask ships tasks with: a lambda or notebook function pickles too

    if pipeline is None:
        return "default", None
    return hashlib.sha256(cloudpickle.dumps(pipeline)).hexdigest(), pipeline


def _partitions(bag: dask.bag.Bag, pipeline: PipelineSpec, batch_size: int, *, skip: Any,
                text_key: str = "text", id_key: str = "id") -> list[Any]:
    from dask import delayed

    key, spec = _keyed(pipeline)
    if spec is not None:  # one key in the graph (site profiles can be large), not a copy in every task
        spec = delayed(spec, traverse=False)
    clean = delayed(_clean_partition, pure=True)
    return [clean(part, key, spec, batch_size, skip, n, text_key, id_key) for n, part in enumerate(bag.to_delayed())]


def _as_bag(source: Any, text: str, id: str | None) -> dask.bag.Bag:
    import dask.bag as db
    import dask.dataframe as dd

    if isinstance(source, db.Bag):
        return source
    if isinstance(source, dd.DataFrame):
        if text not in source.columns:
            raise KeyError(f"no column {text!r}; the frame has {', '.join(map(str, source.columns))}: pass text=")
        pairs = source[text].to_bag(index=True) if id is None else source[[id, text]].to_bag()
        return pairs.map(lambda pair: (pair[0], _no_na(pair[1])))  # the index (or id column) is the id
    raise TypeError(f"expected a dask.bag.Bag or dask.dataframe.DataFrame, got {type(source).__name__}; "
                    "for local data use pressclean.process")


def _client() -> Any:
    try:
        from distributed import get_client
    except ImportError:
        return None
    try:
        return get_client()
    except ValueError:  # no client: Dask's default scheduler
        return None


def _in_order(parts: list[Any], client: Any) -> Iterator[dict[str, Any]]:
    """The records of each partition, partition after partition, with a few partitions per worker
    thread running ahead (enough to keep the cluster busy, few enough to keep memory flat)."""
    if client is None:
        import dask

        ahead = 2 * (os.cpu_count() or 1)
        for start in range(0, len(parts), ahead):
            for part in dask.compute(*parts[start:start + ahead]):
                yield from part
        return
    ahead = 2 * max(sum(client.nthreads().values()), 1)
    pending = iter(parts)
    window = deque(client.compute(p) for p in itertools.islice(pending, ahead))
    while window:
        future = window.popleft()
        result = future.result()
        future.release()
        nxt = next(pending, None)
        if nxt is not None:
            window.append(client.compute(nxt))
        yield from result


def _require_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import dask.dataframe  # noqa: F401
    except ImportError as exc:
        raise ImportError("pressclean.dask needs Dask: pip install 'pressclean[dask]'") from exc


__all__ = ["clean_bag", "clean_dataframe", "fit_profiles", "process", "worker_pipeline"]
