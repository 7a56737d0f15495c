"""Guide 003 'Obs!': Altinn does not accept special characters in passwords — each of the guide's examples
(? @ # &) in each password field of the advanced settings — and the other password rules (domain-facts §1.4)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import GUIDE_003_SPECIALS
from pages.altinn_system import AdvancedSettings

from .support import POLICY, Person

FIELDS = ("login", "system")  # Login information → Password; Computer systems → the system's password


def _submit_password(settings: AdvancedSettings, field: str, password: str, fake) -> AdvancedSettings:
    if field == "login":
        return settings.fill_login_info(password=password, mobile=fake.mobile_number()).save()
    return settings.register_system(f"Maestro {fake.unique_username()}", password)


def _expect_refused_and_nothing_stored(settings: AdvancedSettings, field: str, message: str, control, pid: str) -> None:
    box = settings.password if field == "login" else settings.system_password
    expect(box).to_have_accessible_description(message)
    expect(box).to_have_value("")
    if field == "login":
        assert control.login_info(pid) is None
    else:
        expect(settings.system_table).to_have_count(0)


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-PWD-CHARS", "ALTSYS-SETTINGS-NOTHING-STORED")
@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("char", list(GUIDE_003_SPECIALS))
def test_each_special_character_of_the_guide_is_refused(
    page: Page, lang: str, urls, fake, control, profile: Person, field: str, char: str
) -> None:
    settings = AdvancedSettings.open(page, lang, urls)
    settings = _submit_password(settings, field, fake.password_breaking(POLICY, "chars", char=char), fake)
    _expect_refused_and_nothing_stored(settings, field, settings.t["err.password.chars"], control, profile.pid)


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-PWD-RULES", "ALTSYS-SETTINGS-NOTHING-STORED")
@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("rule", ["min_length", "max_length", "letter", "digit"])
def test_each_password_rule_broken_alone_is_refused(
    page: Page, lang: str, urls, fake, control, profile: Person, field: str, rule: str
) -> None:
    settings = AdvancedSettings.open(page, lang, urls)
    settings = _submit_password(settings, field, fake.password_breaking(POLICY, rule), fake)
    _expect_refused_and_nothing_stored(settings, field, settings.t[f"err.password.{rule}"], control, profile.pid)


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
