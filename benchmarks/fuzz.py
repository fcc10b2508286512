"""Fuzz `pressclean.clean` with generated and corrupted inputs: nothing may escape, nothing may hang.

    .venv/bin/python benchmarks/fuzz.py [--n 100000] [--seed 7] [-j 2]

Every input is made from its number and the seed alone, so a failure is replayed with
`--replay N`. The families:

- `corpus-damaged`: a slice of a corpus page (raw or gold clean text) with 1-6 kinds of real
  damage (mojibake of a stretch in cp1252/cp1250/latin-1/double, lost œ/’/accents, HTML tags and
  entities, random code points: controls, NUL, lone surrogates, combining marks, bidi and
  zero-width characters, astral planes; lines joined, wrapped, duplicated or shuffled; truncation);
- `random-unicode`: strings drawn from mixed alphabets, 0-400 characters;
- `regex-food`: shapes known to make backtracking regexes explode, repeated up to 12,000 characters;
- `bytes`: corpus slices encoded in cp1252/latin-1/utf-16/utf-8, some cut or with random bytes,
  and pure random bytes, passed as `bytes`;
- `other-language`: English, Spanish, German and Arabic text, alone or mixed with French.

For each input it checks: no exception escapes `clean`; no stage failed (a stage failure is
caught and recorded as a warning, and counted here as a defect too); every edit and entity offset
maps into the original; the record is valid JSON and `from_dict(to_dict())` gives the document
back. It prints a table per family with the slowest input's time.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = ("corpus-damaged", "random-unicode", "regex-food", "bytes", "other-language")
WEIGHTS = (50, 20, 10, 10, 10)

ALPHABETS = (
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:!?'\"()-–—«»’@/\n\t",
    "éèêëàâäîïôöùûüçœæÉÈÊÀÂÎÔÙÛÇŒÆ",
    "ÃƒÂ©Ã¨Ã©Ä‚Ĺ©Ú´ÔÇé€™œ",
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\x9d\xa0\xad\u2028\u2029\ufeff\ufffd\ufffe",
    "\u0300\u0301\u0302\u0308\u0327\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202e\u2066",
    "\ud800\udbff\udc00\udfff",
    "中文日本語한국어αβγδεжзийклمرحباשלום",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢😀🇫🇷𐍈",
    "<>&;=/#\"'` []{}|\\^~*_+",
)
REGEX_FOOD = (
    "1 ", ".", "a@", "a", "(", ")", "+33 (0)1 2 ", "- ", "OIM ", "<a href=", '"mailto:', "&amp;",
    "&#", "le ", "Tél. : ", "M. ", "www.", "http://", "1.", "1,", "A ", "É", "-\n", "\n", "  ",
    "[email protected] ", "(OIM) ", "Organisation de la ", "« ", "’", "%", "0", "1er ", "e-",
)
OTHER_LANGUAGES = (
    "The World Food Programme said on Tuesday that 1.2 million people in three provinces need food "
    "assistance after the drought, and appealed for $45 million.",
    "El Programa Mundial de Alimentos informó que 1,2 millones de personas necesitan ayuda "
    "alimentaria en tres provincias afectadas por la sequía.",
    "Das Welternährungsprogramm teilte am Dienstag mit, dass 1,2 Millionen Menschen in drei "
    "Provinzen nach der Dürre Nahrungsmittelhilfe benötigen.",
    "قال برنامج الأغذية العالمي يوم الثلاثاء إن 1.2 مليون شخص في ثلاث مقاطعات بحاجة إلى مساعدات غذائية.",
)
HTML_BITS = ("<br />", "<p>", "</p>", "<strong>", "&nbsp;", "&eacute;", "&#8217;", '<img src="x" alt="" border="0" />',
             '<a href="mailto:a@b.org">', "</a>", "<script>var a=1;</script>", "<!-- c -->", "&amp;amp;", "&#x27;")
LOSSES = (("œ", ""), ("œ", "?"), ("œ", "\ufffd"), ("’", ""), ("’", " "), ("'", ""), ("é", "e"), ("É", "E"),
          ("–", "?"), ("€", ""), ("…", "..."), ("à", "a"))


def corpus_texts() -> list[str]:
    texts = []
    for gold in sorted((ROOT / "corpora" / "dev").glob("*.gold.json")):
        texts.append(gold.with_name(gold.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8"))
        texts.append(json.loads(gold.read_text(encoding="utf-8"))["clean_text"])
    return texts


def mojibake(s: str, rng: random.Random) -> str:
    codec = rng.choice(("cp1252", "cp1250", "latin-1", "double", "cp852"))
    try:
        if codec == "double":
            return s.encode("utf-8").decode("cp1252", "replace").encode("utf-8").decode("cp1252", "replace")
        if codec == "cp852":
            return s.encode("latin-1", "replace").decode("cp852", "replace")
        return s.encode("utf-8").decode(codec, "replace")
    except UnicodeError:
        return s


def random_unicode(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(rng.choice(ALPHABETS)) for _ in range(n))


def damage(text: str, rng: random.Random) -> str:
    for _ in range(rng.randint(1, 6)):
        kind = rng.randrange(9)
        at = rng.randint(0, len(text))
        if kind == 0:
            end = min(len(text), at + rng.randint(1, 400))
            text = text[:at] + mojibake(text[at:end], rng) + text[end:]
        elif kind == 1:
            old, new = rng.choice(LOSSES)
            text = text.replace(old, new)
        elif kind == 2:
            text = text[:at] + rng.choice(HTML_BITS) + text[at:]
        elif kind == 3:
            text = text[:at] + random_unicode(rng, rng.randint(1, 30)) + text[at:]
        elif kind == 4:
            text = text.replace("\n", rng.choice((" ", "", "\n\n", "\r\n", "\r")))
        elif kind == 5:
            width = rng.randint(8, 90)
            text = "\n".join(text[i : i + width] for i in range(0, len(text), width))
        elif kind == 6:
            lines = text.split("\n")
            rng.shuffle(lines) if rng.random() < 0.5 else lines.extend(rng.choices(lines, k=len(lines) // 3 + 1))
            text = "\n".join(lines)
        elif kind == 7:
            text = text[: rng.randint(0, len(text))]
        else:
            text = text.upper() if rng.random() < 0.5 else text.swapcase()
    return text


def make_input(i: int, seed: int, texts: list[str]) -> tuple[str, str | bytes]:
    rng = random.Random(seed * 1_000_003 + i)
    family = rng.choices(FAMILIES, WEIGHTS)[0]
    if family == "corpus-damaged":
        page = rng.choice(texts)
        start = rng.randint(0, max(0, len(page) - 200))
        return family, damage(page[start : start + rng.randint(50, 2000)], rng)
    if family == "random-unicode":
        return family, random_unicode(rng, rng.randint(0, 400))
    if family == "regex-food":
        shapes = rng.choices(REGEX_FOOD, k=rng.randint(1, 3))
        # long enough for a quadratic step to show (seconds), short enough for 100,000 inputs
        unit = "".join(shapes)
        return family, random_unicode(rng, 5) + unit * rng.randint(100, 12_000 // len(unit)) + random_unicode(rng, 5)
    if family == "bytes":
        if rng.random() < 0.3:
            return family, rng.randbytes(rng.randint(0, 2000))
        page = rng.choice(texts)
        start = rng.randint(0, max(0, len(page) - 200))
        data = page[start : start + rng.randint(50, 3000)].encode(
            rng.choice(("cp1252", "latin-1", "utf-16", "utf-16-le", "utf-8")), "replace")
        if rng.random() < 0.3:
            data = data[: rng.randint(0, len(data))]
        if rng.random() < 0.3:
            at = rng.randint(0, len(data))
            data = data[:at] + rng.randbytes(rng.randint(1, 20)) + data[at:]
        return family, data
    parts = rng.choices(OTHER_LANGUAGES, k=rng.randint(1, 3))
    if rng.random() < 0.5:
        page = rng.choice(texts)
        parts.append(page[: rng.randint(0, 1500)])
        rng.shuffle(parts)
    return family, "\n".join(parts)


def problems(doc, original_length: int) -> list[str]:
    """What is wrong with a cleaned document (an empty list when nothing is)."""
    from pressclean.document import Document

    found = [w for w in doc.warnings if " failed" in w]
    for edit in doc.edits:
        if not 0 <= edit.start <= edit.end <= original_length:
            found.append(f"edit offset out of range: {edit}")
    for entity in doc.entities:
        if doc.text[entity.start : entity.end] != entity.text:
            found.append(f"entity text does not match its offsets: {entity.text!r}")
        start, end = doc.to_original(entity.start, entity.end)
        if not 0 <= start <= end <= original_length:
            found.append(f"entity maps outside the original: {entity.text!r}")
    line = json.dumps(doc.to_dict(), ensure_ascii=False).encode("utf-8")  # as a batch writes it
    if Document.from_dict(json.loads(line)) != doc:
        found.append("from_dict(to_dict()) differs")
    return found


def run_chunk(args: tuple[int, int, int]) -> dict:
    """Run inputs [start, stop) and return counts, slowest times and the first failures."""
    import pressclean

    start, stop, seed = args
    texts = corpus_texts()
    stats: dict = {"n": Counter(), "escaped": Counter(), "defects": Counter(), "slowest": {}, "examples": []}
    for i in range(start, stop):
        family, value = make_input(i, seed, texts)
        stats["n"][family] += 1
        began = time.perf_counter()
        try:
            doc = pressclean.clean(value)
        except Exception as exc:  # noqa: BLE001 - counting what escapes is the point
            stats["escaped"][family] += 1
            stats["examples"].append((i, family, f"{type(exc).__name__}: {exc}"[:300]))
            continue
        seconds = time.perf_counter() - began
        size = len(value)
        if seconds > stats["slowest"].get(family, (0.0, 0, 0))[0]:
            stats["slowest"][family] = (seconds, i, size)
        original_length = len(doc.original)
        try:
            found = problems(doc, original_length)
        except Exception as exc:  # noqa: BLE001
            found = [f"check raised {type(exc).__name__}: {exc}"]
        if found:
            stats["defects"][family] += 1
            stats["examples"].append((i, family, "; ".join(found)[:300]))
    return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000, help="number of inputs (default 100,000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-j", "--jobs", type=int, default=2, help="processes (default 2)")
    parser.add_argument("--chunk", type=int, default=250)
    parser.add_argument("--max-minutes", type=float, help="stop after this long and report the inputs done so far")
    parser.add_argument("--replay", type=int, help="run input number N alone and show it")
    args = parser.parse_args()

    if args.replay is not None:
        family, value = make_input(args.replay, args.seed, corpus_texts())
        print(family, repr(value)[:2000])
        print(run_chunk((args.replay, args.replay + 1, args.seed)))
        return 0

    chunks = [(s, min(s + args.chunk, args.n), args.seed) for s in range(0, args.n, args.chunk)]
    total: dict = {"n": Counter(), "escaped": Counter(), "defects": Counter(), "slowest": {}, "examples": []}
    began = time.perf_counter()
    from tqdm import tqdm

    with multiprocessing.get_context("forkserver").Pool(args.jobs) as pool:
        bar = tqdm(total=args.n, unit="input", file=sys.stderr)
        for stats in pool.imap_unordered(run_chunk, chunks):
            for key in ("n", "escaped", "defects"):
                total[key].update(stats[key])
            for family, slow in stats["slowest"].items():
                if slow[0] > total["slowest"].get(family, (0.0, 0, 0))[0]:
                    total["slowest"][family] = slow
            total["examples"].extend(stats["examples"])
            bar.update(sum(stats["n"].values()))
            if args.max_minutes and time.perf_counter() - began > 60 * args.max_minutes:
                pool.terminate()
                print(f"stopped after {args.max_minutes:g} minutes (--max-minutes)", file=sys.stderr)
                break
        bar.close()
    elapsed = time.perf_counter() - began

    done = sum(total["n"].values())
    print(f"\nfuzz: {done:,} of {args.n:,} inputs, seed {args.seed}, {args.jobs} processes, {elapsed:.0f} s\n")
    print("| family | inputs | exceptions escaping `clean` | stage failures or broken invariants | slowest input (s) | its size (chars/bytes) | its number (`--replay`) |")
    print("|---|---|---|---|---|---|---|")
    for family in FAMILIES:
        seconds, number, size = total["slowest"].get(family, (0.0, 0, 0))
        print(f"| {family} | {total['n'][family]:,} | {total['escaped'][family]} | {total['defects'][family]} | {seconds:.2f} | {size:,} | {number} |")
    print(f"| **all** | {sum(total['n'].values()):,} | {sum(total['escaped'].values())} | "
          f"{sum(total['defects'].values())} | {max((s[0] for s in total['slowest'].values()), default=0):.2f} | | |")
    by_kind: defaultdict[str, int] = defaultdict(int)
    for i, family, message in sorted(total["examples"]):
        by_kind[message[:80]] += 1
    for message, count in sorted(by_kind.items(), key=lambda kv: -kv[1])[:15]:
        print(f"  {count:>6} × {message}")
    for i, family, message in sorted(total["examples"])[:10]:
        print(f"  replay with --replay {i}: [{family}] {message}")
    return 1 if total["escaped"] or total["defects"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
