"""ID-porten's in-process session is ID-porten's: every other service logs people in as an OpenID Connect
relying party (testenv.core.oidc_rp) and never reads `current_login` (issue 15)."""

from __future__ import annotations

import ast
from pathlib import Path

import testenv

PACKAGE = Path(testenv.__file__).parent
IDPORTEN = PACKAGE / "services" / "idporten"


def _names(node: ast.AST) -> list[str]:
    """The names a node imports, reads as an attribute, or reads as a name."""
    if isinstance(node, ast.ImportFrom | ast.Import):
        return [alias.name.rsplit(".", 1)[-1] for alias in node.names]
    if isinstance(node, ast.Attribute):
        return [node.attr]
    return [node.id] if isinstance(node, ast.Name) else []


def _uses_current_login(tree: ast.AST) -> list[int]:
    return sorted({node.lineno for node in ast.walk(tree) if "current_login" in _names(node)})  # type: ignore[attr-defined]


def test_no_service_outside_idporten_reads_current_login() -> None:
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.is_relative_to(IDPORTEN):
            continue
        for line in _uses_current_login(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            offenders.append(f"{path.relative_to(PACKAGE.parent)}:{line}")
    assert offenders == [], f"current_login read outside testenv/services/idporten: {offenders}"


def test_the_check_sees_an_import() -> None:
    tree = ast.parse("from testenv.services.idporten import current_login\nx = idporten.current_login")
    assert _uses_current_login(tree) == [1, 2]
