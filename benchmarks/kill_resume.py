"""Kill batch runs at random moments, resume them, and check that nothing is lost, doubled or corrupt.

    .venv/bin/python benchmarks/kill_resume.py                       # 20 rounds over 200 generated pages
    .venv/bin/python benchmarks/kill_resume.py --rounds 40 --pages 500 --full --seed 3

Each round runs `pressclean run` (the command line, as a user runs it) over a generated corpus
(`benchmarks/generate.py`, JSONL) and interrupts it once or twice, each time one of:

- `SIGKILL run`: `kill -9` of the run alone; its worker processes must notice and end by themselves;
- `SIGINT group`: Ctrl-C in a terminal (the whole process group); the run must stop and exit 130;
- `SIGKILL worker`: `kill -9` of one worker (with 2 workers); the run must finish by itself;

after a random number of records or at a random time (before the first record too). After each
interruption the output must hold only whole records (JSONL: every line valid JSON; Parquet:
every part readable) and no process of the run may be left. Then the same command runs again to
the end, and the output must hold exactly one record per input, in input order, each equal to
the record of an uninterrupted run. Rounds alternate 1 and 2 worker processes, and every fourth
writes Parquet (parts of 16 records, so that kills land between parts).

Without `--full` the pipeline leaves out the NER stage (a TOML pipeline): the faults are the
batch runner's, and rounds are several times faster. The code under test is copied once at the
start and every run imports that copy, so that edits made meanwhile in a shared checkout cannot
change the records from one run to the next. Exit status 1 if any check failed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import pages as generated  # noqa: E402

PART_ROWS = 16  # Parquet rounds: a part every 16 records, so that kills land between parts
SIGNALS = ("SIGKILL run", "SIGINT group", "SIGKILL worker")


@dataclass(frozen=True)
class Kill:
    """One interruption and what the output held right after it."""

    how: str
    after: str  # "N records" or "T s"
    records: int  # whole records in the output after the interruption
    whole: bool  # every line valid JSON / every part readable
    exit: int | None  # the run's exit status (None: it had finished before the signal)
    leftover: int  # processes of the run still alive 20 s after it was interrupted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--full", action="store_true", help="the default pipeline, NER included (slower)")
    parser.add_argument("--workdir", help="keep the corpus and outputs here (default: a temporary folder)")
    parser.add_argument("--child", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        return _child(args.child)

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.workdir or tmp)
        work.mkdir(parents=True, exist_ok=True)
        sys.exit(0 if run_rounds(work, args) else 1)


def _child(argv: list[str]) -> None:
    """The run under test: `pressclean run ARGV`, with small Parquet parts."""
    import pressclean.batch
    from pressclean.cli import main as cli

    pressclean.batch.PARQUET_PART_ROWS = PART_ROWS
    sys.exit(cli(["run", *argv]))


def run_rounds(work: Path, args: argparse.Namespace) -> bool:
    import pressclean

    code = work / "code"
    shutil.rmtree(code, ignore_errors=True)
    shutil.copytree(Path(pressclean.__file__).parent, code / "pressclean", ignore=shutil.ignore_patterns("__pycache__"))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(code), os.environ.get("PYTHONPATH")]))
    corpus = work / "corpus.jsonl"
    with corpus.open("w", encoding="utf-8") as f:
        for ident, text in generated(args.pages, seed=args.seed):
            f.write(json.dumps({"id": ident, "text": text}, ensure_ascii=False) + "\n")
    ids = [f"gen-{args.seed}-{n:07d}" for n in range(args.pages)]
    options = ["--quiet"]
    if not args.full:
        from pressclean import default_pipeline

        config = work / "pipeline.toml"
        stages = [n for n in default_pipeline().names if n != "find_entities"]
        config.write_text(f"stages = {json.dumps(stages)}\n", encoding="utf-8")
        options += ["--config", str(config)]

    started = time.perf_counter()
    reference = work / "reference.jsonl"
    _command(corpus, reference, 1, options).check_returncode()
    expected = {r["id"]: _canonical(r) for r in _records(reference)}
    duration = time.perf_counter() - started
    print(f"{args.pages} generated pages, {'default pipeline' if args.full else 'pipeline without NER'}; "
          f"an uninterrupted run takes {duration:.0f} s\n", flush=True)
    print("| round | workers | output | interruptions (records in the output after each) | whole | left over "
          "| records after resuming | lost | doubled | differ | in order | ok |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")

    rng = random.Random(args.seed)
    totals: Counter[str] = Counter()
    all_ok = True
    for n in range(1, args.rounds + 1):
        workers = 1 if n % 2 else 2
        fmt = "parquet" if n % 4 == 0 else "jsonl"
        out = work / f"round-{n:02d}.{fmt}"
        kills = []
        for _ in range(rng.choice((1, 2))):
            how = rng.choice([s for s in SIGNALS if workers == 2 or s != "SIGKILL worker"])
            kills.append(interrupt(corpus, out, workers, options, how, rng, args.pages, duration, fmt))
        final = _command(corpus, out, workers, options)
        records = list(_records(out))
        seen = Counter(r["id"] for r in records)
        lost = sum(1 for i in ids if i not in seen)
        doubled = sum(c - 1 for c in seen.values() if c > 1)
        different = [r for r in records if expected.get(r["id"]) != _canonical(r)]
        differ = len(different)
        in_order = [r["id"] for r in records] == ids
        ok = (final.returncode == 0 and not lost and not doubled and not differ and in_order
              and all(k.whole and not k.leftover for k in kills))
        all_ok &= ok
        totals.update(rounds=1, kills=len(kills), lost=lost, doubled=doubled, differ=differ,
                      broken=sum(not k.whole for k in kills), leftover=sum(k.leftover for k in kills))
        shown = "; ".join(f"{k.how} after {k.after} ({k.records}{'' if k.exit is None else f', exit {k.exit}'})"
                          for k in kills)
        print(f"| {n} | {workers} | {fmt} | {shown} | {'yes' if all(k.whole for k in kills) else '**no**'} "
              f"| {sum(k.leftover for k in kills)} | {len(records)} | {lost} | {doubled} | {differ} "
              f"| {'yes' if in_order else '**no**'} | {'yes' if ok else '**NO**'} |", flush=True)
        if different:
            first = different[0]
            theirs = json.loads(expected.get(first["id"], "{}"))
            fields = sorted(k for k in first.keys() | theirs.keys() if first.get(k) != theirs.get(k))
            print(f"|  | {first['id']} differs from the uninterrupted run in: {', '.join(fields)} |", flush=True)
    print(f"\n{totals['rounds']} rounds, {totals['kills']} interruptions: {totals['lost']} records lost, "
          f"{totals['doubled']} doubled, {totals['differ']} different from an uninterrupted run, "
          f"{totals['broken']} outputs not whole after an interruption, {totals['leftover']} processes left over; "
          f"{time.perf_counter() - started:.0f} s in all")
    return all_ok


def interrupt(corpus: Path, out: Path, workers: int, options: list[str], how: str, rng: random.Random,
              pages: int, duration: float, fmt: str) -> Kill:
    """Start the run (resuming what is there), interrupt it `how`, and look at what it left."""
    before = _count(out, fmt)
    run = subprocess.Popen(_argv(corpus, out, workers, options), start_new_session=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if rng.random() < 0.5 and before < pages - 1:
        target = rng.randint(before + 1, pages - 1)
        after = f"{target - before} records"
        while _count(out, fmt) < target and run.poll() is None:
            time.sleep(0.01)
    else:
        # (drawn over what is left of the run: a resumed run is shorter, and a wait drawn over a whole run would
        # land after its end; the start-up, the model loading, is inside that span too)
        wait = rng.uniform(0.0, duration * (pages - before) / pages)
        after = f"{wait:.1f} s"
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and run.poll() is None:
            time.sleep(0.01)
    finished = run.poll() is not None
    if not finished:
        if how == "SIGKILL run":
            run.send_signal(signal.SIGKILL)
        elif how == "SIGINT group":
            os.killpg(run.pid, signal.SIGINT)
        else:
            worker = _a_worker(run.pid)
            if worker is None:  # still starting: no worker yet, so kill the run instead
                how = "SIGKILL run"
                run.send_signal(signal.SIGKILL)
            else:
                os.kill(worker, signal.SIGKILL)
    try:
        code = run.wait(timeout=600)
    except subprocess.TimeoutExpired:
        run.kill()
        code = run.wait()
    return Kill(how, after, _count(out, fmt), _whole(out, fmt), None if finished else code,
                _leftover(run.pid, within=20.0))


def _a_worker(run: int) -> int | None:
    """A worker process of the run: a grandchild (the run's child is the fork server)."""
    import psutil

    try:
        parent = psutil.Process(run)
        children = {c.pid for c in parent.children()}
        workers = sorted(p.pid for p in parent.children(recursive=True) if p.pid not in children)
    except psutil.Error:
        return None
    return workers[0] if workers else None


def _leftover(group: int, within: float) -> int:
    """Processes of the run's group still alive after `within` seconds (then killed)."""
    import psutil

    deadline = time.monotonic() + within
    while True:
        alive = [p for p in psutil.process_iter(["pid"]) if _group(p.pid) == group]
        if not alive or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    if alive:
        os.killpg(group, signal.SIGKILL)
    return len(alive)


def _group(pid: int) -> int | None:
    try:
        return os.getpgid(pid)
    except OSError:
        return None


def _argv(corpus: Path, out: Path, workers: int, options: list[str]) -> list[str]:
    return [sys.executable, __file__, "--child", str(corpus), "-o", str(out), "-j", str(workers), *options]


def _command(corpus: Path, out: Path, workers: int, options: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(_argv(corpus, out, workers, options), capture_output=True, text=True, timeout=3600)


def _count(out: Path, fmt: str) -> int:
    """Whole records in the output now."""
    if fmt == "jsonl":
        return out.read_bytes().count(b"\n") if out.exists() else 0
    import pyarrow.parquet as pq

    # parts appear whole (written aside, then renamed), so each can be read as soon as it is there
    return sum(pq.ParquetFile(part).metadata.num_rows for part in out.glob("part-*.parquet")) if out.exists() else 0


def _whole(out: Path, fmt: str) -> bool:
    """Whether the output holds only whole records."""
    if not out.exists():
        return True
    try:
        if fmt == "jsonl":
            data = out.read_bytes()
            return (not data or data.endswith(b"\n")) and all("id" in json.loads(line) for line in data.splitlines())
        list(_records(out))
        return True
    except Exception:  # noqa: BLE001 - any failure to read is what this looks for
        return False


def _records(out: Path) -> Any:
    from pressclean.batch import read_records

    return read_records(out)


def _canonical(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


if __name__ == "__main__":
    main()
