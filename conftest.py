"""Shared test fixtures: the spaCy model loads once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from pressclean.models import french_nlp

    return french_nlp()
