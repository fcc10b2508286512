"""Time and memory of `pressclean.clean` on one page as it grows from 10 KB to 20 MB.

    .venv/bin/python benchmarks/bench_size.py [--max-mb 20] [--repeat 3] [--text pages|prose]

The page is the project's corpus pages laid end to end (menus, bodies, contact blocks), cut to
each size: the boilerplate stage removes most of such a page (its repeated menus and footers), so
the NER model reads little of it. `--text prose` lays the dev gold clean texts end to end instead:
article prose only, every line of which the NER model reads, as in a long report. Its rows stop at
0.1 MB: further on, a page of a hundred releases laid end to end is no longer read as one article
(at 0.3 MB the boilerplate stage keeps 0.11 MB of it, the rest "outside the article").

The table shows seconds per MB at each size: flat means linear time. Seconds are wall time and CPU time of this process (issue 9's limit is CPU on one core; on a shared machine the
wall time also counts the other jobs), each the median of `--repeat` runs. Peak memory is the
process's maximum resident size after each run (it only grows, so read it as an upper bound).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from pathlib import Path

import pressclean


SIZES = {  # characters of the page, by the kind of text laid end to end (prose: see above)
    "pages": (10_000, 100_000, 300_000, 1_000_000, 5_000_000, 20_000_000),
    "prose": (10_000, 30_000, 100_000),
}


def texts_of(root: Path, kind: str) -> list[str]:
    """The raw corpus pages (`pages`) or their gold clean texts (`prose`)."""
    if kind == "prose":
        golds = (json.loads(g.read_text(encoding="utf-8")) for g in sorted(root.glob("*.gold.json")))
        return [text for gold in golds if (text := gold.get("clean_text", ""))]
    return [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))]


def page_of(size: int, pages: list[str]) -> str:
    text = "\n".join(pages)
    return (text * (size // len(text) + 1))[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-mb", type=float, default=20.0)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each size (medians are shown)")
    parser.add_argument("--text", choices=tuple(SIZES), default="pages",
                        help="pages: raw corpus pages (default); prose: their gold clean texts (articles only)")
    parser.add_argument("root", nargs="?", default="corpora/dev")
    args = parser.parse_args()

    pages = texts_of(Path(args.root), args.text)
    sizes = [s for s in SIZES[args.text] if s <= args.max_mb * 1e6]
    for page in pages:  # load the model, lexicons and gazetteers outside the clock (each loads once, when a page first needs it)
        pressclean.clean(page)

    print("| page size | seconds | CPU seconds | s per MB | peak RSS (MB) |")
    print("|---|---|---|---|---|")
    for size in sizes:
        text = page_of(size, pages)
        walls, cpus = [], []
        for _ in range(max(1, args.repeat)):
            start, cpu = time.perf_counter(), time.process_time()
            doc = pressclean.clean(text)
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - cpu)
        seconds, cpu = statistics.median(walls), statistics.median(cpus)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        failed = [w for w in doc.warnings if "failed" in w]
        print(f"| {size / 1e6:g} MB | {seconds:.2f} | {cpu:.2f} | {seconds / (size / 1e6):.2f} | {rss:.0f} |" + (f" {failed}" if failed else ""))


if __name__ == "__main__":
    main()
