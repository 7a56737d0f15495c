"""Data and steps shared by the guide-003 scenarios (the fixtures are in conftest.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from playwright.sync_api import Locator, Page, expect

from fixtures.data.policies import ALTINN
from pages.altinn_system import EndUserApi
from pages.components import expect_field_error, expect_page_language, expect_wording

# Guide 003 and domain-facts §1.4: Altinn passwords are letters and digits only, 8-50, a letter and a digit.
# Both the login password and a computer system's password follow it.
POLICY = ALTINN


@dataclass(frozen=True)
class Person:
    pid: str
    name: str
    residential_address: str
    postal_address: str | None
    register_mobile: str


@dataclass(frozen=True)
class User:
    """A person with login information saved under Advanced settings."""

    pid: str
    name: str
    password: str
    mobile: str  # the mobile number of the advanced settings (not the register's)
    username: str | None
    register_mobile: str


@dataclass(frozen=True)
class EndUserSystem:
    id: int
    name: str
    password: str


def make_user(control, fake, person: Person, *, username: bool = False, mobile: bool = True, **flags) -> User:
    """Login information for `person`; `flags` are allow_level3 / allow_system (default: system allowed)."""
    password = fake.password(POLICY)
    sms_mobile = fake.mobile_number() if mobile else ""
    name = fake.unique_username() if username else None
    flags = {"allow_system": True, **flags}
    control.set_login_info(person.pid, password, username=name, mobile=sms_mobile, **flags)
    return User(person.pid, person.name, password, sms_mobile, name, person.register_mobile)


def log_in_at_level(control, page: Page, urls, pid: str, level: int, method: str) -> None:
    """A browser session logged in to Altinn with an alternative method at `level`, without the UI."""
    cookie = control.altinn_level_session_cookie(pid, level, method)
    page.context.add_cookies([{"name": cookie["name"], "value": cookie["value"], "url": urls("altinn", "/")}])


def authenticated(api: EndUserApi, control, system: EndUserSystem, user: User, who: str | None = None) -> str:
    """Steps 1-3 of the protocol; the authenticated session's id."""
    started = api.start(system.id, system.password)
    assert started.ok, started.body
    session_id = started.body["session_id"]
    answered = api.user(session_id, who or user.pid, user.password)
    assert answered.ok, answered.body
    pinned = api.pin(session_id, control.last_sms_code(user.mobile))
    assert pinned.ok, pinned.body
    return session_id


def another_code(code: str) -> str:
    """A code of the same form that is not `code` (its last digit moved on by one)."""
    return f"{code[:-1]}{(int(code[-1]) + 1) % 10}"


def expect_refused(screen, *, not_: str | None = None) -> None:
    """What a person meets when a log-in step is refused and no source words the message: a message at the
    top of the form (role alert) with words of its own, in the page's language. `not_`: a documented
    message (e.g. "Account is temporarily locked") this refusal must not be."""
    expect_wording(screen.error, None)
    expect_page_language(screen.page, screen.lang)
    if not_ is not None:
        expect(screen.error).not_to_contain_text(not_)


def expect_field_error_holding(field: Locator, words: str | None) -> None:
    """The field is refused with its own message, which holds the documented `words` (a guide's sentence
    inside a longer message); `words` None: the wording is undocumented, the message is there."""
    expect_field_error(field)
    if words is not None:
        expect(field).to_have_accessible_description(re.compile(re.escape(words)))
