"""Corpus-scale benchmark: processes, Dask, memory at scale, and the pipeline beside raw spaCy.

    .venv/bin/python benchmarks/bench_batch.py [--pages 400] [--memory-pages 2000] [--repeat 1] [--no-dask]

Pages come from `benchmarks/generate.py` (composed from corpora/dev with a fixed seed), so every
ratio is measured in one run on the same pages. Ratios:

- 2 processes vs 1: `pressclean.process(n_process=2)` vs `n_process=1`;
- Dask vs processes: what `pressclean.dask.process` runs (partitions cleaned on the workers,
  collected in order) on `LocalCluster(2 workers, 1 thread each)`, started without the workers'
  stack sampler as `pressclean.dask` advises, vs `pressclean.process(n_process=2)`;
- peak memory (RSS) of a run of `--memory-pages` pages vs one of a tenth as many, each in a fresh
  process, writing JSONL (default 2,000 vs 200, ~3 min; 10,000 vs 1,000 takes ~10 min more:
  `--memory-pages 10000`);
- the full default pipeline vs raw `nlp.pipe` of the French spaCy model on the same raw pages.

Parallel throughput is counted over the second half of each run (from the middle record to the
last), so that starting workers and loading the model in each (a few seconds, much more on a
busy machine, where one worker may start long after the other) is left out of the ratio; the
wall time of the whole run, which includes it, is shown beside, with the CPU time per document
of all processes (sampled at those two records only, so that measuring takes nothing from the run),
which other programs on the machine do not change: on an idle machine, 2 processes reach 2 x the
single-process rate less the extra CPU per document they show. On a machine other sessions keep
busy, Linux (autogroup scheduling) shares the CPU between sessions, not processes, so a second
worker may get no more CPU than one: the "cores the run got" row shows it, and the "on 2 cores of
their own" row gives the speed-up the code itself allows. On a shared machine use `--repeat 3`,
and read the load average printed with the table.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Iterable

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import pages as generated  # noqa: E402


class CpuMeter:
    """CPU seconds used so far by this process and all its descendants (workers, Dask nannies):
    unlike wall time, this does not depend on what else the machine is running. Sampled only when
    asked (at the middle and the last record), so the meter itself takes no CPU from the run."""

    def __init__(self) -> None:
        import psutil  # comes with dask.distributed

        self.me = psutil.Process()

    def sample(self) -> float:
        import psutil

        total = 0.0
        for proc in [self.me, *self.me.children(recursive=True)]:
            try:
                times = proc.cpu_times()
            except psutil.Error:  # exited meanwhile
                continue
            total += times.user + times.system
        return total


class Clock:
    """Times a stream of `total` records: the whole run, and its second half (from the middle record
    to the last), in wall seconds and in CPU seconds of every process involved (sampled at those
    records, while the workers are still there). By the middle every worker has long started and
    loaded its model, even on a busy machine where one starts much later than the other, so the
    second half is the steady rate."""

    def __init__(self, total: int) -> None:
        self.cpu = CpuMeter()
        self.total = total
        self.start = time.perf_counter()
        self.middle = self.end = self.start
        self.middle_cpu = self.end_cpu = 0.0
        self.count = 0

    def watch(self, records: Iterable[Any]) -> None:
        for _ in records:
            self.count += 1
            if self.count == max(self.total // 2, 1):
                self.middle, self.middle_cpu = time.perf_counter(), self.cpu.sample()
            if self.count == self.total:
                self.end, self.end_cpu = time.perf_counter(), self.cpu.sample()
        if self.count != self.total:
            raise RuntimeError(f"{self.count} records for {self.total} inputs")

    @property
    def steady(self) -> int:
        return self.total - max(self.total // 2, 1)

    @property
    def cpu_per_doc(self) -> float:
        """CPU seconds per document over the second half of the run."""
        return (self.end_cpu - self.middle_cpu) / max(self.steady, 1)

    @property
    def wall(self) -> float:
        """Seconds of the whole run, workers' start and model loads included."""
        return self.end - self.start

    @property
    def rate(self) -> float:
        """Documents per second over the second half of the run."""
        return self.steady / max(self.end - self.middle, 1e-9)

    @property
    def cores(self) -> float:
        """Cores the run had over its second half (CPU seconds per wall second)."""
        return (self.end_cpu - self.middle_cpu) / max(self.end - self.middle, 1e-9)


def run_processes(texts: list[tuple[str, str]], n_process: int, batch_size: int) -> Clock:
    from pressclean.batch import process

    clock = Clock(len(texts))
    clock.watch(process(texts, n_process=n_process, batch_size=batch_size, progress=False))
    return clock


def run_dask(texts: list[tuple[str, str]], batch_size: int, partition_size: int) -> tuple[Clock, float]:
    import dask.bag as db
    from dask.distributed import Client, LocalCluster

    from pressclean.dask import _in_order, _partitions

    import dask

    started = time.perf_counter()
    # without the workers' stack sampler, as pressclean.dask advises (it costs ~20 % on this work)
    with dask.config.set({"distributed.worker.profile.enabled": False}), \
            LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        bag = db.from_sequence(texts, partition_size=partition_size)
        clock = Clock(len(texts))
        clock.watch(_in_order(_partitions(bag, None, batch_size, skip=frozenset()), client))
    return clock, time.perf_counter() - started


def raw_vs_pipeline(texts: list[str], batch_size: int) -> tuple[float, float]:
    """CPU seconds of raw `nlp.pipe` and of the full pipeline on `texts`, in this process (CPU time:
    a burst of load from other programs during one of them does not decide the ratio)."""
    from pressclean import default_pipeline
    from pressclean.models import french_nlp

    nlp, pipeline = french_nlp(), default_pipeline()
    list(nlp.pipe(texts[:4]))  # load outside the clock
    list(pipeline.pipe(texts[:4]))
    start = time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    raw = time.process_time() - start
    start = time.process_time()
    for _ in pipeline.pipe(texts, batch_size=batch_size):
        pass
    return raw, time.process_time() - start


def peak_memory(n: int, batch_size: int) -> tuple[float, float]:
    """Peak RSS (MB) and seconds of a fresh process that cleans `n` generated pages to a JSONL file."""
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        out = subprocess.run([sys.executable, __file__, "--child-memory", str(n), "--batch-size", str(batch_size),
                              "--out", str(Path(tmp) / "out.jsonl")], check=True, capture_output=True, text=True)
        return float(out.stdout.strip().splitlines()[-1]), time.perf_counter() - start


def _child_memory(n: int, batch_size: int, out: str) -> None:
    from pressclean.batch import process

    process(generated(n, seed=7), batch_size=batch_size, out=out, progress=False)
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)  # KB on Linux


def import_time() -> float:
    code = "import time; t = time.perf_counter(); import pressclean; print(time.perf_counter() - t)"
    return min(float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                                    text=True).stdout) for _ in range(3))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=400, help="pages for the throughput runs (default 400)")
    parser.add_argument("--memory-pages", type=int, default=2000,
                        help="pages of the large memory run; the small one has a tenth (default 2000; 0: skip)")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--partition-size", type=int, default=64,
                        help="pages per Dask partition (default 64: Dask's cost per task, measured on 2 workers, "
                             "took a quarter of the throughput with partitions of 16 pages and a twentieth with 64)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="rounds of the parallel runs, best kept (for a machine other programs share)")
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--memory-only", action="store_true", help="only the peak memory runs")
    parser.add_argument("--child-memory", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_memory is not None:
        return _child_memory(args.child_memory, args.batch_size, args.out)

    if args.memory_only:
        return print_table(args, memory_rows(args))
    texts = list(generated(args.pages, seed=1))
    size = sum(len(t.encode("utf-8")) for _, t in texts)
    rows: list[tuple[str, str]] = []
    print(f"{args.pages} generated pages ({size / 1e6:.1f} MB), batch size {args.batch_size}", file=sys.stderr)
    rows.append(("pages (MB)", f"{args.pages} ({size / 1e6:.1f})"))

    # rounds alternate the set-ups and each keeps its best, so a burst of load from other programs
    # during one run does not decide a ratio
    ones, twos, dasks = [], [], []
    for _ in range(args.repeat):
        ones.append(run_processes(texts, 1, args.batch_size))
        twos.append(run_processes(texts, 2, args.batch_size))
        if not args.no_dask:
            dasks.append(run_dask(texts, args.batch_size, args.partition_size))
        print(f"1 process: {ones[-1].rate:.1f} docs/s, 2 processes: {twos[-1].rate:.1f} docs/s"
              + (f", dask: {dasks[-1][0].rate:.1f} docs/s" if dasks else "")
              + f" (load average {os.getloadavg()[0]:.1f})", file=sys.stderr)
    one, two = max(ones, key=lambda c: c.rate), max(twos, key=lambda c: c.rate)
    rows += [
        ("`process(n_process=1)` docs/s (wall s; CPU ms/doc)", f"{one.rate:.1f} ({one.wall:.0f} s; {one.cpu_per_doc * 1e3:.0f})"),
        ("`process(n_process=2)` docs/s (wall s; CPU ms/doc)", f"{two.rate:.1f} ({two.wall:.0f} s; {two.cpu_per_doc * 1e3:.0f})"),
        ("**2 processes vs 1**", f"**{two.rate / one.rate:.2f}x**"),
        ("2 processes vs 1, wall time of the whole run (workers' start and model loads in it)",
         f"{one.wall / two.wall:.2f}x"),
        # on an idle machine the speed-up is 2 x this: what the second process costs in overhead
        ("CPU per doc, 1 process / 2 processes", f"{one.cpu_per_doc / two.cpu_per_doc:.2f}"),
        ("2 processes vs 1 on 2 cores of their own (2 x the line above)", f"{2 * one.cpu_per_doc / two.cpu_per_doc:.2f}x"),
        # docs/s x CPU s/doc: the cores a set-up actually got. With the kernel's autogroup
        # scheduling, busy sessions share the CPU session by session, not process by process, so
        # on a busy machine a second worker gets no more CPU for the run: this row shows it
        ("cores the run got, 1 process / 2 processes", f"{one.cores:.2f} / {two.cores:.2f}"),
    ]
    if dasks:
        dask_clock, dask_wall = max(dasks, key=lambda c: c[0].rate)
        rows += [
            ("Dask `LocalCluster(2)` docs/s (wall s with cluster start; CPU ms/doc)",
             f"{dask_clock.rate:.1f} ({dask_wall:.0f} s; {dask_clock.cpu_per_doc * 1e3:.0f})"),
            ("**Dask LocalCluster(2) vs `process(n_process=2)`**", f"**{dask_clock.rate / two.rate:.2f}x**"),
            ("CPU per doc, processes / Dask", f"{two.cpu_per_doc / dask_clock.cpu_per_doc:.2f}"),
            ("cores the Dask run got", f"{dask_clock.cores:.2f}"),
        ]

    sample = [t for _, t in texts[: max(args.pages // 2, 1)]]
    raw, full = raw_vs_pipeline(sample, args.batch_size)
    rows += [
        (f"raw spaCy `nlp.pipe` on {len(sample)} raw pages (CPU s)", f"{raw:.1f}"),
        ("full pressclean pipeline on the same pages (CPU s)", f"{full:.1f}"),
        ("**throughput, pressclean vs raw spaCy**", f"**{raw / full:.2f}x**"),
    ]

    print_table(args, rows + memory_rows(args) + [("`import pressclean` (s)", f"{import_time():.2f}")])


def memory_rows(args: argparse.Namespace) -> list[tuple[str, str]]:
    if args.memory_pages <= 0:
        return []
    small_n = max(args.memory_pages // 10, 1)
    small, small_s = peak_memory(small_n, args.batch_size)
    large, large_s = peak_memory(args.memory_pages, args.batch_size)
    return [
        (f"peak RSS, {small_n} pages, one process (MB, s)", f"{small:.0f} ({small_s:.0f} s)"),
        (f"peak RSS, {args.memory_pages} pages, one process (MB, s)", f"{large:.0f} ({large_s:.0f} s)"),
        (f"**peak memory {args.memory_pages} vs {small_n} pages**", f"**{large / small:.2f}x**"),
    ]


def print_table(args: argparse.Namespace, rows: list[tuple[str, str]]) -> None:
    # the load average says how much of the machine other programs took while this ran
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"\n{os.cpu_count()} cores, load average at the end {load}; batch size {args.batch_size}, "
          f"Dask partitions of {args.partition_size}; "
          f"command: {' '.join(['.venv/bin/python benchmarks/bench_batch.py', *sys.argv[1:]])}\n")
    print("| measure | value |")
    print("|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
