"""Data files the stages need, loaded lazily and once."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """Load `name` from this package's data files.

    >>> "organisations" in load_json("organisations.json")
    True
    """
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))
