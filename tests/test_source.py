"""The package's own source: checks on the code that no single behaviour test would catch."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

import pressclean

MODULES = sorted(Path(pressclean.__file__).parent.rglob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter[str]:
    """Every name a module binds at its top level, counted (an `@overload` stub is no binding)."""
    names: Counter[str] = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            overload = any(getattr(d, "id", getattr(d, "attr", None)) == "overload" for d in node.decorator_list)
            names[node.name] += not overload
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(Path(pressclean.__file__).parent)))
def test_no_module_binds_a_top_level_name_twice(path):
    # a pattern defined twice under one name silently replaces the first for every function that
    # reads it, the ones written for the first included (two such slips were found in session 28)
    twice = sorted(name for name, n in _top_level_names(ast.parse(path.read_text(encoding="utf-8"))).items() if n > 1)
    assert not twice, f"{path.name} binds {twice} more than once: give each its own name"


def test_the_check_finds_a_name_bound_twice():
    tree = ast.parse("import regex\n_END = regex.compile('a')\ndef f(): return _END\n_END = regex.compile('b')\n")
    assert _top_level_names(tree)["_END"] == 2
