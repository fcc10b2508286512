"""Throughput of the default pipeline beside the raw French spaCy model, in one process, and
each stage's cost.

    .venv/bin/python benchmarks/bench_pipeline.py [corpora] [--repeat N]
    .venv/bin/python benchmarks/bench_pipeline.py --generated 300 --profile detect_language,find_figures

Both run over the same raw pages of `corpora/` (repeated N times to reach a measurable size), or
over `--generated N` pages of `benchmarks/generate.py`: the baseline is `nlp.pipe` of the full
`fr_core_news_md` model on the raw pages, the way a user without pressclean would run it. Times
are CPU seconds of this process (other programs on a shared machine change them less than wall
time). The table gives each stage's cost beside the NER stage's; `--profile` prints the functions
where the named stages spend their time (cProfile, which slows them down: their rows then say so).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

from pressclean import default_pipeline
from pressclean.document import Document
from pressclean.models import french_nlp
from pressclean.pipeline import _pipe_stage

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import pages as generated  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", nargs="?", default="corpora")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--generated", type=int, default=0, help="use this many generated pages instead of ROOT")
    parser.add_argument("--profile", default="", help="comma-separated stages to profile with cProfile")
    parser.add_argument("--top", type=int, default=15, help="functions shown per profiled stage")
    args = parser.parse_args()

    if args.generated:
        pages = [text for _, text in generated(args.generated, seed=1)]
        source = f"{args.generated} generated pages"
    else:
        pages = [p.read_text(encoding="utf-8") for p in sorted(Path(args.root).rglob("*.txt"))] * args.repeat
        source = f"{args.root} x {args.repeat}"
    size = sum(len(p.encode("utf-8")) for p in pages)
    profiled = {s for s in args.profile.split(",") if s}

    nlp = french_nlp()
    pipeline = default_pipeline()
    unknown = profiled - set(pipeline.names)
    if unknown:
        parser.error(f"no stage {', '.join(sorted(unknown))}; stages: {', '.join(pipeline.names)}")
    list(pipeline.pipe(pages[:4]))  # load models and lexicons outside the clock
    from pressclean.stages.language import detect

    detect("Une phrase pour charger les profils de langdetect.")  # most pages no longer need it
    list(nlp.pipe(pages[:4]))

    start = time.process_time()
    for _ in nlp.pipe(pages, batch_size=32):
        pass
    baseline = time.process_time() - start

    timings: dict[str, float] = {}
    profiles: dict[str, cProfile.Profile] = {}
    docs = [Document.from_text(p) for p in pages]
    for name, stage in pipeline:
        profile = cProfile.Profile() if name in profiled else None
        start = time.process_time()
        if profile:
            profile.enable()
        docs = list(_pipe_stage(name, stage, docs, 32))
        if profile:
            profile.disable()
            profiles[name] = profile
        timings[name] = time.process_time() - start
    total = sum(timings.values())
    ner = timings["find_entities"]
    cleaned = sum(len(d.text.encode("utf-8")) for d in docs)

    # the model alone on the same cleaned text, to price what the entity stage adds around it
    from pressclean.stages.entities import _ner_model

    model = _ner_model("fr_core_news_md")
    start = time.process_time()
    for _ in model.pipe((d.text for d in docs), batch_size=32):
        pass
    model_only = time.process_time() - start

    print(f"{len(pages)} pages ({source}), {size / 1e6:.2f} MB raw, {cleaned / 1e6:.2f} MB after cleaning\n")
    print("| stage | CPU s | ms/page | share | vs NER |")
    print("|---|---|---|---|---|")
    for name, seconds in timings.items():
        mark = " (profiled)" if name in profiles else ""
        print(f"| {name}{mark} | {seconds:.3f} | {seconds / len(pages) * 1e3:.2f} | {seconds / total:.1%} "
              f"| {seconds / ner:.1%} |")
    print()
    print("| measure | value |")
    print("|---|---|")
    print(f"| raw spaCy `nlp.pipe` on raw pages (CPU s) | {baseline:.2f} |")
    print(f"| pressclean default pipeline (CPU s) | {total:.2f} |")
    print(f"| throughput, pressclean vs raw spaCy | {baseline / total:.2f}x |")
    print(f"| non-NER stages / NER time | {(total - ner) / ner:.1%} |")
    print(f"| NER model alone on the cleaned text (CPU s) | {model_only:.2f} |")
    print(f"| entity stage's own work beyond the model | {(ner - model_only) / model_only:+.1%} |")
    print(f"| pressclean docs/s (one core) | {len(pages) / total:.1f} |")
    for name, profile in profiles.items():
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("tottime").print_stats(args.top)
        print(f"\n## {name}: where the time goes (tottime)\n")
        print("\n".join(line for line in out.getvalue().splitlines()[4:] if line.strip()))


if __name__ == "__main__":
    main()
