"""Data and preconditions shared by the Altinn scenarios."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from playwright.sync_api import Page

from fixtures.data.policies import ALTINN


@dataclass(frozen=True)
class Account:
    username: str
    email: str
    password: str


@pytest.fixture
def account(fake) -> Account:
    """A new, valid self-identified user's data (not stored anywhere yet)."""
    username = fake.unique_username()
    return Account(username, fake.unique_email(username), fake.password(ALTINN))


@pytest.fixture
def seeded_account(account: Account, control) -> Account:
    """`account`, already created through the control API (the form is not what such a test is about)."""
    control.seed_altinn_user(account.username, account.email, account.password)
    return account


@pytest.fixture
def logged_in(seeded_account: Account, control, page: Page, urls) -> Account:
    """`seeded_account` with a logged-in browser session, made without the UI. Takes `page` so that its
    per-test cookie clean-up has run before the session cookie is added."""
    cookie = control.altinn_session_cookie(seeded_account.username)
    page.context.add_cookies([{**cookie, "url": urls("altinn", "/")}])
    return seeded_account
