"""Month names, French and English, full and abbreviated: one table for every stage that reads dates
(boilerplate date stamps, datelines, date figures)."""

from __future__ import annotations

from functools import lru_cache

import regex

MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "janv": 1, "jan": 1, "févr": 2, "fevr": 2, "fév": 2, "fev": 2, "feb": 2, "mar": 3, "avr": 4, "apr": 4,
    "jun": 6, "juil": 7, "jul": 7, "aug": 8, "sept": 9, "sep": 9, "oct": 10, "nov": 11, "déc": 12, "dec": 12,
}
# the whole words; the rest are abbreviations, which may take a dot (`janv.`)
FULL_MONTHS = frozenset(m for m in MONTHS if len(m) > 4 or m in ("mars", "mai", "juin", "may", "june", "july", "août", "aout"))
# longest first, so that an alternation tries `septembre` before `sept` and `sep`
MONTH_NAMES = sorted(MONTHS, key=len, reverse=True)
FRENCH_WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
WEEKDAYS = FRENCH_WEEKDAYS + ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def month_number(name: str) -> int:
    """The month a name stands for, also when an accent came out damaged; 0 when it is none.

    >>> month_number("Novembre"), month_number("aoűt"), month_number("fÚvrier"), month_number("janv.")
    (11, 8, 2, 1)
    """
    name = name.lower().rstrip(".")
    if name in MONTHS:
        return MONTHS[name]
    return next((n for m, n in MONTHS.items() if len(m) == len(name) and all(a == b or not a.isascii() for a, b in zip(m, name))), 0)


_MONTH_ALTERNATIVES = "|".join(MONTH_NAMES)
TIME = r"\d{1,2}\s?[:h]\s?\d{2}"  # a clock time: `16 h 05`, `07h45`, `10:24`
# `14 juin 2023`, `Publié le 03/06/2024`, `diffusé le 12/03/2024 à 09:00 CET`, `21 Feb 2024 - 08:13`,
# `Date modified: 2024-03-08`, `Date de publication : 12 novembre 2025`: a page's date stamp (a participle in -é before `le`: publié, diffusé, actualisé;
# bounded, so that a search through a long run of letters stays linear)
_WEEKDAY_ALTERNATIVES = "|".join(WEEKDAYS)
# a feed's abbreviated weekday, always with its comma or dot (`Lun, 02 Mar 2026 08:00:00 +0100`): `mar` alone is March
WEEKDAY_ABBREVIATIONS = "lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun"
DATE_STAMP = regex.compile(
    rf"(?i:(?:date\s+de\s+(?:publication|parution|diffusion|mise\s+(?:à\s+jour|en\s+ligne))|publication|parution|(?:dernière\s+)?mise?\s+à\s+jour|mise?\s+en\s+ligne|\p{{L}}{{2,16}}é|posted|updated|published|date modified|last modified|date|le)\s*(?:le\s*:?|on|:)?\s*)?"
    rf"(?i:(?:{_WEEKDAY_ALTERNATIVES}),?\s+|(?:{WEEKDAY_ABBREVIATIONS})[.,]\s*)?"  # `Publié le : dimanche, 16 mars 2025`, `Lun, 02 Mar 2026`
    # (a wire may put a comma after the month, `02 déc, 2025`, or write the month first, `December 2, 2025`)
    rf"(?:\d{{1,2}}(?:er)?\s+(?i:{_MONTH_ALTERNATIVES})\.?,?\s+\d{{4}}|(?i:{_MONTH_ALTERNATIVES})(?:\.?\s+\d{{1,2}},?)?\s+\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d\d-\d\d"  # (`27-11-2025` too)
    r"|(?i:il y a)\s+\d{1,2}\s+(?i:min(?:ute)?s?|h|heures?|jours?|semaines?))"  # `Il y a 3 heures`
    # a time (`16 h 05`, `08:00:00`), maybe with its zone (`CET`, `ET`, `+0100`)
    rf"(?:\s*[-–,à]?\s*{TIME}(?::\d\d)?(?:\s+\p{{Lu}}{{2,4}}\b|\s+[+-]\d{{4}}\b)?)?"
)
# a date stamp that ends a text, searched from the end (from the start, every character of the line is tried)
STAMP_AT_END = regex.compile(rf"(?:{DATE_STAMP.pattern})\Z", regex.REVERSE)
STAMP_SEPARATOR = regex.compile(r"[·|•]")
_TIME_ALONE = regex.compile(  # `Mis à jour à 16 h 05`, `(Mis à jour à 15 h)`
    r"\(?(?i:mis à jour|modifié|actualisé|publié|updated|posted)\s*(?:à|at|:)?\s*\d{1,2}\s?(?:[:h]\s?\d{2}|h)\)?"
)
_CLOCK_ALONE = regex.compile(r"\d{1,2}:\d{2}")
_DASH = regex.compile(r"\s[-–—]\s")  # `Publié le 19/08/2025 à 17h42 - Mis à jour le 20/08/2025 à 08h05`
_UPDATE_COMMA = regex.compile(r",\s*(?=(?i:mis à jour|modifié|actualisé|updated)\b)")  # `Publié le ..., mis à jour ...`
_DIGIT = regex.compile(r"\d")
_CLOCK = regex.compile(TIME)


@lru_cache(maxsize=4096)  # the boilerplate rules ask it of the same lines again and again
def is_date_stamp(text: str) -> bool:
    """A page's or a story's date stamp and nothing else, maybe several dates side by side.

    >>> is_date_stamp("Publié le 03/10/2023 à 11h42 · Mis à jour le 03/10/2023"), is_date_stamp("21 Feb 2024 - 08:13")
    (True, True)
    >>> is_date_stamp("Le 3 mars 2024, le ministre a signé"), is_date_stamp("18/11/2025 · 07h45")
    (False, True)
    >>> is_date_stamp("Publié le 22/04/2026 à 18h05, mis à jour à 19h30"), is_date_stamp("Lun, 02 Mar 2026 08:00:00 +0100")
    (True, True)
    >>> is_date_stamp("27-11-2025 - 13:05"), is_date_stamp("Date de publication : 12 novembre 2025")
    (True, True)
    >>> is_date_stamp("02 déc, 2025, 10:30 ET"), is_date_stamp("December 2, 2025 10:30")
    (True, True)
    """
    if len(text) > 120 or not _DIGIT.search(text):  # every date has a digit
        return False
    if _TIME_ALONE.fullmatch(text.strip()) or _CLOCK_ALONE.fullmatch(text.strip()):
        return True  # `Mis à jour à 16 h 05`; a story's time alone on a news wire (`09:45`)
    for separator in (STAMP_SEPARATOR, _DASH, _UPDATE_COMMA):  # (a date and its time may stand on either side of a dash)
        if separator is not STAMP_SEPARATOR and not separator.search(text):
            continue
        parts = [p.strip() for p in separator.split(text) if p.strip()]
        if len(parts) >= 2 and _CLOCK.fullmatch(parts[-1]):
            parts.pop()  # `18/11/2025 · 07h45`: the time beside its date
        # (after the date, the update may give its time alone: `Publié le 22/04/2026 à 18h05 · mis à jour à 19h30`)
        if parts and DATE_STAMP.fullmatch(parts[0]) and all(DATE_STAMP.fullmatch(p) or _TIME_ALONE.fullmatch(p) for p in parts[1:]):
            return True
    return False
