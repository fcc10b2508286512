"""One month table for every stage that reads dates."""

from __future__ import annotations

import pytest

from pressclean.dates import FULL_MONTHS, MONTH_NAMES, MONTHS, month_number


@pytest.mark.parametrize("name, number", [
    ("janvier", 1), ("Févr.", 2), ("SEPTEMBRE", 9), ("sept", 9), ("déc", 12), ("decembre", 12), ("June", 6),
    ("aoűt", 8),  # an accent damaged by a code-page misread still names the month
    ("lundi", 0), ("", 0),
])
def test_month_number(name, number):
    assert month_number(name) == number


def test_every_month_has_a_full_french_and_english_name_and_alternations_try_longest_first():
    for n in range(1, 13):
        assert {m for m, k in MONTHS.items() if k == n} & FULL_MONTHS
    assert MONTH_NAMES.index("septembre") < MONTH_NAMES.index("sept") < MONTH_NAMES.index("sep")


@pytest.mark.parametrize("text, stamp", [
    ("Publié le 03/10/2023 à 11h42 · Mis à jour le 03/10/2023", True),
    ("Mis en ligne le 04/02/2026", True),
    ("Publié le 5 mars 2026 à 10h20 - Mis à jour le 6 mars 2026 à 08h05", True),  # two stamps across a dash
    ("Publié le : jeudi, 12 février 2026 18:40", True),  # a colon and the weekday
    ("Publié le 22/04/2026 à 18h05, mis à jour à 19h30", True),  # the update after a comma, with its time only
    ("Mise à jour : septembre 2026", True),  # the noun, and a month with its year
    ("Dernière mise à jour : 20 janvier 2025", True),
    ("Publié le 22/04/2026 à 18h05 · Mis à jour à 19h30", True),
    ("Le 22 avril 2026, mis à jour par le ministère, le plan prévoit 40 mesures", False),
    ("Il y a 3 heures", True),  # a relative stamp
    ("Mis à jour à 16 h 05", True),  # an update stamp with its time only
    ("(Mis à jour à 15 h)", True),
    ("Publié à 07:45", True),
    ("09:45", True),  # a story's time alone on a news wire
    ("9 h 00 : accueil de la presse", False),  # a programme's row
    ("21 Feb 2024 - 08:13", True),
    ("02 déc, 2025, 10:30 ET", True),  # a wire's stamp: a comma after the month, a two-letter time zone
    ("December 2, 2025 10:30", True),  # the month first, as English writes it
    ("December 2, 2025: 40 people were displaced", False),
    ("Genève – 12 mars 2024", False),  # a dateline
    ("Le 3 mars 2024, le ministre a signé", False),
    ("Il y a 3 ans, la ville comptait 12 000 habitants", False),
])
def test_is_date_stamp(text, stamp):
    from pressclean.dates import is_date_stamp

    assert is_date_stamp(text) is stamp
