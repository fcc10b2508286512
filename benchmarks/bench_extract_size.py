"""Time `find_figures` and `find_contacts` alone as the text grows: flat µs per character means linear.

    .venv/bin/python benchmarks/bench_extract_size.py [--sizes 10000,100000,1000000] [--shapes ...]
                                                      [--skip find_entities]

Each shape is a short unit repeated to the size (the fuzz benchmark's regex food: phone-like and
e-mail-like runs, lone digits, `%`, labels, titles, acronyms; numbers packed with and without words
between them, dates, figures in sentences), plus `corpus`: the dev corpus pages laid end to end. The document is made with `as_document` and run once through the stages that come
before `find_figures` in `default_pipeline()` (not timed); `corpus` skips `remove_boilerplate`,
which would keep one article of the many pages. Then `find_figures` is timed, and `find_contacts`
on its output, as the pipeline runs them. `--skip` leaves out slow earlier stages (`find_entities`
on a megabyte takes minutes; without it the contacts stage sees no PER/ORG entities).

The machine is shared: compare rows of one run, not runs.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import pressclean
from pressclean.pipeline import as_document
from pressclean.stages.contacts import find_contacts
from pressclean.stages.figures import find_figures

ROOT = Path(__file__).resolve().parent.parent
SHAPES = {
    "phone+hidden e-mail": "+33 (0)1 2 [email protected] le ",
    "url+hidden e-mail": "http://[email protected] ",
    "1 space": "1 ",
    "1 comma": "1,",
    "1 dot": "1.",
    "0": "0",
    "%": "%",
    "Tél. : ": "Tél. : ",
    "M. ": "M. ",
    "(OIM) ": "(OIM) ",
    "percent and thousands": "12,5 % 3 000 ",
    "1 a ": "1 a ",
    "3 personnes ": "3 personnes ",
    "dates": "le 12 janvier 2020, ",
    "figures in sentences": "plus de 3 000 personnes, soit 12,5 % des 240 familles, ",
    "Organisation de la ": "Organisation de la ",
    "corpus": None,
}


def text_of(shape: str, size: int) -> str:
    unit = SHAPES[shape]
    if unit is None:
        unit = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora" / "dev").glob("*.txt")))
    return (unit * (size // len(unit) + 1))[:size]


def prepared(text: str, skip: set[str]) -> pressclean.Document:
    """The document as `find_figures` gets it in the pipeline."""
    doc = as_document(text)
    for name, stage in pressclean.default_pipeline():
        if name == "find_figures":
            return doc
        if name not in skip:
            doc = stage(doc)
    return doc


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated names from SHAPES")
    parser.add_argument("--skip", default="", help="comma-separated earlier stages to leave out")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    skip = {s for s in args.skip.split(",") if s}

    find_contacts(find_figures(prepared("Tél. : 01 45 63 19 00, 12 personnes", skip)))  # load resources

    print("| shape | size | find_figures s | µs/char | find_contacts s | µs/char |")
    print("|---|---|---|---|---|---|")
    for shape in args.shapes.split(","):
        for size in sizes:
            doc = prepared(text_of(shape, size), skip | ({"remove_boilerplate"} if shape == "corpus" else set()))
            n = max(1, len(doc.text))
            start = time.perf_counter()
            with_figures = find_figures(doc)
            t_fig = time.perf_counter() - start
            start = time.perf_counter()
            find_contacts(with_figures)
            t_con = time.perf_counter() - start
            print(f"| {shape} | {size // 1000} KB | {t_fig:.3f} | {t_fig / n * 1e6:.2f} | {t_con:.3f} | {t_con / n * 1e6:.2f} |",
                  flush=True)


if __name__ == "__main__":
    main()
