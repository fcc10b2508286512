"""Throughput of the default pipeline beside the raw French spaCy model, in one process.

    .venv/bin/python benchmarks/bench_pipeline.py [corpora] [--repeat N]

Both run over the same raw pages of `corpora/` (repeated N times to reach a measurable size):
the baseline is `nlp.pipe` of the full `fr_core_news_md` model on the raw pages, the way a user
without pressclean would run it. The table gives each stage's share and the ratios.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from pressclean import default_pipeline
from pressclean.document import Document
from pressclean.models import french_nlp
from pressclean.pipeline import _pipe_stage


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", nargs="?", default="corpora")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    pages = [p.read_text(encoding="utf-8") for p in sorted(Path(args.root).rglob("*.txt"))] * args.repeat
    size = sum(len(p.encode("utf-8")) for p in pages)

    nlp = french_nlp()
    pipeline = default_pipeline()
    list(pipeline.pipe(pages[:4]))  # load models and lexicons outside the clock
    list(nlp.pipe(pages[:4]))

    start = time.perf_counter()
    for _ in nlp.pipe(pages, batch_size=32):
        pass
    baseline = time.perf_counter() - start

    timings: dict[str, float] = {}
    docs = [Document.from_text(p) for p in pages]
    for name, stage in pipeline:
        start = time.perf_counter()
        docs = list(_pipe_stage(name, stage, docs, 32))
        timings[name] = time.perf_counter() - start
    total = sum(timings.values())
    ner = timings["find_entities"]
    cleaned = sum(len(d.text.encode("utf-8")) for d in docs)

    # the model alone on the same cleaned text, to price what the entity stage adds around it
    from pressclean.stages.entities import _ner_model

    model = _ner_model("fr_core_news_md")
    start = time.perf_counter()
    for _ in model.pipe((d.text for d in docs), batch_size=32):
        pass
    model_only = time.perf_counter() - start

    print(f"{len(pages)} pages, {size / 1e6:.2f} MB raw, {cleaned / 1e6:.2f} MB after cleaning\n")
    print("| stage | seconds | share |")
    print("|---|---|---|")
    for name, seconds in timings.items():
        print(f"| {name} | {seconds:.3f} | {seconds / total:.1%} |")
    print()
    print("| measure | value |")
    print("|---|---|")
    print(f"| raw spaCy `nlp.pipe` on raw pages (s) | {baseline:.2f} |")
    print(f"| pressclean default pipeline (s) | {total:.2f} |")
    print(f"| throughput, pressclean vs raw spaCy | {baseline / total:.2f}x |")
    print(f"| non-NER stages / NER time | {(total - ner) / ner:.1%} |")
    print(f"| NER model alone on the cleaned text (s) | {model_only:.2f} |")
    print(f"| entity stage's own work beyond the model | {(ner - model_only) / model_only:+.1%} |")
    print(f"| pressclean docs/s | {len(pages) / total:.1f} |")


if __name__ == "__main__":
    main()
