"""Guide 000 step 5: each Altinn password rule, broken alone, is refused with its own message and
creates nothing (rules: domain-facts §1.4; special characters: guide 003)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import ALTINN, GUIDE_003_SPECIALS
from pages.altinn import CreateUser

RULE_IDS = {
    "min_length": "ALT-PWD-MIN",
    "max_length": "ALT-PWD-MAX",
    "letter": "ALT-PWD-LETTER",
    "digit": "ALT-PWD-DIGIT",
    "chars": "ALT-PWD-CHARS",
}


@pytest.mark.control_api
@pytest.mark.req("ALT-CREATE-NOTHING-STORED")
@pytest.mark.parametrize("rule", [pytest.param(rule, marks=pytest.mark.req(rid)) for rule, rid in RULE_IDS.items()])
def test_password_breaking_one_rule_is_refused_with_its_message(
    page: Page, lang: str, urls, fake, control, rule: str
) -> None:
    username = fake.unique_username()
    form = CreateUser.open(page, lang, urls).fill(
        username, fake.unique_email(username), fake.password_breaking(ALTINN, rule)
    )
    form = form.submit_refused()

    expect(form.password).to_have_accessible_description(form.t[f"err.password.{rule}"])
    expect(form.username).to_have_value(username)
    expect(form.password).to_have_value("")
    assert control.altinn_user_count(username) == 0


@pytest.mark.req("ALT-PWD-CHARS")
@pytest.mark.parametrize("char", list(GUIDE_003_SPECIALS))
def test_each_special_character_of_the_guides_is_refused(page: Page, lang: str, urls, fake, char: str) -> None:
    username = fake.unique_username()
    form = CreateUser.open(page, lang, urls).fill(
        username, fake.unique_email(username), fake.password_breaking(ALTINN, "chars", char=char)
    )
    form = form.submit_refused()
    expect(form.password).to_have_accessible_description(form.t["err.password.chars"])


@pytest.mark.req("ALT-PWD-MIN", "ALT-PWD-MAX")
@pytest.mark.parametrize("length", [8, 50])
def test_password_at_each_length_bound_is_accepted(page: Page, lang: str, urls, fake, length: int) -> None:
    username = fake.unique_username()
    form = CreateUser.open(page, lang, urls).fill(
        username, fake.unique_email(username), fake.password(ALTINN, length=length)
    )
    form.submit()
