"""Batch runs: one record per input, in order; errors recorded, never lost; resumable; parallel."""

from __future__ import annotations

import errno
import gzip
import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pressclean import Pipeline
from pressclean.batch import (
    BatchError,
    Item,
    check_inputs,
    iter_items,
    process,
    read_inputs,
    read_records,
)
from pressclean.cli import main
from pressclean.stages.layout import normalise_spacing

DEV = Path(__file__).resolve().parent.parent / "corpora" / "dev"
SPACING = Pipeline([normalise_spacing])


def crash_on_boom(doc):
    """A stage that kills its worker process on one document, as a segfault or the OOM killer would."""
    if "boom" in doc.text:
        os._exit(3)
    return doc


def crashing_pipeline() -> Pipeline:
    return Pipeline([crash_on_boom, normalise_spacing])


def test_one_record_per_input_in_order_with_errors_recorded():
    items = [Item("a", "x  y"), Item("b", None), Item("c", b"caf\xe9"), Item("d", 3), Item("e", "")]
    records = list(process(items, SPACING, batch_size=2))
    assert [r["id"] for r in records] == ["a", "b", "c", "d", "e"]
    assert [r["status"] for r in records] == ["ok", "error", "ok", "error", "ok"]
    assert records[0]["text"] == "x y"
    assert records[2]["text"] == "café"
    assert "TypeError" in records[1]["error"] and "NoneType" in records[1]["error"]


def test_a_stage_that_crashes_on_one_document_does_not_lose_it():
    def fragile(doc):
        if "boom" in doc.text:
            raise RuntimeError("cannot")
        return doc

    records = list(process([Item("1", "ok"), Item("2", "boom"), Item("3", "ok")], Pipeline([fragile])))
    assert [r["status"] for r in records] == ["ok", "ok", "ok"]
    assert "stage fragile failed" in records[1]["warnings"][0]


def test_inputs_from_folders_files_and_jsonl(tmp_path):
    (tmp_path / "pages").mkdir()
    (tmp_path / "pages" / "b.txt").write_text("deux", encoding="utf-8")
    (tmp_path / "pages" / "a.txt").write_text("un", encoding="utf-8")
    jsonl = tmp_path / "more.jsonl"
    jsonl.write_text(json.dumps({"id": "j1", "text": "trois"}) + "\nnot json\n" + json.dumps({"text": "quatre"}) + "\n")
    items = list(read_inputs([tmp_path / "pages", jsonl]))
    assert [i.text if isinstance(i.text, str) else type(i.text).__name__ for i in items] == [
        "un", "deux", "trois", "ValueError", "quatre"]
    assert items[0].id == "pages/a.txt" and items[2].id == "j1"


# -- sources -----------------------------------------------------------------------------------
def test_in_memory_sources_texts_pairs_records_and_paths(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text("depuis  un fichier", encoding="utf-8")
    source = ["un  texte", ("b", "une paire"), {"id": 9, "text": "un record"}, {"id": "x"}, page, 42]
    items = list(iter_items(source))
    assert [i.id for i in items] == ["0", "b", "9", "x", str(page), "5"]
    records = list(process(source, SPACING))
    assert [r["status"] for r in records] == ["ok", "ok", "ok", "error", "ok", "error"]
    assert records[4]["text"] == "depuis un fichier"
    assert "no 'text' field" in records[3]["error"]


def test_a_single_text_is_not_taken_for_a_path():
    with pytest.raises(FileNotFoundError, match=r"to clean texts, a list of them"):
        list(process("Le projet\nn'est pas un chemin.", SPACING))


def test_compressed_jsonl_parquet_and_globs(tmp_path):
    rows = [{"id": f"r{n}", "text": f"texte  {n}"} for n in range(5)]
    lines = "".join(json.dumps(r) + "\n" for r in rows).encode()
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(lines))
    import zstandard

    (tmp_path / "b.jsonl.zst").write_bytes(zstandard.ZstdCompressor().compress(lines))
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "c.parquet")
    pq.write_table(pa.table({"body": ["sans  id"]}), tmp_path / "d.parquet")
    for name in ("a.jsonl.gz", "b.jsonl.zst", "c.parquet"):
        assert [(i.id, i.text) for i in read_inputs([tmp_path / name])] == [(r["id"], r["text"]) for r in rows]
    assert [(i.id, i.text) for i in read_inputs([tmp_path / "d.parquet"], text_key="body")] == [
        (f"{tmp_path / 'd.parquet'}:1", "sans  id")]
    with pytest.raises(BatchError, match="no column 'text'.*text_key="):
        list(read_inputs([tmp_path / "d.parquet"]))
    assert len(list(read_inputs([tmp_path / "*.jsonl.*"]))) == 10
    with pytest.raises(FileNotFoundError, match="no file matches"):
        check_inputs([tmp_path / "*.nothing"])


# -- outputs and resuming ----------------------------------------------------------------------
SEEN: list[str] = []


def _seen(doc):
    SEEN.append(doc.text)
    return doc


def test_resume_skips_written_ids_and_drops_a_cut_off_line(tmp_path):
    out = tmp_path / "out" / "records.jsonl"
    texts = [(f"id{n}", f"page  {n}") for n in range(6)]
    report = process(texts[:4], SPACING, out=out)
    assert (report.written, report.resumed) == (4, 0)
    with out.open("ab") as file:  # what a kill in the middle of a write leaves
        file.write(b'{"id": "id4", "text": "pag')
    SEEN.clear()
    report = process(texts, Pipeline([_seen]), out=out, batch_size=2)
    assert (report.written, report.resumed) == (2, 4) and SEEN == ["page  4", "page  5"]
    written = list(read_records(out))
    assert [r["id"] for r in written] == [i for i, _ in texts]
    assert out.read_bytes().endswith(b"\n")
    report = process(texts, SPACING, out=out, resume=False)
    assert (report.written, report.resumed) == (6, 0) and len(list(read_records(out))) == 6


def test_resume_counts_repeated_ids(tmp_path):
    out = tmp_path / "records.jsonl"
    process([("a", "1"), ("a", "2")], SPACING, out=out)
    process([("a", "1"), ("a", "2"), ("a", "3")], SPACING, out=out)
    assert [r["text"] for r in read_records(out)] == ["1", "2", "3"]


def test_resume_refuses_a_file_that_is_not_records(tmp_path):
    out = tmp_path / "notes.jsonl"
    out.write_text("hello\n")
    with pytest.raises(BatchError, match="not a pressclean record.*--overwrite"):
        process(["x"], SPACING, out=out)


def test_parquet_output_equals_jsonl_and_resumes(tmp_path):
    texts = [(f"id{n}", f"page  {n}") for n in range(7)] + [("bad", None)]
    process(texts, SPACING, out=tmp_path / "r.jsonl")
    folder = tmp_path / "r.parquet"
    process(texts[:3], SPACING, out=folder)
    (folder / ".part-000009.parquet.tmp").write_bytes(b"half a part")  # left by a kill
    report = process(texts, SPACING, out=folder)
    assert (report.written, report.resumed, report.errors) == (5, 3, 1)
    assert not list(folder.glob(".*.tmp"))
    assert list(read_records(folder)) == list(read_records(tmp_path / "r.jsonl"))
    import pandas as pd

    assert list(pd.read_parquet(folder)["id"]) == [i for i, _ in texts]


def test_the_output_is_never_read_as_input(tmp_path):
    (tmp_path / "a.txt").write_text("un", encoding="utf-8")
    out = tmp_path / "records.txt"  # an odd name, but a glob over the folder must not pick it up
    process(tmp_path / "*.txt", SPACING, out=out, format="jsonl")
    process(tmp_path / "*.txt", SPACING, out=out, format="jsonl")
    assert [r["id"] for r in read_records(out)] == [str(tmp_path / "a.txt")]


KILL_SCRIPT = """
import sys, time
from pressclean import Pipeline
from pressclean.batch import process
from pressclean.stages.layout import normalise_spacing

def slow(doc):
    time.sleep(0.02)  # slow enough that the kill lands mid-run
    return doc

if __name__ == "__main__":
    out, fmt, n_process = sys.argv[1], sys.argv[2], int(sys.argv[3])
    import pressclean.batch
    pressclean.batch.PARQUET_PART_ROWS = 4
    texts = [(f"doc{n:03d}", f"page  {n}") for n in range(150)]
    process(texts, Pipeline([slow, normalise_spacing]), n_process=n_process, batch_size=4, out=out, format=fmt)
"""


@pytest.mark.parametrize("fmt, n_process", [("jsonl", 2), ("parquet", 1)])
def test_killed_and_run_again_gives_exactly_one_record_per_input(tmp_path, fmt, n_process):
    script = tmp_path / "run.py"
    script.write_text(textwrap.dedent(KILL_SCRIPT))
    out = tmp_path / ("out.jsonl" if fmt == "jsonl" else "out.parquet")
    command = [sys.executable, str(script), str(out), fmt, str(n_process)]
    run = subprocess.Popen(command, start_new_session=True)  # its own process group, to watch its workers
    deadline = time.monotonic() + 60
    while _written(out, fmt) < 12 and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.02)
    run.kill()  # the run alone, with SIGKILL: its workers must notice and end by themselves
    run.wait()
    before = _written(out, fmt)
    assert 12 <= before < 150, "the kill should land mid-run"
    assert _group_ends(run.pid, within=15), "worker processes outlived the killed run"
    subprocess.run(command, check=True, timeout=120)
    ids = [r["id"] for r in read_records(out)]
    assert sorted(ids) == [f"doc{n:03d}" for n in range(150)]  # none lost, none twice
    assert ids == sorted(ids)  # and still in input order
    assert all(r["text"] == f"page {int(r['id'][3:])}" for r in read_records(out))


def _group_ends(group: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    os.killpg(group, signal.SIGKILL)  # do not leave them behind for the rest of the suite
    return False


def _written(out: Path, fmt: str) -> int:
    if fmt == "jsonl":
        return out.read_bytes().count(b"\n") if out.exists() else 0
    return 4 * len(list(out.glob("part-*.parquet")))


# -- processes ---------------------------------------------------------------------------------
def test_two_processes_give_the_records_of_one(nlp):
    pages = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(DEV.glob("*.txt"))[:5]] + [("none", None)]
    one = list(process(pages, n_process=1, batch_size=2))
    two = list(process(pages, n_process=2, batch_size=2))
    assert two == one
    assert [r["status"] for r in two] == ["ok"] * 5 + ["error"]


def test_a_worker_that_dies_costs_one_error_record_not_the_run():
    texts = [("a", "un  "), ("b", "deux"), ("c", "boom"), ("d", "quatre"), ("e", "cinq  six")]
    records = list(process(texts, crashing_pipeline, n_process=2, batch_size=2))
    assert [r["id"] for r in records] == ["a", "b", "c", "d", "e"]
    assert [r["status"] for r in records] == ["ok", "ok", "error", "ok", "ok"]
    assert "WorkerDied" in records[2]["error"] and records[4]["text"] == "cinq six"


def test_a_pipeline_that_cannot_go_to_workers_says_how_to_fix_it():
    with pytest.raises(BatchError, match="module-level function"):
        list(process(["a", "b", "c"], Pipeline([lambda d: d]), n_process=2, batch_size=1))


# -- site profiles -----------------------------------------------------------------------------
SLOGAN = "Ensemble, agissons pour la dignité de chacun."
TITLES = ["Des abris pour les familles du delta", "Un nouveau centre de santé à Kaya",
          "La saison des pluies s'annonce difficile", "Des cantines scolaires rouvertes au Sud"]


def site_page(n: int) -> str:
    """A page of a site whose menu, slogan and footer repeat on every page: the slogan is a sentence,
    so only the site profile tells it from the article."""
    return "\n".join(["Le réseau", "Nos actions", TITLES[n],
                      f"Le projet a permis de reconstruire {n + 10} abris pour les familles déplacées par les crues.",
                      f"Les équipes ont distribué {n + 20} kits d'hygiène et formé des volontaires dans chaque village.",
                      "Contact presse : Awa Ndiaye, +221 33 869 62 00", SLOGAN, "Espace presse"])


def site_records() -> list:
    pages = [{"id": f"p{n}", "site": "www.reseau.example.org", "text": site_page(n)} for n in range(4)]
    return pages + [{"id": "lost?", "site": "www.reseau.example.org", "text": None}]


def test_fitted_site_profiles_remove_what_a_site_repeats_and_lose_no_record(tmp_path):
    from pressclean.stages.boilerplate import remove_boilerplate

    pipeline = Pipeline([remove_boilerplate])
    alone = list(process(site_records(), pipeline))
    aware = list(process(site_records(), pipeline, profiles="fit"))
    assert [r["id"] for r in aware] == [r["id"] for r in alone] == ["p0", "p1", "p2", "p3", "lost?"]
    assert [r["status"] for r in aware] == ["ok"] * 4 + ["error"]
    assert all(SLOGAN in r["text"] for r in alone[:4])
    assert not any(SLOGAN in r["text"] for r in aware[:4])
    assert aware[1]["text"].split("\n")[0] == TITLES[1] and "Contact presse" in aware[1]["text"]
    assert aware[1]["site"] == "www.reseau.example.org"
    # written by two worker processes (the profiles go with the pipeline) and resumed: the same records
    out = tmp_path / "out.jsonl"
    process(site_records()[:2], pipeline, profiles="fit", out=out, n_process=2, batch_size=1)
    assert [r["id"] for r in read_records(out)] == ["p0", "p1"]
    report = process(site_records(), pipeline, profiles="fit", out=out, n_process=2, batch_size=1)
    assert (report.resumed, report.written) == (2, 3)
    # the first run had 2 pages of the site, too few for a profile: only the records written after differ
    assert [r["id"] for r in read_records(out)] == [r["id"] for r in aware]
    assert list(read_records(out))[2:] == aware[2:]


def test_site_profiles_from_a_file_and_clear_errors(tmp_path):
    from pressclean.batch import fit_profiles
    from pressclean.stages.boilerplate import remove_boilerplate

    pipeline = Pipeline([remove_boilerplate])
    path = tmp_path / "profiles.json"
    fit_profiles(site_records(), pipeline).save(path)
    assert list(process(site_records(), pipeline, profiles=path)) == list(process(site_records(), pipeline, profiles="fit"))
    with pytest.raises(BatchError, match="reads the inputs twice"):
        list(process(iter(site_records()), pipeline, profiles="fit"))
    with pytest.raises(BatchError, match="no profiles file"):
        list(process(site_records(), pipeline, profiles=tmp_path / "none.json"))
    with pytest.raises(BatchError, match="remove_boilerplate"):
        list(process(site_records(), SPACING, profiles="fit"))


# -- the command ---------------------------------------------------------------------------------
def test_run_command_formats_resume_and_overwrite(tmp_path, capsys, monkeypatch):
    pages = tmp_path / "pages.jsonl"
    pages.write_text("".join(json.dumps({"id": f"p{n}", "text": f"x  {n}"}) + "\n" for n in range(3)), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    # the default pipeline would load the model; the run command's plumbing is what is tested here
    monkeypatch.setattr("pressclean.batch.build_pipeline", lambda spec: SPACING)
    assert main(["run", str(pages), "-o", str(out), "--quiet", "-j", "1"]) == 0
    assert "3 records written" in capsys.readouterr().out
    assert main(["run", str(pages), "-o", str(out), "--quiet", "-j", "1"]) == 0
    assert "3 already there" in capsys.readouterr().out
    assert main(["run", str(pages), "-o", str(out), "--quiet", "-j", "1", "--overwrite"]) == 0
    assert "3 records written" in capsys.readouterr().out and len(out.read_text().splitlines()) == 3
    assert main(["run", str(pages), "-o", str(tmp_path / "p"), "--format", "parquet", "--quiet", "-j", "1"]) == 0
    assert list(read_records(tmp_path / "p")) == list(read_records(out))
    capsys.readouterr()
    assert main(["run", str(pages), "--quiet", "-j", "1"]) == 0
    assert [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()] == ["p0", "p1", "p2"]
    out.write_text("not a record\n")
    assert main(["run", str(pages), "-o", str(out), "--quiet"]) == 2
    assert "--overwrite" in capsys.readouterr().err


# -- faults: a killed worker, an unwritable output, a full disk, Ctrl-C ------------------------
def kill_once(doc):
    """Kill this worker process, as `kill -9` or the OOM killer would, the first time a page asks
    for it (`killme MARKER`): the page itself is fine, so a new worker cleans it."""
    if doc.text.startswith("killme "):
        marker = Path(doc.text.split()[1])
        if not marker.exists():
            marker.touch()
            os.kill(os.getpid(), signal.SIGKILL)
    return doc


def killing_pipeline() -> Pipeline:
    return Pipeline([kill_once, normalise_spacing])


def pages(n: int) -> list[tuple[str, str]]:
    return [(f"d{i:02d}", f"page  {i}") for i in range(n)]


def test_a_worker_killed_mid_run_loses_nothing(tmp_path):
    marker = tmp_path / "killed"
    texts = pages(40)
    texts[13] = ("d13", f"killme {marker}")
    out = tmp_path / "out.jsonl"
    report = process(texts, killing_pipeline, n_process=2, batch_size=4, out=out)
    assert marker.exists(), "a worker should have been killed"
    records = list(read_records(out))
    assert [r["id"] for r in records] == [i for i, _ in texts] and report.written == 40
    assert all(r["status"] == "ok" for r in records)  # the chunk in flight was done again by a new worker


def test_an_unwritable_output_says_so_before_any_work(tmp_path, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for out in (blocker / "out.jsonl", blocker / "out.parquet"):
        with pytest.raises(BatchError, match="cannot write .* choose another output"):
            process(["a"], SPACING, out=out)
    assert main(["run", str(DEV), "-o", str(blocker / "out.jsonl"), "--quiet"]) == 2
    assert "cannot write" in capsys.readouterr().err


class FullDisk:
    """A file on a disk that fills up after `room` bytes: the write that does not fit writes what
    fits, then the next one fails, as on a real disk."""

    def __init__(self, file, room: int) -> None:
        self.file, self.room = file, room

    def write(self, data) -> int:
        if self.room <= 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        n = self.file.write(data[: self.room])
        self.room -= n
        return n

    def __getattr__(self, name):
        return getattr(self.file, name)


def test_a_full_disk_stops_the_run_with_whole_records_and_a_rerun_completes(tmp_path, monkeypatch, capsys):
    from pressclean.batch import JsonlOutput

    opened = JsonlOutput.__init__

    def on_a_small_disk(self, path, *, resume):
        opened(self, path, resume=resume)
        self._file = FullDisk(self._file, room=2500)

    out = tmp_path / "out.jsonl"
    with monkeypatch.context() as patch:
        patch.setattr(JsonlOutput, "__init__", on_a_small_disk)
        with pytest.raises(BatchError, match="disk is full .* run the same command again"):
            process(pages(30), SPACING, out=out, batch_size=4)
        lines = out.read_bytes().splitlines(keepends=True)
        assert 0 < len(lines) < 30 and all(line.endswith(b"\n") and json.loads(line) for line in lines)
        source = tmp_path / "pages.jsonl"
        source.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in pages(30)))
        patch.setattr("pressclean.batch.build_pipeline", lambda spec: SPACING)
        assert main(["run", str(source), "-o", str(tmp_path / "cli.jsonl"), "--quiet", "-j", "1"]) == 2
        assert "disk is full" in capsys.readouterr().err
    report = process(pages(30), SPACING, out=out)
    assert report.resumed == len(lines)
    assert [r["id"] for r in read_records(out)] == [i for i, _ in pages(30)]


def stop_on_d17(doc):
    if doc.text == "page 17":
        raise KeyboardInterrupt  # Ctrl-C while the parent runs a page
    return doc


@pytest.mark.parametrize("n_process", [1, 2])
def test_ctrl_c_stops_with_whole_records_and_a_rerun_completes(tmp_path, n_process):
    out = tmp_path / "out.jsonl"

    def interrupt(record):
        if record["id"] == "d17":
            raise KeyboardInterrupt  # Ctrl-C while the parent writes, the workers busy with the next chunks

    with pytest.raises(KeyboardInterrupt):
        process(pages(40), SPACING, out=out, n_process=n_process, batch_size=4, on_record=interrupt)
    lines = out.read_bytes().splitlines(keepends=True)
    assert len(lines) == 18 and all(json.loads(line) for line in lines)
    report = process(pages(40), SPACING, out=out, n_process=n_process, batch_size=4)
    assert (report.resumed, report.written) == (18, 22)
    assert [r["id"] for r in read_records(out)] == [i for i, _ in pages(40)]


def test_ctrl_c_in_the_command_says_how_to_go_on(tmp_path, monkeypatch, capsys):
    source = tmp_path / "pages.jsonl"
    source.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in pages(30)))
    monkeypatch.setattr("pressclean.batch.build_pipeline", lambda spec: Pipeline([normalise_spacing, stop_on_d17]))
    out = tmp_path / "out.jsonl"
    assert main(["run", str(source), "-o", str(out), "--quiet", "-j", "1", "--batch-size", "1"]) == 130
    assert "interrupted; the 17 records of this run are in" in capsys.readouterr().err
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == [i for i, _ in pages(17)]
