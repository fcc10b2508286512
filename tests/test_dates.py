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
