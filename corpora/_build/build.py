"""Render the corpus pages from their sources in pages_*.py.

Each page source holds the article as written (clean), markup for local damage and
block options for bulk damage. Rendering gives the raw scraped text (NAME.txt) and the
gold (NAME.gold.json): clean_text and boilerplate_lines are derived here so they cannot
drift from the raw text; every other gold field is written by hand in the source.

Markup inside a block text:
  [[raw||clean]]   the raw file shows `raw`, the repaired text shows `clean`
  ⏎                a hard line break in raw, a space in the repaired text

Usage: python corpora/_build/build.py            (writes corpora/dev and corpora/heldout)
"""
from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent

MARK = re.compile(r"\[\[(.*?)\|\|(.*?)\]\]", re.S)


def side(text: str, which: int) -> str:
    text = MARK.sub(lambda m: m.group(1 + which), text)
    return text.replace("⏎", "\n" if which == 0 else " ")


# ---------------------------------------------------------------- raw damage
def lose_oe(s: str, how: str) -> str:
    """drop: `mis en uvre`, `le c ur` (a space is left inside a word); ?: `c?ur`; fffd: `c\ufffdur`."""
    if how == "drop":
        s = re.sub(r"(?<= )[œŒ]", "", s)
        return s.replace("œ", " ").replace("Œ", " ")
    rep = {"?": "?", "fffd": "\ufffd"}[how]
    return s.replace("œ", rep).replace("Œ", rep)


def lose_apos(s: str, how: str) -> str:
    rep = {"drop": "", "space": " ", "?": "?"}[how]
    return s.replace("’", rep)


def strip_accents(s: str) -> str:
    out = []
    for ch in s:
        if ch in "œŒ«»’–—€…\u00a0\u202f":
            out.append(ch)
            continue
        d = unicodedata.normalize("NFD", ch)
        out.append("".join(c for c in d if not unicodedata.combining(c)))
    return "".join(out)


def mojibake(line: str, codec: str) -> str:
    if codec == "cp1252x2":
        once = line.encode("utf-8").decode("cp1252")
        return once.encode("utf-8").decode("cp1252")
    if codec == "cp852":  # Latin-1 bytes shown in the DOS Central-European code page
        return line.encode("latin-1").decode("cp852")
    return line.encode("utf-8").decode(codec)


def wrap(text: str, width: int, rng: random.Random, jitter: int) -> list[str]:
    lines: list[str] = []
    for seg in text.split("\n"):
        words = seg.split(" ")
        cur = ""
        target = width - rng.randint(0, jitter)
        for w in words:
            if cur and len(cur) + 1 + len(w) > target:
                lines.append(cur)
                cur = w
                target = width - rng.randint(0, jitter)
            else:
                cur = f"{cur} {w}" if cur else w
        lines.append(cur)
    return lines


# ---------------------------------------------------------------- blocks
@dataclass
class Block:
    kind: str  # "bp" boilerplate, "art" article paragraph, "lines" article lines kept apart
    text: str
    opts: dict = field(default_factory=dict)


def B(text: str, **o) -> Block:
    """Boilerplate: every line of it is listed in boilerplate_lines (blank lines excepted)."""
    return Block("bp", text, o)


def P(text: str, **o) -> Block:
    """One article paragraph (title, body paragraph, caption): one line of clean_text."""
    return Block("art", text, o)


def L(text: str, **o) -> Block:
    """Article lines that stay separate lines (contact blocks, lists)."""
    return Block("lines", text, o)


def X(raw: str, clean: str, **o) -> Block:
    """Article text whose raw lines are given as is (e.g. two PDF columns interleaved);
    `clean` holds the repaired lines, one paragraph a line."""
    return Block("explicit", raw, dict(o, clean=clean))


def damage(text: str, o: dict) -> str:
    if "oe" in o:
        text = lose_oe(text, o["oe"])
    if "apos" in o:
        text = lose_apos(text, o["apos"])
    if o.get("strip"):
        text = strip_accents(text)
    if "nodash" in o:
        text = text.replace("–", o["nodash"] if isinstance(o["nodash"], str) else "")
    if o.get("lig"):  # PDF ligatures left in the text
        text = text.replace("fi", "\ufb01").replace("fl", "\ufb02")
    if "noeuro" in o:
        text = text.replace("€", o["noeuro"] if isinstance(o["noeuro"], str) else "")
    return text


@dataclass
class Page:
    name: str
    meta: dict
    blocks: list
    gold: dict
    wrap: int | None = None
    jitter: int = 10


def render(page: Page) -> tuple[str, dict]:
    rng = random.Random(page.name)
    raw_lines: list[str] = []
    is_bp: list[bool] = []
    clean_lines: list[str] = []
    split_numbers = False
    for b in page.blocks:
        o = b.opts
        if b.kind == "bp":
            raw = damage(side(b.text, 0), o)
            new = raw.split("\n")
            flags = [True] * len(new)
        elif b.kind == "explicit":
            new = damage(b.text, o).split("\n")
            flags = [False] * len(new)
            clean_lines += [c for c in o["clean"].split("\n") if c.strip()]
        else:
            pieces = [b.text] if b.kind == "art" else b.text.split("\n")
            new, flags = [], []
            for piece in pieces:
                c = side(piece, 1)
                if c.strip():
                    clean_lines.append(c)
                raw = damage(side(piece, 0), o)
                width = o.get("wrap", page.wrap if b.kind == "art" else None)
                if width and not o.get("nowrap"):
                    got = wrap(raw, width, rng, o.get("jitter", page.jitter))
                    if any(a[-1:].isdigit() and b[:1].isdigit() for a, b in zip(got, got[1:])):
                        split_numbers = True
                else:
                    got = raw.split("\n")
                new += got
                flags += [False] * len(got)
        if "moji" in o:
            codec, which = o["moji"] if isinstance(o["moji"], tuple) else (o["moji"], None)
            for i in range(len(new)):
                if which is None or i in which:
                    new[i] = mojibake(new[i], codec)
        if o.get("glue") and raw_lines:
            raw_lines[-1] += new[0]
            is_bp[-1] = is_bp[-1] and flags[0]
            new, flags = new[1:], flags[1:]
        raw_lines += new
        is_bp += flags
    raw_text = "\n".join(raw_lines)
    bpl = [i for i, (ln, f) in enumerate(zip(raw_lines, is_bp)) if f and ln.strip()]
    defects = list(page.meta["defects"])
    if split_numbers and "wrapped-number" not in defects:
        defects.append("wrapped-number")
    gold = {
        "site": page.meta["site"],
        "style": page.meta["style"],
        "defects": defects,
        "language": page.meta.get("language", "fr"),
        "listing": page.meta.get("listing", False),
        "title": page.gold["title"],
        "dateline": page.gold["dateline"],
        "boilerplate_lines": bpl,
        "clean_text": "\n".join(clean_lines),
        "organisations": page.gold["organisations"],
        "places": page.gold["places"],
        "figures": page.gold["figures"],
        "phones": page.gold["phones"],
        "emails": page.gold["emails"],
        "hidden_emails": page.gold.get("hidden_emails", 0),
        "contacts": page.gold["contacts"],
    }
    if page.gold.get("notes"):
        gold["notes"] = page.gold["notes"]
    return raw_text, gold


# ---------------------------------------------------------------- gold helpers
def org(long_form, acronym=None):
    return {"long_form": long_form, "acronym": acronym}


def place(name, iso=None):
    return {"name": name, "iso": iso}


def fig(text, value, unit=None, kind="count", qualifier=None, currency=None):
    return {"text": text, "value": value, "unit": unit, "kind": kind,
            "qualifier": qualifier, "currency": currency}


def phone(e164, kind="phone", valid=True, extension=None):
    return {"e164": e164, "extension": extension, "kind": kind, "valid": valid}


def contact(person, role=None, organisation=None, phones=(), emails=()):
    return {"person": person, "role": role, "organisation": organisation,
            "phones": list(phones), "emails": list(emails)}


def dl(place_, date=None):
    return {"place": place_, "date": date}


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    import importlib
    mods = sorted(p.stem for p in HERE.glob("pages_*.py"))
    n = 0
    for m in mods:
        mod = importlib.import_module(m)
        for page in mod.PAGES:
            raw, gold = render(page)
            out = CORPORA / mod.SET
            out.mkdir(exist_ok=True)
            (out / f"{page.name}.txt").write_text(raw, encoding="utf-8")
            (out / f"{page.name}.gold.json").write_text(
                json.dumps(gold, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            n += 1
    print(f"wrote {n} pages")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
