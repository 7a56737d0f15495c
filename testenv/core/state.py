"""The running environment: settings, storage and what the control API may change at run time."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import Request

from testenv.config import Settings
from testenv.core.db import Database


@dataclass
class Environment:
    settings: Settings
    db: Database
    captcha_mode: str = "off"
    active_defects: set[str] = field(default_factory=set)


def env_of(request: Request) -> Environment:
    return request.app.state.env
