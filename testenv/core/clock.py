"""The test clock: real time plus the request scope's offset. Use `now(request)`, never datetime.now()."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from fastapi import Request

from testenv.core.scope import current_scope

OSLO = ZoneInfo("Europe/Oslo")


def now(request: Request) -> datetime:
    """Aware UTC datetime, shifted by the scope's clock offset."""
    return datetime.now(UTC) + timedelta(seconds=current_scope(request).clock_offset_s)


def today_in_norway(request: Request):
    return now(request).astimezone(OSLO).date()
