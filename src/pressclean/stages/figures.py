"""Figures: the numbers a release reports, with what they count (FIGURE entities).

An annotating stage: it never changes the text. Each FIGURE carries

- `value`: an int or float (`71 029` → 71029, `3,3 millions` → 3300000, `deux tiers` → 0.6667), or an
  ISO 8601 string for a date (`2010-01-12`; `--10-01` when the year is not given); a month without a day is
  a year figure whose text keeps the month (`novembre 2002` → 2002); an abbreviated month right after a
  day is a date with or without a year (`3 déc (APS)` → `--12-03`), and so is an English month first
  (`On March 3,`);
- `unit`: the head noun counted, as written (`migrants`, `victimes`, `mois`, `dollars`, `francs CFA`,
  `mètres cubes`), the symbol as written (`€`, `M€`, `CHF`, `m³/s`), `%` for any percentage, None for
  dates, years, ordinals, fractions and bare numbers;
- `kind`: count, percent, money, duration, age, date, year, ordinal or other (measures, fractions);
- `currency`: the ISO 4217 code for money (`dollars` → USD, `€` → EUR, `francs CFA` → XOF), or None;
- `qualifier`: `plus de`, `près de`, `quelque`, `jusqu'à`, `environ`, `moins de`, ... or None.

The span covers qualifier, number and unit (`près de 80 %`, `sept anciennes victimes`).

How numbers are read: thousands grouped by spaces (also U+00A0, U+202F), dots, commas or apostrophes
(`1'250`); decimals with a comma or a point; a minus sign before a temperature or a percentage. A lone
group of three digits after a comma or dot (`2,777`, `1.500`) follows the document's own convention (if
it writes decimals with commas elsewhere, `1.500` is fifteen hundred; a French paragraph on a page that groups
thousands with spaces writes decimals with commas, `42,195 km`), and `,000`/`.000` is always a
thousands group. Number words go through `text2num` (`vingt-trois mille` → 23000); `un`/`une` alone are
articles, not figures, and a bare number word counts only as a part of a group (`dont six`, `cinq
d'entre eux`) or when compounded of several (`trois cent cinquante au total`, `vingt-trois`). A page whose language is English (`doc.language == "en"`) is read with English number
words, qualifiers and head-final units (`4.1 million inhabitants still` counts `inhabitants`: a plural
noun ends the phrase, an irregular one too, `4,500 craftspeople`; `50,000 cubic metres` and `a 6,800-square-metre
hall` are one measure; `€2.5m`, `$3bn`; a currency word before the amount, `CFA francs 1.1 billion`, `Rwf 5,000`;
a year after a determiner dates the singular noun after it, `the 2025 budget allocates`); English qualifiers are
read on French pages too (an English version). A number word hyphenated to a duration or a measure is one
figure in either language (`a three-year project`, `a 15-year-old girl`: an age). A capital `M` after a
number is millions (`5,4 M de personnes`), and a whole number of millions in digits takes `de` (`150 000
000 de francs CFA`); a French word right after `millions` without `de` is no unit (`dont 18 milliards
apportés par`). Swiss `mio`/`mrd`, Québec's `M$`/`G$`, Moroccan `MDH`, English `1.2m people` and `2bn` before a
plural noun are scales; an amount written in two parts is one (`1 milliard 200 millions`); so is a share of a
million (`half a million people`, `un demi-million`); a fraction of small numbers before what it shares is a
share (`les 2/3 des ménages`).

Ranges give two figures: the first bound is its bare number (unit None) with the kind, scale and currency
of the second (`entre 18 et 22 millions d'euros` → 18000000 EUR; not the scale when the bound is nearer
the second as written: `de 100 000 à 2 millions FCFA` → 100000); a bare number compared with a figure
takes its kind (`en 105 jours au lieu de 130`). An amount in millions without a currency word is money
when a noun of money stands a few words before it (`un déficit de 7,2 millions`, `le budget atteint 4
milliards`) or when the last amount in millions before it is money (`180 millions d'euros ..., dont 45
millions`), in the currency of the nearest amount (or the code in brackets of its row's label: `Budget requis
(USD) : 24,5 millions`), or when the page gives the same amount as money (a title's `48 millions` of the body's
`48 millions de francs`); so is a bare number of a hundred or more right after such a noun (`un loyer de 290
par mois`: its sign lost). A bare number after `dont` is a part of the
figure before it in its sentence, with its kind, currency and scale (`27 millions d'euros ..., dont 8` →
8000000 EUR). `francs` or `dollars` on a page whose country is unknown take the code the page writes (`CHF
96,3 millions`), and words such as `francs CFA` the country of the nearest place named before them (a
listing's story: `Cameroun : ... 5 200 francs CFA` is XAF; a word the page's own country does not use too:
`au Maroc, 15 000 dirhams` on a page from Niger). A bare number a few words after an alert or a warning is a
level, kind other (`alert level raised to 3`, `niveau d'alerte 3`). In a row of key figures whose label starts
with a measure (`Litres d'eau par jour : 11,5`), the bare numbers are measures. Counts in brackets after a
list of names are counts (`Valence (62), Romans (38)`); a lone bracketed number is a reference.

What is not a figure: numbers inside names (`Programme 2030`, `COVID-19`, `G20`, the year of `le plan
2024`, `l'édition 2025` or `Championnats du monde 2028`), phone numbers, e-mails and the lines of a contact record (found with the
contacts stage's reader, `contact_spans`), digits after a `+` grouped like a phone (a number cut off at
the end of a page) or after a country's calling code in brackets (`(221) 33 869` ⏎ `12 34`), IBANs, postcodes (`75008 Paris`, `CH-1211`), post-office boxes and other references
(`Case postale 194`, `article 3`, `page 2`, `resolution 2334`, a train's number: `les trains omnibus 411 et 412`, a scripture
reference: `(Lc 2, 7)`, `numéro d'urgence 115` and that number
alone elsewhere, with the numbers that go on its list: `appelez le 115 ou le 3919`, `formez le 101`, a short
number called a few words after the verb: `signaler tout départ de feu au 18`; a line's number: `la ligne 2`, `the
NDMO free line 199`; a week's: `la semaine 48`), a download link's file size (`(PDF, 1,1 Mo)`) and a resource's
download counter (`48,2 Ko · 1 204 téléchargements`), page metadata left in the text (a publication or update line
on a page that is no listing, `Publié le 02/12/2025 à 07:55 · ...`, or a release's type and date alone on a line,
`Communiqué de presse 01 décembre 2025`; a line of widget counters, `Lu 345 fois`,
`12 commentaires`), a year in a report's or a survey's name (`son rapport public annuel 2024`), a register's
number (`SIRET 123 456 789 00012`), digits in pairs with a trunk 0, a `00` pair or dots (`80 00 11 22`: a
phone the contacts stage could not read), a year after a period's noun capitalised inside a sentence
without article (`Vision 2063 et Horizon 2030`; but `à l'horizon 2030`), the
counter heading a section or list line in any numbering (`1. Résumé`, `1-1. Création`, `2.3. Recrutement`), a year before the
English name it dates (`the 2030 Agenda`), a number after an acronym or a word with a capital inside
(`la CAN 2027`, `iPhone 15`),
dotted codes (`0654.987.321`), street numbers, footnote marks (`en 2010²` keeps its year) and a footnote's
number heading its line when the body holds that mark (`CE1,` ... `1 Directive ...`), the parts of a code
joined by colons (`EU:C:2021:182`), a series letter's number (`JO L 299`), the date of an act named by its
number or of a judgment cited with its case number (`directive 2003/88/CE du 4 novembre 2003`, `arrêt du 9
mars 2021, X, C-344/19`; but `la loi du 4 août 2021` keeps its date), a date naming a street or a place
(`avenue du 13 Octobre`, `rue du 8 mai 1945`, `Place du 28 Septembre`), an index base (`base 100`), the year of
a photo credit or a copyright (`© 2025 Radio X`), times of day (`08:13`, `14h30`, `à 9 heures 30`, `depuis 7 heures`, `de 9 heures à 17
heures`, `à partir de 18 heures`, the hours heading a programme's lines, `11 h : accueil`) and anything inside an e-mail address
or a web address.

A number word after `N unit sur` is the whole counted out of (`deux jours sur trois`: 3, and the two days
a frequency, a count), or all of them when it repeats N (`sept jours sur sept`, one figure); a share of a cycle
whose whole is the cycle's count of the unit is one proportion (`22 heures sur 24` → 0.9167, `six jours sur sept`); a whole after
`sur` counts what its part counts (`87 échantillons sur 112 analysés`: 112, no unit); `trois fois
plus` is a ratio (other), and so is the factor of `multipliée par 3`; `de moitié` a share (0.5, text `moitié`). Ages:
`âgés de`, a person noun and `de`, `avoir` and years (`Ibrahim a 19 ans`, but `il y a 5 ans`, `a 10 ans de
retard`), an age group (`les 15-24 ans`, `les 60 ans ou plus`) and the clause whose subject is `âge`
(`l'âge médian ... est de 79 ans`); hours glued to their number are a duration (`48h`), and a race time with its marks
is one duration in seconds, unit None (`2 h 07 min 48 s` → 7668, `sous les 2 h 20` → 8400). A bare number
compared with a duration is one (`en 105 jours au lieu de 130`), unless another period follows it (`sur
trois jours, contre 19 500 l'an dernier`: a count). The cells of a table whose caption gives their unit
(`Taux d'inflation (%)`, then `1,8` on a line, or `Bénin 1,8 1,5`) take that unit, up to the first sentence (a
currency in its brackets, `(francs CFA par kilo)`, makes them amounts of it with unit None);
the values of other tables are counts with unit None and their header's years are years, read one cell a line
(`Pays` ⏎ `2024` ⏎ `2025` ⏎ `France` ⏎ `12'310` ⏎ ...: a header over rows in the same columns) or one row a line
(`Pays 2024 2025` ⏎ `France 12'310 13'480`). A number of `journées` is a count (work-days, matchdays), where
`jours` are a duration; a share with its article is a fraction (`le tiers des`, `près du quart de`).
`°/o` is a percent sign (a typewriter's, as OCR reads it).

Units: a word in the singular after a number of two or more in a French paragraph is not what it counts
(`2025 requiert`: counted nouns agree; nor, in English, after a whole number: `children under 5 account
for`, but `25 staff`), nor a function word whose accent was stripped (`2025 aupres de`); a participle or adjective right after a number whose noun was
named before (`dont 64 importés`) and a lower-case nationality (`dont 22 belges`) are not units; a
currency word completed by a country or nationality is one name with that country's code (`francs
Djibouti` → DJF, `couronnes danoises` → DKK); an ISO 4217 code beside an amount is its currency (`KES
1,200`), and so are local abbreviations written in capitals (`5 000 DA`, `300 DT`). A compound noun the
lexicon lists is counted whole (`1 800 poids lourds`). (A number grouped in thousands beside a currency or
a scale word, `15.000.000 EUR`, is an amount: the phone reader, which shares this stage's lexicon of
currencies, does not take it.)

Every pattern is bounded (no nested unbounded repetition) and every per-number check looks at a
window of fixed size, so the stage runs in linear time on any input. Text that is not sentences is
not read, with a warning that says where: digit runs longer than any number, and a hundred numbers
or more in a row each within 15 characters of the next (a table of bare numbers, or junk).
"""

from __future__ import annotations

import bisect
import calendar
import math
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from functools import cached_property, lru_cache
from itertools import islice
from typing import Any, Iterable, Iterator

import phonenumbers
import regex
from text_to_num import text2num

from ..dates import FRENCH_WEEKDAYS, FULL_MONTHS, MONTHS, TIME, WEEKDAY_ABBREVIATIONS, WEEKDAYS, is_date_stamp
from ..document import Document, Entity
from ..resources import load_json
from .contacts import STAGE as CONTACTS_STAGE
from .contacts import FILE_EXTENSIONS, contact_lines, contact_spans, domain_regions, place_country, region_of_place, register_numbers, stem_matches
from ..geo import _countries, country_code, fold, strip_accents

STAGE = "find_figures"

_H = r"[ \t\u00a0\u202f\u2009]"  # horizontal space, including the no-break spaces French typography uses
_SPACE_CHARS = " \t\u00a0\u202f\u2009"  # the same, for str.strip
# Patterns that read what stands right before a number end with `\Z` and are searched in a window
# that ends at the number. Compiled with `_BACK` (regex.REVERSE), they are matched from that end,
# once; searched forwards, they are tried at every start in the window, which costs up to 15 times
# more for the same match (the same one: the longest, since all end at `\Z`).
_BACK = regex.REVERSE
_DE = rf"d(?:e{_H}+|['’]{_H}?)"  # `de ` or `d'`

# A written number. Alternatives go from the most to the least specific grouping; each group is
# bounded, so long digit runs cannot backtrack catastrophically.
_NUMBER = regex.compile(
    rf"""
    (?<![\p{{N}}])
    (?P<num>
        \d{{1,3}}(?:[ \u00a0\u202f\u2009]\d{{3}}){{1,6}}(?:,\d{{1,3}})?(?![\d])   # 71 029, 1 000,5
      | \d{{1,3}}(?:\.\d{{3}}){{1,6}}(?:,\d{{1,6}})?(?![\d])                     # 432.574, 1.234,5
      | \d{{1,2}}(?:,\d\d){{1,4}},\d{{3}}(?:\.\d{{1,6}})?(?![\d])                # 4,80,000 (Indian lakh grouping)
      | \d{{1,3}}(?:,\d{{3}}){{1,6}}(?:\.\d{{1,6}})?(?![\d])                     # 300,000
      | \d{{1,3}}(?:['’]\d{{3}}){{1,6}}(?:[.,]\d{{1,6}})?(?![\d])                  # 1'250 (Swiss)
      | \d{{1,15}}(?:[.,]\d{{1,6}})?(?![\d])                                    # 2373, 3,3, 2.5
    )
    (?!(?![¹²³⁰⁴-⁹])\p{{N}})  # a superscript digit after a number is a footnote mark: `en 2010²`
    """,
    regex.VERBOSE,
)
_DIGIT_GROUPS = regex.compile(r"\d+")
# Text that is not sentences, whose numbers are not read (each would cost as much as a number in
# prose, and a megabyte of `1 1 1 ...` holds half a million): digit runs longer than any number,
# phone or account number, and numbers packed like a table of bare numbers or junk, a hundred in
# a row each within 15 characters of the next (prose never comes close: the dev pages' densest
# 1,000 characters hold 52 digit groups). The page gets a warning that says where.
_LONG_RUN = 64
_PACKED_RUNS = 100  # (each repetition of `_PACKED` takes a digit run of its own)
_LONG_DIGITS = regex.compile(rf"\d{{{_LONG_RUN},}}")
_PACKED = regex.compile(rf"(?<!\d)(?<!\d\D{{1,15}})(?>\d+\D{{0,15}}){{{_PACKED_RUNS},}}")
# A release holds tens of numbers (the dev pages at most 68 digit groups); a page with thousands is
# a data dump, and each number costs tens of microseconds: past `_MAX_NUMBERS` digit groups the
# page is not read (a warning says where it stopped), so no page costs more than about half a second.
_MAX_NUMBERS = 10_000
_NOT_NEWLINE = regex.compile(r"[^\n]+")
_SPACES_IN_NUMBER = str.maketrans("", "", " \u00a0\u202f\u2009'’")
# the document's decimal convention, from numbers that can only be read one way
_COMMA_DECIMAL = regex.compile(r"\d+,(?:\d{1,2}|\d{4,})|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?")
_SPACE_GROUPED = regex.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+")
_POINT_DECIMAL = regex.compile(r"\d+\.(?:\d{1,2}|\d{4,})|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?")

_MONTHS = MONTHS
_ENGLISH_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# ... and their abbreviations, which English writes before the day too (`Dec. 5`, `Sept 30`)
_ENGLISH_MONTHS_FIRST = _ENGLISH_MONTHS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_FULL_MONTHS = sorted(FULL_MONTHS, key=len, reverse=True)
_ABBR_MONTHS = sorted((m for m in MONTHS if m not in FULL_MONTHS), key=len, reverse=True)
_MONTH = "|".join(_FULL_MONTHS + [rf"{m}\.?" for m in _ABBR_MONTHS])  # abbreviations may take a dot
_FULL_MONTH = "|".join(_FULL_MONTHS)
_YEAR = r"(?:1[89]|20)\d\d"
_DAY = rf"(?:(?P<day>3[01]|[12]\d|0?[1-9])(?:{_H}?(?:er|ᵉʳ|re)(?![\p{{L}}])|(?:st|nd|rd|th)(?![\p{{L}}]))?|(?P<premier>premier|1er))"
# the clock time after a date, part of its figure (`21 Feb 2024 - 08:13`, `le 28 janvier 2025 à 9 h 30`,
# `le 3 février à 19 h`, `03/06/2024 à 14h32`, `18/11/2025 · 07h45`, `01/12/2025 | 10h15`, and with a space alone a
# clock written tight, `01/12/2025 16:05`); an hour without minutes only after `à`
_TIME_BODY = (
    rf"(?:{_H}{{0,3}}[-–,à·|]{_H}{{0,3}}(?:[01]?\d|2[0-3])(?:[:h]|{_H}?h{_H}?)[0-5]\d(?![\p{{N}}])(?:{_H}?(?:GMT|UTC|h))?"
    rf"|{_H}{{1,3}}(?:[01]?\d|2[0-3])[:h][0-5]\d(?![\p{{N}}:])(?:{_H}?(?:GMT|UTC))?"
    rf"|{_H}{{1,3}}à{_H}{{1,3}}(?:(?:[01]?\d|2[0-3]){_H}?(?:h|heures?)|(?-i:minuit|midi)(?!-))(?![\p{{L}}\p{{N}}])"  # (`à minuit`, not `à Midi-Pyrénées`)
    # English `at`, then a clock with its minutes or its a.m./p.m. (`14 January 2026 at 10:00`, `at 5 p.m.`; not `at 10 sites`)
    rf"|{_H}{{1,3}}at{_H}{{1,3}}(?:(?:[01]?\d|2[0-3]):[0-5]\d(?![\p{{N}}])(?!{_H}?(?i:[ap]\.?m))|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?{_H}?(?i:[ap]\.m\.|[ap]m)(?![\p{{L}}\p{{N}}]))"
    rf"(?:{_H}?(?:GMT|UTC))?)"
)
_TIME_TAIL = rf"{_TIME_BODY}?"
_TIME_AFTER = regex.compile(_TIME_BODY)
_SP = rf"{_H}{{1,3}}"  # the spaces between the words of a date: bounded, so a date has a bounded length
_DATE_WORDS = regex.compile(
    rf"""
    (?:(?P<le>(?<![\p{{L}}])le{_SP})(?:(?:{"|".join(FRENCH_WEEKDAYS)}){_SP})?)?
    (?<![\p{{L}}\p{{N}}])
    (?:
        {_DAY}{_SP}(?P<month>{_MONTH})(?:,?{_SP}(?P<year>{_YEAR}))?(?![\p{{L}}\p{{N}}]){_TIME_TAIL}
      | (?P<month2>{_MONTH}){_SP}(?P<day2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?
        (?:,?{_SP}(?P<year2>{_YEAR})(?![\p{{N}}]){_TIME_TAIL}|(?![\p{{N}}])(?={_H}*(?:[,.;:)\-–]|\n|\Z|{_H}(?:to|and|through)\b)))
      | (?P<month3>{_FULL_MONTH}){_SP}(?P<year3>{_YEAR})(?![\p{{N}}])
    )
    """,
    regex.IGNORECASE | regex.VERBOSE,
)
# Every date written with words holds one month name and reaches at most `_DATE_REACH` characters
# on either side of it (`le mercredi 1er mars`, `mars 2020 - 08:13 GMT`): scanning for month names
# and reading the date in a window around each is several times faster than trying the whole
# date pattern at every character.
_MONTH_WORD = regex.compile(rf"(?<![\p{{L}}])(?:{_MONTH})(?![\p{{L}}])", regex.IGNORECASE)
_DATE_REACH = 32
# (`(?=\d)` lets the regex module skip to the next digit instead of trying every character)
# a day and a month without a year after the article of a day (`le 15/01`, `jusqu'au 30/06`, `avant le 5/12`): two
# digits for the month, so a share (`le 1/3 des ménages`) or a ratio (`24/7`) is none
_DAY_MONTH_SLASH = regex.compile(
    rf"(?<![\p{{L}}])(?:(?P<le>le)|au|du){_H}+(?P<d>3[01]|[12]\d|0?[1-9])/(?P<m>1[0-2]|0[1-9])(?![\d/]|\.\d|{_H}?(?:de|des|du|d['’])(?![\p{{L}}]))",
    regex.IGNORECASE,
)
_DATE_NUMERIC = regex.compile(
    rf"(?=\d)(?<![\d/.\-])(?:(?P<d>3[01]|[12]\d|0?[1-9])(?P<sep>[/.\-])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<y>{_YEAR}|\d\d)"
    rf"|(?P<iy>{_YEAR})-(?P<im>1[0-2]|0[1-9])-(?P<id>3[01]|[12]\d|0[1-9]))(?![\d/\-]|\.\d)"
)
# an American month-first date, read only where it cannot be a day first (`12/15/2025`: no 15th month)
_DATE_US = regex.compile(rf"(?=\d)(?<![\d/.\-])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|2\d|1[3-9])/(?P<y>{_YEAR})(?![\d/\-]|\.\d)")
# the end of an English range of days after a month-first date: `March 3 to 5`, `June 10-12`
_DAY_AFTER = regex.compile(
    rf"{_H}*(?:to|and|through|-|–){_H}*(?P<d>3[01]|[12]\d|0?[1-9])(?![\p{{N}}]|{_H}*(?!(?:and|or|to)\b)\p{{L}})"
)  # (but `March 3 and 4 people`)
_WEEKDAY = f"(?:{'|'.join(WEEKDAYS)})"
# a day before a date, on its range or list: `du 10 au 12 mars`, `les 3, 4 et 5 avril`, `du lundi 3 au vendredi 7 mars`,
# `les nuits du 4 et du 5 décembre` (the second day's `du` repeated)
_DAY_BEFORE = regex.compile(
    rf"(?<![\p{{N}}])(?P<d>3[01]|[12]\d|0?[1-9])(?P<er>{_H}?er)?{_H}*(?i:au|-|–|et(?:{_H}+du)?|&|,|and|to){_H}*"
    rf"(?:(?i:{_WEEKDAY}){_H}+)?\Z",
    _BACK,
)
# minutes and seconds, or hours, minutes and seconds, as a player shows them (`(28:40)`, `1:02:14`): elapsed time, never
# a count (a time of day is `_TIME`'s)
_PLAYER_TIME = regex.compile(r"(?<![\p{N}:.,])\d{1,3}:[0-5]\d(?::[0-5]\d)?(?![\p{N}:])")
# an elapsed time with hour, minute and maybe second marks (`2 h 07 min 48 s`, `1 h 02 min`): a race time, a
# duration (a time of day writes no `min`); and hours and minutes after `en` or `sous les` (`en 2 h 10`, `sous les 2 h
# 20`), which a time of day never takes
_ELAPSED = regex.compile(
    rf"(?<![\p{{N}}])(?P<h>\d{{1,2}}){_H}?h{_H}?(?P<m>[0-5]\d){_H}?(?:min|mn)(?:{_H}?(?P<s>[0-5]\d){_H}?(?:s|sec)?)?(?![\p{{L}}\p{{N}}])"
    rf"|(?<=(?<![\p{{L}}])(?:en|sous{_H}+les|dure|durent|durera|dureront|durait|duré){_H}+)(?P<h>\d{{1,2}}){_H}?h{_H}?(?P<m>[0-5]\d)(?![\p{{L}}\p{{N}}]|{_H}*min)",
    regex.IGNORECASE,
)
# (`(?=\d)` first, in each alternative: the scan skips the letters without trying the lookbehind at each)
_TIME = regex.compile(
    rf"(?=\d)(?<![\p{{N}}])(?:[01]?\d|2[0-3])(?:{_H}?[:hH]{_H}?[0-5]\d(?::[0-5]\d)?(?:{_H}?(?:GMT|UTC))?|{_H}?[hH](?![\p{{L}}])"
    rf"|{_H}heures?{_H}[0-5]\d(?![\p{{N}}])(?!{_H}*min))"  # `9 heures 30`: hours and minutes
    # an English clock time: `by 5 pm`, `at 10.30 a.m.`, `9:00 AM`
    rf"|(?=\d)(?<![\p{{N}}])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?{_H}?(?i:[ap]\.?m\.?)(?![\p{{L}}\p{{N}}])"
)
# head nouns of plans, programmes, events, reports and surveys whose name a year ends (`le plan 2024`, `Festival ...
# 2025`, `son rapport public annuel 2024`, `l’enquête Emploi 2025`);
# not `budget`, `campagne` or `exercice`, whose year dates a period (the resource's `year_prepositions`)
_YEAR_NAMING_NOUNS = frozenset(
    """
    plan plans programme programmes stratégie stratégies agenda vision pacte charte initiative festival salon
    forum sommet biennale rencontres foire fête édition jeux coupe championnat marathon conférence semaine journées
    strategy program initiative summit conference games cup championship edition framework roadmap compact
    loi lois code décret ordonnance constitution traité directive règlement law act decree constitution treaty
    accélérateur incubateur accelerator incubator prix prize award trophées
    rapport rapports enquête enquêtes report reports survey surveys
    """.split()
)
# ... and a legal text's title, whose year may follow a `de` (`le nouveau code minier de 2023`, `la loi de 2019 sur
# l'eau`): the year names the text (corpora/README h200–h215), read backwards from the year
_LAW_OF = regex.compile(
    rf"(?<![\p{{L}}])(?:lois?|codes?|décrets?|ordonnances?|constitutions?|traités?|directives?|règlements?)"
    # (`le décret d'application de 2021`, `la loi de finances initiale de 2025`: a word may take its own `de`)
    rf"(?:{_H}+(?:de{_H}+|d['’])?\p{{Ll}}[\p{{L}}\-]{{1,20}}){{0,2}}{_H}+de{_H}+\Z",
    regex.IGNORECASE | _BACK,
)
# French counts days of work, of an event or a championship's rounds in `journées` (work-days, matchdays) and
# lengths of time in `jours`: a number of `journées` is a count
# the words of time before a year older than 1800 (a bare number that young years read as years by its size)
_OLD_YEAR_WORDS = frozenset({"en", "vers", "depuis", "dès", "avant", "après", "in", "since", "until"})
# a period of one year named before a date without year in its sentence, no other year between (`la saison 2025, qui
# s'est déroulée du 2 mai au 4 juillet`, `l'exercice budgétaire 2026 s'ouvre le 1er janvier`; not a season over two
# years, `la campagne 2025-2026`); read backwards
_DATED_CLAUSE = regex.compile(
    rf"(?:(?<![\p{{L}}])(?i:saisons?|campagnes?|éditions?|exercices?|sessions?|rentrée|hivernage|soudure)"
    rf"(?:{_H}+\p{{Ll}}{{3,20}})?{_H}+(?P<y>(?:19|20)\d\d)(?![\p{{N}}\-–/])"
    rf"|(?<![\p{{N}}\-–/]){_H}(?P<y>(?:19|20)\d\d)(?:{_H}+\p{{Ll}}{{3,20}})?{_H}+(?i:season|campaign|edition)(?![\p{{L}}]))"  # `the 2025 season`
    rf"(?:[^.;!?\n\d]|(?<!\d)\d{{1,2}}(?!\d)){{0,120}}\Z",
    _BACK,
)
_DATED_CLAUSE_REACH = 200
# a street or a place named after a date (`avenue du 13 Octobre`, `rue du 8 mai 1945`, `Stade du 4 Août`), read backwards
# from the day: a name, no figure; the heads that are not street words name a date too (`à la place du 28 septembre
# prévu`, instead of it), so they count only with the month capitalised as a name writes it
_STREET_OF_DATE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?P<street>rue|avenue|av\.|boulevard|bd|allée|impasse|quai|square)|place|stade|carrefour|rond-point"
    rf"|lycée|collège){_H}+du{_H}+\Z",
    regex.IGNORECASE | _BACK,
)
# `deux ans et demi`, `trois heures et demie`: half a unit more (read after the figure's unit); `un an et demi`, `une
# heure et demie`: the `un` that is no figure alone makes one with its half
_AND_A_HALF = regex.compile(rf"{_H}+et{_H}+demie?(?![\p{{L}}])", regex.IGNORECASE)
_ONE_AND_A_HALF = regex.compile(
    rf"(?<![\p{{L}}])(?P<n>une?){_H}+(?P<u>ans?|heures?|mois|semaines?|jours?|années?|siècles?){_H}+et{_H}+demie?(?![\p{{L}}])",
    regex.IGNORECASE,
)
_CURRENT_MONTH = regex.compile(rf"{_H}+courant(?![\p{{L}}])", regex.IGNORECASE)
# a season named by its complement (`saison des pluies`, `saisons d’activité`, `seasons of drought`) is a thing counted,
# where a bare one measures time (`depuis deux saisons`); not `de suite`, `de plus`, a length again
_SEASONS = frozenset({"saison", "saisons", "season", "seasons"})
_SEASON_OF = regex.compile(
    rf"{_H}+(?:d['’]|(?:des|du|de{_H}+la|de|of)(?![\p{{L}}])(?!{_H}+(?:suite|plus|moins|rang)(?![\p{{L}}])))", regex.IGNORECASE
)
_DAYS_OF_ACTIVITY = frozenset({"journée", "journées", "journee", "journees"})
# a superlative right after units of time ranks them among others (`les trois années les plus chaudes jamais
# observées`, `les dix jours les moins arrosés`): years counted, not a span (corpora/README h296–h311); but a ranking
# by recency is the span of the last ones (`les cinq années les plus récentes`, as `les cinq dernières années`)
_RANKED_AFTER = regex.compile(
    rf"{_H}+les{_H}+(?:plus|moins){_H}+(?!r[ée]cent)\p{{L}}", regex.IGNORECASE
)
_CLAUSE_END = regex.compile(r"[,;:.!?()«»\n]")
# A photo credit: a mark, then names, and the year last before the end of its line or bracket
_CREDIT_MARK = regex.compile(
    r"©|(?:(?<![\p{L}])(?i:cr[ée]dits?(?:[ \t\u00a0]+photos?)?)|\([ \t\u00a0]*(?i:photos?))[ \t\u00a0]*:"
)
# a photo line's credit: names, then a comma or a slash before the year (`Photo : AFP, 2024`; but a caption's
# `Photo : la digue achevée en 2019` dates the dike)
_PHOTO_LINE_CREDIT = regex.compile(r"(?:\A|\n)[ \t\u00a0]*(?i:photos?)[ \t\u00a0]*:[^\n\d:]{1,80}[,/][ \t\u00a0]*\Z")
# a copyright's year (`© 2025 Radio X – Tous droits réservés`, `Copyright 2024`): a footer's, no figure (as a credit's)
_COPYRIGHT_BEFORE = regex.compile(rf"(?:©|\([cC]\)|(?<![\p{{L}}])(?i:copyright))(?:{_H}*[©:])?{_H}*\Z", _BACK)
_CREDIT_END = regex.compile(rf"{_H}*\.?{_H}*(?:\n|\)|\Z)")
_CREDIT_REACH = 100  # credits are short: the mark stands at most this far before the year
# the end of a range of hours: `de 9 heures à 17 heures` is a time of day from the first bound on
_HOUR_RANGE_END = regex.compile(
    rf"{_H}*(?:[àa]|et|-|–){_H}*(?:[01]?\d|2[0-3]){_H}?(?:h|heures?)(?![\p{{L}}])", regex.IGNORECASE
)
# ... and its start, before the second bound: `entre 8 heures et 10 heures`
_HOUR_RANGE_START = regex.compile(
    rf"(?<![\p{{L}}])entre{_H}+(?:[01]?\d|2[0-3]){_H}?(?:h|heures?){_H}+et{_H}+\Z", regex.IGNORECASE | _BACK
)
# a time of day a state starts at: `en vigilance jaune à partir de 18 heures`, `à compter de 8 heures`
_FROM_HOUR = regex.compile(rf"(?<![\p{{L}}])[àa]{_H}+(?:partir|compter){_H}+de{_H}+\Z", regex.IGNORECASE | _BACK)
# a range of hours that measures a length, not the time of day: a first bound past a day (`de 72 à 19 heures`, `de
# 26 heures à 11 heures`) or a verb of change before it, maybe with its object (`le trajet est passé de 9 à 6 heures`,
# `a ramené l’attente de 9 à 6 heures`; not `passe de 22 heures à 20 heures`, a curfew's time of day moved); read
# backwards from the second bound
_HOURS_CHANGED = regex.compile(
    rf"(?:(?<![\p{{L}}])(?:pass|tomb|chut|baiss|descend|ramen|rédui|redui|diminu|augment|grimp|allong|raccourc)\p{{L}}{{0,6}}"
    rf"(?:{_H}+(?:[ldn]['’])?\p{{L}}{{2,12}}){{0,3}}{_H}+de{_H}+\d{{1,3}}"
    rf"|(?<![\p{{L}}])de{_H}+(?:2[5-9]|[3-9]\d|\d{{3}})(?:{_H}?(?:h|heures?)(?![\p{{L}}]))?){_H}+[àa]{_H}+\Z",
    regex.IGNORECASE | _BACK,
)
# (`depuis 7 h`: since a time of day; `_TIME` reads hours up to 23 only, so `depuis 48 h` stays a duration)
# opening hours written as a span of clock times (`9 h - 17 h`, `8 h 30 – 12 h 30`): times, not durations
_HOUR = r"(?:[01]?\d|2[0-3])" + rf"{_H}?h(?:{_H}?[0-5]\d)?"
_HOUR_SPAN = regex.compile(rf"(?=\d)(?<![\p{{N}}]){_HOUR}{_H}*[-–]{_H}*{_HOUR}(?![\p{{L}}\p{{N}}])")
# hours counted in each day or week (`jusqu’à 6 heures par jour`, `up to 6 hours a day`): a length, never a time of day
_PER_DAY = regex.compile(
    rf"{_H}+(?:par{_H}+(?:jour|nuit|semaine)|chaque{_H}+(?:jour|nuit|semaine)|(?:a|per|each){_H}+(?:day|night|week))(?![\p{{L}}])"
    rf"|{_H}?/{_H}?(?:jour|j|day)(?![\p{{L}}])",
    regex.IGNORECASE,
)
_LIST_COMMA = regex.compile(rf"{_H}*,{_H}*")  # between the times of a list: `à 6 h, 12 h et 18 h`
_TIME_WORDS = regex.compile(rf"(?<![\p{{L}}])(?:[àa]|vers|d[èe]s|depuis|jusqu['’][àa]|entre|et|de){_H}+\Z", regex.IGNORECASE | _BACK)
# what follows the time that heads a line of a programme: `11 h : accueil`, `9 h – ouverture`
_SCHEDULE_TAIL = regex.compile(rf"{_H}*[:–—\-]")
_SCHEDULE_BULLETS = _SPACE_CHARS + "•·*-–—"
_LONE_NUMBER_MARKS = _SPACE_CHARS + "-–—‐"  # what frames a number alone on its line: `– 30 –`, `- 3 -`
# web addresses with a scheme or `www.`, handles and hashtags (each starts with a fixed character,
# so the regex module scans for it quickly) ...
_WEB_ADDRESS = regex.compile(r"(?:https?://|www\.)[^\s<>\"']{1,500}|[@#]\w{1,50}", regex.IGNORECASE)
# ... and `site.org/page` without one, found from the slash after its domain (a domain starts
# anywhere in a word, so its pattern tried at every character costs ten times more)
_DOMAIN_SLASH = regex.compile(r"/(?<=[\w\-]\.[\w\-]{1,63}/)")
_DOMAIN_PATH = regex.compile(r"[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,5}/[^\s<>\"']{0,500}")
_DOMAIN_REACH = 6 * 64  # a domain is at most six labels of 63 characters
# a scripture reference in brackets, book abbreviation, chapter and verses (`(Lc 2, 7)`, `(Jn 3,16)`, `(1 Co 13, 4-7)`,
# `(Mt 5:1-12)`): a reference, as a legal one, its numbers no figures
_SCRIPTURE = regex.compile(
    rf"\((?:[1-3]{_H}?)?\p{{Lu}}\p{{Ll}}{{0,3}}\.?{_H}?\d{{1,3}}{_H}?[,:.]{_H}?\d{{1,3}}(?:{_H}?[-–]{_H}?\d{{1,3}})?\)"
)
# (not `à peine`, `seulement`, `autour de`, nor the `un peu` of `un peu plus de`: the README's qualifiers say how many
# there are, these what the writer thinks of it; the golds keep them out, `à peine 45 %` → `45 %`)
_QUALIFIERS_FR = {
    "bien plus de": rf"bien{_H}+plus{_H}+{_DE}",
    "pas moins de": rf"pas{_H}+moins{_H}+{_DE}",
    "plus de": rf"plus{_H}+{_DE}",
    "moins de": rf"moins{_H}+{_DE}",
    "près de": rf"pr[èe]s{_H}+{_DE}",
    "aux alentours de": rf"aux{_H}+alentours{_H}+{_DE}",
    "au moins": rf"au{_H}+moins{_H}+",
    "au plus": rf"au{_H}+plus{_H}+",
    "jusqu'à": rf"jusqu['’]{_H}?[àa]{_H}+",
    "quelque": rf"quelque{_H}+",
    "environ": rf"environ{_H}+",
    "presque": rf"presque{_H}+",
    "quasiment": rf"quasiment{_H}+",
    "approximativement": rf"approximativement{_H}+",
    "plus ou moins": rf"plus{_H}+ou{_H}+moins{_H}+",
}
_QUALIFIERS_EN = {
    name: rf"{_H}+".join(name.split()) + rf"{_H}+"
    for name in (
        "just over", "just under", "more than", "less than", "fewer than", "as many as", "close to", "up to",
        "at least", "about", "around", "nearly", "almost", "over", "some", "approximately", "roughly", "above",
        "below", "under", "only", "an estimated", "an additional",
    )
}


def _qualifier_pattern(qualifiers: dict[str, str]) -> tuple[regex.Pattern[str], list[str], tuple[str, ...]]:
    """A pattern for the qualifier ending right before a number, the qualifier names by group, and
    the endings of the word before a number that let the pattern be tried at all (most numbers have
    no qualifier, and trying twenty alternatives costs more than the rest of reading the number)."""
    alternation = "|".join(f"(?P<q{i}>{p})" for i, p in enumerate(qualifiers.values()))
    pattern = regex.compile(rf"(?<![\p{{L}}])(?:{alternation})\Z", regex.IGNORECASE | _BACK)
    last_words = {name.split()[-1].split("'")[-1] for name in qualifiers}  # `jusqu'à` → `à`
    endings = last_words | {strip_accents(w) for w in last_words} | {"'", "’"}  # `jusqu'a`, `d'`
    return pattern, list(qualifiers), tuple(sorted(endings))


_QUALIFIER = {"fr": _qualifier_pattern(_QUALIFIERS_FR), "en": _qualifier_pattern(_QUALIFIERS_EN)}
# a French qualifier read forwards from the start of its figure, for how it is written (`près d’`, `jusqu’à`)
_QUALIFIER_AT = regex.compile(rf"(?:{'|'.join(_QUALIFIERS_FR.values())})", regex.IGNORECASE)
# (`L$45,000`, `NZ$`, `Bds$`: a dollar sign glued after the letters of the country that pays in it, read only when the
# lexicon knows those letters: `_currency_before`)
_CURRENCY_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?P<cur>US{_H}?\$|\${_H}?US|\p{{Lu}}\p{{L}}{{0,2}}\$|\$|€|£|¥|₦|₹|GH¢|S?Fr\.|Rs\.|VT|USD|EUR|CHF|FCFA|GBP|CAD|XOF|XAF|MAD|HTG|MGA|UAH){_H}?\Z"
)
# a currency word of two words or one written before the amount, with a capital (`CFA francs 1.1 billion`, English
# order; `francs CFA 75 000`, `F CFA 25 000`, `Rwf 5,000`), checked against the currencies the lexicon knows
# (read backwards from the amount: whole words ending there match one way only, and a forward search of the window
# tries every character of it)
_TWO_WORDS_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?P<cur>\p{{L}}{{1,10}}{_H}\p{{L}}{{2,10}}){_H}?\Z", _BACK)
# (one word: an abbreviation of two or three letters, `Rwf 5,000`, `Rs 15 000` (rupees), not a capitalised noun that
# names an event: `Euro 2024`)
_WORD_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?P<cur>\p{{L}}{{2,3}}){_H}?\Z", _BACK)
# any ISO 4217 code before the amount (`KES 1,200`), checked against the currencies the lexicon knows
_CODE_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?P<cur>[A-Z]{{3}}){_H}?\Z")
# a symbol of one or two letters glued before the amount (`K50`, the kwacha), read where the page's country pays in it
_LETTER_SYMBOL = regex.compile(r"(?<![\p{L}\p{N}])(?P<cur>\p{Lu}\p{Lu}?)\Z", _BACK)
# places named before an amount whose currency word depends on the country (`francs CFA`): capitalised
# words, the nearest within `_PLACE_REACH` characters (a story of a listing)
_PLACE_NAME = regex.compile(r"(?<![\p{L}\-])\p{Lu}[\p{L}]+(?:-\p{Lu}?[\p{L}]+){0,3}(?![\p{L}\-])")
_PLACE_REACH = 1500
# a word of a dateline, its dots and hyphens kept (`N.-B.`, `Qc`, `CNW`)
_MARK_WORD = regex.compile(r"(?<![\p{L}\p{N}.])\p{Lu}[\p{L}.\-]{0,9}(?<!-)(?![\p{L}\p{N}])")
_CODE_WORD = regex.compile(r"(?<![\p{L}\p{N}])[A-Z]{3}(?![\p{L}\p{N}])")
_CODE_AFTER = regex.compile(rf"{_H}{{1,3}}(?P<c>[A-Z]{{3}})(?![\p{{L}}\p{{N}}])")
# ISO codes that are also common acronyms or words before a number (`COP 21`, `SOS 115`): never read as codes
_CODES_THAT_NAME = frozenset({"COP", "CUP", "SOS", "TRY", "SDG"})  # (`SDG 6`: a goal, not Sudanese pounds)
# the nationality or country that completes a currency word: `francs guinéens`, `francs Djibouti`
_NATION_AFTER = regex.compile(rf"{_H}{{1,2}}(?P<w>\p{{L}}[\p{{L}}\-]{{2,30}})(?![\p{{L}}\-])")
# the endings of nationality adjectives (`djiboutiens`, `congolais`, `suédoises`, `mexicains`),
# longest first: what is left is the stem of the country's name
_NATION_ENDINGS = (
    "iennes", "ienne", "iens", "ien", "éennes", "éenne", "éens", "éen", "eennes", "eenne", "eens", "een", "aises", "aise",
    "ais", "oises", "oise", "ois", "aines", "aine", "ains", "ain", "ennes", "enne", "ens", "en", "anes", "ane", "ans",
    "an", "iques", "ique", "ites", "ite", "aves", "ave",  # (`moldaves`: the Moldovan leu)
)
# (and their plurals: `1ers ex æquo`, `les 2es`, `3èmes`)
_ORDINAL_SUFFIX = regex.compile(r"(?:ème|eme|ième|ieme|ᵉʳ|ᵉ|è|er|ère|re|e|nd|nde|th|st|rd)s?(?![\p{L}])")
_ORDINAL_SPACED = regex.compile(rf"{_H}(?:ème|er)(?![\p{{L}}])")
# power and energy: `MW`, `kWh`, `GWh`, `MWc` (peak watts)
_WATTS = r"[kMGT]W[hc]?|Wh"
_GLUED_UNIT = regex.compile(rf"(?P<u>km²|km2|km|kg|m²|m2|m³|m3|ha|mm|cm|{_WATTS}|t|m|M|Md|Mds|k|K(?=[€$])|°C|°)(?![\p{{L}}\p{{N}}])")
# unit symbols written after a space, which the word reader would not take (`10 000 m²`, `40 °C`, `2,6 GWh`:
# mixed case, which the word reader takes for the start of a name)
# a rate per thousand, written with its sign or in words (`12 ‰`, `12‰`, `12 pour mille`)
_PER_MILLE = regex.compile(rf"{_H}{{0,2}}(?P<u>‰|pour{_H}+mille(?![\p{{L}}]))", regex.IGNORECASE)
_SPACED_SYMBOL = regex.compile(rf"{_H}{{1,2}}(?P<u>km²|km2|m²|m2|m³|m3|°C|°|{_WATTS})(?![\p{{L}}\p{{N}}])")
_GLUED_MULTIPLIERS = {"M": 1_000_000, "k": 1000, "K": 1000, "Md": 1_000_000_000, "Mds": 1_000_000_000, "G": 1_000_000_000}
# the short scales English writes after an amount with a currency sign: `€2.5m`, `$3bn`, `£40k`
_CURRENCY_SCALE = regex.compile(r"(?P<m>m|mn|bn|tn|k)(?![\p{L}\p{N}])", regex.IGNORECASE)
_CURRENCY_SCALES = {"m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "tn": 1_000_000_000_000, "k": 1000}
# a rate written on a unit symbol: `m³/s`, `km/h`, `t/ha`
# the dash a Swiss price writes for no cents (`Fr. 45.–`, `Fr. 2'500.-`)
_NO_CENTS = regex.compile(r"\.[–—\-]{1,2}(?![\p{L}\p{N}\-–—])")
_PER_UNIT = regex.compile(r"/(?:s|h|j|an|min|ha|km|km²|km2|m²|m2|m³|m3|kg|t|l|L|hab)(?![\p{L}\p{N}])")
# an IBAN (`BE68 5390 0754 7034`): a reference, whatever its digit groups look like
_IBAN = regex.compile(r"(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])")
# digits after a `+` grouped like a phone (`+33 1 53 6`, cut off at the end of a page): never a figure
_PHONE_LIKE = regex.compile(r"(?<![\p{N}])\+[ \t]?\d{1,4}(?:[ .\-]\d{1,4}){2,6}(?![\p{N}])")
# a country's calling code in brackets, then the groups of a number, maybe cut by a line's end (`au (221) 33 869` ⏎ `12
# 34`): a phone the contacts stage could not read whole
_BRACKETED_CODE_PHONE = regex.compile(
    r"(?<![\p{N}])\((?:\+|00)?(?P<code>\d{1,3})\)[ \u00a0]?(?P<n>\d{2,4}(?:(?:[ .\-\u00a0]|[ \u00a0]?\n)\d{2,4}){1,5})(?![\p{N}])"
)
_THOUSANDS = regex.compile(r"\d{1,3}(?:\D\d{3})+")  # (`(62) 1 450 000`: a count after a bracketed number)
# (no digit a space or a dot away on either side: the groups are the whole number)
_NO_DIGITS_BEFORE = r"(?<![\p{N}][ .\u00a0\u202f]?)"
_NO_DIGITS_AFTER = r"(?![ .\u00a0\u202f]?\p{N})"
# four or five groups of two digits (`80 00 11 22`, `01.45.63.19.00`): a phone the contacts stage could not read
# (a number its country's plan does not list), never quantities, which French groups by three; only with a
# trunk 0, a `00` pair or dots, since a table row's cells joined by spaces (`Bénin 12 15 18 20`) are quantities
_PAIRS_LIKE = regex.compile(rf"{_NO_DIGITS_BEFORE}(?<![\p{{N}}])\d\d(?:[ .\u00a0\u202f]\d\d){{3,4}}{_NO_DIGITS_AFTER}")
# digit groups after a phone label (`Tél. : 04 72 12`, `Fax : (227) 73 24 19`, the second of a list cut off: `(509)
# 2943-1870 / 3701-45`, `+33 06 12 45 78 09 / 04 78 29 6`, as many groups as two whole numbers hold): a number the
# contacts stage did not take (cut off at the end of the page, of an old plan), never figures; the short labels, which
# name nothing else, may go without a colon, the words prose uses too (`unité mobile`) only with one
_LABELLED_DIGITS = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:t[ée]l|fax)\.?(?:{_H}*/{_H}*fax\.?)?{_H}*:?"
    rf"|(?:t[ée]l[ée]phones?|t[ée]l[ée]copie|t[ée]l[ée]fax|portable|mobile|gsm|whatsapp|phone|cell){_H}*:)"
    rf"{_H}*(?P<d>[+(]?{_H}?\d{{1,4}}\)?(?:(?:[{_SPACE_CHARS}.\-/]{{1,2}}|{_H}/{_H})\(?\d{{1,4}}\)?){{1,15}})(?![\p{{N}}])",
    regex.IGNORECASE,
)
# two-digit groups after a trunk 0 (`04 72 12`): on a contact line, a phone number cut short, never figures (no
# quantity opens with a 0; spaced only: `05.12.2025` is a date)
# the second number of a range of street numbers, right after the first (`14-34 avenue ...`, `12/14 rue ...`)
# the rest of three digit groups or more joined by dashes (`12-34567-8`, a postal account; `2018-778-12`): a code, where
# a range has two bounds (`2019-2020`, `15-24 ans`)
_CODE_CHAIN = regex.compile(r"[-–]\d{1,8}[-–]\d")
_STREET_RANGE_NEXT = regex.compile(r"[-–/]\d{1,4}(?![\p{N}])")
_TRUNK_PAIRS = regex.compile(rf"{_NO_DIGITS_BEFORE}(?<![\p{{N}}.,])0\d(?:[ \u00a0\u202f]\d\d){{1,4}}{_NO_DIGITS_AFTER}")
# ... and at the very end of the page, the last group cut short too (`Permanence de nuit : 06 71 2`, the page cut off there)
_TRUNK_CUT_AT_END = regex.compile(rf"{_NO_DIGITS_BEFORE}(?<![\p{{N}}.,])0\d(?:[ \u00a0\u202f]\d\d){{0,3}}[ \u00a0\u202f]\d\s*\Z")
_LABEL_STEMS = ("tél", "tel", "fax", "phone", "portable", "mobile", "gsm", "whatsapp", "cell")  # (every match starts with one)
# a name in brackets right before the number: `Plan national de développement (PND) 2021-2025`
_BRACKETED_NAME = regex.compile(rf"\(\p{{Lu}}[\p{{Lu}}\p{{N}}&\-]{{1,11}}\){_H}{{1,2}}\Z")
# counts in brackets after a list of names: `Valence (62), Romans-sur-Isère (38) et Nyons (20)`
_SERIES_NEXT = regex.compile(rf"{_H}?\)[,;]?{_H}+(?:et{_H}+|and{_H}+)?\p{{Lu}}[^()\n]{{0,40}}?\({_H}?[1-9]\d{{0,4}}{_H}?\)")
_SERIES_PREV = regex.compile(rf"\({_H}?[1-9]\d{{0,4}}{_H}?\)[,;]?{_H}+(?:et{_H}+|and{_H}+)?\p{{Lu}}[^()\n]{{0,40}}\({_H}?\Z")
# and after a list of common nouns (`des dossiers (1 097), devant les pensions de retraite (612) et les marchés publics
# (341)`): there each bracket closes its item, a comma, `et` or the sentence's end right after it, where markers of a
# list open theirs (`(1) les objectifs, (2) les moyens`)
_BRACKET_COUNT = rf"(?:[1-9]\d{{0,2}}(?:[{_SPACE_CHARS}]\d{{3}})+|[1-9]\d{{0,4}})"
_ITEM_JOIN = rf"(?:[,;]{_H}+(?:(?:et|and){_H}+)?|{_H}+(?:et|and){_H}+)"
_ITEM_CLOSE = rf"(?={_H}*(?:[,;.]|(?:et|and)(?![\p{{L}}])|\n|\Z))"  # a comma, `et` or the sentence's end
_ITEM_END = regex.compile(rf"{_H}?\){_ITEM_CLOSE}")
_NOUN_SERIES_NEXT = regex.compile(
    rf"{_H}?\){_ITEM_JOIN}\p{{Ll}}[^()\n\d]{{0,40}}?\({_H}?{_BRACKET_COUNT}{_H}?\){_ITEM_CLOSE}"
)
_NOUN_SERIES_PREV = regex.compile(rf"\({_H}?{_BRACKET_COUNT}{_H}?\){_ITEM_JOIN}\p{{Ll}}[^()\n\d]{{0,40}}\({_H}?\Z")
# ... and the rows of a list read one a line, each a label, a count and a part of it in brackets (`Moroni : 1 018
# (287)` ⏎ `Hamahamet : 412 (109)`, under `cas suspects, dont cas confirmés`): the bracket holds a count too
_BRACKET_ROW = regex.compile(rf"[^\d\n()]{{1,60}}?{_H}*[:–-]?{_H}*{_BRACKET_COUNT}{_H}+\({_H}?{_BRACKET_COUNT}{_H}?\)")
# digits, dashes and capitals: a plate or a code (`1-KBT-482`, `2-AB-34`), read from the dash after the first digits
_LETTER_CODE_AFTER = regex.compile(r"[-–]\p{Lu}{1,4}[-–]\d")
# ... and digit groups that a word of capitals and digits closes: a register's number (`84712 3456 RR0001`, a charity's
# in Canada), no quantity
_REGISTER_TAIL = regex.compile(rf"(?:{_H}\d{{2,6}}){{0,3}}{_H}(?=\p{{Lu}}{{1,4}}\d)\p{{Lu}}{{1,4}}\d{{2,8}}(?![\p{{L}}\p{{N}}])")
# a radio station's frequency on the FM band, written before the band's name or, with its decimals, after it (`Radio
# Vwa Lakay 97.3 FM`, `FM 103.4 et FM 98.2`; but `95 FM locales` may count stations)
_FM_FREQUENCY = regex.compile(r"\d{2,3}(?:[.,]\d{1,2})?")
_FM_AFTER = regex.compile(rf"{_H}*FM(?![\p{{L}}])")
# (and the second of a pair the band's name opens: `(FM 91.6 et 102.9)`)
_FM_BEFORE = regex.compile(rf"(?<![\p{{L}}])FM{_H}*(?:\d{{2,3}}[.,]\d{{1,2}}{_H}*(?:,|et|ou|and|or){_H}*)?\Z", _BACK)
# a capitalised word glued to a number starts a heading the repair left glued (`pour 2024Le plan`)
# hours glued to their number (`48h`): a duration once clock times (`à 14h`, `14h30`) are masked; not `24h/24`
_GLUED_HOURS = regex.compile(r"h(?![\p{L}\p{N}/])")
# `Mm³`, `Mm3`: a million cubic metres (the capital M a scale, not a megametre; `mm³` stays a millimetre's cube)
_MILLION_CUBIC_METRES = regex.compile(r"[ \u00a0\u202f]?(?P<u>Mm[³3])(?![\p{L}\p{N}])")
# the plural mark of a decade written as its first year (`the 1970s`, `the 1990’s`)
_DECADE_END = regex.compile(r"['’]?s(?![\p{L}\p{N}])")
_GLUED_HEADING = regex.compile(r"\p{Lu}\p{Ll}{1,20}(?:[ '’]|\Z)")
# an elliptic comparison: the bare number takes the kind of the figure it is compared with
# (`en 105 jours au lieu de 130`, `31 personnes tuées, contre 42`)
# (`(?:{_H}*,)?{_H}*` is `{_H}*,?{_H}*` written so that a long run of spaces is not split every
# possible way between two stars: the same gaps match, in linear time)
_COMPARISON_GAP = regex.compile(
    rf"(?:{_H}+[\p{{L}}\-]{{1,25}})?(?:{_H}*,)?{_H}*(?:au{_H}+lieu{_H}+de|contre|compar[ée]e?s?{_H}+[àa]|against|compared{_H}+(?:with|to)|versus|vs\.?"
    # the whole a part is taken from, its noun elided: `42 kilomètres d'ici à juin 2026 sur les 94 que compte le
    # tronçon` (`_WHOLE_AFTER` after it)
    rf"|(?P<whole>sur{_H}+les)){_H}+",
    regex.IGNORECASE,
)
_WHOLE_AFTER = regex.compile(rf"{_H}+(?:que|qu['’])")
# ... and further, after the clause of the first figure: `121,4 millions de tonnes de bauxite ont été exportées entre
# janvier et novembre, contre 102,9 millions` (no other number nor sentence end between)
_COMPARISON_FAR = regex.compile(
    rf"[^.;!?\n\d]{{0,160}}?,{_H}*(?:au{_H}+lieu{_H}+de|contre|against|compared{_H}+(?:with|to)){_H}+", regex.IGNORECASE
)
# the unit of measure a count is given per, after the counted noun's complement: `particule de microplastique par mètre cube`
# (a whole word: not the `l` of `foyers par l’Institut`, the agent)
_PER_MEASURE = regex.compile(
    rf"(?:{_H}+{_DE}[\p{{L}}\-]{{1,25}})?{_H}+(?:par|per){_H}+(?P<m>(?:(?:cubic|square){_H}+)?[\p{{L}}²³]{{1,20}}(?:{_H}+(?:cubes?|carr[ée]s?))?)(?![\p{{L}}'’\-])",
    regex.IGNORECASE,
)
# a few words of one clause between a figure and the year or date that dates it (`par litre en`)
_SAME_CLAUSE = regex.compile(r"[^,;:.!?()«»\n\d]{0,30}")
# another period named right after the number compared (`contre 19 500 l'an dernier`, `against 300 last
# year`): the two figures are counts of two periods, not two lengths of one (`sur trois jours, contre ...`)
_OTHER_PERIOD_AFTER = regex.compile(
    rf"{_H}*,?{_H}*(?:(?:l['’]{_H}?an|l['’]{_H}?ann[ée]e|le{_H}+mois|la{_H}+semaine|l['’]{_H}?[ée]dition|la{_H}+saison)"
    rf"{_H}+(?:derni[èe]re?|pass[ée]e?|pr[ée]c[ée]dente?)|un{_H}+an{_H}+plus{_H}+t[ôo]t|en{_H}+(?:1[89]|20)\d\d(?![\p{{N}}])"
    rf"|last{_H}+(?:year|month|week|season)|a{_H}+year{_H}+(?:earlier|ago)|in{_H}+(?:1[89]|20)\d\d(?![\p{{N}}]))",
    regex.IGNORECASE,
)
# an identifier of parts joined by colons, opening with a letter, before a number glued to its last colon
# (`EU:C:2021:182`, an ECLI; `urn:isbn:978...`): part of the code, never a figure (but `12:30` is a time)
_COLON_CODE = regex.compile(r"(?<![\p{L}\p{N}:])\p{L}[\p{L}\p{N}]{0,15}(?::[\p{L}\p{N}]{1,15}){1,6}:\Z", _BACK)
# a footnote mark glued to a word in the body (`la directive 2003/88/CE1,`, `en l'espèce2.`; a PDF's superscript
# flattened), or written as a superscript: the numbers of the notes a line of its own may open
# (`(?=...)` first: the scan skips the letters without trying the lookbehind at each)
_GLUED_MARK = regex.compile(r"(?=[1-9¹²³⁴-⁹])(?:(?<=\p{L}{2})(?P<n>[1-9]\d?)(?=[,.;:)\s]|\Z)|(?P<sup>[¹²³⁴-⁹][⁰-⁹]?))")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# a footnote: its number at the head of a line, then its text (`1 Directive 2003/88/CE du ...`, `2 Voir, ...`)
_NOTE_HEAD = regex.compile(rf"{_H}+[«\"“]?\p{{Lu}}")
# the date of an act named by its number (`directive 2003/88/CE du 4 novembre 2003`, `loi n° 2021-1104 du 22 août
# 2021`, `règlement (UE) 2016/679 du ...`), or of a judgment cited with its case number after it (`arrêt du 9 mars
# 2021, X, C-344/19`, `..., pourvoi n° 21-12.345`): part of the reference, not a figure (`la loi du 4 août 2021`,
# named by its date alone, keeps it)
_ACT_NUMBER_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:loi|décret|decret|arrêté|arrete|ordonnance|directive|règlement|reglement|décision|decision"
    rf"|délibération|deliberation|circulaire|résolution|resolution|instruction)s?"
    rf"(?:{_H}+\p{{Ll}}[\p{{L}}\-]{{1,20}}){{0,2}}(?:{_H}+\((?:UE|CE|CEE|EU|Euratom)\))?"
    rf"{_H}+(?:n[°º]{_H}?)?(?:\p{{Lu}}{{1,4}}[\-/]?)?\d[\w./\-]{{0,20}}(?<![.\-/]){_H}+du{_H}+\Z",
    regex.IGNORECASE | _BACK,
)
_CASE_NUMBER_AFTER = regex.compile(
    rf"(?:,{_H}*[^,.;:()\n]{{1,60}}){{0,2}},{_H}*(?:(?-i:[A-Z])-\d{{1,5}}/\d{{2,4}}|(?:pourvoi|requête|affaire|case){_H}+n[°º]|n[°º]{_H}?\d{{2}}-\d)",
    regex.IGNORECASE,
)
# a table's caption giving the unit of its cells in brackets at the end of its line (`Taux d'inflation (%)`,
# `Part des ménages (en %)`); the short lines under it, up to the first sentence, are its header and rows
_TABLE_CAPTION = regex.compile(
    rf"\((?:en{_H}+)?(?P<u>%|‰|pourcentages?|pour{_H}?cent)\)[{_SPACE_CHARS}]*(?=\n)", regex.IGNORECASE
)
# a table's caption giving the scale of its cells at the end of its line (`Personnes en phase 3 ou plus, en millions`,
# `Budget (en milliards de FCFA)`, `(in thousands)`): each cell is that many millions, of the currency it names if any
_SCALE_CAPTION = regex.compile(
    rf"(?:,|:|\(|–|—){_H}*(?:en{_H}+|in{_H}+)?(?P<s>milliers|millions|milliards|thousands|billions)"
    rf"(?:{_H}+(?:de|of){_H}+|{_H}*d['’]{_H}?)?(?P<w>\p{{L}}[\p{{L}}$€£ ]{{0,24}}?)?{_H}*\)?[{_SPACE_CHARS}]*(?=\n)",
    regex.IGNORECASE,
)
# a table's caption naming the currency of its cells in brackets at the end of its line, maybe per a unit (`Prix moyens
# au détail (francs CFA par kilo)`, `Coût unitaire (en FCFA)`, `(USD/tonne)`): each cell is an amount of that currency,
# unit null, the per-unit out (corpora/README h355); the words are checked against the currencies the lexicon knows
_CURRENCY_CAPTION = regex.compile(
    rf"\((?:en{_H}+|in{_H}+)?(?P<w>[\p{{L}}$€£][\p{{L}}$€£.]{{0,14}}(?:{_H}\p{{L}}[\p{{L}}.]{{0,14}}){{0,2}}?)"
    rf"(?:{_H}+(?:par|per|le|la|the|a){_H}+\p{{L}}[\p{{L}}²³]{{0,20}}|{_H}+l['’]{_H}?\p{{L}}[\p{{L}}²³]{{0,20}}"
    rf"|{_H}?/{_H}?\p{{L}}[\p{{L}}²³]{{0,10}})?\)[{_SPACE_CHARS}]*(?=\n)",
    regex.IGNORECASE,
)
_CAPTION_SCALES = {"milliers": 1000, "thousands": 1000, "millions": 1_000_000, "milliards": 10**9, "billions": 10**9}
_TABLE_ROW = regex.compile(r"\n(?P<row>[^\n]{1,60})(?=\n|\Z)")
_TABLE_ROWS = 80  # a table of a release has tens of lines: a caption further up is another table's
# a table read one cell a line (an HTML table whose cells each became a line): a cell holding a number only
# (`12'310`, `9 020`, `2,4`), and a cell at all (a short line that ends no sentence)
_CELL_NUMBER = regex.compile(rf"[+\-−]?\d{{1,3}}(?:[{_SPACE_CHARS}'’.,]?\d{{1,3}}){{0,6}}")
_CELL_TEXT = regex.compile(r"[^\n]{1,40}(?<![.:;!?])")
_CELL_COLUMNS = range(2, 7)  # cells a row: a label and one to five values
_CELL_ROWS = 200  # (a table of a release has tens of rows: the reading of one stays bounded)
# the same table read one row a line: its header row, a label then the columns' years (`Fédération 2024 2025`),
# over a row of a label and values (`France 12'310 13'480`)
_YEAR_HEAD_ROW = regex.compile(rf"\p{{L}}[^\n\d]{{0,40}}?(?:{_H}+{_YEAR}){{2,5}}{_H}*")
_VALUE_ROW = regex.compile(rf"\p{{L}}[^\n\d]{{0,40}}?{_H}+[+\-−]?\d[\d{_SPACE_CHARS}'’.,%]{{0,60}}")
# capitals that are words when alone before a number (`A 20 ans, il ...`, `À 9 h`, `Ô`), not a series letter
_NOT_SERIES_LETTERS = frozenset("AÀÂYÔOÉ")
# what ends the stretch of a sentence read for a noun of money before an amount
_SENTENCE_END = regex.compile(r"[.;!?()«»\n]")
# words read back from an amount for a noun of money: `le budget atteint`, `un déficit de`; a bare number
# without a multiplier needs it closer: `un loyer de 290`, `une amende pouvant aller jusqu'à 1 500`
_MONEY_REACH = 5
# how far an amount of money in millions sets the currency of bare millions after it: a few paragraphs of
# one story, not the next story of a listing
_MONEY_CONTEXT_REACH = 800
_MONEY_REACH_BARE = 3
# `le nombre de`, `the number of`: the sentence names what its amount in millions counts
_NUMBER_OF = regex.compile(rf"(?<![\p{{L}}])(?:nombre{_H}+(?:de|d['’]|des)|number{_H}+of)(?![\p{{L}}])", regex.IGNORECASE)
# a bare number that counts part of a group: `l'aide de 300 des 500 partenaires`, `300 sur 500`
_PART_OF_AFTER = regex.compile(rf"{_H}+(?:des|du|de|d['’]|sur|of)(?![\p{{L}}])", regex.IGNORECASE)
# the label of a row of key figures, up to its colon, and its first word: `Litres d'eau par jour : 11,5`
_ROW_LABEL = regex.compile(rf"[{_SPACE_CHARS}•·*\-–—]*(?P<w>\p{{L}}[\p{{L}}'’]{{0,30}})[^:\n]{{0,80}}?{_H}*:")
# a short number called, a few words after the verb, closing its clause: `signaler tout départ de feu au 18`,
# `appelez sans attendre le 15`, `call 112 or 911` (an emergency number, corpora/README h216–h231; not `au 18 mars`)
_CALLED_NUMBER = regex.compile(
    r"(?<![\p{L}])(?:(?:signaler|signalez|appeler|appelez|composer|composez|contacter|contactez|joindre|joignez|alerter|alertez"
    r"|téléphoner|téléphonez)(?:[ \t\u00a0]+[\p{L}'’\-]+){0,6}?[ \t\u00a0]+(?:le|au)"
    r"|(?:call|calling|dial|dialling|dialing|text|texting)(?:[ \t\u00a0]+[\p{L}'’\-]+){0,4}?(?:[ \t\u00a0]+(?:on|at))?)"  # `call 112`
    r"[ \t\u00a0]+(?P<n>\d{2,4})(?=[ \t\u00a0]*(?:[,.;)\n]|\Z|(?:ou|et|or|and)[ \t\u00a0]))",
    regex.IGNORECASE,
)
# a number `le` names with no noun after it, closing its clause, too big for a day of the month: a short number to
# call or a reference (`ou par le 811.`, `appeler le 0800 124 20 ou, en cas d’urgence, le 112`), no quantity
_LE_BARE_NUMBER = regex.compile(
    rf"(?<![\p{{L}}])(?i:le){_H}+(?P<n>3[2-9]|[4-9]\d|\d{{3,4}})(?![\p{{N}}]|[.,]\d)"
    rf"(?={_H}*(?:[,.;:)\n]|\Z|(?:ou|et|en){_H}))"
)
# a short number that the words after it make a line to call (`Signaler une panne : 1818 (appel gratuit, 24 h/24)`,
# `3434 – numéro vert`, `0800 (toll-free)`): a reference, as `numéro vert 3434`, no quantity
_FREE_CALL_AFTER = regex.compile(
    rf"(?=\d)(?<![\p{{L}}\p{{N}}])(?P<n>\d{{2,6}}){_H}*(?:[(–—,]|-{_H}){_H}*"
    rf"(?i:appels?{_H}+(?:gratuits?|non{_H}+surtax[ée]s?)|num[ée]ro{_H}+(?:vert|gratuit)|toll[-{_H}]free|free{_H}+call)(?![\p{{L}}])"
)
_CALLED_STEMS = ("signal", "appel", "compos", "contact", "joi", "alert", "téléphon", "call", "dial", "text")
# the next number of a list of references: `appelez le 115 ou le 3919`, `le 17, le 18 ou le 112`
_REFERENCE_NEXT = regex.compile(
    rf"{_H}*\)?{_H}*(?:,|ou|et|or|and){_H}*(?:le{_H}+|au{_H}+|the{_H}+)?(?P<n>\d{{1,6}})"
    # (not `ou le 3 enfants`, nor the start of `, 1 345 cas`; but `ou le 112 en cas d’urgence`)
    rf"(?![\p{{N}}]|{_H}?[%€$]|{_H}\d|{_H}+(?!(?:ou|et|or|and|en|in)(?![\p{{L}}]))\p{{L}})",
    regex.IGNORECASE,
)
# a bare number by which something is multiplied or divided is a factor, no count: `la production a été
# multipliée par 3`, `divisé par deux`, `multiplied by 4`
_FACTOR_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?:multipli|divis)\p{{L}}{{0,6}}(?:{_H}+(?:[ldsc]['’]{_H}?)?\p{{L}}[\p{{L}}\-]{{0,15}}){{0,3}}{_H}+par"
    rf"|(?:multiplied|divided){_H}+by){_H}+\Z",  # (any form of the verb, its object maybe between: `diviser ce coût par trois`)
    regex.IGNORECASE | _BACK,
)
# what makes `N fois` a ratio: a comparison right after it (`trois fois plus`, `deux fois moins`, `three times more`)
_COMPARATIVE = regex.compile(
    rf"{_H}+(?:plus|moins|davantage|sup[ée]rieure?s?|inf[ée]rieure?s?|more|less|higher|lower|larger|as)(?![\p{{L}}])",
    regex.IGNORECASE,
)
# ... or what it multiplies, after its determiner (`deux fois la fréquentation de 2024`, `trois fois celui de l'an
# dernier`, `twice the size`); not a period, which makes occasions (`trois fois la semaine`, `deux fois l'an`)
_MULTIPLIED = regex.compile(
    rf"{_H}+(?:la|le|les|l['’]|celui|celle|ceux|celles|son|sa|ses|leur|leurs|the|its|their)(?![\p{{L}}])"
    rf"(?!{_H}*(?:semaines?|mois|ans?|années?|jours?|journées?|heures?|weeks?|months?|years?|days?|hours?)(?![\p{{L}}]))",
    regex.IGNORECASE,
)
# `deux jours sur trois`: the whole a part is counted out of, a bare number after `sur` (read backwards)
_OUT_OF = regex.compile(rf"{_H}+sur{_H}+\Z", regex.IGNORECASE | _BACK)
# `dont 8`: a bare number introduced as a part of the figure before it (read backwards)
_DONT_BEFORE = regex.compile(rf"(?<![\p{{L}}])dont{_H}+\Z", regex.IGNORECASE | _BACK)
_PART_REACH = 200  # how far before `dont` its whole may end, in the same sentence
# a quarter or a half of a year before its year: `T1 2025`, `Q3 2024`, `S2 2025`, `H1 2026`
_PERIOD = regex.compile(r"[TQSH][1-4]")
_VERSION = regex.compile(r"\d{1,2}\.\d{1,2}")  # `2.0`, `1.1`: how a name's version is written (with a point)
# a capital inside a word makes a name: `iPhone 15`, `eSwatini`
_CAMEL = regex.compile(r"^\p{Ll}{1,2}\p{Lu}\p{Ll}")  # (not `réfugiésEn`, a heading left glued)
_LOWER_WORD = regex.compile(r"(?<![\p{L}])\p{Ll}+(?![\p{L}])")
# `nous en gérons désormais six`: the pronoun `en` stands for what the number counts
_EN_CLITIC = regex.compile(rf"(?<![\p{{L}}])en{_H}+(?:[\p{{L}}]+{_H}+){{1,2}}\Z", regex.IGNORECASE)
# a bare number word that counts a group named before it or after it: `dont six`, `cinq d'entre eux`, `neuf de ses
# États membres`; or the number a count is set to (`porte à neuf le nombre de lignes`)
_PARTITIVE_AFTER = regex.compile(
    rf"{_H}+(?:d['’]{_H}?entre|de{_H}+(?:ses|leurs|nos|vos|ces|mes|tes))(?![\p{{L}}])", regex.IGNORECASE
)
_NUMBER_SET_AFTER = regex.compile(rf"{_H}+(?:le|leur|son){_H}+(?:nombre|total)(?![\p{{L}}])", regex.IGNORECASE)
# (`°/o` and `o/o`: the percent sign as a typewriter wrote it, and as OCR reads a small one)
_PERCENT = regex.compile(
    rf"{_H}?(?:%|pour{_H}?-?{_H}?cent(?![\p{{L}}])|pourcent(?![\p{{L}}])|p\.{_H}?100(?![\p{{N}}])|per{_H}?cent(?![\p{{L}}])"
    rf"|[°º]{_H}?/{_H}?[oO](?![\p{{L}}\p{{N}}])|(?-i:o/o)(?![\p{{L}}\p{{N}}]))",
    regex.IGNORECASE,
)
_MULTIPLIER = regex.compile(
    rf"{_H}+(?P<m>(?i:milliards?|millions?|mille|billions?|trillions?|thousands?|mios?|mrds?|crores?|lakhs?)|Mds?|M(?={_H}?[€$])|[kK](?={_H}?[€$])"
    # `5,4 M de personnes`, `12,3 M USD` (but `M. Dupont`); Swiss `12,3 mio de francs`, Québec's `1,2 G$`,
    # Indian `3,2 crores de roupies` (ten millions; a lakh is a hundred thousand)
    rf"|G(?={_H}?\$)"
    rf"|M(?![\p{{L}}\p{{N}}'’])(?!\.{_H}*\p{{Lu}}))(?![\p{{L}}])"
)
# the smaller part of an amount written in two (`1 milliard 200 millions`, `2 millions 500 000`), after the first
_MORE_OF_AMOUNT = regex.compile(
    rf"{_H}+(?:(?P<n>\d{{1,3}}){_H}+(?P<m>(?i:millions?|mille))|(?P<n>\d{{1,3}}[ \u00a0\u202f]\d{{3}}))(?![\p{{L}}\p{{N}}]|[.,]\d|{_H}?%)"
)
# a share written as a fraction of small numbers before what it is a share of: `les 2/3 des ménages`
_SLASH_FRACTION = regex.compile(rf"(?P<n>[1-9])/(?P<d>[2-9]|10)(?={_H}+(?:des|de|du|d['’]|of)(?![\p{{L}}]))", regex.IGNORECASE)
# a proportion: `un sur cinq` (French: the pronoun alone; `87 échantillons sur 112` is a part and its whole, two
# counts), `1 in 4 children`, `one in five` (English): one figure, the fraction (corpora/README h200–h215: `près
# d’un sur cinq` = 0.2, kind other, unit null)
_PROPORTION_WORDS = {
    "un": 1, "une": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "ten": 10,
}
_PROPORTION = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,])(?:(?P<fr>une?){_H}+sur|(?P<n>one|two|three|four|five|six|seven|eight|nine|\d{{1,2}}){_H}+in)"
    rf"{_H}+(?P<d>deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two|three|four|five|six|seven|eight|nine|ten|\d{{1,3}})"
    rf"(?![\p{{L}}\p{{N}}]|[.,]\d)",
    regex.IGNORECASE,
)
# (the part before its ` sur ` or ` in `: a proportion is looked for only where one of these stands)
_PROPORTION_HEAD = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,])(?:une?|one|two|three|four|five|six|seven|eight|nine|\d{{1,2}}){_H}*\Z", regex.IGNORECASE | _BACK
)
# ... and with its noun between the part and the whole (corpora/README h312–h327: `près de neuf actifs sur dix` =
# 0.9, `moins d’un candidat sur trois` = 0.3333, `près de 4 ménages sur 10`: one figure from the qualifier to the
# whole): a whole of ten at most, the base a proportion is said on, where `9 arrondissements sur 13` (h76), `87
# échantillons sur 112` stay a part and its whole, two counts
_PROPORTION_NOUN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,])(?P<n>(?i:une?|deux|trois|quatre|cinq|six|sept|huit|neuf)|[1-9]){_H}+"
    rf"(?P<w>\p{{Ll}}[\p{{L}}\-]{{1,30}})(?:{_H}+(?P<a>\p{{Ll}}[\p{{L}}\-]{{1,30}}))?{_H}+(?i:sur){_H}+"
    rf"(?P<d>(?i:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)|10|[2-9])"
    rf"(?![\p{{L}}\p{{N}}]|[.,]\d)"
)
_PROPORTION_NOUN_HEAD = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,])(?:(?i:une?|deux|trois|quatre|cinq|six|sept|huit|neuf)|[1-9]){_H}+\p{{Ll}}[\p{{L}}\-]{{1,30}}"
    rf"(?:{_H}+\p{{Ll}}[\p{{L}}\-]{{1,30}})?{_H}*\Z",  # (an adjective after the noun: `une école haïtienne sur trois`)
    _BACK,
)
# ... and with its noun elided, named before, the proportion the subject of its verb (`plus de 41 000 jeunes ... ; 7
# sur 10 ont trouvé un emploi`, `neuf sur dix n’ont pas accès`): the verb says no noun follows (probe pd11)
_PROPORTION_ELLIPTIC = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,])(?P<n>(?i:deux|trois|quatre|cinq|six|sept|huit|neuf)|[1-9]){_H}+(?i:sur){_H}+"
    rf"(?P<d>(?i:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)|10|[2-9])(?![\p{{L}}\p{{N}}]|[.,]\d)"
    rf"(?={_H}+(?:(?:ont|sont|avaient|étaient|auront|seront|ne|se|y|déclarent|disent|vivent)(?![\p{{L}}])|[nsd]['’]))"
)
_PROPORTION_ELLIPTIC_HEAD = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,])(?:(?i:deux|trois|quatre|cinq|six|sept|huit|neuf)|[1-9]){_H}*\Z", _BACK
)
# ... and a share of a cycle, its whole the number of its units in the cycle (`22 heures sur 24` of the day, `6 jours
# sur 7` of the week, `10 mois sur 12` of the year): one proportion (corpora/README h376–h391), where `deux jours sur
# trois` stays a length of time and its whole
_CYCLE_WHOLES = {"heures": 24, "h": 24, "jours": 7, "j": 7, "mois": 12, "semaines": 52, "minutes": 60}
_CYCLE_NUMBERS = {"sept": "7", "douze": "12"}
# (the part and its unit, as the share and the head before ` sur ` both read them)
_CYCLE_PART = rf"(?<![\p{{L}}\p{{N}}.,])(?P<n>(?i:deux|trois|quatre|cinq|six|huit|neuf|dix)|\d{{1,2}}){_H}+(?P<w>(?i:{'|'.join(_CYCLE_WHOLES)}))"
_CYCLE_SHARE = regex.compile(
    rf"{_CYCLE_PART}{_H}+(?i:sur){_H}+(?P<d>(?i:{'|'.join(_CYCLE_NUMBERS)})|\d{{1,2}})(?![\p{{L}}\p{{N}}]|[.,]\d)"
)
_CYCLE_SHARE_HEAD = regex.compile(rf"{_CYCLE_PART}{_H}*\Z", _BACK)
_LE_BEFORE = regex.compile(rf"(?<![\p{{L}}])le{_H}{{1,3}}\Z", _BACK)  # (lower case, as `_DATE_WORDS` takes it)
_DAY_ARTICLE = regex.compile(rf"(?<![\p{{L}}])(?:le|du|au){_H}+\Z", regex.IGNORECASE | _BACK)
_LEVEL_WORDS = frozenset({"level", "levels", "niveau", "niveaux", "phase", "phases"})
# a state a population or an area is in, by its level (`1,3 million de personnes en phase 3 ou plus`, `classé en
# phase 4`, `in IPC Phase 3`): a level, like an alert's (but `la phase 2 du projet` names a stage)
_PHASE_OF_COUNT = regex.compile(r"\d[^.;!?\n]*\Z", _BACK)
_PHASE_OPEN = regex.compile(rf"\d{{1,2}}(?:{_H}*\+|{_H}+(?:ou|et|or){_H}+(?:plus|pire|above|worse|more))", regex.IGNORECASE)
_IN_PHASE = regex.compile(
    rf"(?<![\p{{L}}])(?:en|in)(?:{_H}+(?:IPC|CH))?{_H}+(?:phases?|niveaux?|levels?){_H}+\Z", regex.IGNORECASE | _BACK
)
# the size of a file to download, which describes a link, not the story: a number in bytes (`1,1 Mo`, `245 Ko`,
# `2.3 MB`) after the file's format (`(PDF, 1,1 Mo)`, `PDF – 245 Ko`) or alone in brackets (`(2,3 MB)`)
_FILE_FORMATS = "|".join(sorted(FILE_EXTENSIONS, key=lambda f: (-len(f), f)))  # (`docx` tried before `doc`)
_BYTES = r"(?:[kKMGT]i?[oB]|ko|kb|octets|bytes)"  # a size's unit: `Mo`, `KiB`, `ko`, `octets`
_FILE_SIZE = regex.compile(rf"{_H}?{_BYTES}(?![\p{{L}}])")
_FILE_SIZE_CLOSED = regex.compile(rf"{_H}?{_BYTES}{_H}?[)\]]")
_FILE_FORMAT_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:{_FILE_FORMATS})"
    rf"{_H}*[,;:|·–—\-/]?{_H}*\Z",
    regex.IGNORECASE | _BACK,
)
# a page's publication or update line left in the text (`Publié le 02/12/2025 à 07:55 · Transcription relue`,
# `Mis à jour automatiquement toutes les 5 minutes`): page metadata, whose numbers are no figures of the release
# (corpora/README: metadata lines are boilerplate); short, no sentence (`Publié en 2024, le rapport ... 40 cas.`), the
# date, time or weekday right after the participle or an adverb of updates (not a breaking story's `MISE À JOUR : le
# bilan passe à 12 morts`)
_STAMP_LINE = regex.compile(
    r"^[ \t]*(?i:publiée?|mise?[ \t]+en[ \t]+ligne|(?:dernière[ \t]+)?mise?[ \t]+à[ \t]+jour|actualisée?|modifiée?"
    r"|posted|published|(?:last[ \t]+)?updated)(?![\p{L}])"
    r"(?:[ \t]*(?i:le|on|à|at|:))*[ \t]*(?:\d|(?i:" + WEEKDAY_ABBREVIATIONS + r"|jan|f[ée]v|feb|avr|apr"
    r"|mai|may|juin|june?|juil|july?|ao[uû]t|aug|sep|oct|nov|d[ée]c|automatiquement|automatically|quotidiennement|daily"
    r"|en[ \t]+continu|régulièrement|regularly))"
    r"[^\n]{0,100}(?<![.!?])$",
    regex.MULTILINE,
)
# a line that is only a date and a clock time (`02 déc, 2025, 10:30 ET`, `Mardi 2 décembre 2025 - 08:15`,
# `02/12/2025 10:30`, a date stamp as `dates.is_date_stamp` reads it, with its time): above a release's dateline,
# where no article line dates anything, the wire's or the site's publication stamp (page metadata, as `_STAMP_LINE`),
# not a date of the release
_STAMP_CLOCK = regex.compile(TIME)
_STAMP_LINE_STEMS = ("publi", "mis", "dernière", "actualis", "modifi", "posted", "last", "updated")
# a line that is only a release's type, its number and its date (`Communiqué de presse 01 décembre 2025`, `Communiqué n°
# 47 – 18/10/2025`, `Press release | 3 December 2025`): the page's label of what it publishes and when, page metadata
# (corpora/README: every such line of dev is boilerplate), not a date the release gives; a headline goes on with words
# (`Communiqué de presse de la réunion du ... 1er décembre 2025`)
_RELEASE_STAMP_LINE = regex.compile(
    rf"[ \t]*(?:communiqu[ée]s?(?:{_H}+(?:de{_H}+presse|conjoint|final))?|(?:press|news|media){_H}+releases?"
    rf"|note{_H}+d['’]information|note{_H}+aux{_H}+r[ée]dactions|avis{_H}+de{_H}+presse)"
    rf"(?:{_H}*(?:n[°o]|no\.|#){_H}*[\w/.\-]{{1,24}})?"
    rf"{_H}*[|·–—:,\-]?{_H}*(?:(?:du|le|publiée?{_H}+le|of|on){_H}+)?"
    rf"(?:(?:\p{{L}}{{3,9}}\.?,?{_H}+)?(?:\d{{1,2}}(?:er|ᵉʳ)?{_H}+(?:{_MONTH}),?{_H}+{_YEAR}|(?:{_MONTH}){_H}+\d{{1,2}},?{_H}+{_YEAR})"
    rf"|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:{_YEAR}|\d\d))[ \t]*",
    regex.IGNORECASE,
)
# a line made only of a page's widget counters (`Lu 345 fois`, `1 234 vues · 12 commentaires`, `3 min de lecture`,
# `Visiteurs : 123456`): page metadata too, on any page (a listing's story keeps its stamp, never its counters)
_COUNTER_WORDS = (
    r"(?:lu|vu|consulté|read|viewed)[ \t\u00a0]+\d[\d \u00a0.,]*[ \t\u00a0]+(?:fois|times)"
    r"|\d[\d \u00a0.,]*[kK]?[ \t\u00a0]+(?:vues?|views?|lectures?|commentaires?|comments?|votes?|likes?|j['’]aime"
    r"|partages?|shares?|réactions?|reactions?|abonnés|followers)"
    r"|(?:temps[ \t\u00a0]+de[ \t\u00a0]+)?lecture[ \t\u00a0]*:?[ \t\u00a0]*\d{1,2}[ \t\u00a0]*min(?:utes?|\.)?"
    r"|\d{1,2}[ \t\u00a0]*min(?:utes?|\.)?[ \t\u00a0]+(?:de[ \t\u00a0]+lecture|read|to[ \t\u00a0]+read)"
    r"|(?:visiteurs?|visites?|vues|views|hits|lectures|commentaires|comments|votes|téléchargements|downloads)"
    r"[ \t\u00a0]*:[ \t\u00a0]*\d[\d \u00a0.,]*"  # (`Vues : 1 204 · Téléchargements : 86`, a viewer's counters)
    # a relative stamp and a bare reading time beside it: `il y a 2 jours · 4 min`, `Publié il y a 5 minutes`, `3 hours ago`
    r"|(?:(?:publié|posted)[ \t\u00a0]+)?il[ \t\u00a0]+y[ \t\u00a0]+a[ \t\u00a0]+\d{1,2}[ \t\u00a0]*(?:min(?:utes?)?|h|heures?|jours?|semaines?|mois)"
    r"|\d{1,2}[ \t\u00a0]*(?:min(?:utes?)?|hours?|days?|weeks?)[ \t\u00a0]+ago|\d{1,2}[ \t\u00a0]*min\.?"
)
_COUNTER_LINE = regex.compile(
    rf"[ \t]*(?:{_COUNTER_WORDS})(?:[ \t]*[·|•–—\-][ \t]*(?:{_COUNTER_WORDS}))*[ \t]*", regex.IGNORECASE
)
_COUNTER_LINE_MAX = 80  # (only short lines are tried: a counter line is a few words)
# a download counter beside a file's size or format in a resource list (`data.csv · CSV · 48,2 Ko · 1 204
# téléchargements`): the portal's chrome, like the size (but `le rapport compte 1 204 téléchargements` counts)
_DOWNLOADS_AFTER = regex.compile(rf"{_H}?(?i:téléchargements?|telechargements?|downloads?)(?![\p{{L}}])")
_FILE_BEFORE_COUNTER = regex.compile(
    rf"(?:(?<![\p{{L}}]){_BYTES}|\.(?i:{_FILE_FORMATS}))"
    rf"{_H}*[,;|·–—\-/(]{_H}*\Z",
    _BACK,
)
# a line's number names the line (`la ligne 2`, `the NDMO free line 199`), but `en ligne` is an adverb
# (`mis en ligne 3 jours plus tard`: the number after it counts)
_LINE_WORDS = frozenset({"ligne", "line"})
# a week named by its number in the year (`la semaine 48`, `week 12`), as an epidemiological week
_WEEK_WORDS = frozenset({"semaine", "week", "sem"})
_BARE_NUMBER_END = regex.compile(r"[ \t]*(?:[.,;:!?)]|$)", regex.MULTILINE)  # nothing counted after the number: the clause ends
_EN_DETERMINERS = frozenset({"the", "its", "their", "this", "that", "our", "his", "her", "whose"})
_ARTICLES = frozenset({"le", "la", "les", "l", "du", "des", "au", "aux", "de", "ce", "cet", "cette", "son", "sa", "leur", "the"})
_ONLINE = regex.compile(rf"(?<![\p{{L}}])(?:en|hors|on|off){_H}+(?:ligne|line){_H}+\Z", regex.IGNORECASE | _BACK)
_IRREGULAR_PLURALS = frozenset({"people", "children", "women", "men", "persons", "cattle", "livestock"})
# a compound keeps its last word's irregular plural (`craftspeople`, `fishermen`, `schoolchildren`), but a few
# singular nouns end in `men` too (`specimen`, `omen`, `regimen`, `stamen`, `acumen`, `hymen`; not `clergymen`)
_IRREGULAR_PLURAL_ENDING = regex.compile(r"(?:people|children|women|(?<!(?:i|o|u|hy|sta))men)\Z", regex.IGNORECASE)
# an alert or a warning a few words before a bare number gives its level: `alert level raised to 3`, `to Level 3`,
# `niveau d'alerte 3`, `la vigilance au niveau 2` (but `phase 3 of the plan moved to level 4` is a reference)
_ALERT_LEVEL = regex.compile(
    rf"(?<![\p{{L}}])(?:alerts?|alertes?|vigilance|warnings?)(?:{_H}+[\p{{L}}'’\-]+){{0,5}}?{_H}+\Z", regex.IGNORECASE | _BACK
)
# a currency code in brackets in a row label: `Budget requis (USD) : 24,5 millions`
_CODE_IN_BRACKETS = regex.compile(r"\([ \t]*(?:en[ \t]+)?(?P<c>[A-Z]{3})[ \t]*\)")
# a share of a million: `half a million`, `a quarter of a million`, `three quarters of a billion`, `un demi-million`
_SHARE_OF_MILLION = regex.compile(
    rf"(?<![\p{{L}}])(?:(?P<share>half|a{_H}+quarter{_H}+of|three{_H}+quarters{_H}+of){_H}+a{_H}+(?P<m>million|billion)"
    rf"|un{_H}+(?P<demi>demi)-(?P<m>million|milliard))(?![\p{{L}}])",
    regex.IGNORECASE,
)
_MILLION_SHARES = {"half": "0.5", "a": "0.25", "three": "0.75", "demi": "0.5"}
# a number ending on the word million or milliard (read backwards from the number's end)
_MILLIONS_END = regex.compile(r"(?<![\p{L}])(?:millions?|milliards?|billions?|trillions?)\Z", regex.IGNORECASE | _BACK)
_LINK = regex.compile(rf"{_H}+(?:de{_H}+|d['’]{_H}?|des{_H}+|of{_H}+)", regex.IGNORECASE)
_PREV_WORD = regex.compile(rf"(?P<w>[\p{{L}}°º][\p{{L}}\p{{N}}'’°º.\-]{{0,40}}){_H}{{1,3}}\Z", _BACK)
# a determiner before the word that precedes a number: `du camp 14`, `la phase 2`, `de type 2` name a thing
_EN_DETERMINER_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?:the|each|its|this|that|every){_H}+\Z", regex.IGNORECASE | _BACK)
_DETERMINER_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:le|la|du|de|au|un|une|ce|cet|cette|chaque|son|sa|leur|notre|votre|mon|ma){_H}+\Z",
    regex.IGNORECASE | _BACK,
)
# the number of a goal's target (`cible 3.8`, `cible 16.a`), and a word after a number (the noun of a quantity)
_TARGET_ID = regex.compile(r"\d{1,2}\.(?:\d{1,2}|[a-z])(?![\p{L}\p{N}])")
_WORD_AFTER = regex.compile(rf"{_H}+(?P<w>\p{{L}}+)")
_PREV_TOKEN = regex.compile(r"(?P<w>[\p{L}°º][\p{L}'’°º.\-]{0,40})\Z", _BACK)
# the counter that heads a section or list line, then a capital: `1. Résumé`, `2) Les besoins`, `1-1. Création`,
# `2.3. Recrutement`, `2-1 Construction`, `3- Suivi` (a number closed by `.`, `)` or a dash, or a dashed
# hierarchy); `1.5 Million` and `15.000 Personnes` close on no mark and are numbers
_COUNTER = regex.compile(
    rf"{_H}*(?:(?P<c>\d{{1,2}}(?:[.\-–]\d{{1,2}}){{0,3}}[.)\-–]|\d{{1,2}}(?:[\-–]\d{{1,2}}){{1,3}}){_H}+\p{{Lu}}"
    # (an item of a numbered list may open in lower case: `1. le financement des stocks ;`, `2) la facilitation`;
    # a sentence never opens so after a full stop)
    rf"|(?P<c>\d{{1,2}}[.)]){_H}+\p{{Ll}})"
)
_LEADERS = regex.compile(rf"(?:\.{{3,}}|…|_{{3,}}){_H}*\Z")
# a lower-case word after a street word, maybe after `de`/`d'` without article (`12 cours d'école`, `12 cours
# magistraux`): the word is a common noun of a kind the number counts, where a street's name is capitalised, a number
# or a complement with its article (`12 rue de la Paix`, `rue du 8 Mai`, `3 place de l'église`)
_COMMON_NOUN_AFTER = regex.compile(
    rf"{_H}*(?>(?:de{_H}+|d['’]{_H}?)?)(?!(?:la|le|les|du|des|de)(?![\p{{L}}])|l['’])\p{{Ll}}"
)
_ADDRESS_LINE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?:cedex|case{_H}+postale|bp|b\.p\.|bo[iî]te{_H}+postale|rue|avenue|route|chemin)(?![\p{{L}}])"
)
_CAPITALISED = regex.compile(rf"{_H}+(?P<w>\p{{Lu}}[\p{{L}}\-]{{1,40}})")
# what goes on a list of references: `routes nationales 25 et 11`, `page 12 / 48`, `page 3 sur 40`
_LIST_GAP = regex.compile(rf"{_H}*(?:,|et|and|ou|or|à|-|–|/|sur|of){_H}*", regex.IGNORECASE)
# (`à 9 et à 15 mois`: each bound with its preposition)
_RANGE_GAP = regex.compile(rf"{_H}*(?:[àa]|(?:et|ou){_H}+à|et|ou|to|and|-|–){_H}*", regex.IGNORECASE)
# between two dates of a range: the words above, and those that open a range's second bound with its
# article (`du 17 novembre au 19 décembre 2025`, `jusqu'au`, `from 3 March until 5 May 2025`)
_DATE_RANGE_GAP = regex.compile(
    rf"{_H}*(?:[àa]|au|et|ou|to|and|until|till|through|jusqu['’]{_H}?(?:au|à)|-|–){_H}*(?:{_WEEKDAY},?{_H}+)?",
    regex.IGNORECASE,
)
# the weekday right before a date (`ce mercredi 26 novembre 2025`, `Monday, 3 March`): part of the date
_WEEKDAY_BEFORE = regex.compile(rf"(?<![\p{{L}}])(?i:{_WEEKDAY}),?{_H}+\Z", _BACK)
# and what a day of a range keeps before it: its `le`, its weekday or both (`le lundi 3`)
_DAY_LEAD = regex.compile(
    rf"(?<![\p{{L}}])(?i:le{_H}+(?:{_WEEKDAY}{_H}+)?|{_WEEKDAY},?{_H}+)\Z", _BACK
)
# `24 h sur 24`, `7 jours sur 7`, `24 h/24`: a number repeated after `sur` or a slash says "all of them" and
# is part of the figure
_OUT_OF_SAME = regex.compile(rf"(?:{_H}+sur{_H}+|{_H}?/{_H}?)(?P<n>\d{{1,3}})(?![\p{{N}}])", regex.IGNORECASE)
# what follows `points`: `de`/`d'` and maybe the word that makes them percentage points, or a word
_POINTS_AFTER = regex.compile(
    rf"{_H}+(?:(?P<of>d(?:e{_H}+|['’]{_H}?))(?P<what>pourcentage|base|indice)?|(?P<w>\p{{L}}+))", regex.IGNORECASE
)
# `a 50-kilo bag`, `a 15-year-old girl` (an age)
# (a measure of two words is hyphenated whole: `a 6,800-square-metre hall`)
_HYPHEN_UNIT = regex.compile(r"-(?P<w>(?:square|cubic)-\p{Ll}{2,20}|\p{Ll}{2,20})(?P<old>-old)?(?![\p{L}\-])")
# an acronym in the plural is a noun a number counts, not a name: `2 million TEUs`, `300 NGOs`
# the other nouns of a list the counted noun heads (`4 800 livres, films et jeux`, `300 livres ou revues`): things
# counted together with it, one word each up to the `et`/`ou` that closes the list
_LISTED_NOUNS = regex.compile(
    rf"(?:,{_H}+(?P<n>\p{{Ll}}[\p{{L}}\-]{{1,30}})){{0,4}}(?:,?{_H}+(?:et|ou){_H}+(?P<n>\p{{Ll}}[\p{{L}}\-]{{1,30}}))(?![\p{{L}}\-])"
)
_MORE_OR_LESS = regex.compile(r"(?:plus|moins)(?![\p{L}])", regex.IGNORECASE)
_POINT_UNITS = frozenset({"points", "point", "pts", "pt"})  # (percentage points, or things counted: `_points_measure`)
_PLURAL_ACRONYM = regex.compile(r"\p{Lu}{2,8}s")
# (a compound one too: `Franco-Ontariennes`, `Sud-Africains`)
_DEMONYM = regex.compile(
    r"(?:\p{Lu}\p{Ll}{1,20}-)?\p{Lu}\p{Ll}{2,30}(?:ais|aises|ois|oises|iens|iennes|ains|aines|éens|éennes|ens|ennes|ans|anes)"
)
_SPACED_WORD = regex.compile(rf"{_H}{{1,3}}(?P<w>[\p{{L}}][\p{{L}}\-]{{0,40}}(?<!-))")
_NEXT_WORD = regex.compile(rf"{_H}{{0,3}}(?P<w>[\p{{L}}][\p{{L}}\-]{{0,40}}(?<!-))")
_MONTH_AFTER = regex.compile(rf"{_H}+(?:{_MONTH})(?![\p{{L}}])", regex.IGNORECASE)
# the British spelling of the metric length units (`metres`, `kilometre`, `centimetres`): a page that writes it
# means something else by `meters` (`12,000 meters` replaced: instruments)
_METRE_SPELLING = regex.compile(r"(?<![\p{L}])(?:kilo|centi|milli)?metres?(?![\p{L}])", regex.IGNORECASE)
_AGE_WORD = regex.compile(r"(?i)[âa]g[ée]")
# an adverb of quantity between `âgés` and its `de` (`âgés en moyenne de 24 ans`, `âgés, pour la plupart, de 18 à 25 ans`)
_AGE_ADVERBS = (
    "en moyenne", "pour la plupart", "pour la majorité", "en majorité", "pour moitié", "majoritairement",
    "principalement", "essentiellement", "surtout", "généralement", "respectivement", "pour l['’]essentiel",
)
_AGE_ADVERB = (
    rf"(?:,?{_H}+(?:{'|'.join(a.replace(' ', f'{_H}+') for a in sorted(_AGE_ADVERBS, key=len, reverse=True))})"
    rf"(?![\p{{L}}]),?)?"
)
# `les 15-24 ans`, `chez les 18 à 25 ans`, `les moins de 25 ans`: a range or a bound of years standing
# for a noun is an age group
_AGE_CLASS = regex.compile(
    rf"(?<![\p{{L}}])(?:les|des|aux){_H}+\d{{1,2}}(?:{_H}?[-–]{_H}?|{_H}+[àa]{_H}+)\Z", regex.IGNORECASE | _BACK
)
_GROUP_ARTICLE = regex.compile(rf"(?<![\p{{L}}])(?:les|des|aux){_H}+\Z", regex.IGNORECASE | _BACK)
# `les 60 ans ou plus`, `des 65 ans et plus`: a bound of years after its noun, with its article, is an age group
_OPEN_BOUND = regex.compile(rf"{_H}+(?:et|ou){_H}+(?:plus|moins)(?![\p{{L}}])", regex.IGNORECASE)
# `des Corses de 65 ans et plus`: such a bound after a people's plural name and `de` is an age group too
_PEOPLE_OF = regex.compile(rf"(?<![\p{{L}}])\p{{Lu}}\p{{Ll}}{{2,30}}[sx]{_H}+{_DE}\Z", _BACK)
# `L'âge médian des personnes décédées est de 79 ans`, `l'âge légal est fixé à 64 ans`: the noun `âge` heads the
# clause whose verb gives it the number (no digit and no end of sentence between them)
_AGE_IS = regex.compile(
    rf"(?<![\p{{L}}])[âa]ges?(?![\p{{L}}])[^\d\n.;:!?()]{{0,60}}?(?<![\p{{L}}])"
    rf"(?:(?:est|était|sera|serait|reste|restait|demeure|demeurait)(?:{_H}+(?:désormais|aujourd['’]hui|alors|encore))?{_H}+de"
    rf"|(?:s['’](?:établit|établissait|élève|élevait|situe|situait)|(?:est|a{_H}+été|sera){_H}+(?:passée?|fixée?|portée?|relevée?|abaissée?)"
    rf"|passe|passera|fixée?|portée?|relevée?|abaissée?){_H}+à"
    rf"|atteint|atteignait|(?:is|was|stands{_H}+at|stood{_H}+at|rose{_H}+to|reached))"
    rf"(?:{_H}+(?:désormais|now))?{_H}+\Z",
    regex.IGNORECASE | _BACK,
)
# a verb that sets an age, its object `l'âge`, then `à` the number: `la loi fixe l'âge minimum du mariage à 18 ans`,
# `relever l'âge de départ à 64 ans` (the active voice of `_AGE_IS`'s `l'âge est fixé à`)
_AGE_SET = regex.compile(
    rf"(?<![\p{{L}}])(?:fix|port|relev|relèv|abaiss|ramen|ramèn|élev|élèv|repouss)\p{{L}}{{0,6}}{_H}+l['’]{_H}?âge(?![\p{{L}}])"
    rf"[^\d\n.;:!?()]{{0,60}}?(?<![\p{{L}}])à{_H}+\Z",
    regex.IGNORECASE | _BACK,
)
_BOUND = regex.compile(rf"(?:moins|plus){_H}+d", regex.IGNORECASE)
# (not after a word that opens a span of time: `pendant les 10 ans`, `au terme des 15 ans`, `pendant ses 10 ans`)
_NO_SPAN_BEFORE = r"(?<!(?:pendant|durant|cours|long|terme|bout|issue|fin|sur|dans|depuis|après|avant)" + _H + "+)"
# an institution's anniversary: `les 30 ans de la réserve`, `des 75 ans du HCR`: the years with their article, owned
# by a thing the definite article names, are its age (corpora/README h184–h199); not a span of time a preposition
# opens (`pendant les 10 ans du projet`, `sur les 5 ans du plan`, `au terme des 15 ans de la mission`), nor years of a
# bare noun (`les 20 ans de guerre`)
_ANNIVERSARY_BEFORE = regex.compile(
    rf"(?<![\p{{L}}]){_NO_SPAN_BEFORE}(?:les|des|aux){_H}+\Z",
    regex.IGNORECASE | _BACK,
)
_ANNIVERSARY_OF = regex.compile(rf"{_H}+(?:d(?:e{_H}+la|u|es)(?![\p{{L}}])|de{_H}+l['’]{_H}?\p{{L}})", regex.IGNORECASE)
# ... and a possessive's years of existence or history, the owner's age (`la plus élevée de ses 52 ans d'histoire`);
# not a span (`pendant ses 10 ans de mandat`, `ses 20 ans d'expérience`), nor, h53's gold, `le festival fête ses 10 ans`
# the years a verb of celebration takes with its possessive or article: `fête ses 75 ans`, `a célébré ses 100 ans`,
# `souffle ses dix bougies` aside (no `ans`), `célébrer les 50 ans` (an anniversary, never a span)
_CELEBRATED_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:f[êe]t(?:e|ent|era|eront|ait|aient|é|er|ant)|c[ée]l[èée]br(?:e|ent|era|eront|ait|aient|é|er|ant)"
    rf"|souffl(?:e|ent|era|eront|é|er|ant))"
    # (an adverb of time may stand between: `fête cette année ses 27 ans`, `célèbre aujourd’hui ses 50 ans`)
    rf"(?:{_H}+(?:cette{_H}+année|cette{_H}+semaine|ce{_H}+mois|aujourd['’]hui|demain|bientôt|officiellement|en{_H}+(?:19|20)\d\d))?"
    rf"{_H}+(?:ses|leurs|nos|vos|son|les){_H}+\Z",
    regex.IGNORECASE | _BACK,
)
_POSSESSIVE_BEFORE = regex.compile(
    rf"(?<![\p{{L}}]){_NO_SPAN_BEFORE}"
    rf"(?:ses|leurs|nos|vos){_H}+\Z",
    regex.IGNORECASE | _BACK,
)
_OWN_YEARS_AFTER = regex.compile(rf"{_H}+d['’]{_H}?(?:existence|histoire)(?![\p{{L}}])", regex.IGNORECASE)
# `avoir` + years is an age: `Ibrahim a 19 ans`, `un enfant sur cinq a moins de 5 ans`, `elles ont entre 15 et 24 ans`
# (but `il y a 5 ans` is a time ago, and `a 10 ans de retard`, `ont 20 ans d'expérience`, `a 5 ans pour agir`
# durations: `_YEARS_OF`; after a number, `a` is `à` with its accent stripped: `de 3 a 5 ans`)
_HAS_YEARS = regex.compile(
    rf"(?<![\p{{L}}'’])(?<!(?<![\p{{L}}])y{_H})(?<!\d{_H})(?:a|ont|avait|avaient|aura|auront|aurait|auraient|ai|as|avons|avez|ayant)"
    rf"(?:{_H}+(?:déjà|désormais|alors|bientôt|encore|aujourd['’]hui|tout{_H}+juste|à{_H}+peine))?"
    rf"(?:{_H}+entre(?:{_H}+\d{{1,3}}{_H}+(?:et|à))?)?{_H}+\Z",  # (the range's first bound too: `ont entre 15`)
    regex.IGNORECASE | _BACK,
)
# from an age on (`le vaccin est proposé dès 5 ans`, `à partir de 16 ans`), and the age at which a clause's event
# happened, heading the clause (`à 17 ans, elle s'est mariée`): read backwards from the number
_FROM_AGE = regex.compile(rf"(?<![\p{{L}}])(?:dès|d[èe]s|[àa]{_H}+partir{_H}+de){_H}+\Z", regex.IGNORECASE | _BACK)
_AT_AGE = regex.compile(rf"(?:\A|[\n.;:!?,–—]){_H}*[àÀ]{_H}+\Z", _BACK)  # (a dateline's dash opens a sentence too)
_CLAUSE_COMMA = regex.compile(rf"{_H}*,")
# an infant's feeding or vaccination is timed by the child's age: `les deux doses du calendrier vaccinal, à 9 et à 15
# mois`, `vaccinés dès 6 semaines`, `l'allaitement maternel exclusif jusqu'à 6 mois` (`at`: the age follows `à`, `dès`
# or `à partir de`; `feed`: a feeding, whose `jusqu'à` bounds the age too, where a vaccine's may bound its protection);
# not `d'ici à 6 mois`, a delay
_INFANT_CARE = regex.compile(
    rf"(?<![\p{{L}}])(?:(?P<feed>allait\p{{L}}*|sevr\p{{L}}*)|vaccin\p{{L}}*)(?![\p{{L}}])[^\d\n.;:!?()]{{0,60}}?"
    rf"(?:(?P<at>(?<![\p{{L}}'’])(?:à{_H}+\d{{1,2}}{_H}+(?:et|ou){_H}+)?(?<!ici{_H})(?:à|dès|à{_H}+partir{_H}+de)){_H}+|{_H}*)\Z",
    regex.IGNORECASE | _BACK,
)
_UNTIL = regex.compile(rf"jusqu['’]{_H}?à{_H}", regex.IGNORECASE)
# an apposition after a person's name whose noun takes the years (`Gulnara Toktogulova, éleveuse de 47 ans`, `Awa
# Diop, une mère célibataire de 32 ans`): the person's age; its words are a noun and maybe an article and an adjective,
# no preposition (`X, responsable du programme de 3 ans` gives the programme's span), read backwards to the comma
_APPOSITION_OF = regex.compile(
    rf"(?P<comma>,){_H}*(?:(?:un|une){_H}+)?(?!(?:du|des|de|la|le|les|au|aux|en|pour|sur|par|dans){_H})"
    rf"\p{{Ll}}[\p{{L}}\-]{{2,30}}(?:{_H}+(?!(?:du|des|de|la|le|les|au|aux|en|pour|sur|par|dans){_H})\p{{Ll}}[\p{{L}}\-]{{2,30}})?"
    rf"{_H}+(?:de{_H}+|d['’]{_H}?)\Z",
    _BACK,
)
# a bound a qualifier puts on the years (`jusqu'à 5 ans`), after a person noun: an age
_SPAN_AFTER = regex.compile(rf"{_H}+(?:après|plus{_H}+tard|plus{_H}+tôt|avant|auparavant)(?![\p{{L}}])", regex.IGNORECASE)
_BOUND_AHEAD = regex.compile(rf"(?:jusqu['’]{_H}?[àa]|moins{_H}+de|plus{_H}+de|au{_H}+moins)(?![\p{{L}}])", regex.IGNORECASE)
# (`pour la plupart`, `pour l’essentiel`, `pour moitié`: an aside on whom the clause speaks of, not a purpose)
_YEARS_OF = regex.compile(
    rf"{_H}+(?:d(?:e{_H}|['’])|(?:pour|devant)(?![\p{{L}}])"
    rf"(?!{_H}+(?:la{_H}+plupart|l['’]{_H}?essentiel|moitié|beaucoup|certains|certaines|la{_H}+majorité)(?![\p{{L}}])))",
    regex.IGNORECASE,
)
_EXPERIENCE_AFTER = regex.compile(
    rf"{_H}+(?:d['’]{_H}?(?:expérience|ancienneté|activité)|de{_H}+(?:carrière|service|métier|pratique|travail))(?![\p{{L}}])",
    regex.IGNORECASE,
)
_WORD_SPLIT = regex.compile(rf"{_H}+")
_NEXT_WORD_START = regex.compile(r"\S")
_SCALE_WORDS = frozenset({"millions", "milliards", "billions", "million", "milliard", "billion", "trillion", "trillions"})
_PLURAL_NOUN_AFTER = regex.compile(rf"{_H}+(?!(?:les|des|ces|ses|nos|vos|leurs|mes|tes|aux|dans|sous|sans|plus|moins|tous)(?![\p{{L}}]))\p{{Ll}}[\p{{L}}\-]{{1,30}}[sx](?![\p{{L}}])")
# how far back a plan's title may open on its capitalised head noun, in characters and in lower-case words
_TITLE_REACH = 140
_TITLE_WORDS = 12
# the head noun before a name in quotes that the number ends (`plan « Dlo pou tout moun 2026`), read backwards
_QUOTED_NAME = regex.compile(rf"(?P<n>\p{{L}}[\p{{L}}'’]{{1,30}}){_H}*[«“\"]{_H}*[^«»“”\"\n\d]{{1,100}}{_H}\Z", _BACK)
_YEAR_RANGE_OPEN = regex.compile(rf"{_YEAR}[-–/]")
_ELISION = regex.compile(r"^(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu)['’]", regex.IGNORECASE)
_NEWLINE = regex.compile(r"\n")
_NUMBER_WORD_UNITS = (
    "dix-sept|dix-huit|dix-neuf|quatorze|quinze|treize|douze|onze|seize|quatre|trois|deux|cinq|sept|huit|neuf|six|dix|une|un"
)
_NUMBER_WORD_TENS = "quatre-vingts?|soixante|cinquante|quarante|trente|vingts?|septante|huitante|octante|nonante"
_NW_FR = rf"(?:{_NUMBER_WORD_TENS}|cents?|mille|millions?|milliards?|{_NUMBER_WORD_UNITS})"
_NW_EN = (
    r"(?:seventeen|eighteen|nineteen|thirteen|fourteen|fifteen|sixteen|eleven|twelve|twenty|thirty|forty|fifty|sixty"
    r"|seventy|eighty|ninety|hundred|thousand|million|billion|one|two|three|four|five|six|seven|eight|nine|ten)"
)
# a bare number word that counts part of a group whose size follows: `six des huit États`, `trois des 12 pays`,
# `three of the four vessels`, `two of the country's five markets`, `three in four households`
# the English article that makes a scale word a number (`a billion people`, `more than a million`), read backwards
_A_BEFORE = regex.compile(rf"(?<![\p{{L}}'’])[aA]{_H}+\Z", _BACK)
_PART_OF_NUMBER = regex.compile(
    rf"{_H}+(?:des|of(?:{_H}+(?:the|its|their))?(?:{_H}+\p{{L}}[\p{{L}}\-]{{0,30}}['’]s?)?|in(?={_H}+(?:\d{{1,3}}|{_NW_EN})(?![\p{{N}}]))){_H}+"
    rf"(?:\d|(?:{_NUMBER_WORD_TENS}|{_NUMBER_WORD_UNITS}|{_NW_EN})(?![\p{{L}}]))",
    regex.IGNORECASE,
)
_NUMBER_WORDS = {
    "fr": regex.compile(
        rf"(?<![\p{{L}}\-])(?P<nw>{_NW_FR}(?:(?:-et-|{_H}+et{_H}+(?=un|une|onze)|{_H}+|-){_NW_FR}){{0,12}})(?![\p{{L}}\-])",
        regex.IGNORECASE,
    ),
    "en": regex.compile(
        rf"(?<![\p{{L}}\-'’])(?P<nw>{_NW_EN}(?:(?:{_H}+and{_H}+|{_H}+|-){_NW_EN}){{0,12}})(?![\p{{L}}\-])",
        regex.IGNORECASE,
    ),
}
# a number word hyphenated to the unit it qualifies: `a three-year project` (one word before the hyphen:
# `twenty-five-year` is rare, and `vingt-deux` is a number)
_NUMBER_WORD_UNIT = {
    lang: regex.compile(
        rf"(?<![\p{{L}}\-])(?P<nw>{words})-(?P<u>\p{{Ll}}{{2,20}})(?P<old>-old)?(?![\p{{L}}\-])", regex.IGNORECASE
    )
    for lang, words in (("fr", _NW_FR), ("en", _NW_EN))
}
def _minimal_stems(words: list[str]) -> tuple[str, ...]:
    """The words none of the others starts: every word starts with one of them."""
    words = sorted(set(words))
    return tuple(w for i, w in enumerate(words) if not any(w.startswith(o) for o in words[:i]))


def _alternatives(alternation: str) -> list[str]:
    """The lower-case words of an alternation of words, without an optional plural `s?`."""
    return [w.lower().removesuffix("s?") for w in alternation.strip("(?:)").split("|")]


# what every match of those patterns starts with, lower-cased (see `stem_matches`)
_NUMBER_WORD_STEMS = {"fr": _minimal_stems(_alternatives(_NW_FR)), "en": _minimal_stems(_alternatives(_NW_EN))}
_MONTH_STEMS = _minimal_stems(list(MONTHS))
# shares written without a number word before them: `la moitié`, `a third of`, `half of`, `half were` (the share the
# subject of its verb, as `a third are`; a qualifier makes it one too, `at least half women`; not `the first half of
# next year`, a period; French writes it `la première moitié`, which the article must open)
_SHARE_VERBS_EN = "are|were|is|was|have|has|had|said|say|says|live|lived|remain|remained"
_SHARES = {
    # (`réduites de moitié`: a share after `de`, as `baisser d'un tiers`; `la moitie` in a text typed without accents)
    "fr": regex.compile(
        rf"(?<![\p{{L}}])(?:la|une|la{_H}+petite|la{_H}+grande|de){_H}+(?P<half>moiti[ée])(?![\p{{L}}])", regex.IGNORECASE
    ),
    "en": regex.compile(
        rf"(?<![\p{{L}}])(?<!(?:first|second|latter|former){_H}{{1,3}})"
        rf"(?:(?P<half>half)(?={_H}+(?:of|the){_H}|{_H}+(?:{_SHARE_VERBS_EN})(?![\p{{L}}]))"
        rf"|(?P<half>half)(?<=(?<![\p{{L}}])by{_H}{{1,3}}(?:(?:nearly|almost|about|roughly|around|over|more{_H}than){_H}{{1,3}})?half)(?![\p{{L}}\-])"
        rf"|(?P<half>half)(?<=(?<![\p{{L}}])(?:at{_H}least|nearly|almost|more{_H}than|less{_H}than){_H}{{1,3}}half)(?![\p{{L}}\-])"
        rf"|(?:an?|(?P<n>one|two|three|four))(?:{_H}+|-)"
        rf"(?P<part>third|quarter|fifth|tenth)s?)(?![\p{{L}}\-])",
        regex.IGNORECASE,
    ),
}
# a century or a millennium in Roman numerals (`dès le XIIe siècle`, `aux XVIIIe et XIXe siècles`, `entre le XVIe et le
# XIXe siècle`): an ordinal
_ROMAN_ORDINAL = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?P<r>[IVXL]{{1,7}})(?:er|ème|e|ᵉ|è)"
    rf"(?=(?:{_H}+(?:(?:et|ou)(?:{_H}+le)?|au|à){_H}+|{_H}?[-–]{_H}?)[IVXL]{{1,7}}(?:ème|e|ᵉ|è)"
    rf"|{_H}+(?i:siècles?|millénaires?)(?![\p{{L}}]))"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
# `le quart des captures`, `près du quart de la valeur`, `réduit au tiers de`, `dont le quart`: a part with the
# definite article (`_SHARE_ARTICLE`, before it), of something or of the whole named before (not `le quart d'heure`,
# `le quart de finale`); looked for only where its word starts (`_SHARE_PART_STEMS`)
_SHARE_PART = regex.compile(
    rf"(?<![\p{{L}}])(?P<fpart>tiers|quart|cinquième|dixième)(?![\p{{L}}])(?!{_H}+d['’]{_H}?heure|{_H}+de{_H}+(?:finale|siècle))",
    regex.IGNORECASE,
)
_SHARE_PART_STEMS = ("tiers", "quart", "cinqui", "dixi")
_SHARE_ARTICLE = regex.compile(rf"(?<![\p{{L}}])(?P<art>le|du|au){_H}{{1,3}}\Z", regex.IGNORECASE | _BACK)
# a qualifier whose `de` the article of a share took: `près du quart`, `plus du tiers`
_CONTRACTED_QUALIFIER = regex.compile(rf"(?<![\p{{L}}])(?P<q>plus|pr[èe]s|moins){_H}+\Z", regex.IGNORECASE | _BACK)
_DES_BEFORE = regex.compile(rf"(?<![\p{{L}}])des{_H}+\Z", regex.IGNORECASE | _BACK)
_CONTRACTED_QUALIFIERS = {"plus": "plus", "pres": "près", "moins": "moins"}
_SHARE_OF = regex.compile(rf"{_H}+(?:(?:de|des|du)(?![\p{{L}}])|d['’])", regex.IGNORECASE)  # `le quart des`, `d'une`
# `a third` followed by a word that is not `of` or a comparison is an ordinal: `a third consecutive year`
# ... unless a change is measured by it: `rose by about a third in two years`, `cut by a quarter over the decade`
_BY_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])by{_H}+(?:(?:nearly|almost|about|roughly|around|over|some|more{_H}+than|less{_H}+than){_H}+)?\Z",
    regex.IGNORECASE | _BACK,
)
_ORDINAL_USE = regex.compile(
    rf"{_H}+(?!(?:of|more|less|fewer|than|{_SHARE_VERBS_EN})(?![\p{{L}}]))\p{{L}}",
    regex.IGNORECASE,
)  # (`a third are under 25`: the share is the subject of its verb)
# `over` before a duration: `more than` after a word that measures time (`for over 10 years`, `took over
# two years`), else `during` (`$42 million over three years`)
_OVER = regex.compile(rf"over{_H}+", regex.IGNORECASE)
_FOR_BEFORE = regex.compile(
    rf"(?<![\p{{L}}])(?:for|in|after|took|takes|take|lasted|lasts|last|spent|spend|spends){_H}+\Z", regex.IGNORECASE | _BACK
)
# words between an English number and its noun that say "in addition": `600,000 more residents`
_EN_MORE = frozenset({"more", "fewer", "other", "extra"})
_PARTS = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_ENGLISH_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4}
# English ages have no unit noun: `girls aged 15 to 19`
_CHILDREN_EN = regex.compile(
    rf"(?<![\p{{L}}])(?:children|child|girls|boys|infants|kids|babies|adolescents"
    rf"|people|youth|youths|adults|women|men|persons|mothers|pupils|students|workers|farmers){_H}+\Z",
    regex.IGNORECASE | _BACK,
)  # (and people of any age: `young people under 35`, `women over 50`)
_OF_AGE = regex.compile(rf"{_H}+(?:of{_H}+age|old)(?![\p{{L}}])", regex.IGNORECASE)
_YEAR_OLDS = frozenset({"year-olds", "year-old", "years-old"})
# `aged 15 to 24 years`, `aged between 18 and 25 years`: the end of an English age range
_AGED_RANGE_EN = regex.compile(
    rf"(?<![\p{{L}}])aged{_H}+(?:between{_H}+|from{_H}+)?\d{{1,3}}{_H}*(?:to|and|-|–){_H}*\Z", regex.IGNORECASE | _BACK
)
# an English person's age between commas after the name or the role, a verb or a description after it (`The minister,
# 54, said`, `Grace Mensah, 41, a cocoa farmer`); read backwards to the number, then on from it
_NAMED_BEFORE_EN = regex.compile(
    rf"(?:(?<![\p{{L}}])\p{{Lu}}\p{{Ll}}+|(?<![\p{{L}}])(?i:minister|director|president|chairman|chairwoman|chair|chief|mayor|governor"
    rf"|founder|teacher|nurse|doctor|farmer|fisherman|trader|officer|leader|mother|father|widow|survivor|woman|man|girl|boy)),{_H}+\Z",
    _BACK,
)
_DESCRIBED_AFTER_EN = regex.compile(
    rf"{_H}*,{_H}+(?:said|says|told|explained|added|is|was|has|had|who|a|an|the|from|lives|lost|fled"
    rf"|(?-i:\p{{Ll}}{{2,20}}(?:s|ed)))(?![\p{{L}}])",  # (a verb of the person's: `Fatmata, 42, chairs the cooperative`)
    regex.IGNORECASE,
)
_AGED_EN = regex.compile(rf"(?<![\p{{L}}])(?:aged|ages?){_H}+(?:between{_H}+|from{_H}+|of{_H}+)?\Z", regex.IGNORECASE)
# a French past participle's ending (`formés`, `pris`, `construites`, `ouverts`, `peintes`) and the
# preposition of the complement after it (`formés aux métiers`, `pris en charge`, `déplacés par`)
_PARTICIPLE = regex.compile(r"\p{Ll}{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes|int|inte|ints|intes)")
_COMPLEMENT_AFTER = regex.compile(
    rf"{_H}+(?:à|au|aux|par|dans|pour|sur|avec|en|chez|grâce|lors|depuis|contre|dès|pendant|durant|entre|sous|selon|auprès)(?![\p{{L}}])",
    regex.IGNORECASE,
)
# `9 buts marqués, 2 encaissés`: after a number, its noun and a participle, a number and a participle elide the
# same noun (the participle is not the noun the second number counts)
_ELIDED_NOUN_BEFORE = regex.compile(
    rf"\d{_H}+\p{{Ll}}[\p{{L}}\-]{{1,30}}{_H}+\p{{Ll}}{{2,}}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues)"
    rf"{_H}*(?:,|et|and)?{_H}*\d[\d{_SPACE_CHARS}.,]{{0,12}}\Z",
    _BACK,
)
# participles that count people themselves, as nouns (`5 enfants tués et 3 blessés`: three wounded): no elided noun
_PEOPLE_PARTICIPLES = frozenset(
    """
    blessé blessés blessée blessées tué tués tuée tuées disparu disparus disparue disparues rapatrié rapatriés
    rapatriée rapatriées évacué évacués évacuée évacuées sinistré sinistrés sinistrée sinistrées décédé décédés
    décédée décédées expulsé expulsés expulsée expulsées inscrit inscrits inscrite inscrites élu élus élue élues
    admis admise admises reçu reçus reçue reçues
    """.split()
)
_VERB_ENDINGS = ("aient", "èrent", "erent", "eront", "eraient", "iront", "ssent")
_NAME_WORDS_THAT_ARE_NOT = frozenset(
    "quelque quelques environ près presque voici voilà chaque hier aujourd plus moins seuls seules "
    "sur sous dont soit depuis selon parmi ces ses leurs nos vos mes tes".split()
)


# Participles and adjectives that stand right after a number when the noun counted was named before
# (`112 cas, dont 64 importés de ...`, `214 représentations, dont 160 gratuites`, `86 compagnies dont
# 11 venues de ...`): never the counted noun. Without a parse, a lexicon (these join the resource's
# `adjectives`, which already hold `nouveaux`, `autres`, ...); forms that are also nouns (`arrivées`,
# `reçus`, `suspects`, `étrangers`, `blessés`, `locaux`, `nationaux`, `actifs`) are left out on purpose.
_ELLIPTIC_ADJECTIVES = frozenset(
    """
    importé importés importée importées exporté exportés exportée exportées venu venus venue venues
    arrivés issus issues originaires gratuit gratuits gratuite gratuites payant payants payante payantes
    confirmé confirmés confirmée confirmées probables suspectés suspectées guéris guéries vaccinés vaccinées
    hospitalisés hospitalisées scolarisés scolarisées positifs positives négatifs négatives mortels mortelles
    graves légers légères neufs neuves inédits inédites supplémentaires restants restantes situés situées
    installés installées construits construites réhabilités réhabilitées détruits détruites endommagés
    endommagées fermés fermées ouverts ouvertes financés financées déclarés déclarées recensés recensées
    enregistrés enregistrées signalés signalées traités traitées testés testées fonctionnels fonctionnelles
    opérationnels opérationnelles
    réservé réservés réservée réservées destiné destinés destinée destinées consacré consacrés consacrée consacrées
    dédié dédiés dédiée dédiées attribué attribués attribuée attribuées alloué alloués allouée allouées
    accordé accordés accordée accordées prévu prévus prévue prévues
    âgé âgés âgée âgées
    """.split()
)


# Measures of power, energy, tension, current and volume the resource's `measures` lack (`750 mégawatts`, `225
# kilovolts`, `24 000 barils`)
_MORE_MEASURES = frozenset(
    """
    volt volts kilovolt kilovolts kv mégavolt mégavolts ampère ampères ampere amperes kva mva
    watt watts kilowatt kilowatts mégawatt mégawatts megawatt megawatts gigawatt gigawatts kilowattheure
    kilowattheures mégawattheure mégawattheures gigawattheure gigawattheures gwh twh mwc kwc baril barils
    barrel barrels gallon gallons hectolitre hectolitres millilitre millilitres décimètre décimètres
    bit bits kilobit kilobits mégabit mégabits megabit megabits gigabit gigabits térabit térabits mbps gbps kbps
    octet octets kilooctet kilooctets mégaoctet mégaoctets gigaoctet gigaoctets téraoctet téraoctets
    kilobyte kilobytes megabyte megabytes gigabyte gigabytes terabyte terabytes
    """.split()
)


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    """Nationality adjectives a country's name does not spell (`belges`, `suisses`, `malgaches`), folded."""
    return frozenset(fold(w) for w in load_json("entity_words.json")["demonyms"])


def _is_nationality(word: str) -> bool:
    """A nationality adjective in lower case (`belges`, `djiboutiennes`): it qualifies a noun, never is one.

    >>> _is_nationality("belges"), _is_nationality("burundais"), _is_nationality("paysans"), _is_nationality("Belges")
    (True, True, False, False)
    """
    if not word.islower():
        return False  # `Belges`: the people, a noun
    return fold(word) in _nationalities() or _country_of_nationality(word, 5) is not None


@dataclass
class _Figure:
    start: int
    end: int
    value: Any
    unit: str | None
    kind: str
    currency: str | None = None
    qualifier: str | None = None


# -- word lists -----------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _words() -> dict[str, Any]:
    """The word lists in resources/figures.json, loaded once on first use."""
    data = dict(load_json("figures.json"))  # a copy: the cached original stays as loaded
    for key in ("durations", "measures", "person_nouns", "adjectives", "not_units", "reference_words", "verb_references",
                "year_prepositions", "street_words", "english_not_units", "english_verbs", "money_by_country",
                "money_nouns", "english_invariant_nouns"):
        data[key] = frozenset(w.lower() for w in data[key])
    data["adjectives"] = data["adjectives"] | _ELLIPTIC_ADJECTIVES
    data["measures"] = data["measures"] | _MORE_MEASURES
    data["compound_units"] = frozenset(c.lower() for c in data["compound_units"])
    data["compound_heads"] = frozenset(c.split()[0] for c in data["compound_units"])  # (their first words)
    # how the currency words begin, their first two characters (`_currency_after` tries the pattern only
    # after one of these), and the one-character ones (`$`, `€`)
    data["currency_starts"] = frozenset(c[:2] for c in data["currencies"]) | {c for c in data["currencies"] if len(c) == 1}
    data["capital_abbreviations"] = frozenset(data["capital_abbreviations"])
    data["currencies_by_place"] = frozenset(data["currencies_by_place"])
    data["capitalised_units"] = frozenset(data["capitalised_units"])  # as written: `États`, not `états`
    for key in ("durations", "measures"):  # units read on pages whose accents were stripped: `kilometres carres`
        data[key] = data[key] | {strip_accents(w) for w in data[key]}
    # function words as a page whose accents were stripped writes them (`2025 aupres de`, `apres`, `deja`): no
    # more a noun than their accented spelling
    data["not_units"] = data["not_units"] | {strip_accents(w) for w in data["not_units"]}
    # capitalised words that may stand right before a number without making it part of a name
    data["function_words"] = (
        data["not_units"] | data["year_prepositions"] | data["reference_words"] | _NAME_WORDS_THAT_ARE_NOT
        | data["english_not_units"]
    )
    return data


@lru_cache(maxsize=1)
def _reference_stems() -> tuple[str, ...]:
    """The first words of the reference phrases, lower-cased: every match of their pattern starts with one."""
    return _minimal_stems([phrase.split()[0].split("'")[0].lower() for phrase in _words()["reference_phrases"]])


@lru_cache(maxsize=1)
def _unit_names() -> frozenset[str]:
    """The names of units that hold a number, lower case, also as a page without accents writes them."""
    names = {n.lower() for n in _words()["unit_names"]}
    return frozenset(names | {strip_accents(n) for n in names})


@lru_cache(maxsize=1)
def _unit_name_stems() -> tuple[str, ...]:
    """The first words of the unit names, up to a hyphen, which the pattern also reads as a space (`20-foot`, `20
    foot`): every match of `unit_name` starts with one (`for`, `équ` started too many words)."""
    return _minimal_stems([regex.split(r"[\s\-]", name)[0] for name in _unit_names()])


@lru_cache(maxsize=1)
def _patterns() -> dict[str, regex.Pattern[str]]:
    """Patterns built from the word lists (compiled once, on first use)."""
    w = _words()
    currencies = sorted(w["currencies"], key=len, reverse=True)
    currency = "|".join(regex.escape(c).replace(r"\ ", rf"{_H}+") for c in currencies)
    approximate = "|".join(sorted(w["approximate"], key=len, reverse=True))
    fraction = "|".join(sorted(w["fractions"], key=len, reverse=True))
    street = "|".join(regex.escape(s) for s in sorted(w["street_words"], key=len, reverse=True))
    persons = "|".join(sorted(w["person_nouns"], key=len, reverse=True))
    references = "|".join(
        rf"{_H}+".join(regex.escape(part).replace("'", "['’]") for part in phrase.split())
        for phrase in sorted(w["reference_phrases"], key=len, reverse=True)
    )
    return {
        # the number right after the phrase (`numéro vert 3434`, `composez le 115`), or given in an
        # apposition or after `est` (`un numéro vert, le 1510, est ...`, `le numéro vert est le 1510.`),
        # that number then ending its clause
        "reference_phrase": regex.compile(
            # (not the head of a grouped number: `Appels à la ligne d’écoute : 9'812` counts calls)
            rf"(?<![\p{{L}}])(?:{references})(?:{_H}*:?{_H}*(?P<n>\d{{1,6}})(?![\p{{N}}]|['’.,]\d|{_H}\d{{3}}(?!\d))"
            rf"|(?:{_H}*[,(:]{_H}*|{_H}+)(?:est{_H}+|sera{_H}+)?(?:le|au){_H}+(?P<n>\d{{1,6}})(?={_H}*(?:[,.;)\n]|\Z)))",
            regex.IGNORECASE,
        ),
        "currency": regex.compile(rf"{_H}{{0,3}}(?P<c>{currency})(?![\p{{L}}])", regex.IGNORECASE),
        "approx": regex.compile(rf"{_H}+(?P<a>{approximate})(?![\p{{L}}])", regex.IGNORECASE),
        "fraction": regex.compile(rf"{_H}+(?P<f>{fraction})(?![\p{{L}}])", regex.IGNORECASE),
        "street": regex.compile(rf"(?:{_H}?(?:bis|ter))?,?{_H}+(?:{street})\.?(?![\p{{L}}])", regex.IGNORECASE),
        # the name of a unit that holds a number (`équivalent vingt pieds`, `twenty-foot equivalent`)
        "unit_name": regex.compile(
            r"(?<![\p{L}\p{N}])(?:"
            + "|".join(
                rf"{_H}+".join(regex.escape(part).replace(r"\-", rf"(?:-|{_H}+)") for part in name.split())
                for name in sorted(_unit_names(), key=len, reverse=True)
            )
            + r")(?![\p{L}\p{N}])",
            regex.IGNORECASE,
        ),
        # a percent, or a noun of a rate, an index or a margin: what percentage and index points measure
        "rate": regex.compile(
            rf"%|(?<![\p{{L}}])(?:{'|'.join(regex.escape(r) for r in sorted(set(w['rate_words']) | set(w['percent']) - {'%'}, key=len, reverse=True))})(?![\p{{L}}])",
            regex.IGNORECASE,
        ),
        "measure_before": regex.compile(  # (the measure maybe named: `un indice de Breteau de 48`)
            rf"(?<![\p{{L}}])(?:{'|'.join(sorted(w['measure_words'], key=len, reverse=True))})"
            rf"(?:{_H}+(?:{_DE})?(?-i:\p{{Lu}})[\p{{L}}\-]{{1,20}})?(?:{_H}+{_DE})?{_H}*\Z",
            regex.IGNORECASE | _BACK,
        ),
        # what makes `N ans` an age: `âgés de`, a person noun (`enfants de`), a first name and a comma
        "age_before": regex.compile(
            rf"(?:(?<![\p{{L}}])(?:[âa]g[ée]e?s?|[âa]ge){_AGE_ADVERB}{_H}+(?:de{_H}+|d['’]{_H}?|entre{_H}+)?"
            rf"(?:(?:seulement|à{_H}+peine|tout{_H}+juste){_H}+)?"  # `âgé de seulement 3 semaines`, `âgée d'à peine 2 ans`
            rf"|(?<![\p{{L}}])(?:vieux|vieilles?){_H}+(?:de{_H}+|d['’]{_H}?)"  # `un bâtiment vieux de 120 ans`
            rf"|(?<![\p{{L}}])(?:{persons})(?:{_H}+(?P<of>de|d['’]|âgée?s?{_H}+de){_H}*|{_H}*,{_H}*|{_H}*\({_H}*)"
            rf"|(?-i:\p{{Lu}}\p{{Ll}}+){_H}*,{_H}*)\Z",  # (a capital in any case: `En tout, 30 ans` is no name)
            regex.IGNORECASE | _BACK,
        ),
        # a person noun right before a bound of years (`les enfants jusqu'à 5 ans`, `les jeunes de moins de 25 ans`)
        "person_before": regex.compile(rf"(?<![\p{{L}}])(?:{persons}){_H}+\Z", regex.IGNORECASE | _BACK),
        # the second end of an age range: `des femmes de 18 à 49 ans`, `âgés de 6 mois à 14 ans`, `femmes de 15-49 ans`
        "age_range_before": regex.compile(
            rf"(?:[âa]g[ée]e?s?{_AGE_ADVERB}|{persons}){_H}+(?:de|d['’]|entre){_H}*(?:\S{{1,20}}{_H}+(?:[àa]|et|-){_H}+|\d{{1,3}}{_H}?[-–]{_H}?)\Z",
            regex.IGNORECASE | _BACK,
        ),
    }


# -- the stage ------------------------------------------------------------------------------------


def find_figures(doc: Document) -> Document:
    """Annotate FIGURE entities: counts, percentages, money, durations, ages, dates, years.

    >>> doc = find_figures(Document.from_text("Le projet de 16 mois visait 39 victimes, soit près de 80 % des cas."))
    >>> [(e.text, e["value"], e["unit"], e["kind"]) for e in doc.entities]
    [('16 mois', 16, 'mois', 'duration'), ('39 victimes', 39, 'victimes', 'count'), ('près de 80 %', 80, '%', 'percent')]
    >>> e = find_figures(Document.from_text("un appel de 443,5 millions de dollars")).entities[0]
    >>> e["value"], e["unit"], e["currency"], e["kind"]
    (443500000, 'dollars', 'USD', 'money')
    >>> find_figures(Document.from_text("le Programme 2030 et la COVID-19")).entities
    ()
    """
    if doc.language not in (None, "und", "fr", "en"):
        # number words, units and qualifiers are read in French and English only
        return doc.with_warning(f"find_figures skipped: the page is in {doc.language!r}")
    finder = _Finder(doc)
    figures = finder.run()
    if finder.unread:
        doc = doc.with_warning(_unread_warning(finder.unread))
    if not figures:
        return doc
    new = tuple(
        Entity(
            "FIGURE", f.start, f.end, doc.text[f.start : f.end], STAGE,
            {"value": f.value, "unit": f.unit, "kind": f.kind, "currency": f.currency,
             "qualifier": _written_qualifier(doc.text, f)},
        )
        for f in figures
    )
    return replace(doc, entities=tuple(sorted(doc.entities + new, key=lambda e: (e.start, -e.end))))


def _written_qualifier(text: str, f: _Figure) -> str | None:
    """The qualifier as the page writes it (corpora/README: `Quelque 9 000 habitants`, `Plus des trois quarts`,
    `près d’un tiers` give `Quelque`, `Plus des`, `près d’`): its words as the figure reads them (accents a page
    lost put back, spaces single), with the written capital of a sentence's first word, the elision of its `de`
    and the apostrophe of `jusqu’à`. (The figure reader compares the plain names: `over`, `under`.)"""
    q = f.qualifier
    if q is None:
        return None
    first = q.split()[0]
    head = text[f.start : f.start + len(first)]
    if strip_accents(head).lower().replace("’", "'") != strip_accents(first).lower():
        return q  # (the figure does not start on its qualifier)
    if head[:1].isupper() and not head.isupper():
        q = q[0].upper() + q[1:]  # `Plus de 700 000 personnes` (a line shouted in capitals keeps the plain name)
    m = _QUALIFIER_AT.match(text, f.start, min(len(text), f.start + 40))
    if m is not None:
        written = m.group().rstrip(_SPACE_CHARS)
        if written[-1:] in ("'", "’") and q.endswith(" de"):
            q = q[:-1] + written[-1]  # `près d’un tiers`: `près d’`
        elif "'" in q and "’" in written:
            q = q.replace("'", "’")  # `jusqu’à`
    return q


def _unread_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` not read for figures (long digit runs, packed numbers, what follows the
    `_MAX_NUMBERS`th number), in text order, not overlapping."""
    groups = _DIGIT_GROUPS.findall(text)
    if len(groups) < _PACKED_RUNS and all(len(g) < _LONG_RUN for g in groups):
        return []  # (a release: too few digit runs to be packed, none long; nothing else to look for)
    spans = [m.span() for m in _LONG_DIGITS.finditer(text)]
    # (packed numbers are looked for once long digit runs are blanked: trying every digit of a
    # megabyte-long run as the start of a table costs a quarter of a second)
    blanked = _blanked(text, spans)
    for m in _PACKED.finditer(blanked):
        end = m.end()
        while not blanked[end - 1].isdigit():
            end -= 1  # the words after the last number are not part of the table
        spans.append((m.start(), end))
    spans = _merged(spans)
    blanked = _blanked(text, spans)
    if len(_DIGIT_GROUPS.findall(blanked)) > _MAX_NUMBERS:
        past = next(islice(_DIGIT_GROUPS.finditer(blanked), _MAX_NUMBERS, None))
        spans = _merged(spans + [(past.start(), len(text))])
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with everything but line breaks inside `spans` turned into spaces."""
    if not spans:
        return text
    pieces, pos = [], 0
    for a, b in spans:
        pieces += [text[pos:a], _NOT_NEWLINE.sub(lambda m: " " * len(m.group()), text[a:b])]
        pos = b
    pieces.append(text[pos:])
    return "".join(pieces)


def _unread_warning(spans: list[tuple[int, int]]) -> str:
    shown = ", ".join(f"{a}-{b}" for a, b in spans[:3]) + (", ..." if len(spans) > 3 else "")
    return (
        f"find_figures did not read {sum(b - a for a, b in spans)} characters (characters {shown}): digit "
        f"runs, numbers packed like a table or junk, or the rest of a page past {_MAX_NUMBERS} numbers"
    )


class _Line:
    """One line of the text; what only a few numbers ask about is worked out when first asked."""

    def __init__(self, content: str) -> None:
        self.content = content
        self.stripped = content.strip()

    @cached_property
    def upper(self) -> bool:
        """Mostly capitals: a headline, where units are capitalised too."""
        letters = sum(map(str.isalpha, self.content))
        return letters > 0 and sum(map(str.isupper, self.content)) > 0.8 * letters

    @cached_property
    def address(self) -> bool:
        """Has address words: its 4- and 5-digit numbers are postcodes."""
        return _ADDRESS_LINE.search(self.content) is not None


_TOTAL_CELL = regex.compile(r"(?i:total|totaux|sous-total|ensemble|total général|grand total)")


def _cell_tables(lines: list[str], heads: dict[int, tuple[int, int]] | None = None) -> dict[int, bool]:
    """The numbers of tables read one cell a line (`Pays` ⏎ `2024` ⏎ `2025` ⏎ `France` ⏎ `12'310` ⏎ `13'480` ⏎ ...):
    {index of a line holding only a number in such a table: whether it is a year (a column's head, or in a column of
    years) rather than a count}. A table is a run of
    short lines that falls into rows of two to six cells, a header row whose first cell is a label over two rows or
    more whose cells are numbers in the same columns and labels in the others; a number column's head is a label or
    a year. Its period is what a list of page numbers or counters never has (`Résumé` ⏎ `3` ⏎ `Méthode` ⏎ `5`: no
    header over them); one value column of small bare numbers that only go up is a table of contents's pages.
    `heads`, when given, gets for each value the index of its column head (its header row's cell) and of the
    header row's first cell.

    >>> sorted(_cell_tables(["Pays", "2024", "2025", "France", "12'310", "13'480", "Italie", "9'020", "9'870"]).items())
    [(1, True), (2, True), (4, False), (5, False), (7, False), (8, False)]
    >>> _cell_tables(["Résumé", "3", "Contexte", "5", "Méthode", "8"])
    {}
    """
    found: dict[int, bool] = {}
    cell = [bool(_CELL_TEXT.fullmatch(l.strip(_SPACE_CHARS))) for l in lines]
    number = [c and bool(_CELL_NUMBER.fullmatch(l.strip(_SPACE_CHARS))) for c, l in zip(cell, lines)]
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and cell[j]:
            j += 1
        start = i
        while start < j - 5:  # (a caption or a heading may stand above the header in the same run)
            size = _cell_table_at(lines, number, start, j)
            if size:
                k, rows = size
                for c in range(k):
                    column = [start + r * k + c for r in range(rows)]
                    years = all(_is_year(lines[n].strip(_SPACE_CHARS)) for n in column[1:])  # (a timeline's)
                    for r, n in enumerate(column):
                        if number[n]:
                            found[n] = r == 0 or years
                            if heads is not None and r > 0:
                                heads[n] = (column[0], start)
                # a total row under the rows, its label spanning the label columns: `Total` ⏎ `2 750 000` ⏎ `41 000`
                values = [c for c in range(k) if number[start + k + c]]
                after = start + k * rows
                if after + len(values) < j and _TOTAL_CELL.fullmatch(lines[after].strip(_SPACE_CHARS)) \
                        and all(number[after + 1 + q] for q in range(len(values))):
                    for q, c in enumerate(values):
                        found[after + 1 + q] = False
                        if heads is not None:
                            heads[after + 1 + q] = (start + c, start)
                    after += 1 + len(values)
                start = after
            else:
                start += 1
        i = j + 1
    return found


def _cell_table_at(lines: list[str], number: list[bool], start: int, end: int) -> tuple[int, int] | None:
    """(cells a row, rows) of the table whose header row opens at `start` in the run of cells ending at `end`."""
    if number[start]:
        return None  # the header row opens on its label (`Pays`, `Fédération`)
    for k in _CELL_COLUMNS:
        rows = (end - start) // k
        if rows < 3:
            break
        values = [c for c in range(k) if number[start + k + c]]
        if not values or (number[start + k] and not _is_year(lines[start + k].strip(_SPACE_CHARS))):
            continue  # a row opens on its label, or on its year (`2023` ⏎ `14,8`): not on a value
        if any(number[start + c] and not _is_year(lines[start + c].strip(_SPACE_CHARS)) for c in values):
            continue  # a column's head is its label or its year, never a value
        # the rows go on while their cells keep the first row's columns (a line under the table may be a note)
        r = 2
        while r < min(rows, _CELL_ROWS) and all(number[start + r * k + c] == (c in values) for c in range(k)):
            r += 1
        if r < 3 or (number[start + k] and not all(_is_year(lines[start + q * k].strip(_SPACE_CHARS)) for q in range(2, r))):
            continue  # (a caption read as the header's first cell shifts the rows: they would open on values)
        cells = [int(v) if v.isdigit() and len(v) < 4 else -1 for v in (
            lines[start + q * k + values[0]].strip(_SPACE_CHARS) for q in range(1, r)
        )]
        if len(values) == 1 and min(cells) >= 0 and all(a < b for a, b in zip(cells, cells[1:])):
            continue  # one column of small bare numbers going up: the pages of a table of contents, or counters
        return k, r
    return None


def _is_naming_noun(key: str) -> bool:
    """A head noun of plans and events whose name a year ends or opens, in the plural too (`Championnats du monde
    2028`, `the 2025 World Championships`)."""
    return key in _YEAR_NAMING_NOUNS or (key[-1:] in ("s", "x") and key[:-1] in _YEAR_NAMING_NOUNS)


_WHOLES = {
    "fr": frozenset({"deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"}),
    "en": frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}),
}


def _proportion_number(word: str) -> int:
    return _PROPORTION_WORDS[word.lower()] if word[0].isalpha() else int(word)


def _is_year(cell: str) -> bool:
    return cell.isdigit() and len(cell) == 4 and 1800 <= int(cell) <= 2100


def _contact_spans(doc: Document) -> list[tuple[int, int]]:
    """Phones, e-mails and contact records: those `find_contacts` already annotated, else read here.

    Reading them costs about as much as the rest of this stage, so a pipeline that runs
    `find_contacts` first saves it.
    """
    annotated = [e for e in doc.entities if e.stage == CONTACTS_STAGE]
    if not annotated:  # not run yet, or nothing found: a page without contacts is quick to read again
        return contact_spans(doc)
    return [(e.start, e.end) for e in annotated if e.label in ("PHONE", "EMAIL", "CONTACT")]


class _Finder:
    """One pass over one document's text."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        # the text as this stage reads it: blanks where it is not sentences (same length, same
        # lines, so every offset holds)
        self.unread = _unread_spans(doc.text)
        self.text = _blanked(doc.text, self.unread)
        self.taken = bytearray(len(self.text))  # 1 where a figure already is
        self.masked = bytearray(len(self.text))  # 1 inside phones, e-mails, web addresses, times
        self.figures: list[_Figure] = []
        self.ends: dict[int, _Figure] = {}  # figures by end offset (ranges: `2019-2020`, `15-24 ans`)
        self.references: list[int] = []  # ends of numbers read as references (`article 3`)
        self.name_references: set[int] = set()  # ... of those a name holds (`Crit’Air 4`): its list goes on by small numbers
        self.last_numeral = -1  # where the last numeral looked at starts
        self.reference_numbers: set[str] = set()  # numbers a phrase names (`numéro d'urgence 115`)
        self.lines: dict[int, _Line] = {}
        self.table_rows: dict[int, bool] = {}  # by line start: a row of a table read one row a line
        self.words = _words()
        self.lang = "en" if (doc.language or "").lower().startswith("en") else "fr"
        self.decimal: str | None = None
        self.spaced_thousands = False  # a French paragraph groups thousands with spaces (`12 400`)
        self.kind_given: set[int] = set()  # starts of bare numbers given the kind count by another (`contre 5,7`)

    @cached_property
    def table_units(self) -> list[tuple[int, int, str | None, int, str | None, str]]:
        """The tables whose caption gives the unit or the scale of their cells (`Taux d'inflation (%)`, `Personnes en
        phase 3 ou plus, en millions`): (start, end, unit, scale, currency, kind) of the short lines under the caption,
        up to the first line that is a sentence (`Source : ...`, a paragraph)."""
        captions = []
        if "(" in self.text:
            captions += [(m.end(), "‰" if m.group("u") == "‰" else "%", 1, None, "percent" if m.group("u") != "‰" else "other")
                         for m in _TABLE_CAPTION.finditer(self.text)]
            for m in _CURRENCY_CAPTION.finditer(self.text):
                if currency := self._currency(m.group("w"), m.start()):
                    captions.append((m.end(), None, 1, currency, "money"))
        lower = self.lower if self.lower is not None else self.text.lower()
        if "milli" in lower or "thousands" in lower or "billions" in lower:
            for m in _SCALE_CAPTION.finditer(self.text):
                word = (m.group("w") or "").strip(_SPACE_CHARS)
                first = word.split(" ")[0]
                currency = next((c for w in (word, first, word.split(" ")[-1]) if (c := self._currency(w, m.start()))), None) \
                    if word else None
                # (a caption names its currency (`de dollars US`, `of US dollars`: a word of it), a measure (`de tonnes`: the cells
                # are measures, as `41 600 tonnes`), or what its cells count: `de personnes`; the noun, unit null)
                kind = "money" if currency else "other" if first.lower() in self.words["measures"] else "count"
                captions.append((m.end(), word if currency else None, _CAPTION_SCALES[m.group("s").lower()], currency, kind))
        tables: list[tuple[int, int, str | None, int, str | None, str]] = []
        for start, unit, scale, currency, kind in sorted(captions):
            end = pos = start
            values = 0
            for _ in range(_TABLE_ROWS):
                row = _TABLE_ROW.match(self.text, pos)
                if row is None or row.group("row").rstrip(_SPACE_CHARS).endswith((".", ":")) or ":" in row.group("row"):
                    break
                values += any(c.isdigit() for c in row.group("row"))
                end = pos = row.end()
            if (scale != 1 or currency) and values < 2:
                continue  # a scale or a currency at the end of a line over no rows of numbers: a sentence's words, no caption
            if end > start and (not tables or start >= tables[-1][1]):  # (a caption inside a table: the table's)
                tables.append((start, end, unit, scale, currency, kind))
        return tables

    @cached_property
    def writes_metres(self) -> bool:
        """Whether the page spells the metric length units `-metre` (British, South African English): there, its
        `meters` are instruments (water or electricity meters), counted, not lengths."""
        return _METRE_SPELLING.search(self.text) is not None

    @cached_property
    def person_ends(self) -> frozenset[int]:
        """Where the names of the people the page names end, and the spaces after them (an apposition's comma)."""
        ends = set()
        for e in self.doc.entities:
            if e.label == "PER":
                end = e.end
                while end < len(self.text) and self.text[end] in _SPACE_CHARS:
                    end += 1
                ends.add(end)
        return frozenset(ends)

    @cached_property
    def _cell_layout(self) -> tuple[dict[int, bool], dict[int, tuple[int, int]]]:
        """`_cell_tables` of the text and the column heads it found, worked out together once."""
        heads: dict[int, tuple[int, int]] = {}
        return _cell_tables(self.text.split("\n"), heads), heads

    @property
    def cell_table_numbers(self) -> dict[int, bool]:
        """`_cell_tables` of the text, by line index (worked out for the first number alone on its line)."""
        return self._cell_layout[0]

    @property
    def cell_heads(self) -> dict[int, tuple[int, int]]:
        """For each value of a table read one cell a line, by line index: its column head's line and its header
        row's first line."""
        return self._cell_layout[1]

    def _cell_currency(self, line: int) -> str | None:
        """The currency of a cell whose column head names a sum (`Montant`, `Budget`) when the head or the caption
        right over the table names a currency (`Tableau 1 : projets retenus (montants en francs suisses)` over
        `Pays` ⏎ `Région` ⏎ `Montant` ⏎ `Bénéficiaires`; `Montant (CHF)`); else None (the other columns count)."""
        found = self.cell_heads.get(line)
        if found is None:
            return None
        head, header = found
        words = self._line_text(head).strip(_SPACE_CHARS).split()
        if not words or words[0].lower() not in self.words["money_nouns"]:
            return None
        for n in (head, header - 1):
            if n >= 0:
                at = self.newlines[n - 1] + 1 if n > 0 else 0
                for m in _patterns()["currency"].finditer(self._line_text(n)):
                    if currency := self._currency(m.group("c"), at + m.start("c")):
                        return currency
        return None

    def _line_text(self, n: int) -> str:
        """Line `n` of the text (counted from 0)."""
        start = self.newlines[n - 1] + 1 if n > 0 else 0
        end = self.newlines[n] if n < len(self.newlines) else len(self.text)
        return self.text[start:end]

    @cached_property
    def _table_starts(self) -> list[int]:
        return [start for start, *_ in self.table_units]

    def _table_unit(self, pos: int) -> tuple[str | None, int, str | None, str] | None:
        """(unit, scale, currency, kind) a table's caption gives the cell at `pos`, if `pos` is in such a table (tables
        are in text order and do not overlap: one bisection)."""
        i = bisect.bisect_right(self._table_starts, pos) - 1
        if i >= 0 and pos < self.table_units[i][1]:
            return self.table_units[i][2:]
        return None

    @cached_property
    def lower_words(self) -> frozenset[str]:
        """The words the page writes in lower case somewhere (asked only for a year after a word on a line in
        capitals, whose capitals say nothing: the page's own spelling of the word elsewhere does)."""
        return frozenset(_LOWER_WORD.findall(self.text))

    @cached_property
    def note_marks(self) -> frozenset[str]:
        """The footnote marks of the body: numbers glued to a word (`CE1,`, `espèce2.`) or superscripts, in one pass
        (asked only for a small number heading a line)."""
        marks = set()
        for m in _GLUED_MARK.finditer(self.text):
            marks.add(m.group("n") or m.group("sup").translate(_SUPERSCRIPTS))
        # notes are numbered from 1 on: a lone glued digit (`CO2`, `PM10`) is a formula's, not a note's
        n = 0
        while str(n + 1) in marks:
            n += 1
        return frozenset(str(i) for i in range(1, n + 1))

    @cached_property
    def country(self) -> str | None:
        """Whose dollars or francs: the dateline's country (its place, else what the dateline writes beside
        it: a province's code, a wire of one country, `LÉVIS, QC, ... /CNW/`, `FREDERICTON (GNB)`, else the
        gazetteer's country of its place), else the country of the page's own domains (worked out for the
        first amount that needs it: reading the domains costs)."""
        dateline = self.doc.dateline
        if dateline is not None:
            country = region_of_place(dateline.place) or self._dateline_mark(dateline) or place_country(dateline.place)
            if country:
                return country
        return next(iter(domain_regions(self.text)), None)

    def _dateline_mark(self, dateline: Any) -> str | None:
        """The country a word of the dateline's own text names (resource `dateline_marks`)."""
        if dateline.end <= dateline.start:
            return None
        marks = self.words["dateline_marks"]
        for m in _MARK_WORD.finditer(self.doc.text, dateline.start, dateline.end):
            if m.group() in marks:
                return marks[m.group()]
        return None

    @cached_property
    def written_codes(self) -> frozenset[str]:
        """The ISO 4217 codes the page writes in capitals (`CHF`, `XOF`), read for the first amount whose
        currency word the page's country does not settle."""
        return frozenset(m.group() for m in _CODE_WORD.finditer(self.text)) & _currency_codes()

    @cached_property
    def lower(self) -> str | None:
        """The text in lower case, where stems of words are looked for (`stem_matches`); None when lower
        case would move offsets (`İ`) or a letter matches another only case-insensitively (`ſ`, an s)."""
        lower = self.text.lower()
        return lower if len(lower) == len(self.text) and "ſ" not in self.text else None

    @cached_property
    def other_language(self) -> bool:
        """Whether the page holds paragraphs in the other language of the two read (an English version)."""
        other = "en" if self.lang == "fr" else "fr"
        return any(lang == other for _, _, lang in self.doc.paragraph_languages)

    @cached_property
    def number_word_matches(self) -> list[regex.Match[str]]:
        """The number words of the text, each read in its paragraph's language (`three years` in the
        English version of a French page)."""
        own = stem_matches(_NUMBER_WORDS[self.lang], self.text, self.lower, _NUMBER_WORD_STEMS[self.lang])
        if not self.other_language:
            return own
        other = "en" if self.lang == "fr" else "fr"
        found = [m for m in own if self._paragraph_language(m.start()) != other]
        found += [
            m for m in stem_matches(_NUMBER_WORDS[other], self.text, self.lower, _NUMBER_WORD_STEMS[other])
            if self._paragraph_language(m.start()) == other
        ]
        return sorted(found, key=lambda m: m.start())

    def _language_at(self, pos: int) -> str:
        """`fr` or `en`: the language figures at `pos` are read in (its paragraph's, when the page holds both)."""
        if not self.other_language:
            return self.lang
        return "en" if self._paragraph_language(pos) == "en" else "fr"

    @cached_property
    def numerals(self) -> list[regex.Match[str]]:
        """The written numbers of the text (read twice: for the decimal convention, then as figures)."""
        return list(_NUMBER.finditer(self.text))

    # -- orchestration --------------------------------------------------------------------------
    def run(self) -> list[_Figure]:
        text = self.text
        if _DIGIT_GROUPS.search(text) is None and not self.number_word_matches \
                and not _SHARES[self.lang].search(text) and not (self.lang == "fr" and _SHARE_PART.search(text)) \
                and not any(p.search(text) for p in _NUMBER_WORD_UNIT.values()) \
                and not (self.lang == "fr" and _ROMAN_ORDINAL.search(text)):
            return []
        self._mask()
        self._dates()
        if "h" in text:
            self._elapsed_times()  # (before the times of day: `2 h 07 min 48 s` is no clock)
        self._mask_times()  # after dates: `21 Feb 2024 - 08:13` is one date
        self.decimal = self._convention()  # after dates and times: `12.01.2010`, `08.30` are neither
        self._reference_numbers()
        self._proportions()  # (before the numbers and number words: `1 in 4 children` is one figure)
        self._numbers()
        self._share_of_millions()  # (before the number words: `three quarters of a billion`)
        self._number_words()
        self._hyphenated_units()
        self._shares()
        self._parts()
        self._money_by_context()
        self._measured_rows()
        self._share_units()
        self._range_years()
        self._years_by_context()
        if self.lang == "fr" and "demi" in text:
            self._halves()
        if self.lang == "fr":
            self._roman_ordinals()
        self._compared()
        self._bare_decimals()  # (after the comparisons, which give a bare number the kind of what it is compared with)
        self._bare_ages()
        return sorted(self.figures, key=lambda f: f.start)

    def _mark(self, buf: bytearray, start: int, end: int) -> None:
        buf[start:end] = b"\x01" * (end - start)

    def _free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end]) and not any(self.masked[start:end])

    def _add(self, fig: _Figure) -> None:
        self.figures.append(fig)
        self.ends[fig.end] = fig
        self._mark(self.taken, fig.start, fig.end)

    @cached_property
    def newlines(self) -> list[int]:
        return [m.start() for m in _NEWLINE.finditer(self.text)]

    def _line_start(self, pos: int) -> int:
        """Where the line holding `pos` starts."""
        i = bisect.bisect_left(self.newlines, pos)
        return self.newlines[i - 1] + 1 if i else 0

    def _line(self, pos: int) -> _Line:
        """The line holding `pos` (computed once per line, so long lines stay linear)."""
        start = self._line_start(pos)
        line = self.lines.get(start)
        if line is None:
            end = self.text.find("\n", start)
            line = self.lines[start] = _Line(self.text[start : end if end >= 0 else len(self.text)])
        return line

    def _mask(self) -> None:
        """Phones, e-mails, contact records, web addresses, IBANs and register numbers hold digits that are not figures."""
        text = self.text
        contacts = _contact_spans(self.doc)
        for start, end in contacts:
            self._mark(self.masked, start, end)
        lower = self.lower
        # (every web address, handle or hashtag holds one of these: most pages hold none)
        web = lower is None or "@" in text or "#" in text or "http" in lower or "www." in lower
        for pattern in (_WEB_ADDRESS, _IBAN) if web else (_IBAN,):
            for m in pattern.finditer(text):
                self._mark(self.masked, m.start(), m.end())
        done = 0  # where the last web address without a scheme ends
        for slash in _DOMAIN_SLASH.finditer(text):
            if slash.start() >= done:
                m = _DOMAIN_PATH.search(text, max(done, slash.start() - _DOMAIN_REACH))
                if m is None:
                    break
                self._mark(self.masked, m.start(), m.end())
                done = m.end()
        for m in _PHONE_LIKE.finditer(text):
            groups = _DIGIT_GROUPS.findall(m.group())
            if not all(len(g) == 3 for g in groups[1:]):  # `+1 200 000` is a number, `+33 1 53 6` a phone
                self._mark(self.masked, m.start(), m.end())
        if "(" in text:
            for m in _BRACKETED_CODE_PHONE.finditer(text):
                digits = sum(map(len, _DIGIT_GROUPS.findall(m.group("n"))))
                if 7 <= digits <= 12 and not _THOUSANDS.fullmatch(m.group("n")) \
                        and phonenumbers.region_code_for_country_code(int(m.group("code"))) != "ZZ":
                    self._mark(self.masked, m.start(), m.end())
        for m in _PAIRS_LIKE.finditer(text):
            pairs = _DIGIT_GROUPS.findall(m.group())
            # (`12 15 18 20` may be a table row's cells joined by spaces; `97.12.34.56.78` no number written with dots)
            if pairs[0][0] == "0" or "00" in pairs[1:] or "." in m.group():
                self._mark(self.masked, m.start(), m.end())
        for m in stem_matches(_LABELLED_DIGITS, text, lower, _LABEL_STEMS):
            self._mark(self.masked, m.start("d"), m.end("d"))
        if contacts:  # (a page without contact details has no contact line)
            cut = [m for m in _TRUNK_PAIRS.finditer(text) if self._free(m.start(), m.end())]
            last = _TRUNK_CUT_AT_END.search(text, max(0, len(text) - 24))
            if last is not None and self._free(last.start(), last.end()):
                cut.append(last)
            for m, on_contact_line in zip(cut, contact_lines(text, [m.start() for m in cut]) if cut else ()):
                if on_contact_line:
                    self._mark(self.masked, m.start(), m.end())
        for start, end in register_numbers(text):  # `SIRET 123 456 789 00012`, `NINEA 005123456`: identifiers
            self._mark(self.masked, start, end)
        if not self.doc.listing:  # (a listing's story stamps are article text, their dates figures)
            for m in stem_matches(_STAMP_LINE, text, self.lower, _STAMP_LINE_STEMS):
                self._mark(self.masked, m.start(), m.end())
        start = 0
        head = self.doc.dateline.start if self.doc.dateline is not None and not self.doc.listing else 0
        for line in text.split("\n"):
            if len(line) <= _COUNTER_LINE_MAX and _DIGIT_GROUPS.search(line) and (
                _COUNTER_LINE.fullmatch(line) or (start + len(line) < head and is_date_stamp(line) and _STAMP_CLOCK.search(line))
                or (not self.doc.listing and _RELEASE_STAMP_LINE.fullmatch(line))
            ):
                self._mark(self.masked, start, start + len(line))
            start += len(line) + 1
        if "(" in text:
            for m in _SCRIPTURE.finditer(text):
                self._mark(self.masked, m.start(), m.end())
        names = stem_matches(_patterns()["unit_name"], text, self.lower, _unit_name_stems())
        for m in names:  # `EVP (équivalent vingt pieds)`: the unit's name
            self._mark(self.masked, m.start(), m.end())

    def _elapsed_times(self) -> None:
        """Race times (`2 h 07 min 48 s`, `sous les 2 h 20`) and what something lasts (`le trajet dure 2 h 15`): one
        duration each, its value in seconds, unit None (no single unit noun)."""
        for m in _ELAPSED.finditer(self.text):
            if self._free(m.start(), m.end()):
                seconds = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + int(m.group("s") or 0)
                self._add(_Figure(m.start(), m.end(), seconds, None, "duration"))

    def _mask_times(self) -> None:
        text = self.text
        if "h" in text:
            for m in _HOUR_SPAN.finditer(text):
                self._mark(self.masked, m.start(), m.end())
        if ":" in text:
            for m in _PLAYER_TIME.finditer(text):
                self._mark(self.masked, m.start(), m.end())
        last_time = -1
        for m in _TIME.finditer(text):
            if m.group().strip().lower().endswith("h") and not _TIME_WORDS.search(text, max(0, m.start() - 12), m.start()) \
                    and not self._heads_schedule_line(m.start(), m.end()) \
                    and not (last_time >= 0 and _LIST_COMMA.fullmatch(text, last_time, m.start())):
                continue  # `pendant 48 h` is a duration; `à 14 h` is a time, and so are `11 h : accueil`, `à 6 h, 12 h`
            self._mark(self.masked, m.start(), m.end())
            last_time = m.end()

    def _heads_schedule_line(self, start: int, end: int) -> bool:
        """Whether the hour at text[start:end] heads its line and a colon or dash follows: a programme
        (`11 h : accueil des invités`), whose hours are times of day."""
        lead = self.text[max(0, start - 6) : start]
        newline = lead.rfind("\n")
        if newline < 0 and start > 6:
            return False
        if lead[newline + 1 :].strip(_SCHEDULE_BULLETS):
            return False  # words before the hour: not the head of its line
        return _SCHEDULE_TAIL.match(self.text, end, end + 4) is not None

    def _convention(self) -> str | None:
        """`,` or `.`: the decimal separator this document uses where a number can only be read one way."""
        comma = point = 0
        for m in self.numerals:
            num = m.group("num")
            if _SPACE_GROUPED.fullmatch(num) and self._free(m.start(), m.end()) and self._language_at(m.start()) == "fr":
                self.spaced_thousands = True
            if ("," not in num and "." not in num) or not self._free(m.start(), m.end()):
                continue  # (a number without a comma or a point says nothing of the convention)
            if _COMMA_DECIMAL.fullmatch(num):
                comma += 1
            elif _POINT_DECIMAL.fullmatch(num):
                point += 1
        if comma != point:
            return "," if comma > point else "."
        return None

    # -- dates ------------------------------------------------------------------------------------
    def _dates(self) -> None:
        text = self.text
        for m in self._date_words():
            if m.group("month3"):
                # a month without a day dates a period, like a year: `la crue de novembre 2002` → 2002
                # (the text keeps the month, which says what the year is of)
                if self._free(m.start("month3"), m.end()):
                    self._add(_Figure(m.start("month3"), m.end(), int(m.group("year3")), None, "year"))
                continue
            iso = _iso_from_words(m)
            if iso is None:
                if m.group("month") and m.group("month").lower() in _FULL_MONTHS:
                    self._mark(self.masked, m.start(), m.end("month"))  # `31 février`: a slip, not 31 of anything
                continue
            start = m.start("le") if m.group("le") else min(
                p for p in (m.start("day"), m.start("premier"), m.start("month2"), m.start("month3")) if p >= 0
            )
            if not m.group("le") and not m.group("month3"):
                weekday = _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
                start = weekday.start() if weekday is not None and self._free(weekday.start(), start) else start
            if not self._free(start, m.end()):
                continue
            if m.group("day") and (street := _STREET_OF_DATE.search(text, max(0, start - 16), start)) is not None \
                    and (street.group("street") or m.group("month")[0].isupper()):
                self._mark(self.masked, start, m.end())  # `avenue du 13 Octobre`: a street's name
                continue
            if len(iso) == 10 and (_ACT_NUMBER_BEFORE.search(text, max(0, start - 90), start)
                                   or _CASE_NUMBER_AFTER.match(text, m.end(), min(len(text), m.end() + 140))):
                self._mark(self.masked, start, m.end())  # the date of a numbered act or of a cited judgment
                continue
            self._add(_Figure(start, m.end(), iso, None, "date"))
            if len(iso) == 10 or iso.startswith("--"):
                self._date_range(start, iso)
            if m.group("month2") and not m.group("year2"):
                after = _DAY_AFTER.match(text, m.end(), m.end() + 16)  # `March 3 to 5`: the range's end
                if after is not None and self._free(after.start("d"), after.end("d")) \
                        and _valid_day(2000, int(iso[2:4]), int(after.group("d"))):
                    day = f"{iso[:-3]}-{int(after.group('d')):02d}"
                    self._add(_Figure(after.start("d"), after.end("d"), day, None, "date"))
        for m in _DATE_NUMERIC.finditer(text):
            if m.group("d"):
                y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
                if y < 100:  # `18/03/20`: a two-digit year
                    y += 2000 if y < 50 else 1900
            else:
                y, mo, d = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
            if _valid_day(y, mo, d) and self._free(m.start(), m.end()):
                clock = _TIME_AFTER.match(text, m.end(), m.end() + 16)
                end = clock.end() if clock is not None and self._free(m.end(), clock.end()) else m.end()
                le = _LE_BEFORE.search(text, max(0, m.start() - 6), m.start()) if m.group("d") else None
                start = le.start() if le is not None and self._free(le.start(), m.start()) else m.start()
                self._add(_Figure(start, end, f"{y:04d}-{mo:02d}-{d:02d}", None, "date"))  # `le 08/06/2024`, as `le 8 juin 2024`
        if "/" in text:
            for m in _DATE_US.finditer(text):
                y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
                if _valid_day(y, mo, d) and self._free(m.start(), m.end()):
                    self._add(_Figure(m.start(), m.end(), f"{y:04d}-{mo:02d}-{d:02d}", None, "date"))
            for m in _DAY_MONTH_SLASH.finditer(text):
                d, mo = int(m.group("d")), int(m.group("m"))
                start = m.start() if m.group("le") else m.start("d")  # `le 15/01`, as `le 15 janvier`; `au 30/06` → `30/06`
                if _valid_day(2000, mo, d) and self._free(start, m.end()):
                    clock = _TIME_AFTER.match(text, m.end(), m.end() + 16)
                    end = clock.end() if clock is not None and self._free(m.end(), clock.end()) else m.end()
                    self._add(_Figure(start, end, f"--{mo:02d}-{d:02d}", None, "date"))

    def _date_words(self) -> Iterator[regex.Match[str]]:
        """The matches `_DATE_WORDS.finditer` would give, read around each month name."""
        text, lower = self.text, self.lower
        last = 0  # where the last date ends: dates do not overlap
        months = stem_matches(_MONTH_WORD, text, lower, _MONTH_STEMS)
        month_starts = [m.start() for m in months]
        for month in months:
            if month.start() < last:
                continue
            lo, hi = max(last, month.start() - _DATE_REACH), month.end() + _DATE_REACH
            if lower is None:
                found: Iterable[regex.Match[str]] = _DATE_WORDS.finditer(text, lo, hi)
            else:
                found = self._dates_from(lo, hi, month.start(), month_starts)
            for m in found:
                if m.start() > month.start():
                    break  # a later month's date: read from that month
                if m.end() >= month.end():
                    yield m
                    last = m.end()
                    break

    def _dates_from(self, lo: int, hi: int, until: int, month_starts: list[int]) -> Iterator[regex.Match[str]]:
        """`_DATE_WORDS.finditer(text, lo, hi)` as far as its matches start at `until` or before, tried only
        where a date can start (a digit, `le`, `premier`, a month name), not at each of the window's characters."""
        text, lower = self.text, self.lower
        assert lower is not None
        starts = [p for p in range(lo, until + 1) if text[p].isdigit()]
        for word in ("le", "premier"):  # (every occurrence in the window, not only the first)
            p = lower.find(word, lo, until + len(word))
            while p >= 0:
                starts.append(p)
                p = lower.find(word, p + 1, until + len(word))
        starts += month_starts[bisect.bisect_left(month_starts, lo) : bisect.bisect_right(month_starts, until)]
        end = lo
        for p in sorted(set(starts)):
            if p >= end and (m := _DATE_WORDS.match(text, p, hi)) is not None:
                yield m
                end = m.end()

    def _date_range(self, start: int, iso: str) -> None:
        """`du 10 au 12 mars 2020`, `10 et 11 mars`: the days before the full date are dates too (with
        their `le` and weekday: `entre le 3 et le 28 novembre`, `du lundi 3 au vendredi 7 mars`)."""
        prefix = iso.rsplit("-", 1)[0]
        year = 2000 if prefix.startswith("--") else int(prefix[:4])  # 2000: a leap year, for `29 février`
        month = int(prefix[-2:])
        pos = start
        for _ in range(6):
            m = _DAY_BEFORE.search(self.text, max(0, pos - 20), pos)
            if m is None or not self._free(m.start(), m.end()) or not _valid_day(year, month, int(m.group("d"))):
                return
            d0 = m.start("d")
            # `du lundi 3 au vendredi 7 mars`, `entre le 3 et le 28 novembre`: the day keeps its weekday, its `le`
            lead = _DAY_LEAD.search(self.text, max(0, d0 - 16), d0)
            d0 = lead.start() if lead is not None and self._free(lead.start(), d0) else d0
            # (the day's ordinal mark is its text's: `du 1er au 3 mars`)
            self._add(_Figure(d0, m.end("er") if m.group("er") else m.end("d"), f"{prefix}-{int(m.group('d')):02d}", None, "date"))
            pos = min(m.start(), d0)

    # -- numerals ---------------------------------------------------------------------------------
    def _reference_numbers(self) -> None:
        """`le numéro d'urgence 115`: that number is a reference, here and wherever it stands alone, and so
        are the numbers that go on its list (`appelez le 115 ou le 3919`); a bare number `le` names, too big for a
        day, is one too, here only (`ou par le 811.`)."""
        for m in [*stem_matches(_patterns()["reference_phrase"], self.text, self.lower, _reference_stems()),
                  *stem_matches(_CALLED_NUMBER, self.text, self.lower, _CALLED_STEMS)]:
            while m is not None:
                self.reference_numbers.add(m.group("n"))
                self._mark(self.masked, m.start("n"), m.end("n"))
                m = _REFERENCE_NEXT.match(self.text, m.end(), m.end() + 20)
        for m in _LE_BARE_NUMBER.finditer(self.text):
            self._mark(self.masked, m.start("n"), m.end("n"))
        for m in _FREE_CALL_AFTER.finditer(self.text):
            self.reference_numbers.add(m.group("n"))
            self._mark(self.masked, m.start("n"), m.end("n"))

    def _numbers(self) -> None:
        text = self.text
        for m in self.numerals:
            s, e = m.span("num")
            if not self._free(s, e):
                continue
            fig = self._numeral(m.group("num"), s, e)
            if fig is None:
                continue
            if fig.unit is None and fig.kind == "count" and m.group("num") in self.reference_numbers:
                continue  # `signalez-le au 115`
            part = self._out_of(s) if fig.unit is not None and fig.kind == "count" and fig.start == s else None
            if part is not None and part.unit is not None and _letters_of(part.unit) != _letters_of(fig.unit):
                # `87 échantillons sur 112 analysés`: the whole counts what the part counts; the word after it
                # is no noun of its own
                fig.end, fig.unit = e, None
            if fig.start == s and s >= 1 and text[s - 1] in "-−–" and (s == 1 or text[s - 2] in " \t\u00a0(\n"):
                # (at the head of its line too: a table's cell, `-3,1 %`; a list's dash is followed by a space)
                if fig.kind == "percent" or (fig.unit or "").startswith("°") or (fig.unit or "").lower() in _POINT_UNITS:
                    fig.start, fig.value = s - 1, -fig.value  # `-5 °C`, `-0,4 %`: a minus, not a dash
                    if (fig.unit or "").lower() in _POINT_UNITS:
                        fig.kind = "other"  # `-1,4 point`: a signed change of a rate, percentage points
            elif fig.start == s and (fig.kind == "percent" or (fig.unit or "").lower() in _POINT_UNITS) and s >= 1 \
                    and text[s - 1] == "+" and (s == 1 or text[s - 2] in " \t\u00a0(\n"):
                fig.start = s - 1  # `(+12,6 %)`: a rise, its sign in the text
                if fig.kind != "percent":
                    fig.kind = "other"  # `+2 points`: a rise of a rate
            if fig.unit is not None:
                # (bounded: a pattern holding a literal makes the regex module look for that literal
                # through the rest of the text first, at every call)
                same = _OUT_OF_SAME.match(text, fig.end, min(len(text), fig.end + 12))
                if same is not None and same.group("n") == m.group("num"):
                    if "/" in same.group():
                        # `24 h/24`, `7 j/7`: the set phrase of a service that never closes ("always", as
                        # glued `24h/24`), no quantity (corpora/README h280–h295 trap)
                        self._mark(self.masked, fig.start, same.end())
                        continue
                    fig.end = same.end()  # `24 h sur 24`: one figure, not a second bare 24
            if self._free(fig.start, fig.end):
                self._add(fig)

    def _numeral(self, raw: str, s: int, e: int) -> _Figure | None:
        """The figure a numeral at text[s:e] starts, or None when the number is not a figure."""
        text = self.text
        w = self.words
        previous_numeral, self.last_numeral = self.last_numeral, s
        # a space stands for the edge of the text, so that `in "..."` tests stay meaningful
        prev = text[s - 1] if s > 0 else " "
        prev2 = text[s - 2] if s > 1 else " "
        nxt = text[e] if e < len(text) else " "
        if (prev.isalpha() or prev == "_") and not (prev.isupper() and self._letter_symbol(s) is not None):
            return None  # glued to a word: `G20`, a footnote mark `migrants1` (but `K50` in Lusaka: kwachas)
        if prev in "-–‐" and prev2.isalpha():
            before = _PREV_TOKEN.search(text, max(0, s - 42), s - 1)
            if not (before and before.group("w").lower() in ("mi", "mid")):
                return None  # hyphenated to a word: `COVID-19`, `CH-1211` (but `mi-2020`, `mid-2026` are years)
        if prev in ".;:" and prev2.isalpha() and (e - s) <= 2:
            return None  # a footnote mark after a full stop: `réfugiés.2`
        if prev == ":" and prev2.isalnum() and _COLON_CODE.search(text, max(0, s - 100), s):
            return None  # the end of a code of parts joined by colons: `EU:C:2021:182`
        if (e - s) <= 2 and raw.isdigit() and s == self._line_start(s) and raw in self.note_marks \
                and _NOTE_HEAD.match(text, e, min(len(text), e + 8)):
            return None  # a footnote's number at the head of its line, the body holding its mark (`espèce2.`)
        if prev in "([" and text[e : e + 2].lstrip(" ")[:1] in (")", "]") and raw.isdigit():
            if prev == "(" and raw[0] != "0" and (
                _SERIES_NEXT.match(text, e, min(len(text), e + 60)) or _SERIES_PREV.search(text, max(0, s - 60), s)
                or _NOUN_SERIES_NEXT.match(text, e, min(len(text), e + 70))
                or (_ITEM_END.match(text, e, min(len(text), e + 8)) and _NOUN_SERIES_PREV.search(text, max(0, s - 70), s))
                or self._bracket_row(s)
            ):
                # `Valence (62), Romans (38)`: counts by place; `les pensions de retraite (612) et les marchés publics
                # (341)`: counts by kind; `Moroni : 1 018 (287)` ⏎ `Hamahamet : 412 (109)`: a part of each row's count
                return _Figure(s, e, int(raw), None, "count")
            return None  # a lone bracketed number: `(44857)`, `[1]` (but `(188.900)` is a figure)
        if prev in "°º#№" or (prev == "/" and not prev2.isdigit()):
            return None  # `n°5`, `/2020` in a reference
        if nxt in "-–" and _CODE_CHAIN.match(text, e, e + 12):
            return None  # the head of three digit groups joined by dashes: an account's or a file's number (`12-34567-8`)
        if nxt in "-–" and _LETTER_CODE_AFTER.match(text, e, e + 8):
            return None  # the head of a code of digits and capitals joined by dashes: a plate (`1-KBT-482`)
        if nxt in _SPACE_CHARS and _REGISTER_TAIL.match(text, e, e + 40):
            return None  # `84712 3456 RR0001`: a register's number, closed by its letters and digits
        if prev in "-–/" and prev2.isdigit():
            partner = self.ends.get(s - 1)
            if partner is None or (prev == "/" and partner.kind != "year"):
                return None  # a code (`2018-778`, `123/2020`) unless it closes a range (`2019-2020`, `2019/2020`)
            if partner.kind == "year" and len(raw) == 2 and raw.isdigit() and int(raw) == (partner.value + 1) % 100:
                # a season or a fiscal year written short (`2024/25`, `2025-26`): its second year
                return _Figure(s, e, partner.value - partner.value % 100 + int(raw) + (100 if raw == "00" else 0), None, "year")
        if prev == "." and prev2.isdigit():
            return None  # the rest of a dotted code the number reader could not take whole: `0654.987.321`, `1.2.3`
        if _FM_FREQUENCY.fullmatch(raw) and 87.5 <= float(raw.replace(",", ".")) <= 108 \
                and (_FM_AFTER.match(text, e) and not raw.isdigit() or _FM_BEFORE.search(text, max(0, s - 20), s)):
            return None  # `97.3 FM`, `(FM 100.0 à Nouméa)`: a station's frequency, which names it, no quantity
        if nxt == "/" and text[e + 1 : e + 2].isdigit() and not (len(raw) == 4 and raw.isdigit()):
            fraction = _SLASH_FRACTION.match(text, s, min(len(text), s + 12))
            if fraction is not None and int(fraction.group("n")) < int(fraction.group("d")) \
                    and not _DAY_ARTICLE.search(text, max(0, s - 4), s):  # (`le 5/6 de chaque mois`: a day)
                start, qualifier, _ = self._lead(s)  # `les 2/3 des ménages`, `près de 1/3 de la population`: a share
                value = round(int(fraction.group("n")) / int(fraction.group("d")), 4)
                return _Figure(start, fraction.end("d"), value, None, "other", None, qualifier)
            return None  # `24/7`, `7j/7`, `123/2020`: a ratio or a reference, not a quantity
        line = self._line(s)
        if self.table_units and (cell := self._table_unit(s)) is not None \
                and not nxt.isalpha() and not prev.isalnum() and not self._scaled(e):
            unit, scale, currency, kind = cell
            if raw.isdigit() and len(raw) == 4:
                if 1800 <= int(raw) <= 2100:
                    return _Figure(s, e, int(raw), None, "year")  # a column's year in the header: `Pays 2024 2025`
            else:
                value = self._value(raw, e)  # a cell of a table whose caption gives its unit: `1,8` under `(%)`
                if value is not None:  # ... or its scale: `22,4` under `en millions` is 22 400 000
                    return _Figure(s, e, _number(value * scale), unit, kind, currency)
        if line.stripped == raw or line.stripped.strip(_LONE_NUMBER_MARKS) == raw:
            n = bisect.bisect_left(self.newlines, s)
            year = self.cell_table_numbers.get(n) if line.stripped == raw else None
            if year is not None and (value := self._value(raw, e)) is not None:
                # a cell of a table read one cell a line: a count whose noun its caption or header holds, a
                # column's year (`Pays` ⏎ `2024` ⏎ `2025` ⏎ `France` ⏎ `12'310` ⏎ ...), or a sum under `Montant`
                if year and _is_year(raw):
                    return _Figure(s, e, int(raw), None, "year")
                currency = None if year else self._cell_currency(n)
                return _Figure(s, e, _number(value), None, "money" if currency else "count", currency)
            # a line holding only a number, maybe between dashes: a page number (`- 3 -`), a list
            # counter, or the end mark of a North American release (`– 30 –`, `-30-`)
            return None
        if (e - s) <= 2 and _CURRENT_MONTH.match(text, e, e + 12) and _DAY_ARTICLE.search(text, max(0, s - 4), s):
            return None  # `le 5 courant`: a day of the month the release is dated in, no count
        if len(raw) <= 5 and self._in_counter(s):
            return None  # a section or list counter at the head of a line: `1. Résumé`, `1-1. Création`
        if text[max(0, s - 12) : s].rstrip(_SPACE_CHARS).endswith(("...", "…", "___")) \
                and _LEADERS.search(text, max(0, s - 12), s):
            return None  # table of contents: `APERÇU ........ 3`
        prev_word = _PREV_WORD.search(text, max(0, s - 44), s)
        pw = prev_word.group("w") if prev_word else ""
        if "'" in pw or "’" in pw:
            pw = _ELISION.sub("", pw)  # `l'Agenda` → `Agenda`
        pw_key = pw.lower().rstrip(".")
        if (pw_key in w["reference_words"] or pw_key.endswith(("°", "º"))) and not _MULTIPLIER.match(text, e) \
                and not _PERCENT.match(text, e) \
                and not (pw_key in w["verb_references"] and self._verb_reference(prev_word, s, e)) \
                and not (pw_key in _LEVEL_WORDS and self._alert_level(s)) \
                and not (pw_key in _LINE_WORDS and _ONLINE.search(text, max(0, s - 24), s)):
            self.references.append(e)
            return None  # `article 3`, `Case postale 194`, `page 2`, `n° 5` (but `et la commune 2 millions`,
            # `des trains 100 % électriques`)
        # the gap to the last reference holds no digit, so a numeral looked at since it ends the
        # list (and the gap, which may be long, is not read again for every number that follows)
        if self.references and previous_numeral < self.references[-1] \
                and (self.references[-1] not in self.name_references or len(raw) <= 2 and not self._noun_after(e)) \
                and _LIST_GAP.fullmatch(text, self.references[-1], s) \
                and not self._scaled(e) and not any(c in _SPACE_CHARS for c in raw):
            self.references.append(e)
            return None  # `routes nationales 25 et 11`: the list of references goes on (not to an amount, which no
            # reference is: `ligne 1, 4,1 millions de passagers`, `ligne 3, 1 200 passagers`)
        if len(pw) == 1 and pw.isupper() and pw not in _NOT_SERIES_LETTERS and raw.isdigit() and not self._scaled(e):
            return None  # a series letter before its number: `JO L 299`, `E 45`, `C 123` (but `A 20 ans, ...`)
        plain_int = raw.isdigit()
        year_like = plain_int and len(raw) == 4 and 1800 <= int(raw) <= 2100
        if year_like and _CREDIT_END.match(text, e, e + 6) and (
            self._in_credit(s) or _PHOTO_LINE_CREDIT.search(text, max(0, s - 100), s)
        ):
            return None  # the year that closes a photo credit: `© OMS / A. Said, 2025`, `Crédit : X / OLM, 2024`
        if year_like and _COPYRIGHT_BEFORE.search(text, max(0, s - 14), s):
            return None  # `© 2025 Radio X`, `Copyright © 2024`: a copyright's year
        if pw and (pw[0].isupper() or _CAMEL.search(pw)) and pw_key not in _MONTHS and not _PERIOD.fullmatch(pw) \
                and not (year_like and self._line(s).upper and pw_key in self.lower_words) \
                and not self._in_table_row(s) \
                and not (pw_key in _LEVEL_WORDS and self._alert_level(s)) \
                and (pw_key not in w["function_words"] or self._acronym(pw, s) or self._titled_period(prev_word, pw_key)) \
                and self._currency_before(s) is None \
                and plain_int and not self._scaled(e) and not self._country_then_count(pw, e):
            # part of a name: `Programme 2030`, `Genève 20`, `COP 21`, `la CAN 2027` (but `CHF 12,5
            # millions`, and a name holds a plain integer: `à la France 62,7 millions de livres` is an amount)
            if len(raw) <= 2:
                self.references.append(e)  # (the name's list may go on: `les poids lourds Crit’Air 4 et 5`)
                self.name_references.add(e)
            return None
        if ")" in text[max(0, s - 3) : s] and _BRACKETED_NAME.search(text, max(0, s - 16), s) and not self._scaled(e):
            return None  # `(PND) 2021-2025`: the number goes with the name in brackets (but `la Banque (BDEAC) 150
            # millions`: an amount the body names its giver for)
        if _FILE_SIZE.match(text, e, min(len(text), e + 12)) and (
            _FILE_FORMAT_BEFORE.search(text, max(0, s - 16), s) or (prev == "(" and _FILE_SIZE_CLOSED.match(text, e, min(len(text), e + 14)))
        ):
            return None  # a download link's file size: `(PDF, 1,1 Mo)`, `PDF – 245 Ko`, `(2,3 MB)`
        if _DOWNLOADS_AFTER.match(text, e, min(len(text), e + 18)) and _FILE_BEFORE_COUNTER.search(text, max(0, s - 24), s):
            return None  # a resource's download counter: `48,2 Ko · 1 204 téléchargements`
        if ((e - s) <= 4 or (e - s) == 5 and raw.isdigit()) \
                and (street := _patterns()["street"].match(text, e, min(len(text), e + 20))) \
                and not self._two_word_measure(e) and not _COMMON_NOUN_AFTER.match(text, street.end(), street.end() + 12):
            # a street number: `12 rue ...`, `17, avenue ...`, North America's five digits `10356, avenue King George`
            # (a count that large groups its thousands: `10 356`); but `2 square kilometres`, `12 cours d'école`
            return None
        if (e - s) <= 4 and (rng := _STREET_RANGE_NEXT.match(text, e)) is not None \
                and (street := _patterns()["street"].match(text, rng.end(), min(len(text), rng.end() + 20))) \
                and not self._two_word_measure(rng.end()) and not _COMMON_NOUN_AFTER.match(text, street.end(), street.end() + 12):
            return None  # the first of a range of street numbers: `14-34 avenue Jean Jaurès`, `12/14 rue ...`
        digits = raw.translate(_SPACES_IN_NUMBER)
        if len(digits) > 1 and digits[0] == "0" and digits[1].isdigit():
            return None  # a leading zero makes a code, not a quantity: `00012`, `0 800 123 456`
        if plain_int and len(raw) in (4, 5) and not year_like:
            cap = _CAPITALISED.match(text, e, min(len(text), e + 42))
            if cap and (len(raw) == 5 or line.address or region_of_place(cap.group("w"))):
                return None  # a postcode: `75008 Paris`, `1211 Genève`

        if year_like and raw.endswith("0") and nxt in "s'’" and _DECADE_END.match(text, e, e + 3):
            return _Figure(s, e, int(raw), None, "year")  # `in the 1970s`: a decade, a year figure (corpora/README h347)
        suffix = _ORDINAL_SUFFIX.match(text, e) if nxt.isalpha() or nxt == "ᵉ" else None
        if suffix is not None and raw == "1" and suffix.group() == "es":
            suffix = None  # `sont 1es plus exposées`: `les` with its `l` read as a one (the plural of `1er` is `1ers`)
        if suffix is None and nxt.isalpha() and _GLUED_UNIT.match(text, e) is None and not _GLUED_HEADING.match(text, e) \
                and not _GLUED_HOURS.match(text, e) and not self._glued_currency(e) \
                and not (_CURRENCY_SCALE.match(text, e) and self._currency_before(s)) \
                and self._english_scale(e) is None:  # (`$3bn`, `2bn people`)
            return None  # `3D`, `5G`, `H5N1`: a code, not a figure (but `pour 2024Le plan`: a heading glued to text)
        value = self._value(raw, e)
        if value is None:
            return None
        start, qualifier, currency_before = self._lead(s)
        if suffix is None and plain_int:
            spaced = _ORDINAL_SPACED.match(text, e)
            if spaced and not _MONTH_AFTER.match(text, spaced.end()):
                suffix = spaced  # `75 000 ème`, but `1 er octobre` is a date (read earlier)
        if suffix is not None:
            return _Figure(start, suffix.end(), _number(value), None, "ordinal", None, qualifier)
        fig = self._tail(value, start, e, qualifier, currency_before)
        if fig.unit is None and fig.end == e and not year_like:
            hyphen = _HYPHEN_UNIT.match(text, e)
            if hyphen is not None:  # `a 50-kilo bag`, `the 1.8-metre glider`
                unit = hyphen.group("w")
                kind = "other" if unit.replace("-", " ") in w["measures"] else \
                    "duration" if unit in w["durations"] else "count"
                if hyphen.group("old") and kind == "duration":
                    kind = "age"
                return _Figure(start, hyphen.end(), _number(value), unit, kind, None, qualifier)
            if _VERSION.fullmatch(raw) and qualifier is None and currency_before is None and pw[:1].isupper() \
                    and (raw.endswith(".0") or (len(pw) > 1 and pw.isupper())) \
                    and pw_key not in w["function_words"] and pw_key not in _MONTHS and not self._in_table_row(s) \
                    and not self._scaled(e):
                # a name's version, with a point and nothing it counts: `RSS 2.0`, `HTTP 1.1`, `Industrie 4.0` (a
                # measure would not write its `.0` nor stand after an acronym without a unit)
                return None
            if plain_int and qualifier is None and currency_before is None and pw_key in _WEEK_WORDS and 1 <= int(raw) <= 53:
                return None  # `la semaine 48`, `week 12`: a week's number (but `cette semaine 12 enfants` counts)
            if plain_int and qualifier is None and currency_before is None and pw_key == "la" and _BARE_NUMBER_END.match(text, e):
                return None  # `une seule route, la 138.`: a bare number after `la`, nothing it counts, names a road or a line
            if plain_int and qualifier is None and currency_before is None and self._names_a_thing(prev_word, pw) \
                    and not (pw_key in _LEVEL_WORDS and self._alert_level(s)):
                return None  # `du camp 14`, `la phase 2`: a determiner, a noun and a bare number name a thing
        if year_like and fig.kind == "count" and currency_before is None and qualifier is None:
            if fig.unit is not None and pw_key in _EN_DETERMINERS and self._language_at(s) == "en" \
                    and (first := _SPACED_WORD.match(text, e)) is not None and not _plural_en(first.group("w")):
                # English puts a year before the noun it dates (`the 2025 budget allocates`, `its 2024 report
                # shows gains`); a count after a determiner takes its plural noun right after it (`the 2000 people`)
                fig = _Figure(s, e, int(raw), None, "count")
            if fig.unit is not None and fig.unit[0].isupper() and pw_key not in w["year_prepositions"]:
                return None  # a name: `2030 AGENDA`, `2063 Vision`
            if fig.unit is None and pw_key not in w["year_prepositions"] and self._year_before_name(e, pw_key == "the"):
                return None  # English puts the year first: `the 2030 Agenda`, `the 2025 World Championships`
            partner = self.ends.get(s - 1) if prev in "-–/" else None
            if fig.unit is None and pw_key == "de" and partner is None and _LAW_OF.search(text, max(0, s - 60), s):
                return None  # `le code minier de 2023`: the year names the law
            if fig.unit is None and pw_key not in w["year_prepositions"] and partner is None and self._names_a_year(s):
                return None  # `le plan 2024`, `Plan de réponse humanitaire 2025`, `l'édition 2025`: a name
            if fig.unit is None or pw_key in w["year_prepositions"] or (partner is not None and partner.kind == "year"):
                # `en 2019`, `depuis 1951`, `2050`, the end of `2019-2023`; the span keeps `en`, not an
                # elision before it (`qu'en 2022` → `en 2022`)
                y0 = prev_word.end("w") - len(pw) if prev_word is not None and pw_key in ("en", "in") else s
                return _Figure(y0, e, int(raw), None, "year")
        if plain_int and len(raw) == 4 and 1000 <= int(raw) < 1800 and pw_key in _OLD_YEAR_WORDS and fig.unit is None \
                and fig.kind == "count" and fig.end == e and qualifier is None and currency_before is None:
            # `coulé vers 1480`, `depuis 1515`: an older year, which only a word of time before it tells from a count
            y0 = prev_word.end("w") - len(pw) if prev_word is not None and pw_key in ("en", "in") else s
            return _Figure(y0, e, int(raw), None, "year")
        if (fig.kind == "duration" and (fig.unit or "").lower() in ("heures", "heure", "h", "hours")
                and isinstance(fig.value, int) and not _PER_DAY.match(text, fig.end, fig.end + 20)
                and (pw_key in ("à", "a", "vers", "dès", "des", "at") and fig.value <= 24
                                                    or pw_key in ("avant", "before") and fig.value < 24
                                                    or pw_key == "depuis" and fig.value < 24
                                                    or pw_key == "de" and fig.value <= 24
                                                    and _FROM_HOUR.search(text, max(0, s - 20), s)
                                                    or pw_key in ("de", "entre") and fig.value <= 24
                                                    and _HOUR_RANGE_END.match(text, fig.end, fig.end + 16)
                                                    or pw_key == "et" and fig.value <= 24
                                                    and _HOUR_RANGE_START.search(text, max(0, s - 30), s))):
            # `à 14 heures`, `depuis 7 heures`, `de 9 heures à 17 heures`, `à partir de 18 heures`, `commencent avant 7
            # heures`: times (but `depuis 24 heures` is a day, and `jusqu’à 6 heures par jour` a length of each day)
            if not (pw_key in ("à", "a") and _HOURS_CHANGED.search(text, max(0, s - 60), s)):
                return None
        if fig.kind == "count" and fig.unit is None and fig.end == e and pw_key in ("de", "entre") \
                and isinstance(fig.value, int) and fig.value <= 23 and _HOUR_RANGE_END.match(text, e, e + 16) \
                and not _HOURS_CHANGED.search(text, max(0, s - 40), _RANGE_GAP.match(text, e).end()):
            return None  # `ouvert de 8 à 17 heures`: the range's first bound is a time of day too
        if fig.kind == "count" and fig.unit is None and fig.end == e and self._alert_level(s):
            fig.kind = "other"  # `the alert level was raised to 3`, `niveau d'alerte 3`: a level, not a count
            return fig
        if fig.kind == "count" and fig.start == s and _patterns()["measure_before"].search(text, max(0, s - 40), s):
            # `un séisme de magnitude 7,2`, `a magnitude 6.8 earthquake`: a measure whose unit word stands
            # before it; what follows is what was measured, not a unit
            if fig.unit is None:
                fig.kind = "other"
                return fig
            return _Figure(s, e, _number(value), None, "other")
        return fig

    def _country_then_count(self, word: str, e: int) -> bool:
        """Whether a country's name, or a word opening its sentence, stands before the number ending at `e` and a
        plural noun after it: the number counts that noun (`en battant Madagascar 2 buts à 1`), no name holds it (a
        country's name holds no number, unlike `Genève 20` or `COP 21`). Any name before a number of time or
        measure words in the plural: the name ends before it (`de la gare de Ndjolé 30 minutes après`)."""
        nxt = _SPACED_WORD.match(self.text, e, e + 42)
        if nxt is None:
            return False
        noun = nxt.group("w")
        if len(noun) > 2 and noun.islower() and noun[-1] in "sx" \
                and (noun in self.words["durations"] or noun in self.words["measures"]):
            return True
        if country_code(word) is None and not self._opens_sentence(word, e):
            return False
        return noun.islower() and noun[-1] in "sx" and noun not in self.words["not_units"] and noun not in _MONTHS

    def _opens_sentence(self, word: str, e: int) -> bool:
        """Whether `word`, the word before the number ending at `e`, opens its sentence: a capital there says nothing
        of a name (`Désormais 40 agents travaillent`, like `Madagascar 2 buts`); not an acronym."""
        if word.isupper():
            return False
        start = self.text.rfind(word, max(0, e - 80), e)
        before = self.text[max(0, start - 3) : start].rstrip(_SPACE_CHARS)
        return start >= 0 and (start == 0 or before == "" and self.text[start - 1] == "\n" or before[-1:] in ("\n", ".", "!", "?"))

    def _in_table_row(self, s: int) -> bool:
        """Whether the number at `s` is a cell of a table read one row a line, under a header row of a label and
        years (`Fédération 2024 2025` ⏎ `France 12'310 13'480` ⏎ `Japon 980 1'020`): a column's year or a value,
        not a number naming a thing (`Genève 20`). Each line is judged once (its rows share the answer)."""
        pos = self._line_start(s)
        path = []
        found = False
        for _ in range(_TABLE_ROWS):  # up through the rows to the header
            if pos in self.table_rows:
                found = self.table_rows[pos]
                break
            row = self._line(pos).stripped
            if not _VALUE_ROW.fullmatch(row):
                break
            path.append(pos)
            if _YEAR_HEAD_ROW.fullmatch(row):
                end = self.text.find("\n", pos)  # a header row heads a row of values
                found = end >= 0 and _VALUE_ROW.fullmatch(self._line(end + 1).stripped) is not None
                break
            if pos == 0:
                break
            pos = self._line_start(pos - 1)
        for p in path:
            self.table_rows[p] = found
        return found

    def _bracket_row(self, s: int) -> bool:
        """Whether the bracketed number at `s` ends a row `label : N (M)` beside another such row (the line above
        or below): a list of counts with their parts, not a lone reference."""
        if not _BRACKET_ROW.fullmatch(self._line(s).stripped):
            return False
        start = self._line_start(s)
        end = self.text.find("\n", s)
        return start > 0 and _BRACKET_ROW.fullmatch(self._line(start - 1).stripped) is not None \
            or end >= 0 and _BRACKET_ROW.fullmatch(self._line(end + 1).stripped) is not None

    def _in_counter(self, s: int) -> bool:
        """Whether the number at `s` is (part of) the counter heading its line (`1. Résumé`, `2-3. Recrutement`)."""
        line_start = self._line_start(s)
        if s - line_start > 12:
            return False
        m = _COUNTER.match(self.text, line_start, min(len(self.text), line_start + 24))
        return m is not None and s < m.end("c")

    def _titled_period(self, prev_word: regex.Match[str], key: str) -> bool:
        """Whether a noun that dates a period (`horizon`, `campagne`, `budget`) is capitalised inside a sentence
        without an article: then it opens a name with its year (`Vision 2063 et Horizon 2030`), where `à l'horizon
        2030` and a heading's `Campagne 2025` date a period."""
        word = prev_word.group("w")
        if not (word[0].isupper() and word[1:].islower()) or len(key) < 4 or key in _MONTHS \
                or key not in self.words["year_prepositions"]:
            return False
        before = self.text[max(0, prev_word.start() - 30) : prev_word.start()]
        if not before.strip(_SPACE_CHARS) or before.rstrip(_SPACE_CHARS)[-1:] in (".", "!", "?", ":", "\n", "«", "'", "’", "(", "–", "—", "-"):
            return False  # a sentence or a heading starts on it, or an elided article stands before it (`l'Horizon`)
        last = _PREV_WORD.search(before)
        return last is None or last.group("w").lower() not in _ARTICLES

    def _acronym(self, word: str, pos: int) -> bool:
        """Whether `word` is written in capitals as an acronym (`CAN`, `ON`), not as a word of a line in
        capitals (`EN 2023`), so that it names something even when its letters spell an English function
        word; French ones are shouted in capitals in the middle of a line (`Alerte : PLUS DE 300 cas`)."""
        w = self.words
        key = word.lower()
        return len(word) > 1 and word.isupper() and key in w["english_not_units"] and key not in w["not_units"] \
            and key not in w["year_prepositions"] and key not in _NAME_WORDS_THAT_ARE_NOT and not self._line(pos).upper

    def _two_word_measure(self, e: int) -> bool:
        """Whether the two words after `e` name a measure (`square kilometres`), whose first word may
        also name a street (`12 square Montholon`)."""
        first = _SPACED_WORD.match(self.text, e, e + 45)
        second = _SPACED_WORD.match(self.text, first.end(), first.end() + 45) if first else None
        return second is not None and f"{first.group('w')} {second.group('w')}".lower() in self.words["measures"]

    def _year_before_name(self, e: int, article: bool) -> bool:
        """Whether the year ending at `e` opens an English name: one of the first three capitalised words after it,
        or the word after them, names a plan, an event or a report (`the 2030 Agenda`, `the 2026 Winter Games`, `the
        2026 AgriTech accelerator`, `its 2024 annual report`), or, after `the`, two capitalised words or more follow
        it, a title (`the 2026 Long Rains Assessment`; but `the 2024 Kenya floods` dates floods)."""
        pos = e
        for n in range(3):
            after = _CAPITALISED.match(self.text, pos, min(len(self.text), pos + 42))
            if after is None:
                # the capitalised words end on a head noun of plans and events: `the 2026 AgriTech accelerator`
                noun = _SPACED_WORD.match(self.text, pos, min(len(self.text), pos + 42))
                if noun is not None and n == 0 and not _is_naming_noun(noun.group("w").lower()) \
                        and noun.group("w").islower():  # an adjective first: `its 2024 annual report`
                    noun = _SPACED_WORD.match(self.text, noun.end(), min(len(self.text), noun.end() + 42))
                return (article and n >= 2) or (noun is not None and _is_naming_noun(noun.group("w").lower()))
            if _is_naming_noun(after.group("w").lower()):
                return True
            pos = after.end()
        return article

    def _verb_reference(self, prev_word: regex.Match[str], s: int, e: int) -> bool:
        """Whether the reference word before the number at `s` is the verb it is also spelt as (`qui cible 420 000
        personnes`, `Le plan cible 1,2 million`): the verb's object is a quantity, its noun after it; the noun names
        a target after a determiner (`la cible 3`) or by its number alone (`ODD 3, cible 3.8`, `cible 3.b`, `Cible
        6 :`)."""
        if not prev_word.group("w").islower() \
                or _DETERMINER_BEFORE.search(self.text, max(0, prev_word.start() - 10), prev_word.start()) \
                or _EN_DETERMINER_BEFORE.search(self.text, max(0, prev_word.start() - 10), prev_word.start()):
            return False  # (a verb inside its sentence is in lower case: `Train 5` heads a line's name)
        after = _WORD_AFTER.match(self.text, e)
        return not _TARGET_ID.match(self.text, s) and after is not None \
            and after.group("w").lower() not in self.words["not_units"]  # (`Cible 4 des ODD`: the noun)

    def _names_a_year(self, s: int) -> bool:
        """Whether the bare year at `s` ends the name of a plan, programme or event: one of their head
        nouns stands at most four words before it, in the same clause (`du plan 2024`, `Plan de réponse
        humanitaire 2025`, `le festival Sons du large 2025`); a word of time right before the year
        (`budget 2025`, `pour 2024`) was ruled out by the caller. A plan's title, its head noun capitalised,
        may run longer in lower-case words (`Plan stratégique national de réduction des risques de catastrophe
        2024-2028`)."""
        window = self.text[max(0, s - 60) : s]
        clause = _CLAUSE_END.split(window)[-1]
        words = _WORD_SPLIT.split(clause.strip())[-5:]
        if any(_is_naming_noun(_ELISION.sub("", word).lower()) for word in words):  # (`l'édition`)
            return True
        quoted = _QUOTED_NAME.search(self.text, max(0, s - _TITLE_REACH), s)
        if quoted is not None and _is_naming_noun(_ELISION.sub("", quoted.group("n")).lower()):
            return True  # `le plan « Dlo pou tout moun 2026-2030 »`: a name in quotes, whatever its words
        clause = _CLAUSE_END.split(self.text[max(0, s - _TITLE_REACH) : s])[-1]
        words = _WORD_SPLIT.split(clause.strip())
        if words and _YEAR_RANGE_OPEN.fullmatch(words[-1]):
            words.pop()  # the second year of a range: `2024-2028`
        for i in range(len(words) - 1, max(-1, len(words) - _TITLE_WORDS - 1), -1):
            word = _ELISION.sub("", words[i])
            if word[:1].isupper() and word[1:].islower() and _is_naming_noun(word.lower()):
                return True  # (`Plan` opens the title: every word after it is in lower case)
            if not word.islower() or not word.isalpha():
                return False
        return False

    def _in_credit(self, s: int) -> bool:
        """Whether a credit mark (`©`, `Crédit :`, `Crédits photo :`, `(photo :`) opens the line or bracket
        holding `s`, with only names after it (`Les crédits : 300 millions d'euros en 2025` is no credit)."""
        window = self.text[max(0, s - _CREDIT_REACH) : s]
        cut = max(window.rfind("\n") + 1, window.rfind("("), 0)
        mark = None
        for mark in _CREDIT_MARK.finditer(window, cut):
            pass  # the last mark
        return mark is not None and _DIGIT_GROUPS.search(window, mark.end()) is None

    def _scaled(self, e: int) -> bool:
        """A multiplier, a percent sign or a currency follows the number ending at `e`."""
        text = self.text
        return bool(_MULTIPLIER.match(text, e) or _PERCENT.match(text, e) or self._currency_after(e))

    def _names_a_thing(self, prev_word: regex.Match[str] | None, pw: str) -> bool:
        """Whether the word before a bare number is a singular noun after a determiner (`du camp 14`,
        `l'étape 3`): French counts put the number first, so the number names the thing. Not after
        a word of time (`cette année 37`), which a count may follow."""
        if prev_word is None or self.lang != "fr" or not pw.isalpha() or not pw.islower():
            return False
        w = self.words
        if pw in w["function_words"] or pw in w["durations"] or pw in _MONTHS or pw.endswith(("s", "x")):
            return False
        word = prev_word.group("w")
        if word != pw:  # elided: `l'étape`
            return word[:2].lower() in ("l'", "l’")
        start = prev_word.start("w")
        return _DETERMINER_BEFORE.search(self.text, max(0, start - 12), start) is not None

    def _value(self, raw: str, e: int) -> Decimal | None:
        """The value of a numeral, settling `2,777` / `1.500` with the document's convention."""
        s = raw.translate(_SPACES_IN_NUMBER)
        try:
            if "," in s and "." in s:  # both: the last one is the decimal separator
                if s.rfind(",") > s.rfind("."):
                    return Decimal(s.replace(".", "").replace(",", "."))
                return Decimal(s.replace(",", ""))
            for sep in (",", "."):
                if sep not in s:
                    continue
                parts = s.split(sep)
                if len(parts) > 2:
                    return Decimal("".join(parts))  # several groups: thousands
                head, tail = parts
                if len(tail) != 3 or len(head) > 3 or raw != s:
                    return Decimal(f"{head}.{tail}")
                # one group of three digits: thousands or decimals?
                if tail == "000":
                    return Decimal(head + tail)  # nobody writes 300,000 for 300
                if self.decimal is not None:
                    return Decimal(f"{head}.{tail}") if self.decimal == sep else Decimal(head + tail)
                if sep == "," and self.spaced_thousands and self._language_at(e) == "fr":
                    # a French paragraph on a page that groups its thousands with spaces (`12 400 coureurs`)
                    # writes decimals with a comma: `42,195 kilomètres`
                    return Decimal(f"{head}.{tail}")
                scaled = _MULTIPLIER.match(self.text, e) or _PERCENT.match(self.text, e)
                return Decimal(f"{head}.{tail}") if scaled else Decimal(head + tail)
            return Decimal(s)
        except InvalidOperation:
            return None

    def _currency_after(self, pos: int) -> regex.Match[str] | None:
        """`_patterns()["currency"].match(text, pos)`, tried only when the first two characters after at most
        three spaces may start a currency word (the pattern is an alternation of a hundred and more)."""
        text = self.text
        i = pos
        while i < len(text) and i - pos < 3 and text[i] in _SPACE_CHARS:
            i += 1
        if self.lower is not None:
            starts = self.words["currency_starts"]
            two = self.lower[i : i + 2]
            if two[1:] in _SPACE_CHARS:
                two = two[:1] + " "  # (`F\u00a0CFA`: a currency word's space is any space)
            if two not in starts and two[:1] not in starts:
                return None  # (a space there is a fourth one: no currency either)
        return _patterns()["currency"].match(text, pos)

    def _currency_may_end(self, s: int) -> bool:
        """Whether a currency symbol or code may end right before `s` (`$`, `€`, `CHF`, `US$ `)."""
        text = self.text
        if s == 0:
            return False
        c = text[s - 1]
        if c in _SPACE_CHARS and s > 1:
            c = text[s - 2]
        return c in "$€£¥₦₹¢." or c.isupper()  # (`.`: Swiss `Fr. 2'500.–`)

    def _currency_before(self, s: int) -> regex.Match[str] | None:
        """The currency symbol or code that ends right before `s` (`$`, `CHF `, `KES `, `CFA francs `), else None."""
        if not self._currency_may_end(s):
            # (a currency word may end in lower case: `CFA francs 75,000`, `Rwf 5,000`)
            return self._currency_word_before(s) if s > 1 and self.text[s - 2].islower() else None
        window = max(0, s - 6)
        cm = _CURRENCY_BEFORE.search(self.text, window, s)
        if cm is not None and cm.group("cur")[:1].isalpha() and cm.group("cur").endswith("$") \
                and cm.group("cur").lower() not in self.words["currencies"]:
            cm = None  # letters the lexicon does not know before `$` (`AB$5`): no country's dollar
        if cm is None:
            cm = _CODE_BEFORE.search(self.text, window, s)
            if cm is not None and cm.group("cur") not in _currency_codes():
                cm = None  # `COP 21`, `RN 7`: a name, not a currency
            if cm is None:
                cm = self._currency_word_before(s)  # `F CFA 25 000`, `francs CFA 75 000`
            if cm is None:
                cm = self._letter_symbol(s)  # `K50` in Lusaka
        return cm

    def _letter_symbol(self, s: int) -> regex.Match[str] | None:
        """The currency symbol of one or two letters glued right before `s` (`K50`), when the page's country pays in
        it (`letter_symbols`), else None."""
        cm = _LETTER_SYMBOL.search(self.text, max(0, s - 3), s)
        countries = self.words["letter_symbols"].get(cm.group("cur")) if cm is not None else None
        # (the letters first: the page's country costs a reading of its domains, not worth it for `G20`)
        return cm if countries and self.country in countries else None

    def _currency_word_before(self, s: int) -> regex.Match[str] | None:
        """A currency word the lexicon knows, written with a capital, ending right before `s` (`CFA francs `,
        `Rwf `): two words first, then one (a name's capital alone is no currency: `Dakar 2`)."""
        for pattern in (_TWO_WORDS_BEFORE, _WORD_BEFORE):
            cm = pattern.search(self.text, max(0, s - 24), s)
            if cm is not None and not cm.group("cur").islower() \
                    and " ".join(_WORD_SPLIT.split(cm.group("cur").lower())) in self.words["currencies"]:
                return cm
        return None

    def _lead(self, s: int) -> tuple[int, str | None, str | None]:
        """(span start, qualifier, currency symbol) from what stands before the number."""
        text = self.text
        start = s
        currency = None
        cm = self._currency_before(s)
        if cm and cm.group("cur").lower() in self.words["money_by_country"] and self._currency(cm.group("cur"), cm.start()) is None:
            cm = None  # `le modèle SR 250` in Paris: the Seychelles' (or Saudi) rupee's letters only where the page pays in it
        if cm:
            currency = cm.group("cur")
            start = cm.start()
        head = text[max(0, start - 40) : start]
        qualifier = None
        if head[-1:].isspace() or head[-1:] in ("'", "’"):
            words = head.split()
            # a French page may hold an English version or quote (`Nearly 2,800 schools`); no English
            # qualifier is a French word, so both are read there
            for lang in (self.lang, "en") if self.lang == "fr" else (self.lang,):
                pattern, names, endings = _QUALIFIER[lang]
                if not (words and words[-1].lower().endswith(endings)):
                    continue
                qm = pattern.search(text, max(0, start - 40), start)
                if qm:
                    qualifier = next(name for i, name in enumerate(names) if qm.group(f"q{i}"))
                    start = qm.start()
                    break
        return start, qualifier, currency

    def _tail(
        self, value: Decimal, start: int, e: int, qualifier: str | None, currency_before: str | None,
        scaled: bool = False,
    ) -> _Figure:
        """Read the multiplier, then percent, currency or unit noun after a number ending at `e`.

        `scaled`: the number already ends with a multiplier word (`un million`), so `de` may follow.
        """
        text = self.text
        w = self.words
        pats = _patterns()
        end = e
        if currency_before is not None:
            short = _CURRENCY_SCALE.match(text, e)
            if short is not None:  # `€2.5m`, `$3bn`: after a currency sign, m is a million, not metres
                factor = _CURRENCY_SCALES[short.group("m").lower()]
                return _Figure(start, short.end(), _number(value * factor), currency_before, "money",
                               self._currency(currency_before, start), qualifier)
        hours = _GLUED_HOURS.match(text, e) if end == e else None
        if hours is not None:  # `une mission de 48h`, as `48 h` (a clock time, `à 14h`, was masked before)
            return _Figure(start, hours.end(), _number(value), "h", "duration", None, qualifier)
        cubic = _MILLION_CUBIC_METRES.match(text, e) if end == e else None
        if cubic is not None:  # `5 260 Mm³` of a dam: millions of cubic metres, the scale written in the unit (as `M€`)
            return _Figure(start, cubic.end(), _number(value * Decimal(1_000_000)), cubic.group("u"), "other", None, qualifier)
        glued = _GLUED_UNIT.match(text, e)
        short = self._english_scale(e)
        if short is not None:  # `1.2m people`, `2bn residents`: not metres
            value, end, scaled, glued = value * _CURRENCY_SCALES[short.group("m").lower()], short.end(), True, None
        if glued and glued.group("u") not in _GLUED_MULTIPLIERS:
            unit, unit_end = self._per_unit(glued.group("u"), glued.end())
            return _Figure(start, unit_end, _number(value), unit, "other", None, qualifier)  # `100kg`, `4,5m³/s`
        mm = (_MULTIPLIER.match(text, e) or glued) if end == e else None
        abbreviation = ""  # `M` of `2,1 M€`: the unit is written `M€`
        if mm is not None:
            word = mm.group(mm.lastgroup)
            if self.lang == "en" and word.lower().startswith("billion"):
                factor = 1_000_000_000  # an English billion is a French milliard
            else:
                factor = w["multipliers"].get(word.lower()) or _GLUED_MULTIPLIERS.get(word)
            if factor:
                value, end, scaled = value * Decimal(factor), mm.end(), True
                abbreviation = word if word in _GLUED_MULTIPLIERS or word.lower() in ("md", "mds", "mrd", "mrds") else ""
                rest = _MORE_OF_AMOUNT.match(text, end) if word.lower().startswith(("milliard", "million")) else None
                if rest is not None:  # `1 milliard 200 millions de francs CFA`, `2 millions 500 000 francs`: one amount
                    part = Decimal(rest.group("n").translate(_SPACES_IN_NUMBER))
                    part *= w["multipliers"][rest.group("m").lower()] if rest.group("m") else 1
                    if 0 < part < factor:
                        value, end = value + part, rest.end()
        approx = pats["approx"].match(text, end) if not scaled else None
        if approx is not None:  # `un millier`, `une centaine`
            value = value * Decimal(w["approximate"][approx.group("a").lower()])
            end, scaled = approx.end(), True
        frac = pats["fraction"].match(text, end) if not scaled else None
        if frac is not None:  # `deux tiers`: a share, whatever it is a share of
            denominator = w["fractions"][frac.group("f").lower()]
            if qualifier is None and (of := _DES_BEFORE.search(text, max(0, start - 6), start)) is not None:
                # `près des deux tiers`, `Plus des trois quarts`: the qualifier contracted with the share's article
                q = _CONTRACTED_QUALIFIER.search(text, max(0, of.start() - 12), of.start())
                if q is not None:
                    start, qualifier = q.start(), f"{_CONTRACTED_QUALIFIERS[strip_accents(q.group('q').lower())]} des"
            return _Figure(start, frac.end(), round(float(value) / denominator, 4), None, "other", None, qualifier)
        if currency_before is not None:  # `$45`, `€ 4 millions`
            dash = _NO_CENTS.match(text, end) if end == e else None
            end = dash.end() if dash is not None else end  # `Fr. 45.–`: the dash is part of the price as written
            return _Figure(
                start, end, _number(value), currency_before, "money", self._currency(currency_before, start), qualifier
            )
        pm = _PERCENT.match(text, end)
        if pm is not None:
            return _Figure(start, pm.end(), _number(value), "%", "percent", None, qualifier)
        # `millions de dollars`, `un millier de personnes`, and a whole number of millions written in
        # digits, which French reads as millions too: `150 000 000 de francs CFA`
        millions = value >= 1_000_000 and value % 1_000_000 == 0
        link = _LINK.match(text, end) if scaled or millions else None
        cm = self._currency_after(link.end() if link else end)
        if cm is None:
            at = link.end() if link else end
            code = _CODE_AFTER.match(text, at, at + 7)
            if code is not None and code.group("c") in _currency_codes():
                cm = code  # `1 200 KES`
        if cm is not None and cm.group("c").lower() in w["capital_abbreviations"] and not cm.group("c")[0].isupper():
            cm = None  # `5 000 da`: not the Algerian dinar's `DA`
        if cm is not None:
            unit = cm.group("c")
            currency = self._currency(unit, start)
            nation = self._nation(unit, cm.end())
            if nation is not None:  # `francs Djibouti`, `dinars jordaniens`: the whole name, that country's code
                unit, currency, cm = unit + text[cm.end() : nation[0]], nation[1], _At(nation[0])
            if currency is not None or unit.lower() not in w["money_by_country"]:  # `livres` are books in Paris
                if abbreviation and not unit[0].isalpha() and cm.start("c") == end:
                    unit = abbreviation + unit
                elif abbreviation and unit.isupper() and not text[end : cm.start("c")].strip(_SPACE_CHARS):
                    unit = abbreviation + text[end : cm.start("c")] + unit  # `112,4 Mds DH`: the scale's abbreviation
                    # is part of the unit, as in `M€`
                elif not scaled and unit.lower() in w["multipliers"]:
                    value *= w["multipliers"][unit.lower()]  # `5 MEUR`, `450 KEUR`
                return _Figure(start, cm.end(), _number(value), unit, "money", currency, qualifier)
        per_mille = _PER_MILLE.match(text, end, min(len(text), end + 14)) if link is None else None
        if per_mille is not None:  # `un taux de mortalité de 12 ‰`, `12 pour mille`: a rate, not a percentage
            return _Figure(start, per_mille.end(), _number(value), per_mille.group("u"), "other", None, qualifier)
        symbol = _SPACED_SYMBOL.match(text, end) if link is None else None
        if symbol is not None:
            unit, unit_end = self._per_unit(symbol.group("u"), symbol.end())
            return _Figure(start, unit_end, _number(value), unit, "other", None, qualifier)
        if link is None and _MILLIONS_END.search(text, max(0, end - 10), end) and self._paragraph_language(end) == "fr":
            noun = None  # French counts millions `de` something: `dont 18 milliards apportés par` names no unit
        else:
            noun = self._unit_noun(link.end() if link else end, value, spaced=link is None)
        if noun is None:
            factor = _FACTOR_BEFORE.search(text, max(0, start - 30), start) is not None
            return _Figure(start, end, _number(value), None, "other" if factor else "count", None, qualifier)
        unit, unit_end = noun
        lower = unit.lower()
        if lower in w["currencies"] and unit_end - len(unit) > end + 1 and self._language_at(end) == "en":
            money = self._named_currency(end, unit, unit_end)
            if money is not None:  # `6.2 billion Kenyan shillings`, `3 million US dollars`: English names the country first
                return _Figure(start, unit_end, _number(value), money[0], "money", money[1], qualifier)
        name = _patterns()["unit_name"].match(text, unit_end + 1) if text[unit_end : unit_end + 1] in _SPACE_CHARS else None
        if name is not None and unit_end < len(text):
            # `1 214 000 conteneurs équivalent vingt pieds`: a measure in a unit whose name is written out, unit the whole
            # name (corpora/README h350); the name, masked so that its number is none, is this figure's
            self.masked[name.start() : name.end()] = bytes(name.end() - name.start())
            return _Figure(start, name.end(), _number(value), text[unit_end - len(unit) : name.end()], "other", None, qualifier)
        kind = "count"
        if lower in _DAYS_OF_ACTIVITY:
            pass  # `3,3 millions de journées de travail`, `à trois journées de la fin du championnat`: counted days
        elif lower in w["durations"] and _RANKED_AFTER.match(text, unit_end):
            pass  # `les trois années les plus chaudes`: years ranked, counted
        elif lower in _SEASONS and _SEASON_OF.match(text, unit_end):
            pass  # `deux saisons des pluies exceptionnelles`, `trois saisons d’activité`: seasons of a kind, counted
        elif lower in w["durations"]:
            kind = "age" if self._is_age(start, lower, unit_end) else "duration"
            if kind == "duration" and lower in ("years", "months") and (
                _OF_AGE.match(text, unit_end, unit_end + 10)
                or qualifier in ("under", "below", "over", "above")
                and _CHILDREN_EN.search(text, max(0, start - 20), start)
            ):
                kind = "age"  # `5 years of age`, `children under five years`
        elif lower in _YEAR_OLDS:
            kind = "age"  # `15-24 year-olds`
        elif lower in ("meters", "meter") and self.writes_metres:
            pass  # `replace 12,000 meters and 85 kilometres of pipes`: where lengths are in metres, meters are devices
        elif lower in w["measures"] or "-" in lower and lower.partition("-")[0] in w["measures"]:
            kind = "other"  # (a measure hyphenated to what it measures is one: `250 kilowatts-crête`, `kilowatt-heure`)
            unit, unit_end = self._per_unit(unit, unit_end)  # `80 km/h`
            more = _SPACED_WORD.match(text, unit_end)
            if more is not None and f"{lower} {more.group('w').lower()}" in w["measures"]:
                unit, unit_end = text[unit_end - len(unit) : more.end()], more.end()  # `mètres cubes`
        elif self.country in w["weights_by_country"].get(lower, ()) and not self._listed_with_things(unit_end):
            kind = "other"  # `4,2 millions de livres de homard` in Québec: pounds weigh, dollars pay
        elif lower in _POINT_UNITS and self._points_measure(unit_end, value):
            kind = "other"  # `2,8 points`: percentage points
        elif lower in ("fois", "times") and (_COMPARATIVE.match(text, unit_end, unit_end + 20)
                                             or _MULTIPLIED.match(text, unit_end, unit_end + 24)
                                             or not isinstance(value, int) and value != int(value)):
            # `trois fois plus qu'en 2022`: a ratio, not three occasions; `0,65 fois l'impôt`, `1.5 times`: no
            # occasions are counted in fractions
            kind = "other"
        elif (per := _PER_MEASURE.match(text, unit_end, unit_end + 60)) is not None \
                and any(strip_accents(word) in w["measures"] for word in _WORD_SPLIT.split(per.group("m").lower())):
            # `0,9 particule de microplastique par mètre cube`, `0.9 particles per cubic metre`: a concentration (but
            # `40 000 passagers par jour`)
            kind = "other"
        if kind == "duration" and qualifier == "over" and not _FOR_BEFORE.search(text, max(0, start - 10), start):
            # `$42 million over three years`: over a period is during it (but `for over 10 years`)
            start, qualifier = _OVER.match(text, start).end(), None
        return _Figure(start, unit_end, _number(value), unit, kind, None, qualifier)

    def _named_currency(self, end: int, unit: str, unit_end: int) -> tuple[str, str | None] | None:
        """(unit, ISO 4217) when only capitalised words stand between a number ending at `end` and the currency word
        `unit` ending at `unit_end`: its country, named first in English (`Kenyan shillings`, `US dollars`, `Hong Kong
        dollars`); the unit keeps them, as French keeps `dollars américains`."""
        named = self.text[end : unit_end - len(unit)].strip(_SPACE_CHARS)
        words = _WORD_SPLIT.split(named)
        if not named or len(words) > 2 or not all(x[:1].isupper() and x.replace(".", "").isalpha() for x in words):
            return None
        entry = self.words["currencies"][unit.lower()]
        if not isinstance(entry, dict):
            return f"{named} {unit}", entry  # `Nigerian naira`: the word names one currency
        letters = named.replace(".", "")
        country = letters if len(letters) == 2 and letters.isupper() else country_code(named)
        if country is None and len(words) == 1:
            country = _country_of_nationality(named.lower())
        if country is None:
            return f"{named} {unit}", self._currency(unit, end)  # `Swiss francs`: the page's country settles it
        # (a code opens on its country's: `Kenyan shillings` are KES, the word's first currency; `Liberian dollars`,
        # which the lexicon does not list, no code rather than USD)
        default = entry.get("default") or ""
        return f"{named} {unit}", entry.get(country) or (default if default[:2] == country else None)

    def _alert_level(self, s: int) -> bool:
        """Whether an alert or a warning stands a few words before the number at `s` (see `_ALERT_LEVEL`), or the number
        is a state's level (`_IN_PHASE`)."""
        if _ALERT_LEVEL.search(self.text, max(0, s - 60), s) is not None:
            return True
        phase = _IN_PHASE.search(self.text, max(0, s - 24), s)
        # a population's state, not a project's stage (`le projet entre en phase 2`): counted people before it in its
        # sentence, the framework's name, or an open bound after it (`en phase 3 ou plus`)
        return phase is not None and (
            _PHASE_OF_COUNT.search(self.text, max(0, phase.start() - 80), phase.start()) is not None
            or "IPC" in phase.group() or _PHASE_OPEN.match(self.text, s, s + 24) is not None
        )

    def _english_scale(self, e: int) -> regex.Match[str] | None:
        """The short scale glued to an English number before a plural noun (`1.2m people`, `2bn dollars`), else None."""
        if self.text[e : e + 1] not in ("m", "b", "k") or self._paragraph_language(e) != "en":
            return None
        short = _CURRENCY_SCALE.match(self.text, e)
        after = _SPACED_WORD.match(self.text, short.end()) if short is not None else None
        word = after.group("w") if after is not None else ""
        if word.islower() and (_plural_en(word) or word in _IRREGULAR_PLURALS) and word not in self.words["measures"]:
            return short
        return None

    def _listed_with_things(self, end: int) -> bool:
        """Whether the noun ending at `end` heads a list of other nouns (`4 800 livres, films et jeux`): a measure is not
        listed beside things, so the number counts them all (Canadian books, not pounds)."""
        listed = _LISTED_NOUNS.match(self.text, end, end + 200)
        if listed is None:
            return False
        w = self.words
        return all(n.lower() not in w["not_units"] and n.lower() not in w["measures"] and n.lower() not in w["adjectives"]
                   for n in listed.captures("n"))

    def _points_measure(self, end: int, value: Decimal) -> bool:
        """Whether `points` ending at `end` are percentage points (`un recul de 2,8 points.`, `3 points de
        pourcentage`, `5 points en un an`), not things (`64 points d'eau`, `12 points focaux`, a driving licence's
        `capital de 12 points`)."""
        after = _POINTS_AFTER.match(self.text, end, end + 40)
        if after is not None and after.group("of") and not _MORE_OR_LESS.match(self.text, after.end(), after.end() + 8):
            return after.group("what") is not None  # `de pourcentage`, but `d'eau`, `de vente`
        # (`13 points de plus`: a comparison, of whatever the points are; the line says whether a rate's)
        if after is not None and after.group("w") and after.group("w").lower() not in self.words["not_units"]:
            return False  # `12 points focaux`
        # punctuation, the end of the line or a function word after them (`5 points en un an`, `2 points sur 20`):
        # points of a rate or an index have a fraction, or their paragraph names the rate, the index or a percent
        if value != value.to_integral_value():
            return True
        line_start = self.text.rfind("\n", 0, end) + 1
        line_end = self.text.find("\n", end)
        return _patterns()["rate"].search(self.text, line_start, line_end if line_end >= 0 else len(self.text)) is not None

    def _per_unit(self, unit: str, end: int) -> tuple[str, int]:
        """A unit symbol and the rate written on it, if any: `m³` + `/s`."""
        per = _PER_UNIT.match(self.text, end)
        return (unit + per.group(), per.end()) if per else (unit, end)

    def _unit_noun(
        self, pos: int, value: Decimal | float | int, spaced: bool = True, adjectives: int = 2
    ) -> tuple[str, int] | None:
        """The noun a number counts, skipping up to two adjectives: `sept anciennes victimes`."""
        if self._language_at(pos) == "en":
            return self._unit_noun_en(pos, spaced, value)
        text = self.text
        w = self.words
        m = (_SPACED_WORD if spaced else _NEXT_WORD).match(text, pos)
        if m is None:
            return None
        word = m.group("w")
        lower = word.lower()
        if text[m.end() : m.end() + 1] in ("'", "’"):
            return None  # an elided word: `d'`, `l'`, `qu'`
        if lower in w["not_units"] and (lower in w["measures"] or lower in w["durations"]) and word.islower():
            return word, m.end()  # a symbol spelt like an elided word: `1,5 t de semences`, `300 l`, `7 j/7`
        if lower in w["not_units"] or lower in _MONTHS:
            return None  # a function word, or a month (`31 février 2023` is an impossible date, not 31 Februaries)
        if word[0].isupper() and not (word.isupper() and len(word) > 1) and not _DEMONYM.fullmatch(word) \
                and word not in w["capitalised_units"] and not (len(word) > 1 and lower in w["measures"]):  # (`98,5 MHz`)
            if not self._line(pos).upper and (spaced or word[-1:] not in ("s", "x") or not word[1:].islower()
                                               or region_of_place(word) is not None):
                # a capitalised word after a number starts a name or a sentence (not `Sénégalais`); but a scale's `de`
                # takes a plural noun, a people's name when not a place's (`un million de Rohingyas`, not `de Bruxelles`)
                return None
        if _is_nationality(word):
            return None  # `dont 11 belges`: the noun was named before
        if lower in w["adjectives"]:
            after = self._unit_noun(m.end(), value, True, adjectives - 1) if adjectives else None
            if after is not None and after[0].lower() not in w["adjectives"]:
                if lower in w["person_nouns"] and self._participle_after(m.end(), after):
                    return word, m.end()  # `500 jeunes formés aux métiers`: the adjective is the noun
                if lower in w["person_nouns"] and after[0][:1].isupper() and _DEMONYM.fullmatch(after[0]):
                    return word, m.end()  # `16 jeunes Zambiens`: the noun, which the demonym qualifies (as `belges`)
                return after  # `six prochains mois`, `32 autres victimes`
            conj = _SPACED_WORD.match(text, m.end(), m.end() + 4) if adjectives else None
            if conj is not None and conj.group("w").lower() in ("et", "ou") and lower not in w["person_nouns"]:
                # `14 petites et moyennes entreprises`: two adjectives joined, then the noun they qualify
                other = _SPACED_WORD.match(text, conj.end())
                after = self._unit_noun(other.end(), value, True, 0) if other and other.group("w").islower() else None
                if after is not None and after[0].lower() not in w["adjectives"]:
                    return after
            nation = _SPACED_WORD.match(text, m.end(), m.end() + 45)
            if nation is not None and lower not in _ELLIPTIC_ADJECTIVES and _is_nationality(nation.group("w")):
                return word, m.end()  # `34 premières belges`: the first word is the noun the nationality qualifies
            return (word, m.end()) if lower in w["person_nouns"] else None  # `20 jeunes`
        if _PARTICIPLE.fullmatch(lower) and lower not in w["person_nouns"] and lower not in _PEOPLE_PARTICIPLES \
                and _ELIDED_NOUN_BEFORE.search(text, max(0, pos - 80), pos):
            return None  # `9 buts marqués, 2 encaissés`: the noun of `2` is elided (`buts`)
        if _is_verb(lower, value) or (
            _singular_after_plural(word, value) and lower not in w["measures"] and lower not in w["durations"]
            and self._paragraph_language(pos) == "fr"  # (an English version on the page: `45,000 children`)
        ):
            return None  # `26 ont été`, `3 vivent`, `2025 requiert`
        end = m.end()
        # `1 800 poids lourds`, `40 pommes de terre`: one noun (looked for after a compound's first word only)
        for _ in range(2 if lower in w["compound_heads"] else 0):
            nxt = _SPACED_WORD.match(text, end, end + 20)
            if nxt is None:
                break
            end = nxt.end()
            if " ".join(_WORD_SPLIT.split(text[m.start("w") : end].lower())) in w["compound_units"]:
                return text[m.start("w") : end], end
        return word, m.end()

    def _participle_after(self, pos: int, after: tuple[str, int]) -> bool:
        """Whether the word right after `pos` (the `after` a unit search found) is a participle qualifying
        what was named before it, not a noun: one of the participles never counted (`recensés`, `issus`),
        or a word ending as a participle does followed by its complement (`formés aux métiers`, `pris en
        charge`); a person noun (`déplacés`, `réfugiés`) and a word with nothing after it (`300 jeunes
        diplômés ont`) stay nouns."""
        nxt = _SPACED_WORD.match(self.text, pos)
        if nxt is None or nxt.end() != after[1]:
            return False
        lower = nxt.group("w").lower()
        if lower in _ELLIPTIC_ADJECTIVES:
            return True
        return bool(
            _PARTICIPLE.fullmatch(lower) and lower not in self.words["person_nouns"]
            and _COMPLEMENT_AFTER.match(self.text, nxt.end())
        )

    def _unit_noun_en(self, pos: int, spaced: bool, value: Any = None) -> tuple[str, int] | None:
        """English puts the head last: `1,000 local farming families` counts `families`, `4.1 million
        inhabitants still receive` counts `inhabitants` (a plural noun ends the phrase before a word that
        is not one), `50,000 cubic metres` is one measure, and `600,000 more Yaoundé residents` counts
        `residents` (`more` and a name before a plural noun qualify it)."""
        w = self.words
        text = self.text
        head = None
        before: tuple[int, str] | None = None  # the word before the current one: (start, lower)
        names = 0  # capitalised words read before the head, which must then be a plural noun
        year_like = isinstance(value, (int, Decimal)) and 1800 <= value <= 2100
        for i in range(4):
            m = (_SPACED_WORD if spaced or i else _NEXT_WORD).match(text, pos)
            if m is None:
                break
            word = m.group("w")
            lower = word.lower()
            if i == 0 and lower in _EN_MORE and _SPACED_WORD.match(text, m.end()) \
                    and _SPACED_WORD.match(text, m.end()).group("w").lower() not in w["english_not_units"]:
                pos = m.end()  # `600,000 more residents` (but `5 more than`, `2 more of them`)
                continue
            # (`12 Member States`; `2 million TEUs`: a plural acronym is a noun; `900,000 TEU`: a unit's symbol)
            capital = word[0].isupper() and word not in w["capitalised_units"] and not _PLURAL_ACRONYM.fullmatch(word) \
                and not (word.isupper() and lower in w["measures"])
            if capital and head is None and names < 2 and not year_like \
                    and lower not in w["english_not_units"] and lower not in _MONTHS:
                names += 1  # maybe a name before the noun: `3 Ebola cases`, `300 Red Cross volunteers`
                pos = m.end()
                if text[pos : pos + 1].isspace():
                    continue
                break
            if lower in ("and", "or") and head is not None and not _plural_en(head[0]) and value != 1 \
                    and before is not None and not any(before[1] in w[k] for k in ("person_nouns", "measures", "durations")):
                # `14 small and medium-sized suppliers`, `5 new or used trucks`: two adjectives joined,
                # then the plural noun they qualify
                adj = _SPACED_WORD.match(text, m.end())
                noun = _SPACED_WORD.match(text, adj.end()) if adj is not None else None
                if noun is not None and _plural_en(noun.group("w")) and all(
                    x.group("w").islower() and x.group("w") not in w["english_not_units"]
                    and x.group("w") not in w["english_verbs"] for x in (adj, noun)
                ):
                    return noun.group("w"), noun.end()
            if lower in w["english_not_units"] or lower in w["english_verbs"] or capital:
                break
            if lower.endswith("ed") and head is not None and _plural_en(head[0]):
                break  # `50 people died`: a verb after the noun (after an adjective, a participle qualifying the
                # noun to come: `41 marine protected areas`)
            if head is not None and _plural_en(head[0]) and not _plural_en(word):
                break  # `4.1 million inhabitants still`, `3 trucks carrying`: the noun ended the phrase
            if text[m.end() : m.end() + 1] in ("'", "’"):
                break
            head = (word, m.end())
            if lower in w["measures"] and before is not None and f"{before[1]} {lower}" in w["measures"]:
                head = (text[before[0] : m.end()], m.end())  # `cubic metres`, `square kilometres`
            before = (m.start("w"), lower)
            pos = m.end()
            if lower in w["durations"] or lower in w["measures"] or lower in w["currencies"]:
                break
            nxt = text[m.end() : m.end() + 1]
            if nxt and not nxt.isspace():
                break  # punctuation ends the noun phrase
        if names and (head is None or not _plural_en(head[0])):
            return None  # `40 UN staff`, `in 2020 Paris`: a name, not the noun counted
        if head is not None and isinstance(value, (int, Decimal)) and value == int(value) and value != 1 \
                and not _plural_en(head[0]) and " " not in head[0] \
                and head[0].islower() and not any(head[0] in w[k] for k in (
                    "measures", "currencies", "english_invariant_nouns", "multipliers")) \
                and (head[0] not in w["durations"] or f"{head[0]}s" in w["durations"]):
            # `children under 5 account for 40 per cent`: a verb agrees with a whole number above one, a noun would
            # too (but `a 5.9 tremor`); a duration's word in the singular qualifies what follows (`the 2025 season`,
            # `a 5 year plan`), its symbol does not agree (`48 h`)
            return None
        return head

    def _is_age(self, start: int, unit: str, end: int | None = None) -> bool:
        """`âgés de 15 ans`, `enfants de moins de 5 ans`, `Ibrahim, 19 ans`, `les 15-24 ans`, `les plus de 60 ans`,
        `les 60 ans ou plus`, `l'âge médian est de 79 ans`: an age, not a duration (`end`: where the unit ends)."""
        window = self.text[max(0, start - 60) : start]
        if unit in ("years", "months"):
            # `aged 15 to 24 years`, and the end of a range whose first end is an age (`aged 6 months to 14 years`)
            return _AGED_RANGE_EN.search(window) is not None or _AGED_EN.search(window) is not None or any(
                f.end <= start and start - f.end <= 6 and f.kind == "age" and _RANGE_GAP.fullmatch(self.text, f.end, start)
                for f in self.figures[-3:]
            ) or _AGE_IS.search(self.text, max(0, start - 90), start) is not None
        if unit not in ("ans", "an", "mois", "semaines", "jours", "années"):
            return False
        if end is not None and _SPAN_AFTER.match(self.text, end, end + 14):
            return False  # `près de quatre ans après le début de la guerre`: a span of time from an event, never an age
        if unit == "ans" and (_AGE_CLASS.search(window) or (
            (_BOUND.match(self.text, start) or (end is not None and _OPEN_BOUND.match(self.text, end, end + 12)))
            and _GROUP_ARTICLE.search(window)
        ) or (end is not None and _OPEN_BOUND.match(self.text, end, end + 12) and _PEOPLE_OF.search(window))):
            return True
        if _AGE_IS.search(self.text, max(0, start - 90), start) is not None \
                or unit in ("ans", "an", "mois") and _AGE_SET.search(self.text, max(0, start - 90), start) is not None:
            return True
        if unit == "ans" and end is not None and _ANNIVERSARY_BEFORE.search(window) and _ANNIVERSARY_OF.match(self.text, end):
            return True
        if unit == "ans" and end is not None and _POSSESSIVE_BEFORE.search(window) and _OWN_YEARS_AFTER.match(self.text, end):
            return True  # `la plus élevée de ses 52 ans d'histoire`
        if unit == "ans" and _CELEBRATED_BEFORE.search(window):
            return True  # `le HCR fête ses 75 ans`: an anniversary one celebrates is an age (h184–h199 `les 30 ans de`)
        if unit in ("ans", "an") and end is not None and not _YEARS_OF.match(self.text, end, end + 30) \
                and not _SPAN_AFTER.match(self.text, end, end + 14) and (
            _FROM_AGE.search(window) or _AT_AGE.search(window) and _CLAUSE_COMMA.match(self.text, end, end + 4)
            or _BOUND_AHEAD.match(self.text, start) and _patterns()["person_before"].search(window)
        ):
            return True  # `dès 5 ans`, `à 17 ans, elle s'est mariée`, `les enfants jusqu'à 5 ans`
        if unit in ("ans", "an") and _HAS_YEARS.search(window) is not None \
                and not (end is not None and _YEARS_OF.match(self.text, end, end + 30)):
            return True
        if unit in ("ans", "an") and end is not None and not _YEARS_OF.match(self.text, end, end + 30) \
                and (app := _APPOSITION_OF.search(window)) is not None \
                and start - len(window) + app.start("comma") in self.person_ends:
            return True  # `Gulnara Toktogulova, éleveuse de 47 ans` (but `coordinatrice de 3 ans de travaux`)
        if end is not None and not _YEARS_OF.match(self.text, end, end + 30) \
                and (care := _INFANT_CARE.search(self.text, max(0, start - 90), start)) is not None \
                and (care.group("at") or care.group("feed") and _UNTIL.match(self.text, start)):
            return True  # `vaccinés à 9 mois`, `l'allaitement exclusif jusqu'à 6 mois` (but `à 3 mois d'intervalle`)
        if unit in ("mois", "semaines") and end is not None and _FROM_AGE.search(window) \
                and not _YEARS_OF.match(self.text, end, end + 30) and not _SPAN_AFTER.match(self.text, end, end + 14) \
                and any(f.kind == "age" and (f.unit or "").lower() == unit for f in self.figures):
            # `à partir de 24 mois` on a page that gives children's ages in months (`enfants de 6 à 59 mois`): an age
            # too, as `dès 5 ans` is (a page that tells no age in months: `dès 6 mois` may be a delay)
            return True
        before = _patterns()["age_before"].search(window)
        if before and end is not None and _EXPERIENCE_AFTER.match(self.text, end, end + 20):
            return False  # `des femmes de plus de 10 ans d'expérience`: what they have done that long, not their age
        if before:
            # `enfants de 6 mois`: a person noun and `de` make an age in any unit; after a name and a comma
            # (`En Ukraine, 6 mois plus tard`) months and weeks need `âgés`
            return unit in ("ans", "an") or bool(_AGE_WORD.search(window)) or before.group("of") is not None
        # the second end of a range whose first end is an age: `âgés de 6 mois à 14 ans` (joined by `à`, `-`, `et`:
        # not `de 6 mois à 14 ans en 12 jours`, a duration after the age)
        for f in reversed(self.figures[-3:]):
            if f.end <= start and start - f.end <= 6 and f.kind == "age" and _RANGE_GAP.fullmatch(self.text, f.end, start):
                return True
        return _patterns()["age_range_before"].search(window) is not None

    def _currency(self, word: str, pos: int | None = None) -> str | None:
        """ISO 4217 for a currency word or symbol at `pos`, settled by the page's country when it depends
        on it, else by a code the page writes, else by the nearest country or city named before `pos`."""
        key = " ".join(_WORD_SPLIT.split(word.lower()))
        entry = self.words["currencies"].get(key)
        if entry is None:
            entry = self.words["currencies"].get(key.replace(" ", ""))
        if entry is None and word in _currency_codes():
            return word  # `KES`
        if entry is None and word in self.words["letter_symbols"]:
            return self.words["letter_symbols"][word].get(self.country or "")  # `K50` in Lusaka
        if isinstance(entry, dict):
            if self.country is not None:
                code = entry.get(self.country, entry.get("default"))
                if code is not None:
                    return code
                # the page's country does not use the word (`15 000 dirhams` on a page from Niger): the story's place says whose
            else:
                # no country to settle it: a code the page writes beside an amount (`CHF 96,3 millions`
                # makes its `francs` Swiss), when only one of the word's currencies is written so
                written = {c for c in entry.values() if c} & self.written_codes
                if len(written) == 1:
                    return written.pop()
            # a listing's stories each have their country: `Cameroun : ... 5 200 francs CFA à Douala`
            if pos is not None and key in self.words["currencies_by_place"]:
                return entry.get(self._place_before(pos) or "", entry.get("default"))
            return entry.get("default")
        return entry

    def _place_before(self, pos: int) -> str | None:
        """The country of the nearest place named in the `_PLACE_REACH` characters before `pos` (a country
        or a city the geography knows: `Douala` → CM), else None."""
        marks = self.place_marks
        i = bisect.bisect_left(marks, (pos,)) - 1
        while i >= 0 and marks[i][1] > pos:
            i -= 1  # (a name that ends past `pos`)
        if i >= 0 and pos - marks[i][0] <= _PLACE_REACH:
            return marks[i][2]
        return None

    @cached_property
    def place_marks(self) -> list[tuple[int, int, str]]:
        """(start, end, country) of every capitalised word the geography knows as a place, in text order:
        read once, for the first amount whose currency word depends on the story's country."""
        codes: dict[str, str | None] = {}
        marks = []
        for m in _PLACE_NAME.finditer(self.text):
            word = m.group()
            if word not in codes:
                codes[word] = region_of_place(word)
            if codes[word] is not None:
                marks.append((m.start(), m.end(), codes[word]))
        return marks

    def _nation(self, unit: str, pos: int) -> tuple[int, str | None] | None:
        """(end, ISO 4217) when a country's name or nationality completes the currency word `unit` that
        ends at `pos` (`francs Djibouti`, `francs djiboutiens`, `dinars jordaniens`), else None. Several
        countries name their money with the same word, so that word's entry by country gives the code."""
        entry = self.words["currencies"].get(" ".join(_WORD_SPLIT.split(unit.lower())))
        if entry is None or not unit.isalpha() or unit.isupper():
            return None  # a symbol or code (`$`, `KES`), a name already whole (`francs CFA`), or no currency word
        m = _NATION_AFTER.match(self.text, pos, pos + 34)
        if m is None:
            return None
        word = m.group("w")
        if not isinstance(entry, dict):
            # one currency whatever the country: the nationality only completes its name (`yens japonais`)
            return (m.end(), entry) if _is_nationality(word) else None
        country = country_code(word) if word[0].isupper() else None
        if country is None and word.islower():
            country = _country_of_nationality(word)
        if country is None:
            return None
        return m.end(), entry.get(country, entry.get("default"))

    # -- number words -----------------------------------------------------------------------------
    def _number_words(self) -> None:
        text = self.text
        pats = _patterns()
        bounds: list[_Figure] = []  # bare number words that may start a range
        for m in self.number_word_matches:
            s, e = m.span("nw")
            words = _WORD_SPLIT.split(m.group("nw"))
            after_scale = len(words) > 1 and words[0].lower() in _SCALE_WORDS
            if after_scale:
                # `9 milliards cinq ans plus tôt`: the scale closes the numeral before, a small number follows it
                # (not `3 millions cinq cent mille`, the rest of one amount)
                s = _NEXT_WORD_START.search(text, s + len(words[0]), e).start()
                words = words[1:]
            if not self._free(s, e):
                continue
            value = None
            while words:  # the longest prefix that reads as one number (`deux cinq` is two numbers)
                try:
                    value = text2num(" ".join(words).lower(), self._language_at(s))
                    break
                except (ValueError, AssertionError, KeyError):
                    words = words[:-1]
            if value is None or after_scale and value >= 1000:
                continue
            e = s + len(" ".join(words)) if len(words) < len(_WORD_SPLIT.split(text[s:e])) else e
            first = words[0].lower()
            if first in ("hundred", "thousand", "million", "billion", "trillion") and self._language_at(s) == "en" \
                    and (article := _A_BEFORE.search(text, max(0, s - 4), s)) is not None:
                s = article.start()  # `a billion people`: the article is the number one
            elif first in ("millions", "milliards", "billions", "million", "milliard", "billion", "trillion", "trillions",
                           "cents", "thousands", "hundreds"):
                # `des millions d'enfants`: many, not a number; a scale word alone is the tail of a numeral not read
                # as a figure (`R4.6 billion` where the rand is not paid), no billion of its own
                continue
            scaled = pats["approx"].match(text, e) or self._fraction_after(e) or _MULTIPLIER.match(text, e)
            if len(words) == 1 and first in ("un", "une") and scaled is None:
                continue  # an article: `un projet`
            if text[e : e + 1] == "-" or (s > 0 and text[s - 1] == "-"):
                continue  # a name: `Trois-Rivières`
            prev_word = _PREV_WORD.search(text, max(0, s - 44), s)
            pw = prev_word.group("w").lower() if prev_word else ""
            number_set = _NUMBER_SET_AFTER.match(text, e) is not None
            if first == "neuf" and len(words) == 1 and pw in ("tout", "flambant", "à", "de", "remis", "remise", "quoi") \
                    and (pw in ("tout", "flambant") or not (self._unit_word_after(e) or number_set
                                                            or pw == "de" and _PLURAL_NOUN_AFTER.match(text, e))):
                # `flambant neuf`, `remis à neuf`: new, not nine (but `plus de neuf ans`, `un conseil de neuf membres`:
                # a unit or a plural noun follows nine)
                continue
            if pw == "pour" and first.startswith("cent"):
                continue  # `pour cent` belongs to the percentage before it
            start, qualifier, currency_before = self._lead(s)
            big = words[-1].lower().rstrip("s") in ("million", "milliard", "billion", "trillion", "mille", "thousand")
            fig = self._tail(Decimal(value), start, e, qualifier, currency_before, scaled=big)
            whole_of = self._out_of(s)
            if whole_of is not None and whole_of.unit is not None and whole_of.value == value and fig.end == e:
                # `sept jours sur sept`, as `24 h sur 24`: the same number after `sur` says "all of them"
                self._mark(self.taken, whole_of.end, e)
                del self.ends[whole_of.end]
                whole_of.end = e
                self.ends[e] = whole_of
                continue
            partitive = pw == "dont" or _PARTITIVE_AFTER.match(text, e) is not None or number_set \
                or (value > 1 and _PART_OF_NUMBER.match(text, e, min(len(text), e + 30)) is not None) or (
                pw not in self.words["not_units"] and _EN_CLITIC.search(text, max(0, s - 50), s) is not None
            ) or whole_of is not None
            # `children under five`, `girls aged twelve`: an English age in words (`_bare_ages` reads its kind)
            partitive = partitive or (self._language_at(s) == "en" and (
                _AGED_EN.search(text, max(0, s - 20), s) is not None
                or (qualifier in ("under", "over", "below", "above") and _CHILDREN_EN.search(text, max(0, start - 20), start))
            ))
            if fig.unit is None and fig.kind == "count" and fig.end == e and not big and not partitive \
                    and not self._written_quantity(m.group("nw"), words, value, s):
                if _RANGE_GAP.match(text, e):
                    bounds.append(fig)  # `de six à huit semaines`: the first bound, if a figure follows
                continue  # `les deux`, `l'un des trois`: too little to be a figure (but `dont six`, `cinq d'entre eux`)
            if self._free(fig.start, fig.end):
                self._add(fig)
        starts = {f.start: f for f in self.figures}
        for fig in bounds:
            second = starts.get(_RANGE_GAP.match(text, fig.end).end())  # (the gap matched before)
            if second is not None and second.unit is not None and self._free(fig.start, fig.end):
                self._add(fig)  # its kind is the second's (`_share_units`)

    def _fraction_after(self, e: int) -> regex.Match[str] | None:
        """The fraction word after a number word ending at `e` (`un cinquième des`, `deux tiers`), else None: not an
        ordinal's form before the noun it ranks (`une cinquième délégation`, `a fifth round`), which a fraction, a
        noun, never precedes."""
        frac = _patterns()["fraction"].match(self.text, e)
        if frac is None or not frac.group("f").lower().endswith(("ième", "ieme", "fth", "nth")):
            return frac
        after = _NEXT_WORD.match(self.text, frac.end(), frac.end() + 45)
        word = after.group("w").lower() if after is not None and after.start("w") > frac.end() else ""
        w = self.words
        if word and word not in w["not_units"] and word not in w["english_not_units"]:
            return None
        return frac

    def _noun_after(self, e: int) -> bool:
        """Whether a word that is no function word follows `e` (`12 pays`: what the number counts)."""
        after = _SPACED_WORD.match(self.text, e, e + 45)
        return after is not None and after.group("w").lower() not in self.words["not_units"]

    def _unit_word_after(self, e: int) -> bool:
        """Whether the word after `e` is a duration, a measure or a person noun: what a number counts, never what
        the adjective `neuf` follows (`de neuf ans`, but `habillé de neuf`)."""
        after = _SPACED_WORD.match(self.text, e, e + 45)
        word = after.group("w").lower() if after is not None else ""
        w = self.words
        return word in w["durations"] or word in w["measures"] or word in w["person_nouns"]

    def _glued_currency(self, e: int) -> bool:
        """A currency written in capitals glued to the number ending at `e` (`5000FCFA`, `10.000F CFA`): an amount,
        not a code such as `5G` (no currency word is one letter)."""
        m = _patterns()["currency"].match(self.text, e, min(len(self.text), e + 12))
        return m is not None and len(m.group("c").replace(" ", "")) >= 3 and m.group("c").isupper()

    def _written_quantity(self, raw: str, words: list[str], value: int, s: int) -> bool:
        """A number word compounded of several (`trois cent cinquante`, `vingt-trois`) names a precise quantity
        even with no noun after it (`Un quart des élèves, trois cent cinquante au total`), where a simple one is
        a pronoun or an idiom (`les deux`, `mille fois`); not a capitalised name inside a sentence (`les
        Vingt-Sept`)."""
        if value < 11 or not (len(words) >= 2 or "-" in raw):
            return False
        if raw[0].isupper():
            before = self.text[max(0, s - 3) : s].rstrip(_SPACE_CHARS)
            return not before or before[-1] in ".!?:\n«"
        return True

    def _paragraph_language(self, pos: int) -> str:
        """The language of the paragraph holding `pos` as the language stage found it, else the page's."""
        spans = self.doc.paragraph_languages
        i = bisect.bisect_right(spans, (pos, len(self.text) + 1)) - 1
        if i >= 0 and spans[i][0] <= pos <= spans[i][1]:
            return spans[i][2]
        return self.lang

    def _proportions(self) -> None:
        """`un sur cinq`, `près d’un sur cinq`, `1 in 4 children`, `nearly one in five`: a proportion is one figure,
        the fraction, kind other, unit null, text from the qualifier to the whole (not `un sur cinq ans`: a time)."""
        text = self.text
        for m in self._proportion_matches():
            part = _PROPORTION_WORDS[m.group("fr").lower()] if m.group("fr") else _proportion_number(m.group("n"))
            whole = _proportion_number(m.group("d"))
            after = _SPACED_WORD.match(text, m.end())
            d = m.group("d").lower()
            if not 0 < part < whole or (d.isalpha() and d not in _WHOLES["fr" if m.group("fr") else "en"]) \
                    or (after is not None and after.group("w").lower() in self.words["durations"]):
                continue  # (a whole in words in the part's language: `une sur two` is no proportion)
            if self._free(m.start(), m.end()):
                start, qualifier, _ = self._lead(m.start())
                self._add(_Figure(start, m.end(), round(part / whole, 4), None, "other", None, qualifier))
        for m in self._proportion_matches(_PROPORTION_ELLIPTIC_HEAD, _PROPORTION_ELLIPTIC, (" sur ",)):
            part, whole = _proportion_number(m.group("n")), _proportion_number(m.group("d"))
            if 0 < part < whole and self._free(m.start(), m.end()):
                start, qualifier, _ = self._lead(m.start())
                self._add(_Figure(start, m.end(), round(part / whole, 4), None, "other", None, qualifier))
        for m in self._proportion_matches(_CYCLE_SHARE_HEAD, _CYCLE_SHARE, (" sur ",)):
            d = m.group("d").lower()
            part, whole = _proportion_number(m.group("n")), int(_CYCLE_NUMBERS.get(d, d))
            after = _SPACED_WORD.match(text, m.end())
            if after is not None and after.group("w").lower() in self.words["durations"]:
                continue  # `2 jours sur 7 semaines`: the whole counts a period of its own, no cycle
            if whole == _CYCLE_WHOLES[m.group("w").lower()] and 0 < part < whole and self._free(m.start(), m.end()):
                start, qualifier, _ = self._lead(m.start())
                self._add(_Figure(start, m.end(), round(part / whole, 4), None, "other", None, qualifier))
        w = self.words
        for m in self._proportion_matches(_PROPORTION_NOUN_HEAD, _PROPORTION_NOUN, (" sur ",)):
            part, whole, noun = _proportion_number(m.group("n")), _proportion_number(m.group("d")), m.group("w").lower()
            after = _SPACED_WORD.match(self.text, m.end())
            later = after.group("w") if after is not None else ""
            if not 0 < part < whole or noun in w["durations"] or noun in w["measures"] or noun in w["currencies"] \
                    or noun in w["not_units"] or noun in ("fois", "times") or (part > 1 and noun[-1] not in "sx") \
                    or (m.group("a") or "").lower() in w["not_units"] \
                    or later[:1].islower() and later[-1] in "sx" and not _PARTICIPLE.fullmatch(later) \
                    and later.lower() not in w["not_units"]:
                # (`deux jours sur trois`: a length of time and a count; `un pont sur deux rivières`: the whole
                # counts its own noun; `un candidat sur trois admis` ends on a participle, `1 habitant sur 4 sans
                # emploi` on a preposition, no noun)
                continue
            if self._free(m.start(), m.end()):
                start, qualifier, _ = self._lead(m.start())
                self._add(_Figure(start, m.end(), round(part / whole, 4), None, "other", None, qualifier))

    def _proportion_matches(
        self, head_pattern: regex.Pattern[str] = _PROPORTION_HEAD, pattern: regex.Pattern[str] = _PROPORTION,
        gaps: tuple[str, ...] = (" sur ", " in "),
    ) -> list[regex.Match[str]]:
        """`list(pattern.finditer(text))`, the pattern tried only before a ` sur ` or an ` in ` (found by
        `str.find`) and at the start of the number (or number and noun) that ends there."""
        text, lower = self.text, self.lower
        if lower is None:
            return list(pattern.finditer(text))
        reach = 8 if head_pattern is _PROPORTION_HEAD else 48
        out = []
        for gap in gaps:
            i = lower.find(gap)
            while i >= 0:
                head = head_pattern.search(text, max(0, i - reach), i + 1)
                if head is not None and (m := pattern.match(text, head.start())) is not None:
                    out.append(m)
                i = lower.find(gap, i + 1)
        return sorted(out, key=lambda m: m.start())

    def _out_of(self, s: int) -> _Figure | None:
        """The figure a number at `s` is the whole of, after `sur` (`deux jours sur trois`, `27 districts sur
        38`), else None."""
        m = _OUT_OF.search(self.text, max(0, s - 12), s)
        return self.ends.get(m.start()) if m is not None else None

    def _hyphenated_units(self) -> None:
        """`a three-year project`, `a ten-kilometre walk`: a number word hyphenated to its unit makes one
        adjective, a duration or a measure (`Trois-Rivières`, `deux-roues` name things: their second word
        is no unit). Read in both languages, whatever the page's: a French page may quote an English
        passage (`The three-year project`), and the unit after the hyphen makes it safe."""
        w = self.words
        for lang, pattern in _NUMBER_WORD_UNIT.items():
            for m in pattern.finditer(self.text):
                unit = m.group("u")
                if unit not in w["durations"] and unit not in w["measures"]:
                    continue
                try:
                    value = text2num(m.group("nw").lower(), lang)
                except (ValueError, AssertionError, KeyError):
                    continue
                if self._free(m.start(), m.end()):
                    kind = ("age" if m.group("old") else "duration") if unit in w["durations"] else "other"
                    self._add(_Figure(m.start(), m.end(), value, unit, kind))

    def _share_of_millions(self) -> None:
        """`half a million people`, `a quarter of a million homes`, `un demi-million de personnes`: a share of a
        million or a billion is one number (read before the number words and the shares, which would take
        `three quarters` or `a quarter` alone)."""
        for m in _SHARE_OF_MILLION.finditer(self.text):
            share = (m.group("share") or m.group("demi")).lower()
            value = Decimal(_MILLION_SHARES[share.split()[0]]) * (10**9 if m.group("m").lower().startswith(("billion", "milliard")) else 10**6)
            start, qualifier, _ = self._lead(m.start())
            fig = self._tail(value, start, m.end(), qualifier, None, scaled=True)
            if self._free(fig.start, fig.end):
                self._add(fig)

    def _shares(self) -> None:
        """`plus de la moitié`, `a third of`: a share written without a number word."""
        for m in _SHARES[self.lang].finditer(self.text):
            if self._free(m.start(), m.end()):
                # `réduire de moitié`: the `de` is the verb's, not the share's (text `moitié`, as `d'un tiers` gives
                # `un tiers`, corpora/README h232–h247); a qualifier before it still leads (`de près de moitié`)
                lead = m.start("half") if m.group(0)[:2].lower() == "de" else m.start()
                start, qualifier, _ = self._lead(lead)
                if m.group("half"):
                    value = 0.5
                else:  # `a third`, `one-third`, `two thirds`
                    if not m.group("n") and _ORDINAL_USE.match(self.text, m.end(), m.end() + 30) \
                            and not _BY_BEFORE.search(self.text, max(0, m.start() - 24), m.start()):
                        continue  # `a third consecutive season`: the third one, not a share
                    value = round(_ENGLISH_UNITS[(m.group("n") or "one").lower()] / _PARTS[m.group("part").lower()], 4)
                self._add(_Figure(start, m.end(), value, None, "other", None, qualifier))

        if self.lang == "fr":
            self._article_shares()

    def _article_shares(self) -> None:
        """`le quart des captures`, `près du quart de la valeur`, `dont le quart`: a share with its definite article."""
        text = self.text
        for m in stem_matches(_SHARE_PART, text, self.lower, _SHARE_PART_STEMS):
            s, e = m.span()
            art = _SHARE_ARTICLE.search(text, max(0, s - 6), s)
            if art is None or not self._free(art.start(), e):
                continue
            article = art.group("art").lower()
            q = _CONTRACTED_QUALIFIER.search(text, max(0, art.start() - 12), art.start()) if article == "du" else None
            dont_end = q.start() if q is not None else art.start()  # (`dont près du tiers`: the part of the whole before)
            if not _SHARE_OF.match(text, e, e + 6) and not _DONT_BEFORE.search(text, max(0, dont_end - 8), dont_end):
                continue  # `le tiers payant`, `au quart`: no whole it is a part of
            start, qualifier, _ = self._lead(art.start())
            if article != "le":  # (the text holds `le quart` as `la moitié`, not the `du` of `près du quart`)
                start, qualifier = s, None
                if q is not None:
                    start, qualifier = q.start(), f"{_CONTRACTED_QUALIFIERS[strip_accents(q.group('q').lower())]} du"
            value = round(1 / self.words["fractions"][m.group("fpart").lower()], 4)
            self._add(_Figure(start, e, value, None, "other", None, qualifier))

    def _halves(self) -> None:
        """`deux ans et demi` is 2.5 years, `un an et demi` 1.5 (a unit of time or measure, `et demi` after it)."""
        for f in self.figures:
            if f.unit is not None and isinstance(f.value, int) and f.kind in ("duration", "age", "other") \
                    and (half := _AND_A_HALF.match(self.text, f.end, f.end + 12)) is not None and self._free(f.end, half.end()):
                self.ends.pop(f.end, None)
                f.value, f.end = f.value + 0.5, half.end()
                self.ends[f.end] = f
                self._mark(self.taken, f.start, f.end)
        for m in _ONE_AND_A_HALF.finditer(self.text):
            unit = m.group("u")
            if self._free(m.start(), m.end()):
                kind = "age" if self._is_age(m.start(), unit.lower(), m.end("u")) else "duration"
                self._add(_Figure(m.start(), m.end(), 1.5, unit, kind))

    def _roman_ordinals(self) -> None:
        """`le XIIe siècle`: the century's number, an ordinal."""
        for m in _ROMAN_ORDINAL.finditer(self.text):
            value = _roman(m.group("r"))
            if value and self._free(m.start(), m.end()):
                self._add(_Figure(m.start(), m.end(), value, None, "ordinal"))

    def _range_years(self) -> None:
        """`entre le 1er janvier et le 30 juin 2025`, `du 17 novembre au 19 décembre 2025`: a date without
        its year takes the year of the date that closes its range."""
        figs = sorted(self.figures, key=lambda f: f.start)
        for a, b in zip(figs, figs[1:]):
            if a.kind == b.kind == "date" and str(a.value).startswith("--") and len(str(b.value)) == 10 \
                    and not str(b.value).startswith("--") and _DATE_RANGE_GAP.fullmatch(self.text, a.end, b.start):
                year = int(str(b.value)[:4])
                if int(a.value[2:4]) > int(str(b.value)[5:7]):
                    year -= 1  # `du 20 décembre au 3 janvier 2026`: the range crosses the new year
                if _valid_day(year, int(a.value[2:4]), int(a.value[5:7])):
                    a.value = f"{year:04d}" + a.value[1:]

    def _years_by_context(self) -> None:
        """A date without its year takes the year the page gives it: the same text dated elsewhere (the title's
        `au 1er janvier` and the body's `du 1er janvier au 31 décembre 2026` are one date), or a period of one
        year that its sentence dates before it (`la saison 2025, qui s'est déroulée du 2 mai au 4 juillet`), or, for a
        date heading a line of a table or list (`Mardi 9 décembre  Hamramba ...  8 h – 14 h`), a dated range above it
        that covers it (`du lundi 8 au samedi 13 décembre 2025`)."""
        full = sorted((f for f in self.figures if f.kind == "date" and isinstance(f.value, str) and len(f.value) == 10
                       and f.value[0] != "-"), key=lambda f: f.start)
        dated = {self.text[f.start : f.end]: f.value for f in full}
        ranges = [(a, b) for a, b in zip(full, full[1:]) if _DATE_RANGE_GAP.fullmatch(self.text, a.end, b.start)]
        range_ends = [b.end for _, b in ranges]  # (in text order: the nearest ranges above a date are found by bisection)
        for f in self.figures:
            if f.kind != "date" or not str(f.value).startswith("--"):
                continue
            same = dated.get(self.text[f.start : f.end])
            if same is not None and same[4:] == f.value[1:]:
                f.value = same
                continue
            if ranges and f.start == self._line_start(f.start) and not self._line(f.start).stripped.endswith((".", "!", "?")):
                i = bisect.bisect_right(range_ends, f.start)
                above = [b for a, b in ranges[max(0, i - 3) : i] if a.value <= b.value[:4] + f.value[1:] <= b.value]
                if above:  # (the three nearest ranges above: a table sits under the sentence that dates it)
                    f.value = above[-1].value[:4] + f.value[1:]
                    continue
            clause = _DATED_CLAUSE.search(self.text, max(0, f.start - _DATED_CLAUSE_REACH), f.start)
            if clause is not None and _valid_day(int(clause.group("y")), int(f.value[2:4]), int(f.value[5:7])):
                f.value = clause.group("y") + f.value[1:]

    def _share_units(self) -> None:
        """`entre 18 et 22 millions d'euros`, `de 6 à 14 ans`: the first bound of a range is its bare number
        (unit None) with the kind, scale and currency of the second (18 → 18000000 EUR); a percent's first
        bound takes the sign too (`de 10 à 25 %` → 10 %: every percent has the unit `%`, corpora/README h200–h215)."""
        figs = sorted(self.figures, key=lambda f: f.start)
        for a, b in zip(figs, figs[1:]):
            if a.unit is None and a.kind == "count" and (b.unit is not None or b.kind == "money") \
                    and b.kind not in ("date", "year"):
                if b.qualifier is None and _RANGE_GAP.fullmatch(self.text, a.end, b.start):
                    a.kind, a.currency = b.kind, b.currency
                    self.kind_given.add(a.start)  # (`de 2,5 à 3,5 enfants`: the first bound counts them too)
                    if b.kind == "percent":
                        a.unit = b.unit
                    scale = self._scale(b)
                    if scale > 1 and isinstance(a.value, (int, float)) and self._scale(a) == 1 \
                            and _nearer_by_scale(a.value, scale, b.value):
                        a.value = _number(Decimal(str(a.value)) * scale)

    def _parts(self) -> None:
        """`27 millions d'euros pour la Guyane, dont 8 pour ...`: a bare number after `dont` is a part of the
        figure before it in its sentence, an amount, a count or a measure, and takes its kind, currency and, when it
        comes nearer by it, its scale (8 → 8000000 EUR; `120 cas, dont 12` stays 12). `deux jours sur trois`:
        a duration counted out of a whole is a frequency, a count."""
        text = self.text
        figs = sorted(self.figures, key=lambda f: f.start)
        for whole, f in zip(figs, figs[1:]):
            if f.unit is not None or f.kind != "count":
                continue  # (a qualifier may stand between: `dont près de 8`)
            if whole.kind == "duration" and self._out_of(f.start) is whole and f.value != whole.value:
                whole.kind = "count"  # `deux jours sur trois`: two days in three
                continue
            # (a part of a measure is a measure: `6 800 hectares ..., dont 2 300 dans le sud`)
            if not (whole.kind in ("money", "count") or (whole.kind == "other" and whole.unit is not None)) \
                    or not isinstance(f.value, (int, float)) \
                    or not isinstance(whole.value, (int, float)) or f.start - whole.end > _PART_REACH \
                    or _DONT_BEFORE.search(text, max(0, f.start - 8), f.start) is None \
                    or _SENTENCE_END.search(text, whole.end, f.start) is not None:
                continue
            f.kind, f.currency = whole.kind, whole.currency
            scale = self._scale(whole)
            if scale > 1 and self._scale(f) == 1 and _nearer_by_scale(f.value, scale, whole.value):
                f.value = _number(Decimal(str(f.value)) * scale)

    def _money_by_context(self) -> None:
        """`dont 45 millions`, `un déficit de 7,2 millions`: an amount in millions or billions without a
        currency word is money in the currency of its context when a noun of money stands right before
        it, or when the last amount in millions before it is money (`180 millions d'euros ..., dont 45
        millions`); after `281 millions de migrants`, `près de 87 millions` stays a count. A bare number of
        a hundred or more is money when the noun of money stands closer (`un loyer de 290 par mois`, `une
        amende pouvant aller jusqu'à 1 500`: a currency sign lost on the way), unless it counts part of a
        group (`l'aide de 300 des 500 partenaires`)."""
        last_scaled: _Figure | None = None  # the last figure written with a multiplier
        figures = sorted(self.figures, key=lambda f: f.start)
        priced = [f for f in figures if f.kind == "money" and f.currency]  # amounts whose currency is written
        # the page's amounts in millions with their currency word: the same amount without one, before
        # or after (a title's `débloque 48 millions` of the body's `48 millions de francs`), is that sum
        sums = {f.value: f.currency for f in reversed(figures) if f.kind == "money" and f.unit and self._scale(f) > 1}
        for f in figures:
            if f.kind in ("date", "year", "ordinal", "percent") or not isinstance(f.value, (int, float)):
                continue
            if self._scale(f) == 1:
                if f.unit is None and f.kind == "count" and f.value >= 100 and f.end == self._number_end(f) \
                        and not _PART_OF_AFTER.match(self.text, f.end, f.end + 12) \
                        and self._money_noun_before(f.start, _MONEY_REACH_BARE):
                    f.kind, f.currency = "money", self._code_in_label(f.start) or _nearest_currency(priced, f)
                continue
            if f.unit is None and f.kind == "count":
                if self._money_noun_before(f.start):
                    f.kind, f.currency = "money", self._code_in_label(f.start) or _nearest_currency(priced, f)
                elif last_scaled is not None and last_scaled.kind == "money" \
                        and f.start - last_scaled.end <= _MONEY_CONTEXT_REACH and not self._number_of_before(f.start):
                    f.kind, f.currency = "money", last_scaled.currency
                elif f.value in sums:
                    f.kind, f.currency = "money", sums[f.value]
            elif f.kind == "count" and f.unit is not None and f.unit.lower() in self.words["money_nouns"] \
                    and last_scaled is not None and last_scaled.kind == "money" \
                    and f.start - last_scaled.end <= _PART_REACH and self._paragraph_language(f.start) == "fr" \
                    and _DONT_BEFORE.search(self.text, max(0, f.start - 8), f.start):
                self._amount_of_money_noun(f, last_scaled.currency)
            last_scaled = f

    def _amount_of_money_noun(self, fig: _Figure, currency: str | None) -> None:
        """`CHF 4,8 millions, dont 1,9 million de subventions`: the part of a sum is a sum, so millions of a noun of
        money after `dont` are an amount in the sum's currency, the noun what the money is for (the figure ends on its
        scale word)."""
        scale = _MULTIPLIER.match(self.text, self._number_end(fig))
        if scale is None or _LINK.match(self.text, scale.end()) is None:
            return
        if self.ends.get(fig.end) is fig:
            del self.ends[fig.end]
        fig.end, fig.unit, fig.kind, fig.currency = scale.end(), None, "money", currency
        self.ends[fig.end] = fig

    def _measured_rows(self) -> None:
        """`Litres d'eau par personne et par jour : 11,5 (norme : 15)`: in a row of key figures whose label
        starts with a measure, the bare numbers after the label are measures (kind `other`), not counts."""
        for f in self.figures:
            if f.unit is not None or f.kind != "count":
                continue
            line_start = self._line_start(f.start)
            m = _ROW_LABEL.match(self.text, line_start, f.start)
            word = _ELISION.sub("", m.group("w")).lower() if m is not None else ""
            if len(word) > 2 and word in self.words["measures"]:  # (not `M. Dupont :`, `t`, `m`)
                f.kind = "other"

    def _number_end(self, fig: _Figure) -> int:
        """Where the numeral of `fig` ends (its span may also hold a qualifier before it)."""
        m = _NUMBER.search(self.text, fig.start, fig.end)
        return m.end() if m else fig.end

    def _code_in_label(self, start: int) -> str | None:
        """The currency code in brackets in the words just before `start`, on its line (`Budget requis (USD) :`)."""
        window = self.text[max(self._line_start(start), start - 80) : start]
        codes = [m.group("c") for m in _CODE_IN_BRACKETS.finditer(window) if m.group("c") in _currency_codes()]
        return codes[-1] if codes else None

    def _number_of_before(self, start: int) -> bool:
        """Whether the sentence before `start` says what it counts with `nombre` (`Le nombre de personnes déplacées
        a triplé pour atteindre environ 1,3 million`, `the number of refugees reached 2 million`): a count."""
        stretch = _SENTENCE_END.split(self.text[max(0, start - 160) : start])[-1]
        return _NUMBER_OF.search(stretch) is not None

    def _money_noun_before(self, start: int, reach: int = 5) -> bool:
        """Whether a noun of money stands among the few words of the sentence before `start` (`un déficit
        de`, `le budget atteint`, `Le coût est estimé à`, `Budget :`, `a loan of`), and no `nombre` (`le
        nombre de prêts atteint 3 millions` counts loans)."""
        window = _CODE_IN_BRACKETS.sub(" ", self.text[max(0, start - 80) : start])  # (`Budget requis (USD) :`)
        stretch = _SENTENCE_END.split(window)[-1]
        words = [_ELISION.sub("", w.strip(",:’'")).lower() for w in _WORD_SPLIT.split(stretch.strip())][-reach:]
        if any(w in ("nombre", "number") for w in words):
            return False
        return any(w in self.words["money_nouns"] for w in words)

    def _bare_ages(self) -> None:
        """`girls aged 15 to 19`, `children under 5`: English ages are bare numbers after `aged`, or after
        `under` or `over` following young people, and so is the range's end; in either language, a bare number
        that the noun `age` is given by its verb (`the average age of the founders is 27`); an English person's
        age between commas (`The minister, 54, said`)."""
        figs = sorted(self.figures, key=lambda f: f.start)
        english = self.lang == "en"
        for i, f in enumerate(figs):
            if f.unit is None and f.kind == "count" and (
                english and _AGED_EN.search(self.text, max(0, f.start - 20), f.start)
                or english and f.qualifier in ("under", "below", "over", "above")
                and _CHILDREN_EN.search(self.text, max(0, f.start - 20), f.start)
                or _AGE_IS.search(self.text, max(0, f.start - 90), f.start)
                or english and f.qualifier is None and isinstance(f.value, int) and 0 < f.value < 120
                and _NAMED_BEFORE_EN.search(self.text, max(0, f.start - 24), f.start)
                and _DESCRIBED_AFTER_EN.match(self.text, f.end, f.end + 16)
            ):
                f.kind = "age"
                nxt = figs[i + 1] if i + 1 < len(figs) else None
                if nxt is not None and nxt.unit is None and nxt.kind == "count" and _RANGE_GAP.fullmatch(self.text, f.end, nxt.start):
                    nxt.kind = "age"

    def _compared(self) -> None:
        """`en 105 jours au lieu de 130`: the bare number compared with a figure is of that figure's kind."""
        figs = sorted(self.figures, key=lambda f: f.start)
        for i in range(1, len(figs)):
            a, b = figs[i - 1], figs[i]
            gap = _COMPARISON_GAP.fullmatch(self.text, a.end, b.start)
            if gap is not None and gap.group("whole") and not _WHOLE_AFTER.match(self.text, b.end):
                gap = None  # `sur les 94` names a whole only when a clause says what it is of (`que compte ...`)
            if b.unit is None and b.kind == "count" and a.kind in ("date", "year") and i > 1 and gap is not None \
                    and _SAME_CLAUSE.fullmatch(self.text, figs[i - 2].end, a.start):
                # `14,6 microgrammes par litre en 2024, contre 89,5`: the year dates the figure compared
                a = figs[i - 2]
            elif not (gap is not None
                      or b.start - a.end <= 200 and _COMPARISON_FAR.fullmatch(self.text, a.end, b.start)):
                continue
            if b.unit is None and b.kind == "count" and a.kind not in ("count", "date", "year", "ordinal") and not (
                a.kind == "duration" and _OTHER_PERIOD_AFTER.match(self.text, b.end, b.end + 40)
            ) and not (a.kind == "percent" and _far_apart(a.value, b.value)):
                # (`soit 16,4 % de la population, contre 1 326 000`: no share is of that size; the number compared
                # is the count before the share)
                b.kind, b.currency = a.kind, a.currency
            elif b.unit is None and b.kind == "count" and a.kind == "count":
                self.kind_given.add(b.start)  # `3,2 lits pour 1 000 habitants, contre 5,7`: a rate of a count

    def _bare_decimals(self) -> None:
        """A bare number with decimals that counts nothing is a measure or a rate, kind other (`la quotité
        d'impôt reste fixée à 1,94`): what a count counts comes whole, unless it is compared with a count or
        bounds a range of one; a table's cells stay counts (README: the values of a table without a unit in its caption)."""
        for fig in self.figures:
            if fig.kind == "count" and fig.unit is None and isinstance(fig.value, float) \
                    and fig.value != int(fig.value) and fig.start not in self.kind_given \
                    and self._line(fig.start).stripped != self.text[fig.start : fig.end] and not self._in_table_row(fig.start):
                fig.kind = "other"

    def _scale(self, fig: _Figure) -> int:
        """The multiplier written after the number of `fig` (`22 millions` → 1000000), else 1."""
        m = _NUMBER.search(self.text, fig.start, fig.end)
        mm = _MULTIPLIER.match(self.text, m.end(), fig.end) if m else None
        if mm is None:
            return 1
        word = mm.group(mm.lastgroup)
        return self.words["multipliers"].get(word.lower()) or _GLUED_MULTIPLIERS.get(word) or 1


class _At:
    """A stand-in for a match that ends at `end` (where a currency name was found to end)."""

    def __init__(self, end: int) -> None:
        self._end = end

    def end(self) -> int:
        return self._end


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """The ISO 4217 codes of the currencies the lexicon names (`KES` for `shillings`), read as codes when
    written in capitals beside an amount."""
    codes: set[str] = set()
    for entry in _words()["currencies"].values():
        codes.update(c for c in (entry.values() if isinstance(entry, dict) else [entry]) if c)
    return frozenset(codes) - _CODES_THAT_NAME


@lru_cache(maxsize=1024)
def _country_of_nationality(word: str, shortest_stem: int = 3) -> str | None:
    """The country a nationality adjective names, by the stem its name starts with
    (`djiboutiens` → DJ, `guinéens` → GN, not Guinea-Bissau: the shortest name with that stem wins);
    stems shorter than `shortest_stem` letters are not tried (`paysans` is no Dutchman with 5).

    >>> _country_of_nationality("djiboutiens"), _country_of_nationality("jordaniens"), _country_of_nationality("gratuits")
    ('DJ', 'JO', None)
    """
    folded = fold(word)
    ending = next((e for e in _NATION_ENDINGS if folded.endswith(fold(e))), None)
    if ending is None:
        return None
    stem = folded[: -len(fold(ending))]
    if len(stem) < shortest_stem:
        return None
    best: tuple[int, str] | None = None
    for name, code in _countries_by_prefix().get(stem[:3], ()):
        # the stem starts the name (`djibout-iens`, `dan-oises`), maybe but for its last letter
        # (`mexic-ains`), or the name starts the stem (`congol-ais`); `childr-en` is not `chile`
        if name.startswith(stem) or stem.startswith(name) or (len(stem) >= 5 and name.startswith(stem[:-1])):
            if best is None or len(name) < best[0]:
                best = (len(name), code)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _countries_by_prefix() -> dict[str, list[tuple[str, str]]]:
    """Folded country names and their codes, by their first three letters (a stem is compared with
    the few names that start like it, not with all of them)."""
    table: dict[str, list[tuple[str, str]]] = {}
    for name, code in _countries().items():
        table.setdefault(name[:3], []).append((name, code))
    return table


def _is_verb(word: str, value: Any) -> bool:
    """A conjugated verb right after a number (`26 ont été`, `3 vivent`) means there is no unit."""
    if word.endswith(_VERB_ENDINGS):
        return True
    try:
        many = float(value) > 1
    except (TypeError, ValueError):
        many = False
    # a plural noun ends in -ents (`agents`); a third-person plural verb in -ent (`vivent`)
    return many and word.endswith("ent") and len(word) > 4 and not word.endswith("ment")


def _singular_after_plural(word: str, value: Any) -> bool:
    """A French word in the singular right after a number of two or more is not what it counts: counted
    nouns agree in number (`2025 requiert`, `300 lorsque`), measure symbols and short abbreviations aside.

    >>> _singular_after_plural("requiert", 2025), _singular_after_plural("ménages", 3), _singular_after_plural("km", 5)
    (True, False, False)
    """
    if len(word) < 4 or not word.isalpha() or not word.islower() or word.endswith(("s", "x", "z")):
        return False
    try:
        return float(value) >= 2
    except (TypeError, ValueError):
        return False


def _nearer_by_scale(first: int | float, scale: int, second: Any) -> bool:
    """Whether the first bound of a range, multiplied by the second's scale, comes nearer to the second
    (`entre 18 et 22 millions`: 18 millions) than it is as written (`de 100 000 à 2 millions`: 100 000,
    a number already whole, not 100 000 millions). Nearer is by ratio, as bounds differ by a factor.

    >>> _nearer_by_scale(18, 1_000_000, 22_000_000), _nearer_by_scale(100_000, 1_000_000, 2_000_000)
    (True, False)
    """
    if not isinstance(second, (int, float)) or first <= 0 or second <= 0:
        return True
    return abs(math.log(first * scale / second)) < abs(math.log(first / second))


def _nearest_currency(priced: list[_Figure], fig: _Figure) -> str | None:
    """The currency of the nearest amount of `priced` (in text order) before `fig`, else after it."""
    i = bisect.bisect_left(priced, fig.start, key=lambda f: f.start)
    if i > 0:
        return priced[i - 1].currency
    return priced[i].currency if i < len(priced) else None


def _letters_of(unit: str) -> str:
    """A unit folded, without its plural mark, to compare two of them (`cas`, `échantillons` / `échantillon`)."""
    return fold(unit).rstrip("sx")


def _far_apart(a: Any, b: Any) -> bool:
    """Whether two numbers are too far apart in size to be two values of one measure (a thousand times and more).

    >>> _far_apart(16.4, 1326000), _far_apart(38.2, 41.7), _far_apart(12, 0.5), _far_apart(0, 3)
    (True, False, False, False)
    """
    if not isinstance(a, (int, float, Decimal)) or not isinstance(b, (int, float, Decimal)) or not a or not b:
        return False
    big, small = max(abs(a), abs(b)), min(abs(a), abs(b))
    return big >= 1000 * small


def _plural_en(word: str) -> bool:
    """An English plural noun, by its ending (`residents`, `families`; not `class`, `status`, `crisis`) or
    irregular (`children`, `people`).

    >>> _plural_en("residents"), _plural_en("still"), _plural_en("status"), _plural_en("children")
    (True, False, False, True)
    >>> _plural_en("craftspeople"), _plural_en("fishermen"), _plural_en("specimen")
    (True, True, False)
    """
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))) \
        or word.lower() in _IRREGULAR_PLURALS or _IRREGULAR_PLURAL_ENDING.search(word) is not None


def _number(value: Decimal) -> int | float:
    """An int when the value is whole, else a float."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _roman(numeral: str) -> int:
    """The value of a Roman numeral, 0 when it is not well formed (`IIII`, `VX`)."""
    total = 0
    for i, ch in enumerate(numeral):
        v = _ROMAN_VALUES[ch]
        total += -v if i + 1 < len(numeral) and _ROMAN_VALUES[numeral[i + 1]] > v else v
    return total if _to_roman(total) == numeral else 0


def _to_roman(n: int) -> str:
    out = ""
    for value, letters in ((50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _iso_from_words(m: regex.Match[str]) -> str | None:
    """The ISO 8601 value of a date written with a day and a month name (None for an impossible date)."""
    if m.group("month2"):
        month_word = m.group("month2")
        if m.group("year2") is None and not (month_word[0].isupper() and month_word.lower().rstrip(".") in _ENGLISH_MONTHS_FIRST):
            return None  # only English writes the month first without a year: `on March 3,` (not `en mai 3`)
        month = _MONTHS[month_word.lower().rstrip(".")]
        year = int(m.group("year2")) if m.group("year2") else None
        day = int(m.group("day2"))
    else:
        month_word = m.group("month").lower().rstrip(".")
        month = _MONTHS[month_word]
        day = 1 if m.group("premier") else int(m.group("day"))
        year = int(m.group("year")) if m.group("year") else None
        # (an abbreviated month without a year is a date too, `3 déc (APS)`, `12 janv.`: the pattern
        # wants it right after a day, where nothing else writes `déc` or `janv`)
    if not _valid_day(year or 2000, month, day):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"
