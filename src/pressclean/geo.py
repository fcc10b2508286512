"""Country names (French and English) to ISO 3166-1 codes, from pycountry plus everyday aliases."""

from __future__ import annotations

import gettext
import unicodedata
from functools import lru_cache

from .resources import load_json


def fold(name: str) -> str:
    """Compare-key for a place name: no accents, lower case, hyphens and apostrophes as spaces.

    >>> fold("États-Unis") == fold("Etats Unis")
    True
    """
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    for mark in "-’'`":
        bare = bare.replace(mark, " ")
    return " ".join(bare.lower().split())


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    import pycountry

    french = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True)
    table: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = [country.name, getattr(country, "common_name", None), french.gettext(country.name)]
        for name in filter(None, names):
            table.setdefault(fold(name), code)
            if "," in name:  # "Iran, République islamique d'" -> "Iran"
                table.setdefault(fold(name.split(",")[0]), code)
    for alias, code in load_json("country_aliases.json")["aliases"].items():
        table[fold(alias)] = code
    return table


def country_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country named in French or English, else None.

    >>> country_code("Etats-Unis"), country_code("Viêt Nam"), country_code("Hanoi")
    ('US', 'VN', None)
    """
    return _countries().get(fold(name))
