"""The pipeline on Dask: a LocalCluster of 2 worker processes writes the records one process writes."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("distributed")

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd

import pressclean.dask as pcdask
from pressclean import Pipeline
from pressclean.batch import from_row, process, read_records
from pressclean.stages.layout import normalise_spacing

DEV = Path(__file__).resolve().parent.parent / "corpora" / "dev"


@pytest.fixture(scope="module")
def client():
    from dask.distributed import Client, LocalCluster

    # worker processes, as on a real cluster: each loads the model once, on its first partition;
    # without the workers' stack sampler, which slows pure-Python work by a fifth
    with dask.config.set({"distributed.worker.profile.enabled": False}), \
            LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as cluster:
        with Client(cluster) as client:
            yield client


@pytest.fixture(scope="module")
def pages():
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.txt"))[:4]] + [("empty", None)]


@pytest.fixture(scope="module")
def expected(pages, nlp):
    return list(process(pages, batch_size=2))


def test_bag_on_two_workers_gives_the_single_process_records(client, pages, expected):
    records = pcdask.clean_bag(db.from_sequence(pages, npartitions=3), batch_size=2).compute()
    assert records == expected
    assert [r["status"] for r in records] == ["ok"] * 4 + ["error"]
    # the pipeline was built once in each worker, not once per partition
    assert sorted(client.run(lambda: sorted(pcdask._PIPELINES)).values()) in ([["default"]] * 2, [[], ["default"]])


def test_dataframe_column_gives_the_same_records(client, pages, expected):
    frame = dd.from_pandas(pd.DataFrame({"name": [i for i, _ in pages], "body": [t for _, t in pages]}), npartitions=2)
    cleaned = pcdask.clean_dataframe(frame, "body", id="name", batch_size=2).compute()
    assert list(cleaned.index) == list(range(len(pages)))
    rows = [{k: (None if pd.isna(v) else v) for k, v in row.items()} for row in cleaned.to_dict("records")]
    assert [from_row(r) for r in rows] == expected


def test_process_writes_jsonl_and_parquet_and_resumes(client, pages, expected, tmp_path):
    frame = dd.from_pandas(pd.DataFrame({"text": [t for _, t in pages]}, index=[i for i, _ in pages]), npartitions=2)
    out = tmp_path / "records.jsonl"
    report = pcdask.process(frame, out, batch_size=2)
    assert (report.written, report.errors) == (5, 1)
    assert list(read_records(out)) == expected
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:2]) + lines[2][:40], encoding="utf-8")  # a run killed mid-line
    report = pcdask.process(frame, out, batch_size=2)
    assert (report.written, report.resumed) == (3, 2)
    assert list(read_records(out)) == expected
    bag = db.from_sequence(pages, npartitions=2)
    pcdask.process(bag, tmp_path / "records.parquet", batch_size=2)
    assert list(read_records(tmp_path / "records.parquet")) == expected


def test_without_a_cluster_the_default_scheduler_runs_it(tmp_path):
    spacing = Pipeline([normalise_spacing])
    bag = db.from_sequence(["a  b", "c  d", 3], npartitions=2)
    with dask.config.set(scheduler="sync"):
        records = pcdask.clean_bag(bag, spacing).compute()
        assert [(r["id"], r["status"], r["text"]) for r in records] == [
            ("0:0", "ok", "a b"), ("0:1", "ok", "c d"), ("1:0", "error", None)]
        report = pcdask.process(bag, tmp_path / "r.jsonl", spacing)
    assert report.written == 3 and [r["id"] for r in read_records(tmp_path / "r.jsonl")] == ["0:0", "0:1", "1:0"]


def test_a_source_that_is_not_dask_says_what_to_use(tmp_path):
    with pytest.raises(TypeError, match="pressclean.process"):
        pcdask.process(["a"], tmp_path / "r.jsonl")


def test_site_profiles_fitted_on_the_cluster_give_the_single_process_records(client, tmp_path):
    from pressclean.stages.boilerplate import remove_boilerplate

    slogan = "Ensemble, agissons pour la dignité de chacun."
    pages = [{"id": f"p{n}", "site": "reseau.example.org",
              "text": f"Le réseau\nNos actions\nTitre numéro {n} du communiqué\nLe projet a permis de reconstruire "
                      f"{n + 10} abris pour les familles déplacées par les crues.\n{slogan}\nEspace presse"}
             for n in range(5)]
    pipeline = Pipeline([remove_boilerplate])
    expected = list(process(pages, pipeline, profiles="fit"))
    assert not any(slogan in r["text"] for r in expected)
    pcdask.process(db.from_sequence(pages, npartitions=3), tmp_path / "r.jsonl", pipeline, profiles="fit")
    assert list(read_records(tmp_path / "r.jsonl")) == expected
