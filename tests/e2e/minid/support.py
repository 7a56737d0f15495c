"""Helpers of the MinID scenarios: the letter's validity and moving a test's clock to a date in Oslo."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

OSLO = ZoneInfo("Europe/Oslo")
LETTER_VALIDITY_DAYS = 60  # guide 002: "Aktiveringsbrevet er gyldig i 60 dager"


def today_in_oslo() -> date:
    return datetime.now(OSLO).date()


def offset_to(day: date, hour: int = 12) -> timedelta:
    """The clock offset that puts this test at `hour` o'clock in Oslo on `day`."""
    target = datetime.combine(day, time(hour), tzinfo=OSLO)
    return target - datetime.now(UTC)
