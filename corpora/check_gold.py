#!/usr/bin/env python3
"""Check the gold files of the corpora (stdlib + phonenumbers only).

    python corpora/check_gold.py            # check corpora/dev, corpora/heldout and corpora/next
    python corpora/check_gold.py -v         # also list numbers of clean_text that no figure covers
    python corpora/check_gold.py -v next    # only the sets named (dev, heldout, next)

Exit status 0 when every page is clean, 1 otherwise.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import phonenumbers

ROOT = Path(__file__).resolve().parent
SETS = ("dev", "heldout", "next")
KEYS = {
    "site": str, "style": str, "defects": list, "language": str, "listing": bool,
    "title": str, "dateline": (dict, type(None)), "boilerplate_lines": list,
    "clean_text": str, "organisations": list, "places": list, "figures": list,
    "phones": list, "emails": list, "hidden_emails": int, "contacts": list,
}
FIGURE_KINDS = {"count", "percent", "money", "duration", "age", "date", "year", "ordinal", "other"}
DATE_RE = re.compile(r"^(\d{4}|-)-\d{2}-\d{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}$")
HIDDEN = "[email protected]"


def check_page(txt: Path, verbose: bool) -> list[str]:
    errs: list[str] = []
    gold_path = txt.with_name(txt.name[:-4] + ".gold.json")
    if not gold_path.exists():
        return [f"missing {gold_path.name}"]
    raw = txt.read_text(encoding="utf-8")
    try:
        g = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        return [f"gold does not load: {e}"]
    for k, t in KEYS.items():
        if k not in g:
            errs.append(f"missing key {k}")
        elif not isinstance(g[k], t):
            errs.append(f"key {k} has type {type(g[k]).__name__}")
    if errs:
        return errs
    lines = raw.split("\n")
    clean = g["clean_text"]
    clines = clean.split("\n")

    # raw text must not carry build markup
    for tok in ("[[", "||", "]]", "⏎"):
        if tok in raw:
            errs.append(f"raw text carries markup {tok!r}")

    # boilerplate lines
    bl = g["boilerplate_lines"]
    if bl != sorted(set(bl)):
        errs.append("boilerplate_lines not sorted/unique")
    for i in bl:
        if not isinstance(i, int) or not 0 <= i < len(lines):
            errs.append(f"boilerplate line {i} out of range (0..{len(lines) - 1})")
        elif not lines[i].strip():
            errs.append(f"boilerplate line {i} is blank")

    # title and clean text
    if not clean or clines[0] != g["title"]:
        errs.append(f"title {g['title']!r} is not the first line of clean_text {clines[0]!r}")
    if any(not ln.strip() for ln in clines):
        errs.append("clean_text has blank lines")
    if any(ln != ln.strip() for ln in clines):
        errs.append("clean_text has lines with leading/trailing spaces")
    if "  " in clean:
        errs.append("clean_text has double spaces")
    for bad in ("<br", "<strong", "&nbsp;", "&eacute;", "mailto:", "\ufffd", "Ã", "Ă©"):
        if bad in clean:
            errs.append(f"clean_text still carries {bad!r}")
    if g["language"] not in ("fr", "en"):
        errs.append(f"language {g['language']!r}")

    # dateline
    d = g["dateline"]
    if d is not None:
        if set(d) != {"place", "date"}:
            errs.append(f"dateline keys {sorted(d)}")
        elif d["place"] not in clean:
            errs.append(f"dateline place {d['place']!r} not in clean_text")
        if d.get("date") is not None and not DATE_RE.match(d["date"]):
            errs.append(f"dateline date {d['date']!r} is not ISO (YYYY-MM-DD or --MM-DD)")

    # organisations and places
    low = clean.lower()
    for o in g["organisations"]:
        if set(o) != {"long_form", "acronym"}:
            errs.append(f"organisation keys {sorted(o)}")
            continue
        if o["long_form"] is None and o["acronym"] is None:
            errs.append("organisation with neither long form nor acronym")
        for k in ("long_form", "acronym"):
            if o[k] is not None and o[k].lower() not in low:
                errs.append(f"organisation {k} {o[k]!r} not in clean_text")
    for p in g["places"]:
        if set(p) != {"name", "iso"}:
            errs.append(f"place keys {sorted(p)}")
            continue
        if p["name"].lower() not in low:
            errs.append(f"place {p['name']!r} not in clean_text")
        if p["iso"] is not None and not re.fullmatch(r"[A-Z]{2}", p["iso"]):
            errs.append(f"place iso {p['iso']!r}")
    names = [p["name"] for p in g["places"]]
    if len(names) != len(set(names)):
        errs.append("duplicate places")

    # figures
    for f in g["figures"]:
        if set(f) != {"text", "value", "unit", "kind", "qualifier", "currency"}:
            errs.append(f"figure keys {sorted(f)}")
            continue
        if f["text"] not in clean:
            errs.append(f"figure text {f['text']!r} not in clean_text")
        if f["kind"] not in FIGURE_KINDS:
            errs.append(f"figure kind {f['kind']!r}")
        if f["kind"] == "date":
            if not (isinstance(f["value"], str) and DATE_RE.match(f["value"])):
                errs.append(f"date figure value {f['value']!r}")
        elif not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool):
            errs.append(f"figure value {f['value']!r} is not a number")
        if f["kind"] == "percent" and f["unit"] != "%":
            errs.append(f"percent figure unit {f['unit']!r}")
        if f["kind"] == "money" and not f["currency"]:
            errs.append(f"money figure without currency: {f['text']!r}")
        if f["kind"] != "money" and f["currency"]:
            errs.append(f"currency on non-money figure {f['text']!r}")
        if f["qualifier"] is not None and not f["text"].lower().startswith(f["qualifier"].lower()):
            errs.append(f"qualifier {f['qualifier']!r} does not open {f['text']!r}")
        if f["unit"] is not None and f["unit"] != "%" and f["unit"] not in f["text"]:
            errs.append(f"unit {f['unit']!r} not in figure text {f['text']!r}")

    # phones
    raw_digits = re.sub(r"\D", "", raw)
    e164s = []
    for p in g["phones"]:
        if set(p) != {"e164", "extension", "kind", "valid"}:
            errs.append(f"phone keys {sorted(p)}")
            continue
        e164s.append(p["e164"])
        if p["kind"] not in ("phone", "fax"):
            errs.append(f"phone kind {p['kind']!r}")
        try:
            n = phonenumbers.parse(p["e164"], None)
        except phonenumbers.NumberParseException as e:
            errs.append(f"phone {p['e164']} does not parse: {e}")
            continue
        if phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164) != p["e164"]:
            errs.append(f"phone {p['e164']} is not in E.164 form")
        if phonenumbers.is_valid_number(n) != p["valid"]:
            errs.append(f"phone {p['e164']} valid should be {phonenumbers.is_valid_number(n)}")
        nsn = str(n.national_number)
        if nsn[:-2] not in raw_digits:
            errs.append(f"phone {p['e164']}: digits {nsn} not found in the raw text")
        if p["extension"] is not None and p["extension"] not in raw:
            errs.append(f"phone extension {p['extension']} not in raw text")
    if len(e164s) != len(set(e164s)):
        errs.append("duplicate phones")

    # e-mails
    for e in g["emails"]:
        if e != e.lower() or not EMAIL_RE.match(e):
            errs.append(f"e-mail {e!r} not lower-case or malformed")
        if e not in raw.lower():
            errs.append(f"e-mail {e!r} not in the raw text")
    if g["hidden_emails"] != clean.count(HIDDEN):
        errs.append(f"hidden_emails {g['hidden_emails']} but clean_text holds {clean.count(HIDDEN)}")

    # contacts
    for c in g["contacts"]:
        if set(c) != {"person", "role", "organisation", "phones", "emails"}:
            errs.append(f"contact keys {sorted(c)}")
            continue
        for k in ("person", "role", "organisation"):
            if c[k] is not None and c[k] not in clean:
                errs.append(f"contact {k} {c[k]!r} not in clean_text")
        for p in c["phones"]:
            if p not in e164s:
                errs.append(f"contact phone {p} not among phones")
        for e in c["emails"]:
            if e not in g["emails"]:
                errs.append(f"contact e-mail {e} not among emails")

    if verbose:
        covered = [False] * len(clean)
        for f in g["figures"]:
            start = 0
            while (i := clean.find(f["text"], start)) >= 0:
                for j in range(i, i + len(f["text"])):
                    covered[j] = True
                start = i + 1
        nsns = [re.sub(r"\D", "", p["e164"])[-6:] for p in g["phones"]]
        for m in re.finditer(r"\d+", clean):
            line = clean[clean.rfind("\n", 0, m.start()) + 1:clean.find("\n", m.end()) % (len(clean) + 1)]
            if any(n in re.sub(r"\D", "", line) for n in nsns):
                continue  # a phone line
            if not any(covered[m.start():m.end()]):
                ctx = clean[max(0, m.start() - 25):m.end() + 15].replace("\n", " / ")
                print(f"    uncovered {m.group()!r}: …{ctx}…")
    return errs


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    named = [a for a in argv if a != "-v"]
    unknown = [a for a in named if a not in SETS]
    if unknown:
        print(f"unknown set {unknown[0]!r}: name one of {', '.join(SETS)}")
        return 2
    bad = 0
    total = 0
    for s in named or SETS:
        for txt in sorted((ROOT / s).glob("*.txt")):
            total += 1
            if verbose:
                print(f"{s}/{txt.name}")
            errs = check_page(txt, verbose)
            for e in errs:
                print(f"{s}/{txt.name}: {e}")
            bad += bool(errs)
    print(f"{total} pages checked, {bad} with errors")
    return 1 if bad or not total else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
