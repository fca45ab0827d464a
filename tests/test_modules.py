"""The package's modules define each module-level name once: a second definition silently
replaces the first for every rule that reads it (twice in the events module a constant
added later took over an older one of the same name, and rules lost their words)."""

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"


def _module_names(tree: ast.Module) -> list[str]:
    names = []
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:  # (names bound, not items or attributes set: _TABLE[k] = v)
            elts = target.elts if isinstance(target, (ast.Tuple, ast.List)) else [target]
            names.extend(n.id for n in elts if isinstance(n, ast.Name))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
    return names


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_each_module_level_name_is_defined_once(path):
    twice = sorted(n for n, c in Counter(_module_names(ast.parse(path.read_text(encoding="utf-8")))).items() if c > 1)
    assert twice == [], f"{path.name} defines {twice} more than once"
