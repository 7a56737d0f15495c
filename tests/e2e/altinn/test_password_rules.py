"""Guide 000 step 5: each Altinn password rule, broken alone, is refused with its own message and
creates nothing (rules: domain-facts §1.4; special characters: guide 003)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import ALTINN, CYRILLIC, EMOJI, GREEK, NORWEGIAN_LETTERS
from fixtures.era import GUIDE_000
from pages.altinn import CreateUser
from pages.components import expect_field_error

from .checks import assert_nothing_stored, expect_refused_keeping_input

pytestmark = pytest.mark.era(GUIDE_000)  # the historical guide (fixtures/era.py)

RULE_IDS = {
    "min_length": "ALT-PWD-MIN",
    "max_length": "ALT-PWD-MAX",
    "letter": "ALT-PWD-LETTER",
    "digit": "ALT-PWD-DIGIT",
    "chars": "ALT-PWD-CHARS",
}
# Every class of refused character: guide 003's own examples one by one, then the classes that
# domain-facts §1.4 and the other guides name. One character of a class is drawn per run (seeded).
FORBIDDEN_CLASSES = {
    "question-mark": "?",
    "at-sign": "@",
    "hash": "#",
    "ampersand": "&",
    "space": " ",
    "norwegian-letter": NORWEGIAN_LETTERS,
    "cyrillic": CYRILLIC,
    "greek": GREEK,
    "emoji": EMOJI,
}


@pytest.mark.control_api
@pytest.mark.req("ALT-CREATE-NOTHING-STORED")
@pytest.mark.parametrize("rule", [pytest.param(rule, marks=pytest.mark.req(rid)) for rule, rid in RULE_IDS.items()])
def test_password_breaking_one_rule_is_refused_with_its_message(
    page: Page, lang: str, urls, fake, control, rule: str
) -> None:
    username = fake.unique_username()
    email = fake.unique_email(username)
    form = CreateUser.open(page, lang, urls).fill(username, email, fake.password_breaking(ALTINN, rule))
    form = form.submit_refused()

    expect_field_error(form.password, form.t.get(f"err.password.{rule}"))  # domain-facts §1.4 wording (en, nb)
    expect_refused_keeping_input(form, username, email)
    assert_nothing_stored(control, username, email)


@pytest.mark.control_api
@pytest.mark.req("ALT-PWD-CHARS", "ALT-CREATE-NOTHING-STORED")
@pytest.mark.parametrize("chars", FORBIDDEN_CLASSES.values(), ids=FORBIDDEN_CLASSES.keys())
def test_every_class_of_forbidden_character_is_refused(page: Page, lang: str, urls, fake, control, chars: str) -> None:
    username = fake.unique_username()
    email = fake.unique_email(username)
    password = fake.password_breaking(ALTINN, "chars", char=fake.random_element(chars))
    form = CreateUser.open(page, lang, urls).fill(username, email, password).submit_refused()

    expect_field_error(form.password, form.t.get("err.password.chars"))
    assert_nothing_stored(control, username, email)


@pytest.mark.control_api
@pytest.mark.req("ALT-PWD-CHARS")
def test_a_password_managers_suggestion_with_symbols_is_refused(page: Page, lang: str, urls, fake, control) -> None:
    username = fake.unique_username()
    email = fake.unique_email(username)
    password = fake.password_manager_style(ALTINN, "chars")
    form = CreateUser.open(page, lang, urls).fill(username, email, password).submit_refused()

    expect_field_error(form.password, form.t.get("err.password.chars"))
    assert_nothing_stored(control, username, email)


@pytest.mark.req("ALT-PWD-MIN", "ALT-PWD-MAX")
@pytest.mark.parametrize("length", [8, 50])
def test_password_at_each_length_bound_is_accepted(page: Page, lang: str, urls, fake, length: int) -> None:
    username, password = fake.unique_username(), fake.password(ALTINN, length=length)
    form = CreateUser.open(page, lang, urls).fill(username, fake.unique_email(username), password)
    inbox = form.submit().log_in().log_in(username, password)
    expect(inbox.logged_in_as(username), "the new user logs in with that password").to_be_visible()
