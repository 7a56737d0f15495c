"""Helpers of the MinID scenarios: finishing the app's registration, the order form's message for a refused
identity number, and moving a test's clock to a date in Oslo."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from playwright.sync_api import Page, expect

from fixtures.data.policies import MINID
from pages.components import expect_field_error, field_error_text
from pages.minid import AppPassword, OrderLetter

OSLO = ZoneInfo("Europe/Oslo")


def today_in_oslo() -> date:
    return datetime.now(OSLO).date()


def offset_to(day: date, hour: int = 12) -> timedelta:
    """The clock offset that puts this test at `hour` o'clock in Oslo on `day`."""
    target = datetime.combine(day, time(hour), tzinfo=OSLO)
    return target - datetime.now(UTC)


def finish_registration(screen: AppPassword, fake, control, person: dict, password: str | None = None) -> None:
    """From 'Create a personal password' to 'registered', then checks the person has a MinID: the outcome a
    test of an earlier step would otherwise leave unchecked."""
    registered = screen.next(password or fake.password(MINID)).next(person["mobile"]).next(fake.unique_email())
    expect(registered.next_time).to_be_visible()  # guide 002: "Neste gang du logger inn kan du bruke telefonen …"
    assert control.minid_account(person["pid"]) is not None, "the registration must leave a MinID"


def order_refusal(page: Page, lang: str, urls, pid: str) -> str:
    """The message the order form ties to the identity-number field when it refuses `pid`."""
    form = OrderLetter.open(page, lang, urls).order_refused(pid)
    expect_field_error(form.pid)
    return field_error_text(form.pid)
