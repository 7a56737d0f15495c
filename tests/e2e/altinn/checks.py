"""Checks several Altinn scenarios share. Web-first expectations for the page, plain asserts for data."""

from __future__ import annotations

from playwright.sync_api import expect

from pages.altinn import CreateUser


def expect_refused_keeping_input(form: CreateUser, username: str, email: str) -> None:
    """A refused form comes back with what was typed, except the passwords (ALT-CREATE-NOTHING-STORED)."""
    expect(form.username).to_have_value(username)
    expect(form.email).to_have_value(email)
    expect(form.password).to_have_value("")
    expect(form.confirm_password).to_have_value("")


def assert_nothing_stored(control, username: str, email: str) -> None:
    """No account answers to `username` in any case, and no e-mail went out."""
    assert control.altinn_user_count(username) == 0, f"a refused form created the user {username!r}"
    assert control.emails(email) == [], f"a refused form sent e-mail to {email!r}"
