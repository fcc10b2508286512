"""Any number of press-release pages in the shapes of `corpora/dev`, from a fixed seed.

    .venv/bin/python benchmarks/generate.py 10000 -o /tmp/pages.jsonl.zst    # JSONL (.gz, .zst)
    .venv/bin/python benchmarks/generate.py 500 -d /tmp/pages                # a folder of .txt
    .venv/bin/python benchmarks/generate.py 3                                # JSONL on stdout

Each page is composed from the dev pages: the menu/header of one page, the article of another
(title and lead first, the middle paragraphs shuffled, the contact block last), the footer of a
third; numbers get new digits and contact names new people. The defects of the sources (mojibake,
hard wraps, lost characters, glued headings) come along, so the pipeline does its real work.
Scale can be measured without storing data; the same seed and the same `corpora/dev` give the
same pages.

>>> first = next(pages(1, seed=1))
>>> first[0], len(first[1]) > 200
('gen-1-0000000', True)
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterator

DEV = Path(__file__).resolve().parent.parent / "corpora" / "dev"

_NUMBER = re.compile(r"\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")
# a line that ends a paragraph (the next line starts a new one); hard-wrapped lines do not
_PARAGRAPH_END = re.compile(r"""[.!?:»"”)]\s*$""")
_CONTACT = re.compile(r"@|\b(?:T[ée]l|Fax|Contacts?|Courriel|E-mail|Mobile|Portable)\b|\+\d", re.IGNORECASE)
_FIRST = ("Aïssata Bernard Chantal Dieudonné Élise Fodé Geneviève Hamidou Inès Kouadio Laure Mamadou "
          "Nadia Ousmane Pauline Rokia Samuel Thérèse Yacouba Zoé").split()
_LAST = ("Bah Coulibaly Dembélé Dubois Fofana Garcia Keïta Lambert Lefèvre Moreau N'Diaye Ouédraogo "
         "Petit Rousseau Sanogo Traoré Vidal Zongo").split()


@dataclass(frozen=True)
class Source:
    """A dev page cut into the parts pages are composed from."""

    header: tuple[str, ...]
    title: tuple[str, ...]
    lead: tuple[str, ...]
    middle: tuple[tuple[str, ...], ...]  # paragraphs, each its raw lines
    contacts: tuple[tuple[str, ...], ...]
    footer: tuple[str, ...]
    people: tuple[str, ...]


@lru_cache(maxsize=2)
def sources(root: Path = DEV) -> tuple[Source, ...]:
    """The dev pages of `root`, cut into header, article paragraphs and footer (from their gold)."""
    found = []
    for gold_path in sorted(root.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        lines = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8").split("\n")
        boiler = set(gold["boilerplate_lines"])
        article = [i for i in range(len(lines)) if i not in boiler]
        if len(article) < 2:
            continue
        first, last = article[0], article[-1]
        chunks = _paragraphs(lines[first + 1:last + 1], [i in boiler for i in range(first + 1, last + 1)])
        middle = tuple(c for c in chunks[1:] if not _CONTACT.search("\n".join(c)))
        contacts = tuple(c for c in chunks[1:] if _CONTACT.search("\n".join(c)))
        people = tuple(c["person"] for c in gold.get("contacts", ()) if c.get("person"))
        found.append(Source(tuple(lines[:first]), (lines[first],), chunks[0] if chunks else (), middle,
                            contacts, tuple(lines[last + 1:]), people))
    if not found:
        raise FileNotFoundError(f"no NAME.txt + NAME.gold.json pages in {root}")
    return tuple(found)


def _paragraphs(lines: list[str], boiler: list[bool]) -> list[tuple[str, ...]]:
    chunks: list[list[str]] = [[]]
    for line, is_boiler in zip(lines, boiler):
        if is_boiler and chunks[-1]:
            chunks.append([])
        chunks[-1].append(line)
        if is_boiler or _PARAGRAPH_END.search(line):
            chunks.append([])
    return [tuple(c) for c in chunks if c]


def page(rng: random.Random, pool: tuple[Source, ...]) -> str:
    """One page composed from `pool` with `rng`."""
    body = rng.choice(pool)
    header = body.header if rng.random() < 0.5 else rng.choice(pool).header  # own site's menu, or another's
    footer = body.footer if rng.random() < 0.5 else rng.choice(pool).footer
    middle = list(body.middle)
    rng.shuffle(middle)
    lines = [*header, *body.title, *body.lead, *(l for c in middle for l in c), *(l for c in body.contacts for l in c), *footer]
    text = "\n".join(lines)
    for person in body.people:
        text = text.replace(person, f"{rng.choice(_FIRST)} {rng.choice(_LAST)}")
    return _NUMBER.sub(lambda m: _new_number(m.group(), rng), text)


def _new_number(digits: str, rng: random.Random) -> str:
    # years stay years, and small numbers stay small, so dates and times still read as dates
    value = int(digits)
    if _YEAR.fullmatch(digits):
        return str(rng.randint(1995, 2025))
    if len(digits) <= 2 and value <= 28:
        new = rng.randint(1, 12) if value <= 12 else rng.randint(13, 28)
        return str(new).zfill(len(digits))
    first = "0" if digits[0] == "0" else str(rng.randint(1, 9))
    return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])


def pages(n: int, *, seed: int = 0, root: Path = DEV) -> Iterator[tuple[str, str]]:
    """`n` pages as `(id, text)`, lazily (memory stays flat whatever `n`)."""
    rng = random.Random(seed)
    pool = sources(root)
    for i in range(n):
        yield f"gen-{seed}-{i:07d}", page(rng, pool)


def _open_out(path: str) -> IO[str]:
    if path == "-":
        return sys.stdout
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    if target.name.endswith(".gz"):
        return gzip.open(target, "wt", encoding="utf-8")
    if target.name.endswith(".zst"):
        import zstandard

        return io.TextIOWrapper(zstandard.ZstdCompressor().stream_writer(target.open("wb")), encoding="utf-8")
    return target.open("w", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("n", type=int, help="number of pages")
    parser.add_argument("-o", "--output", default="-", help="JSONL file (.gz/.zst compressed), default stdout")
    parser.add_argument("-d", "--folder", help="write NAME.txt files to this folder instead")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.folder:
        folder = Path(args.folder)
        folder.mkdir(parents=True, exist_ok=True)
        for ident, text in pages(args.n, seed=args.seed):
            (folder / f"{ident}.txt").write_text(text, encoding="utf-8")
        return
    out = _open_out(args.output)
    try:
        for ident, text in pages(args.n, seed=args.seed):
            out.write(json.dumps({"id": ident, "text": text}, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()


if __name__ == "__main__":
    main()
