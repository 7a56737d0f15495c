"""Guide 003 'Obs!': Altinn does not accept special characters in passwords — each of the guide's examples
(? @ # &) in each password field of the advanced settings — and the other password rules (domain-facts §1.4).
A refusal is checked as a person meets it (the field marked invalid, a message of its own tied to it); the
message is compared with words only where a source gives them: the guide's sentence, in Bokmål."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from playwright.sync_api import Locator, Page, expect

from fixtures.data.policies import GUIDE_003_SPECIALS
from pages.altinn_system import AdvancedSettings
from pages.components import expect_distinct, field_error_text

from .support import POLICY, Person, expect_field_error_holding

RULES = ("min_length", "max_length", "letter", "digit", "chars")


@dataclass(frozen=True)
class PasswordField:
    """One password field of the advanced settings: how a password is sent through it, the field, and
    how to see that nothing was stored."""

    send: Callable[[AdvancedSettings, str, object], AdvancedSettings]
    box: Callable[[AdvancedSettings], Locator]
    expect_nothing_stored: Callable[[AdvancedSettings, object, str], None]


def _no_login_info(settings: AdvancedSettings, control, pid: str) -> None:
    assert control.login_info(pid) is None, "a refused password saved the login information"


def _no_system(settings: AdvancedSettings, control, pid: str) -> None:
    expect(settings.system_table, "a refused password registered the system").to_have_count(0)


FIELDS = {  # Login information → Password; Computer systems → the system's password
    "login": PasswordField(
        send=lambda settings, password, fake: settings.fill_login_info(
            password=password, mobile=fake.mobile_number()
        ).save(),
        box=lambda settings: settings.password,
        expect_nothing_stored=_no_login_info,
    ),
    "system": PasswordField(
        send=lambda settings, password, fake: settings.register_system(f"Maestro {fake.unique_username()}", password),
        box=lambda settings: settings.system_password,
        expect_nothing_stored=_no_system,
    ),
}


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-PWD-CHARS", "ALTSYS-SETTINGS-NOTHING-STORED")
@pytest.mark.parametrize("field", FIELDS.values(), ids=FIELDS.keys())
@pytest.mark.parametrize("char", list(GUIDE_003_SPECIALS))
def test_each_special_character_of_the_guide_is_refused(
    page: Page, lang: str, urls, fake, control, profile: Person, field: PasswordField, char: str
) -> None:
    settings = AdvancedSettings.open(page, lang, urls)
    settings = field.send(settings, fake.password_breaking(POLICY, "chars", char=char), fake)

    expect_field_error_holding(field.box(settings), settings.t.get("err.password.chars"))  # guide 003 "Obs!"
    expect(field.box(settings)).to_have_value("")
    field.expect_nothing_stored(settings, control, profile.pid)


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-PWD-RULES", "ALTSYS-SETTINGS-NOTHING-STORED")
@pytest.mark.parametrize("field", FIELDS.values(), ids=FIELDS.keys())
@pytest.mark.parametrize("rule", ["min_length", "max_length", "letter", "digit"])
def test_each_password_rule_broken_alone_is_refused(
    page: Page, lang: str, urls, fake, control, profile: Person, field: PasswordField, rule: str
) -> None:
    settings = AdvancedSettings.open(page, lang, urls)
    settings = field.send(settings, fake.password_breaking(POLICY, rule), fake)

    expect_field_error_holding(field.box(settings), None)  # no source words these messages
    expect(field.box(settings)).to_have_value("")
    field.expect_nothing_stored(settings, control, profile.pid)


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-PWD-RULES", "ALTSYS-PWD-CHARS")
@pytest.mark.parametrize("field", FIELDS.values(), ids=FIELDS.keys())
def test_each_password_rule_has_a_message_of_its_own(
    page: Page, lang: str, urls, fake, control, profile: Person, field: PasswordField
) -> None:
    messages = {}
    for rule in RULES:
        settings = field.send(AdvancedSettings.open(page, lang, urls), fake.password_breaking(POLICY, rule), fake)
        messages[rule] = field_error_text(field.box(settings))

    expect_distinct(messages)
    field.expect_nothing_stored(settings, control, profile.pid)


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-PWD-RULES")
@pytest.mark.parametrize("length", [8, 50])
def test_a_letters_and_digits_password_at_each_length_bound_is_accepted(
    page: Page, lang: str, urls, fake, control, profile: Person, length: int
) -> None:
    settings = AdvancedSettings.open(page, lang, urls)
    settings = settings.fill_login_info(password=fake.password(POLICY, length=length)).save()
    expect(settings.saved).to_be_visible()
    assert control.login_info(profile.pid)["has_password"] is True
