"""The `pressclean` command: `run`, `explain`, `eval`, `profile fit|show`.

Exit codes: 0 success; 1 some documents ended as error records (`run`); 2 bad usage or input, or
an output that cannot be written (a full disk: the records written are whole, run again to resume);
130 interrupted (Ctrl-C: run again to resume).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Sequence

EXAMPLES = """examples:
  pressclean run corpora/ -o out/records.jsonl
  pressclean run page.txt pages.jsonl -o out.jsonl --quiet
  pressclean run 'dumps/*.jsonl.zst' -o out/records.parquet -j 4   (killed? run it again: it resumes)
  pressclean run corpora/ -o out.jsonl --fit-profiles       (learn each site's menus from its pages first)
  pressclean profile fit corpora/ -o profiles.json && pressclean run new/ -o out.jsonl --profiles profiles.json
  pressclean run pages/ -o out.jsonl --config pipeline.toml
  pressclean run pages/ -o out.jsonl --accents               (also put back accents a keyboard without them lost)
  pressclean explain corpora/dev/some-page.txt
  pressclean eval corpora/
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    parser = argparse.ArgumentParser(
        prog="pressclean",
        description="Repair scraped French press releases and extract their facts.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="clean pages and write one JSON record per page", epilog=EXAMPLES,
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    run.add_argument("inputs", nargs="+", help=".txt files, folders of them, globs, .jsonl[.gz|.zst] or .parquet "
                     "files with a `text` (and `id`) field")
    run.add_argument("-o", "--output", default="-", help="output: a .jsonl file, or a Parquet folder (default: stdout)")
    run.add_argument("-j", "--jobs", type=int, default=0,
                     help="worker processes, each loading the model once (default 0: one per core)")
    run.add_argument("--batch-size", type=int, default=32, help="documents per batch (default 32)")
    run.add_argument("--format", choices=("jsonl", "parquet"),
                     help="output format (default: from the -o name; .parquet means a folder of part files)")
    again = run.add_mutually_exclusive_group()
    again.add_argument("--resume", dest="resume", action="store_true", default=True,
                       help="keep the records already in the output and do only the rest (default)")
    again.add_argument("--overwrite", dest="resume", action="store_false", help="start the output again")
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    run.add_argument("--config", help="a TOML file naming the stages, their options and order (see README)")
    run.add_argument("--accents", action="store_true",
                     help="also restore stripped accents (`Etats` -> `États`, `la journee` -> `la journée`): the opt-in "
                          "restore_accents stage")
    sites = run.add_mutually_exclusive_group()
    sites.add_argument("--profiles", help="site profiles saved by `pressclean profile fit`")
    sites.add_argument("--fit-profiles", action="store_true",
                       help="first learn each site's repeated lines from the inputs, then clean (two passes)")

    explain = sub.add_parser("explain", help="show what each stage changed in one page and what it found",
                             epilog="example: pressclean explain corpora/dev/d01-migration-niger-retours.txt | less -R\n"
                             "The diff is coloured in a terminal (red: removed, green: added), marked "
                             "[-removed-] {+added+} when piped.", formatter_class=argparse.RawDescriptionHelpFormatter)
    explain.add_argument("file", help="a .txt page")
    explain.add_argument("--color", choices=("auto", "always", "never"), default="auto")

    profile = sub.add_parser("profile", help="site profiles: the lines each site repeats on its pages")
    profile_sub = profile.add_subparsers(dest="action", required=True)
    fit = profile_sub.add_parser("fit", help="learn profiles from pages and save them as JSON",
                                 epilog="example: pressclean profile fit corpora/ -o profiles.json")
    fit.add_argument("inputs", nargs="+", help="pages: .txt files, folders, globs, .jsonl or .parquet")
    fit.add_argument("-o", "--output", required=True, help="the JSON file to write")
    fit.add_argument("--min-pages", type=int, default=3, help="pages a site needs to get a profile (default 3)")
    show = profile_sub.add_parser("show", help="print what profiles hold",
                                  epilog="example: pressclean profile show profiles.json")
    show.add_argument("file")

    evaluate = sub.add_parser("eval", help="score against the gold annotations of a corpus folder",
                              epilog="examples:\n  pressclean eval corpora/heldout\n  pressclean eval corpora/dev --no-baseline",
                              formatter_class=argparse.RawDescriptionHelpFormatter)
    evaluate.add_argument("root", nargs="?", default="corpora", help="folder with NAME.txt + NAME.gold.json pages")
    evaluate.add_argument("--no-baseline", action="store_true", help="skip the raw spaCy / phonenumbers baselines")
    evaluate.add_argument("--misses", action="store_true", help="after the table, list each page's differences from the gold")

    args = parser.parse_args(argv)
    try:
        if args.command == "run":
            return _run(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "profile":
            return _profile(args)
        return _eval(args)
    except (FileNotFoundError, IsADirectoryError, PermissionError, ValueError) as exc:
        print(f"pressclean: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader stopped reading (`pressclean explain page.txt | head`): stop quietly, as a Unix tool does;
        # stdout goes to /dev/null so that Python's last flush at exit does not fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE
    except KeyboardInterrupt:
        # Ctrl-C while the model loads or a page is explained: a line, not a traceback (`run` says more, above)
        print("\npressclean: interrupted", file=sys.stderr)
        return 130  # 128 + SIGINT


def _run(args: argparse.Namespace) -> int:
    from . import Pipeline
    from .batch import BatchError, check_inputs, process, write_jsonl

    inputs = [Path(i) for i in args.inputs]  # Paths: read as files, not taken as texts
    check_inputs(inputs)  # a missing input fails now, not after an hour of work
    pipeline = Pipeline.from_config(args.config) if args.config else None
    if args.accents:
        pipeline = _with_accents(pipeline)
    profiles = "fit" if args.fit_profiles else args.profiles  # process() learns or loads them
    summary = Summary()
    try:
        if args.output == "-":
            if args.format == "parquet":
                print("pressclean: Parquet output needs -o FOLDER", file=sys.stderr)
                return 2
            records = process(inputs, pipeline, n_process=args.jobs, batch_size=args.batch_size, progress=not args.quiet,
                              profiles=profiles)
            for record in write_jsonl(records, sys.stdout):
                summary.add(record)
            print(summary.render("-"), file=sys.stderr)
            return 1 if summary.errors else 0
        report = process(inputs, pipeline, n_process=args.jobs, batch_size=args.batch_size, out=args.output,
                         format=args.format, resume=args.resume, progress=not args.quiet, profiles=profiles,
                         on_record=summary.add)
    except BatchError as exc:
        print(f"pressclean: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        where = "" if args.output == "-" else (f"; the {summary.documents} records of this run are in {args.output}, "
                                               "whole: run the same command again to go on")
        print(f"\npressclean: interrupted{where}", file=sys.stderr)
        return 130
    print(summary.render("-"))  # "-": the report line below says where the records went
    print(report)
    return 1 if report.errors else 0


def _with_accents(pipeline):
    """`pipeline` (None: the default one) with the opt-in `restore_accents` stage after `restore_characters`."""
    from . import default_pipeline
    from .stages.accents import restore_accents

    if pipeline is None:
        return default_pipeline(accents=True)
    if "restore_accents" in pipeline.names:
        return pipeline
    if "restore_characters" not in pipeline.names:
        raise SystemExit("pressclean: --accents needs the restore_characters stage in the --config pipeline; add it "
                         "or name restore_accents in the config's stages")
    return pipeline.insert(restore_accents, after="restore_characters")


def _fit(inputs: list[Path], min_pages: int = 3):
    """Site profiles learnt from the inputs, as `run --fit-profiles` learns them."""
    from .batch import fit_profiles

    return fit_profiles(inputs, min_pages=min_pages)


def _profile(args: argparse.Namespace) -> int:
    from .stages.boilerplate import SiteProfiles

    if args.action == "fit":
        inputs = [Path(i) for i in args.inputs]
        profiles = _fit(inputs, args.min_pages)
        profiles.save(args.output)
        print(f"{len(profiles.profiles)} site profile(s) written to {args.output}")
        return 0
    profiles = SiteProfiles.load(args.file)
    for key, profile in profiles.profiles.items():
        print(f"{key}: {profile.pages} pages, {len(profile.lines)} repeated lines")
        for line in sorted(profile.lines)[:12]:
            print(f"    {line}")
        if len(profile.lines) > 12:
            print(f"    ... {len(profile.lines) - 12} more")
    return 0


class Summary:
    """What a run produced, for the one-screen report at its end."""

    def __init__(self) -> None:
        self.documents = 0
        self.errors: list[str] = []
        self.languages: Counter[str] = Counter()
        self.organisations: Counter[str] = Counter()
        self.places: Counter[str] = Counter()
        self.facts: Counter[str] = Counter()
        self.edits = 0

    def add(self, record: dict[str, Any]) -> None:
        self.documents += 1
        if record["status"] != "ok":
            self.errors.append(f"{record['id']}: {record['error']}")
            return
        self.languages[record["language"] or "unknown"] += 1
        self.edits += len(record["edits"])
        for e in record["entities"]:
            self.facts[e["label"]] += 1
            if e["label"] == "ORG":
                self.organisations[e.get("acronym") or e.get("long_form") or e["text"]] += 1
            elif e["label"] == "LOC":
                self.places[e.get("name") or e["text"]] += 1

    def render(self, output: str) -> str:
        def top(counter: Counter[str]) -> str:
            return ", ".join(f"{k} ({v})" for k, v in counter.most_common(8)) or "none"

        lines = [
            f"documents: {self.documents} ({self.documents - len(self.errors)} ok, {len(self.errors)} errors)",
            f"languages: {top(self.languages)}",
            f"edits: {self.edits}",
            "facts: " + (", ".join(f"{k} {v}" for k, v in sorted(self.facts.items())) or "none"),
            f"top organisations: {top(self.organisations)}",
            f"top places: {top(self.places)}",
        ]
        lines += [f"error: {e}" for e in self.errors[:10]]
        if output != "-":
            lines.append(f"records written to {output}")
        return "\n".join(lines)


def summarise(records: Iterable[dict[str, Any]]) -> Summary:
    summary = Summary()
    for record in records:
        summary.add(record)
    return summary


def _explain(args: argparse.Namespace) -> int:
    from . import clean
    from .display import diff_pieces

    path = Path(args.file)
    doc = clean(path.read_text(encoding="utf-8", errors="replace"), id=str(path))
    colour = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    by_stage: dict[str, list] = {}
    for edit in doc.edits:
        by_stage.setdefault(edit.stage, []).append(edit)
    for stage, edits in by_stage.items():
        print(_paint(f"== {stage}: {len(edits)} edit(s)", "1", colour))
        for e in edits:
            print(f"  [{e.start}:{e.end}] {e.removed!r} -> {e.replacement!r}  ({e.reason})")
    for warning in doc.warnings:
        print(f"warning: {warning}")
    print(f"== language: {doc.language} ({doc.language_score})")
    print(f"== title: {doc.title}")
    print(f"== dateline: {doc.dateline}")
    if doc.listing:
        print(f"== listing page: {len(doc.stories)} stories")
    for e in doc.entities:
        extra = {k: v for k, v in e.attrs.items() if k != "mentions"}
        print(f"  {e.label:8} {e.text!r} {extra}")
    print(_paint("== diff against the original" + ("" if colour else " ([-removed-] {+added+})"), "1", colour))
    print("".join(_diff_piece(p.kind, p.text, colour) for p in diff_pieces(doc)))
    print(_paint("== cleaned text", "1", colour))
    print(doc.text)
    return 0


def _paint(text: str, code: str, colour: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if colour else text


def _diff_piece(kind: str, text: str, colour: bool) -> str:
    if kind == "same":
        return text
    if colour:
        return _paint(text, "9;31" if kind == "removed" else "32", True)
    return f"[-{text}-]" if kind == "removed" else f"{{+{text}+}}"


def _eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate

    report = evaluate(args.root, baseline=not args.no_baseline, progress=sys.stderr.isatty())
    print(report.table())
    if args.misses:
        print("\n# misses\n")
        print(report.misses_text())
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
