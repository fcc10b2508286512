"""Extract plain French prose for the repair benchmark (run by benchmarks/setup_repair_corpus.sh).

Sources, none written by this project:
- Debian's French reference manual (package `debian-reference-fr`): the `<p>`, `<li>` and
  heading elements of its HTML chapters;
- Debian's French manual pages (package `manpages-fr`), rendered by `man` without hyphenation or
  justification, one paragraph a line;
- the `clean_text` of the project's dev corpus gold files (corpora/dev only; never heldout).

A paragraph is kept when it reads as French prose: enough words, mostly words, French function
words, no code punctuation, a sentence end. The filter looks at the text alone, never at what
the repair stages do with it; a paragraph where `man` visibly dropped a formatted word (a space
before `,` or `.`, or `( )`) is not clean text and is left out. Paragraphs are grouped into
pages of about 4,000 characters, the size of a press release, since some repairs use the page
as evidence.

Output: one JSON object a line, `{"id", "source", "lines", "headings"}` (`headings`: indices of
the lines that are section headings).
"""

from __future__ import annotations

import argparse
import html.parser
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEBIAN_REFERENCE = Path("/usr/share/debian-reference")
MANPAGES = Path("/usr/share/man/fr")

FRENCH_FUNCTION = set(
    "le la les de des du et est un une pour dans par que qui sur en au aux à ne pas se sont avec ce cette il elle "
    "on ou plus son sa ses leur leurs être été peut".split()
)
ENGLISH_FUNCTION = set("the and of to is are for with this that be by from it which".split())
CODE_CHARS = re.compile(r"[{}<>|\\$=#_*~^`@\[\]]")
# a space before `,` or `.`: `man` dropped a formatted word there (`Si ce champ est , l'heure`)
LOST_WORD = re.compile(r"\w \.(?!\.)|\w ,|\( \)")
WORD = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*")
PAGE_SIZE = 4000


def is_prose(line: str) -> bool:
    line = line.strip()
    if len(line) < 40 or CODE_CHARS.search(line) or LOST_WORD.search(line) or not re.search(r"[.!?:»)]$", line):
        return False
    if not line[0].isupper() and not line[0] in "«(":
        return False
    tokens = line.split()
    words = [t for t in tokens if WORD.fullmatch(t.strip(".,;:!?()«»\"“”"))]
    if len(tokens) < 8 or len(words) < 0.8 * len(tokens):
        return False
    low = [w.strip(".,;:!?()«»\"“”").lower() for w in tokens]
    french = sum(1 for w in low if w in FRENCH_FUNCTION)
    english = sum(1 for w in low if w in ENGLISH_FUNCTION)
    return french >= 3 and french >= 3 * english and english <= 1


class _HTMLProse(html.parser.HTMLParser):
    """Collect the text of `<p>`, `<li>` paragraphs and `<h2>`-`<h4>` headings, in order."""

    BLOCKS = {"p", "h2", "h3", "h4"}
    SKIP = {"pre", "table", "script", "style", "div class=toc"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[tuple[str, str]] = []
        self._stack: list[str] = []
        self._buf: list[str] | None = None
        self._kind = ""
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("pre", "table", "script", "style") or (tag == "div" and attrs.get("class") in ("toc", "navheader", "navfooter")):
            self._skip += 1
            self._stack.append("skip:" + tag)
            return
        self._stack.append(tag)
        if self._skip:
            return
        if tag in self.BLOCKS and self._buf is None:
            self._buf, self._kind = [], "heading" if tag.startswith("h") else "para"

    def handle_endtag(self, tag):
        # pop to the matching tag (XHTML is well formed; be lenient anyway)
        while self._stack:
            top = self._stack.pop()
            if top.startswith("skip:"):
                self._skip -= 1
                if top == "skip:" + tag:
                    break
                continue
            if top == tag:
                break
        if tag in self.BLOCKS and self._buf is not None and not self._skip:
            text = " ".join("".join(self._buf).split())
            if text:
                self.items.append((self._kind, text))
            self._buf = None

    def handle_startendtag(self, tag, attrs):
        pass

    def handle_data(self, data):
        if self._buf is not None and not self._skip:
            self._buf.append(data)


_SECTION_NUMBER = re.compile(r"^(?:Chapitre\s+)?[\dA-Z]+(?:\.\d+)*\.\s+")


def debian_reference() -> list[dict]:
    docs: list[dict] = []
    for path in sorted(DEBIAN_REFERENCE.glob("*.fr.html")):
        parser = _HTMLProse()
        parser.feed(path.read_text("utf-8"))
        lines: list[tuple[str, str]] = []
        for kind, text in parser.items:
            if kind == "heading":
                text = _SECTION_NUMBER.sub("", text)
                ok = 2 <= len(text.split()) <= 12 and not CODE_CHARS.search(text) and text[:1].isupper() and not text.endswith(".")
                english = sum(1 for w in text.lower().split() if w in ENGLISH_FUNCTION)
                if ok and not english:
                    lines.append(("heading", text))
            elif is_prose(text):
                lines.append(("para", text))
        docs.extend(_pages(f"debian-reference/{path.name}", lines))
    return docs


def _render_man(path: Path) -> str:
    env = dict(os.environ, MANWIDTH="4000", LANG="C.UTF-8")
    try:
        out = subprocess.run(
            ["man", "--nh", "--nj", "-E", "UTF-8", "-l", str(path)],
            env=env, capture_output=True, text=True, timeout=60, check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ""
    return re.sub(r".\x08", "", out)  # no overstrike, should `man` emit it


def manpages() -> list[dict]:
    docs: list[dict] = []
    for path in sorted(MANPAGES.glob("man*/*.gz")):
        lines = [("para", " ".join(line.split())) for line in _render_man(path).splitlines() if is_prose(line)]
        docs.extend(_pages(f"manpages-fr/{path.parent.name}/{path.name[:-3]}", lines))
    return docs


def corpus_gold() -> list[dict]:
    docs = []
    for gold in sorted((ROOT / "corpora" / "dev").glob("*.gold.json")):  # never corpora/heldout
        text = json.loads(gold.read_text("utf-8")).get("clean_text") or ""
        lines = [line for line in text.split("\n") if line.strip()]
        if lines:
            docs.append({"id": f"corpora/dev/{gold.name}", "source": "corpora-dev", "lines": lines, "headings": [0]})
    return docs


def _pages(name: str, lines: list[tuple[str, str]]) -> list[dict]:
    pages, cur, size = [], [], 0
    for kind, text in lines:
        if cur and size + len(text) > PAGE_SIZE and kind != "heading" and cur[-1][0] != "heading":
            pages.append(cur)
            cur, size = [], 0
        if cur and kind == "heading" and size > PAGE_SIZE // 2:
            pages.append(cur)
            cur, size = [], 0
        cur.append((kind, text))
        size += len(text) + 1
    if cur:
        pages.append(cur)
    out = []
    for i, page in enumerate(pages):
        while page and page[-1][0] == "heading":  # a heading needs its paragraph
            page = page[:-1]
        if sum(1 for k, _ in page if k == "para") < 2:
            continue
        out.append(
            {
                "id": f"{name}#{i}",
                "source": name.split("/")[0],
                "lines": [t for _, t in page],
                "headings": [j for j, (k, _) in enumerate(page) if k == "heading"],
            }
        )
    return out


def dedupe(docs: list[dict]) -> list[dict]:
    """Drop paragraphs seen before (man pages come in aliases: mkfs.fat, mkfs.vfat, mkdosfs)."""
    seen: set[str] = set()
    out = []
    for d in docs:
        keep = []
        for i, line in enumerate(d["lines"]):
            if i in d["headings"] or line not in seen:
                keep.append((i in d["headings"], line))
                seen.add(line)
        while keep and keep[-1][0]:
            keep.pop()
        if sum(1 for h, _ in keep if not h) >= 2:
            out.append(dict(d, lines=[l for _, l in keep], headings=[j for j, (h, _) in enumerate(keep) if h]))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-o", "--out", default=str(ROOT / ".cache" / "repair-corpus" / "docs.jsonl"))
    args = ap.parse_args(argv)
    if not DEBIAN_REFERENCE.is_dir() or not MANPAGES.is_dir():
        print("debian-reference-fr / manpages-fr are not installed: run benchmarks/setup_repair_corpus.sh", file=sys.stderr)
        return 2
    docs = dedupe(debian_reference() + manpages() + corpus_gold())
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    tmp.replace(out)
    words: dict[str, int] = {}
    for d in docs:
        words[d["source"]] = words.get(d["source"], 0) + sum(len(l.split()) for l in d["lines"])
    print(f"{out}: {len(docs)} pages, " + ", ".join(f"{k} {v:,} words" for k, v in words.items()) + f"; total {sum(words.values()):,} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
