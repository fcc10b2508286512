"""Repair benchmark: damage real French prose in each way lossy encodings and scrapers do, repair it,
and count what came back exactly, beside ftfy.

    .venv/bin/python benchmarks/bench_repair.py            # or: make bench-repair
    .venv/bin/python benchmarks/bench_repair.py --quick    # a smaller sample, for development
    .venv/bin/python benchmarks/bench_repair.py --words 50000    # a sample, for iterations
    .venv/bin/python benchmarks/bench_repair.py --kinds apostrophe --show 5   # one group, with misses
    .venv/bin/python benchmarks/bench_repair.py --sizes 1,2,4,8  # seconds per MB of each stage

The clean text is real French prose the project did not write: Debian's French reference manual
and French manual pages (installed and extracted by benchmarks/setup_repair_corpus.sh into
.cache/), plus the `clean_text` of corpora/dev gold files. For each defect kind, every page that
holds the damaged characters is damaged with a fixed seed (benchmarks/repair_defects.py), run
through the repair stages (`pressclean.repair_pipeline()`, plus the opt-in `restore_accents` for
the accent rows) and through `ftfy.fix_text` (defaults), and compared with the clean page token
by token:

- a case is **exact** when its word (or its line break) is back as in the clean page;
- **wrong** counts the cases changed into something else, plus every other word the repair
  changed on the damaged page (a word left damaged is neither: it is a miss, also when the
  spacing stage only shortened its run of spaces: `été  les` -> `été les`, a dash still lost);
  a dash restored in its place but of the other kind (– for —) is neither exact nor wrong: a
  lossy encoding loses both, the page keeps no trace of which it wrote; it is counted apart;
- the clean rows run the same pages undamaged: words changed per 100,000 words;
- MB/s: UTF-8 bytes of input per second of CPU time of this process (one core), lexicon loaded.

`--sizes` measures linear time instead: the damaged pages of every kind laid end to end into one
text of each size, each repair stage timed on it. Flat seconds per MB down a column is linear.
"""

from __future__ import annotations

import argparse
import bisect
import cProfile
import json
import pstats
import random
import subprocess
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "src"))

import repair_defects as rd  # noqa: E402

CORPUS = ROOT / ".cache" / "repair-corpus" / "docs.jsonl"
TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*|\p{N}+|.", regex.S)
RARE = regex.compile(r"[œæŒÆ€–—…]")
_SPACES = regex.compile(r" *")


def _shortened_spaces(dmg: str, a: int, b: int, output: str, j: int, k: int) -> bool:
    """The hunk dmg[a:b] -> output[j:k] only shortens a run of spaces, which stays a run of at
    least one (removing the last space joins two words: a change)."""
    if not (a < b and _SPACES.fullmatch(dmg[a:b]) and _SPACES.fullmatch(output[j:k])):
        return False
    kept = k > j or (j > 0 and output[j - 1] == " ") or (k < len(output) and output[k] == " ")
    return k - j < b - a and kept


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------


def _tokens(text: str) -> tuple[list[str], list[int], list[int]]:
    toks, starts, ends = [], [], []
    for m in TOKEN.finditer(text):
        toks.append(m.group())
        starts.append(m.start())
        ends.append(m.end())
    return toks, starts, ends


def _lines(text: str) -> tuple[list[str], list[int]]:
    lines, starts, pos = [], [], 0
    for line in text.split("\n"):
        lines.append(line)
        starts.append(pos)
        pos += len(line) + 1
    return lines, starts


def hunks(a: str, b: str) -> list[tuple[int, int, int, int, int]]:
    """The differing regions of `a` against `b`: (start, end, words of `a` inside, start and end
    in `b`).

    Lines are aligned first, then tokens inside each block of differing lines: a token diff of
    whole pages (quadratic in their length) took nine tenths of the benchmark's time."""
    if a == b:
        return []
    la, sa = _lines(a)
    lb, sb = _lines(b)
    out = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, la, lb, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        # the block with its line breaks: the break after a line is part of what may differ
        a0, b0 = sa[i1] if i1 < len(sa) else len(a), sb[j1] if j1 < len(sb) else len(b)
        a1 = sa[i2] if i2 < len(sa) else len(a)
        b1 = sb[j2] if j2 < len(sb) else len(b)
        # not line by line inside the block: a missed wrap and a joined paragraph can leave as
        # many lines on both sides that do not correspond
        out.extend(_token_hunks(a[a0:a1], b[b0:b1], a0, b0))
    return out


def _token_hunks(a: str, b: str, a0: int, b0: int) -> list[tuple[int, int, int, int, int]]:
    ta, sa, ea = _tokens(a)
    tb, sb, eb = _tokens(b)
    out = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ta, tb, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        jpos = b0 + (sb[j1] if j1 < len(sb) else len(b))
        jend = b0 + eb[j2 - 1] if j1 < j2 else jpos
        if i1 < i2:
            words = sum(1 for t in ta[i1:i2] if t[0].isalnum())
            out.append((a0 + sa[i1], a0 + ea[i2 - 1], max(words, 1), jpos, jend))
        else:
            pos = a0 + (sa[i1] if i1 < len(sa) else len(a))
            out.append((pos, pos, 1, jpos, jend))
    return out


def _widen(text: str, s: int, e: int) -> tuple[int, int]:
    if s < e and text[s:e].isspace():
        return s, e
    while s > 0 and text[s - 1].isalpha():
        s -= 1
    while e < len(text) and text[e].isalpha():
        e += 1
    return s, e


def _overlaps(h: tuple[int, int], c: tuple[int, int]) -> bool:
    a, b = h
    s, e = c
    if a == b:
        return s <= a <= e
    if s == e:
        return a <= s <= b
    return a < e and s < b


class _Spans:
    """Which of a sorted list of spans a hunk touches (bisect on starts)."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]

    def touched(self, h: tuple[int, int]) -> list[int]:
        i = max(bisect.bisect_left(self.starts, h[0]) - 1, 0)
        # spans can be long (a widened word): step back while a previous one may still reach h
        while i > 0 and self.spans[i - 1][1] >= h[0]:
            i -= 1
        out = []
        while i < len(self.spans) and self.spans[i][0] <= h[1]:
            if _overlaps(h, self.spans[i]):
                out.append(i)
            i += 1
        return out


@dataclass
class Score:
    pages: int = 0
    words: int = 0
    cases: int = 0
    exact: int = 0
    wrong_cases: int = 0
    collateral: int = 0
    breaks: int = 0
    breaks_joined: int = 0
    other_dash: int = 0  # cases restored as a dash of the other kind (– for —): neither exact nor wrong
    seconds: float = 0.0
    bytes: int = 0
    misses: list = field(default_factory=list)

    @property
    def wrong(self) -> int:
        return self.wrong_cases + self.collateral

    def add(self, d: rd.Damaged, output: str, show: int = 0) -> None:
        ref, dmg = d.reference, d.damaged
        self.pages += 1
        self.words += len(ref.split())
        self.cases += len(d.cases)
        ref_cases = [_widen(ref, s, e) for s, e, _, _ in d.cases]
        dmg_cases = [_widen(dmg, s, e) for _, _, s, e in d.cases]
        ro = hunks(ref, output)
        do = hunks(dmg, output)
        rc, dc = _Spans(ref_cases), _Spans(dmg_cases)
        ign = _Spans(list(d.ignore))
        brk = _Spans([(p, p + 1) for p in d.paragraph_breaks])
        # map sorted-span indices back to case indices
        ref_order = sorted(range(len(ref_cases)), key=lambda i: ref_cases[i])
        dmg_order = sorted(range(len(dmg_cases)), key=lambda i: dmg_cases[i])
        bad = set()
        for a, b, words, j, _ in ro:
            hit = rc.touched((a, b))
            bad.update(ref_order[i] for i in hit)
            if not hit and not ign.touched((a, b)):
                self.collateral += words
                if len(self.misses) < show:
                    self.misses.append(("changed", ref[max(0, a - 40) : b + 40], output[max(0, j - 40) : j + 40 + b - a]))
            self.breaks_joined += len(brk.touched((a, b))) if not hit else 0
        touched: dict[int, int] = {}
        for a, b, _, j, k in do:
            if _shortened_spaces(dmg, a, b, output, j, k):
                # a run of spaces made shorter (the spacing stage): the case is left as it was,
                # a miss, not a wrong repair (`été  les` -> `été les` when a dropped dash stays lost)
                continue
            for i in dc.touched((a, b)):
                touched.setdefault(dmg_order[i], j)
        self.breaks += len(d.paragraph_breaks)
        for i in range(len(d.cases)):
            if i not in bad:
                self.exact += 1
            elif i in touched:
                s, e = ref_cases[i]
                j = touched[i]
                if ref[s:e] in ("–", "—") and output[j : j + 1] in ("–", "—"):
                    # a dash in the right place, of the other kind: a lossy encoding loses both, so
                    # a page that lost its dashes holds no trace of which it wrote; not exact, but
                    # no wrong repair either (`été – les` is better than `été ? les`)
                    self.other_dash += 1
                    continue
                self.wrong_cases += 1
                if len(self.misses) < show:
                    self.misses.append(("wrong", ref[max(0, s - 30) : e + 30], output[max(0, j - 30) : j + 30 + e - s]))
            elif len(self.misses) < show:
                s, e = dmg_cases[i]
                self.misses.append(("missed", dmg[max(0, s - 40) : e + 40], ""))


# --------------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------------


def load_pages(words: int, seed: int) -> list[dict]:
    if not CORPUS.exists():
        print("corpus missing: running benchmarks/setup_repair_corpus.sh", file=sys.stderr)
        subprocess.run(["bash", str(HERE / "setup_repair_corpus.sh")], check=True)
    docs = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    rng = random.Random(seed)
    rng.shuffle(docs)
    # every page holding a rare character (œ, €, dashes, …), then others up to `words` words
    picked, total = [], 0
    for d in docs:
        if total < words // 2 and RARE.search("\n".join(d["lines"])):
            picked.append(d)
            total += len("\n".join(d["lines"]).split())
    for d in docs:
        if total >= words:
            break
        if any(d is p for p in picked):
            continue
        picked.append(d)
        total += len("\n".join(d["lines"]).split())
    return picked


def pressclean_runner(accents: bool):
    import pressclean

    pipeline = pressclean.repair_pipeline()
    if accents:
        try:
            from pressclean.stages.accents import restore_accents
        except ImportError:  # before the split: accents are restored inside restore_characters
            restore_accents = None
        if restore_accents is not None and "restore_accents" not in pipeline.names:
            pipeline.insert(restore_accents, after="restore_characters")
    # lexicon, indexes and the gazetteer (a heading glued to a dateline in capitals), outside the clock
    pipeline("mis en uvre par l OIM, la journee\nAPPEL DES DONATEURSGENÈVE, 3 mai 2024 – Le HCR a dit.")
    return lambda text: pipeline(text).text


def ftfy_runner():
    import ftfy

    ftfy.fix_text("Ã©tÃ©")
    return ftfy.fix_text


def run_kind(label: str, pages: list[dict], tools: dict, seed: int, show: int) -> dict[str, Score]:
    scores = {name: Score() for name in tools}
    accents = label.startswith("accents")
    for page in pages:
        d = rd.corrupt(label, page["lines"], page.get("headings", []), seed)
        if not d.cases:
            continue
        for name, (run, run_accents) in tools.items():
            fn = run_accents if accents else run
            t0 = time.process_time()
            out = fn(d.damaged)
            scores[name].seconds += time.process_time() - t0
            scores[name].bytes += len(d.damaged.encode("utf-8"))
            scores[name].add(d, out, show if name == "pressclean" else 0)
    return scores


def run_clean(pages: list[dict], tools: dict, accents: bool, show: int) -> dict[str, Score]:
    scores = {name: Score() for name in tools}
    for page in pages:
        ref = rd._page(page["lines"])
        d = rd.Damaged(ref, ref, [])
        for name, (run, run_accents) in tools.items():
            fn = run_accents if accents else run
            t0 = time.process_time()
            out = fn(ref)
            scores[name].seconds += time.process_time() - t0
            scores[name].bytes += len(ref.encode("utf-8"))
            scores[name].add(d, out, show if name == "pressclean" else 0)
    return scores


def run_sizes(pages: list[dict], sizes_mb: list[float], seed: int) -> str:
    """Seconds per MB of each repair stage on one text of each size (damaged pages end to end)."""
    import pressclean
    from pressclean import Document

    pipeline = pressclean.repair_pipeline(accents=True)
    # lexicon, indexes and the gazetteer (a heading glued to a dateline in capitals), outside the clock
    pipeline("mis en uvre par l OIM, la journee\nAPPEL DES DONATEURSGENÈVE, 3 mai 2024 – Le HCR a dit.")
    damaged = [rd.corrupt(label, p["lines"], p.get("headings", []), seed).damaged for p in pages for _, label, _ in rd.KINDS]
    text = "\n".join(damaged)
    names = pipeline.names
    lines = ["| size | " + " | ".join(f"`{n}` s/MB" for n in names) + " | all s/MB | all MB/s |", "|---" * (len(names) + 3) + "|"]
    for mb in sizes_mb:
        size = int(mb * 1e6)
        doc = Document.from_text((text * (size // len(text) + 1))[:size])
        cells, total = [], 0.0
        for _, stage in pipeline:
            t0 = time.process_time()
            doc = stage(doc)
            spent = time.process_time() - t0
            total += spent
            cells.append(f"{spent / mb:.2f}")
        lines.append(f"| {mb:g} MB | " + " | ".join(cells) + f" | {total / mb:.2f} | {mb / max(total, 1e-9):.2f} |")
        print(lines[-1], file=sys.stderr)
    return "\n".join(lines)


def pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:.1f} %" if d else "–"


def pct2(n: int, d: int) -> str:
    return f"{100.0 * n / d:.2f} %" if d else "–"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--words", type=int, default=250_000, help="words of clean text to damage (default 250,000)")
    ap.add_argument("--quick", action="store_true", help="40,000 words")
    ap.add_argument("--seed", type=int, default=2024)
    ap.add_argument("--kinds", default="", help="only the defect kinds whose label contains this")
    ap.add_argument("--no-ftfy", action="store_true")
    ap.add_argument("--show", type=int, default=0, help="print up to N misses/wrong changes per kind")
    ap.add_argument("--profile", action="store_true", help="cProfile pressclean on the whole run")
    ap.add_argument("--json", help="also write the figures as JSON here")
    ap.add_argument("--sizes", help="comma-separated sizes in MB: time each stage on one text of each size instead")
    args = ap.parse_args(argv)

    pages = load_pages(40_000 if args.quick else args.words, args.seed)
    total_words = sum(len("\n".join(p["lines"]).split()) for p in pages)
    sources = sorted({p["source"] for p in pages})
    print(f"clean text: {len(pages)} pages, {total_words:,} words ({', '.join(sources)}); seed {args.seed}", file=sys.stderr)
    if args.sizes:
        print(run_sizes(pages, [float(x) for x in args.sizes.split(",")], args.seed))
        return 0

    ours = pressclean_runner(False), pressclean_runner(True)
    tools = {"pressclean": ours}
    if not args.no_ftfy:
        f = ftfy_runner()
        tools["ftfy"] = (f, f)
    profiler = cProfile.Profile() if args.profile else None

    rows = []
    kinds = [(g, l) for g, l, _ in rd.KINDS if args.kinds.lower() in (g + " " + l).lower()]
    if profiler:
        profiler.enable()
    if not args.kinds or "clean" in args.kinds:
        rows.append(("clean", "clean text (no damage)", run_clean(pages, tools, False, args.show)))
        rows.append(("clean", "clean text, with restore_accents", run_clean(pages, tools, True, args.show)))
    for group, label in kinds:
        t0 = time.perf_counter()
        rows.append((group, label, run_kind(label, pages, tools, args.seed, args.show)))
        speeds = ", ".join(f"{n} {sc.bytes / 1e6 / max(sc.seconds, 1e-9):.2f} MB/s" for n, sc in rows[-1][2].items())
        print(f"  {label}: {time.perf_counter() - t0:.1f} s ({speeds})", file=sys.stderr)
    if profiler:
        profiler.disable()

    print(render(rows, "ftfy" in tools))
    if args.show:
        for group, label, scores in rows:
            s = scores["pressclean"]
            for what, a, b in s.misses:
                print(f"[{label}] {what}: {a!r}\n{'':>10}-> {b!r}")
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                [{"group": g, "label": l, **{n: {k: v for k, v in vars(s).items() if k != "misses"} for n, s in sc.items()}} for g, l, sc in rows],
                indent=1, ensure_ascii=False,
            )
        )
    if profiler:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(30)
    return 0


def render(rows, with_ftfy: bool) -> str:
    head = "| defect | cases | pressclean exact | pressclean wrong | precision |"
    sep = "|---|---:|---:|---:|---:|"
    if with_ftfy:
        head += " ftfy exact | ftfy wrong |"
        sep += "---:|---:|"
    lines = [head, sep]
    groups: dict[str, dict[str, Score]] = defaultdict(lambda: defaultdict(Score))
    speed: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    clean_lines = []
    for group, label, scores in rows:
        for name, s in scores.items():
            speed[name][0] += s.bytes
            speed[name][1] += s.seconds
        if group == "clean":
            p = scores["pressclean"]
            cell = f"{p.collateral} words in {p.words:,} = **{1e5 * p.collateral / max(p.words, 1):.1f}** per 100,000"
            if with_ftfy:
                f = scores["ftfy"]
                cell += f" (ftfy: {f.collateral} = {1e5 * f.collateral / max(f.words, 1):.1f} per 100,000)"
            clean_lines.append(f"| {label} | {cell} |")
            continue
        p = scores["pressclean"]
        for name, s in scores.items():
            g = groups[group][name]
            for k in ("cases", "exact", "wrong_cases", "collateral", "breaks", "breaks_joined", "other_dash"):
                setattr(g, k, getattr(g, k) + getattr(s, k))
        lines.append(_row(label, scores, with_ftfy))
    lines.append(sep.replace("---:", "").replace("---", "").replace("|", "|") if False else "|" + " |" * (sep.count("|") - 1))
    for group, scores in groups.items():
        lines.append(_row(f"**all {group}**", scores, with_ftfy))
    out = "\n".join(lines)
    out += "\n\n| clean text | words changed |\n|---|---|\n" + "\n".join(clean_lines)
    for group, scores in groups.items():
        p = scores["pressclean"]
        if p.breaks:
            out += f"\n\n{group[0].upper()}{group[1:]}: real paragraph breaks joined by pressclean: {p.breaks_joined} of {p.breaks} ({pct2(p.breaks_joined, p.breaks)})."
        if p.other_dash:
            out += (
                f"\n\n{group}: {p.other_dash} cases ({pct(p.other_dash, p.cases)}) restored by pressclean as a dash of the other kind"
                f" (– for —, or — for –), neither exact nor wrong (counted wrong, wrong would be {pct2(p.wrong + p.other_dash, p.cases)})."
            )
    clean_speed: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
    for group, label, scores in rows:
        if label == "clean text (no damage)":
            for name, sc in scores.items():
                clean_speed[name] = [sc.bytes, sc.seconds]
    if clean_speed:
        out += "\n\nSpeed on the clean pages (CPU time of one process, lexicon loaded): " + ", ".join(
            f"{name} **{b / 1e6 / max(t, 1e-9):.2f} MB/s**" for name, (b, t) in clean_speed.items()
        )
    out += "\n\nSpeed on every page above, damaged and clean (whole-page mojibake is the slowest): " + ", ".join(
        f"{name} **{b / 1e6 / max(t, 1e-9):.2f} MB/s**" for name, (b, t) in speed.items()
    )
    return out


def _row(label: str, scores: dict[str, Score], with_ftfy: bool) -> str:
    p = scores["pressclean"]
    prec = pct(p.exact, p.exact + p.wrong) if label.lower().find("accents") >= 0 else pct(p.exact, p.exact + p.wrong)
    row = f"| {label} | {p.cases:,} | {p.exact:,} ({pct(p.exact, p.cases)}) | {p.wrong:,} ({pct2(p.wrong, p.cases)}) | {prec} |"
    if with_ftfy:
        f = scores["ftfy"]
        row += f" {f.exact:,} ({pct(f.exact, f.cases)}) | {f.wrong:,} ({pct2(f.wrong, f.cases)}) |"
    return row


if __name__ == "__main__":
    sys.exit(main())
