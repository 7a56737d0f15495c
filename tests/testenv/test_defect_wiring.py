"""Every registered defect is wired in: the services' code refers to its name somewhere besides its registration.

`make mutation` finds an unwired defect too (it survives), but only after a long run; a refactor that drops a
`defect_on(request, "...")` check is caught here in a second. Names reach `defect_on` directly, through a
parameter (`unchecked_defect="..."`) or from an f-string (`f"altsys.{where}_password_accepts_specials"`).
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from testenv.services import SERVICES

TESTENV = Path(__file__).resolve().parents[2] / "testenv"


def _registered() -> set[str]:
    return {defect.name for service in SERVICES for defect in service.DEFECTS}


@cache
def _code() -> tuple[ast.Module, ...]:
    return tuple(ast.parse(path.read_text()) for path in TESTENV.rglob("*.py") if path.name != "defects.py")


def _mentions() -> tuple[set[str], list[re.Pattern[str]]]:
    """String constants, and f-strings as patterns (each placeholder stands for a word)."""
    literals: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for tree in _code():
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                parts = [re.escape(p.value) if isinstance(p, ast.Constant) else r"\w+" for p in node.values]
                patterns.append(re.compile("".join(parts)))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
    return literals, patterns


def _checked_literally() -> set[str]:
    names = set()
    for tree in _code():
        for node in ast.walk(tree):
            called = isinstance(node, ast.Call) and getattr(node.func, "id", "") == "defect_on"
            if called and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                names.add(node.args[1].value)
    return names


def test_every_registered_defect_is_referred_to_by_the_code() -> None:
    literals, patterns = _mentions()
    unwired = sorted(
        name for name in _registered() if name not in literals and not any(p.fullmatch(name) for p in patterns)
    )
    assert not unwired, f"registered defects no code refers to (make mutation would report them surviving): {unwired}"


def test_every_defect_the_code_checks_is_registered() -> None:
    unknown = sorted(_checked_literally() - _registered())
    assert not unknown, f"code checks defects that are not registered (a typo? a hook without a scenario?): {unknown}"
