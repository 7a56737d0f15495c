"""Named defects: plausible regressions of one documented rule each, switched on for mutation testing."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request

from testenv.core.state import env_of


@dataclass(frozen=True)
class Defect:
    name: str
    rules: tuple[str, ...]
    description: str


def defect_on(request: Request, name: str) -> bool:
    return name in env_of(request).active_defects
