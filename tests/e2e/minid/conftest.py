"""Shared set-up of the MinID scenarios: seeded people and a person at the app's password step."""

from __future__ import annotations

import pytest

from pages.minid import AppPassword, AppStart


@pytest.fixture
def new_person(fake, control):
    """`new_person(**fake.person options)`: a seeded person without MinID; returns their fields."""

    def make(**options) -> dict:
        person = fake.person(**options)
        control.seed_person(**person)
        return person

    return make


@pytest.fixture
def at_password_step(page, lang, urls, control, new_person):
    """A person with a fresh letter, in the app at 'Create a personal password'."""

    def go(**options) -> tuple[dict, AppPassword]:
        person = new_person(**options)
        code = control.seed_minid_letter(person["pid"])["code"]
        screen = AppStart.open(page, lang, urls).get_started().next(person["pid"]).next(code)
        return person, screen

    return go
