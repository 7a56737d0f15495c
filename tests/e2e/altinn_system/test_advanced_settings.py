"""Profile → Advanced settings → Login information (guide 003, domain-facts §2.1): what is saved, and the
rules of the username, the mobile number and the permission boxes. A refusal is checked as a person meets
it: the field marked invalid with a message tied to it, compared word for word only where domain facts
give the wording."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.altinn_system import AdvancedSettings
from pages.components import expect_field_error, expect_wording

from .support import POLICY, Person, log_in_at_level


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SETTINGS-LOGIN-INFO")
def test_login_information_is_saved_and_shown_again(
    page: Page, lang: str, urls, fake, control, profile: Person
) -> None:
    username, mobile = fake.unique_username(), fake.mobile_number()
    settings = AdvancedSettings.open(page, lang, urls)
    expect_wording(settings.password_state, None)
    without_password = settings.password_state.inner_text()

    settings = settings.fill_login_info(
        username=username, password=fake.password(POLICY), mobile=mobile, allow_level3=True, allow_system=True
    ).save()

    expect_wording(settings.saved, None)
    expect(settings.username).to_have_value(username)
    expect(settings.mobile).to_have_value(mobile)
    expect(settings.password).to_have_value("")
    expect(settings.password_state, "the page now says a password is registered").not_to_have_text(without_password)
    expect(settings.allow_level3).to_be_checked()
    expect(settings.allow_system).to_be_checked()
    stored = control.login_info(profile.pid)
    assert stored is not None
    assert (stored["username"], stored["mobile"], stored["has_password"]) == (username, mobile, True)
    assert (stored["allow_level3"], stored["allow_system"]) == (True, True)


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SETTINGS-USERNAME-UNIQUE", "ALTSYS-SETTINGS-NOTHING-STORED")
def test_a_username_another_person_has_is_refused_in_any_case(
    page: Page, lang: str, urls, fake, control, profile: Person
) -> None:
    other = fake.person()
    control.seed_person(**other)
    taken = fake.unique_username()
    control.set_login_info(other["pid"], fake.password(POLICY), username=taken)

    settings = AdvancedSettings.open(page, lang, urls).fill_login_info(
        username=taken.upper(), password=fake.password(POLICY)
    )
    settings = settings.save()

    expect_field_error(settings.username)
    expect(settings.username).to_have_value(taken.upper())
    assert control.login_info(profile.pid) is None


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SETTINGS-USERNAME-NOT-PID")
def test_an_identity_number_is_refused_as_username(page: Page, lang: str, urls, fake, control, profile: Person) -> None:
    settings = AdvancedSettings.open(page, lang, urls).fill_login_info(username=profile.pid).save()

    expect_field_error(settings.username, settings.t.get("err.username.pid"))  # domain-facts §1.3 (Bokmål)
    assert control.login_info(profile.pid) is None


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SETTINGS-MOBILE", "ALTSYS-SETTINGS-NOTHING-STORED")
@pytest.mark.parametrize(
    ("typed", "error"),
    [("9123456", "format"), ("912345678", "format"), ("9123456a", "format"), ("31234567", "not_mobile")],
)  # the error's key: its wording where domain-facts §9 gives it (Bokmål "Telefonnummer må bestå av 8 siffer")
def test_a_number_that_is_not_a_norwegian_mobile_is_refused(
    page: Page, lang: str, urls, control, profile: Person, typed: str, error: str
) -> None:
    settings = AdvancedSettings.open(page, lang, urls).fill_login_info(mobile=typed).save()

    expect_field_error(settings.mobile, settings.t.get(f"err.mobile.{error}"))
    expect(settings.mobile).to_have_value(typed)
    assert control.login_info(profile.pid) is None


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SETTINGS-MOBILE")
def test_a_mobile_written_with_spaces_and_country_code_is_saved_as_8_digits(
    page: Page, lang: str, urls, fake, control, profile: Person
) -> None:
    mobile = fake.mobile_number()
    typed = f"+47 {mobile[:3]} {mobile[3:5]} {mobile[5:]}"
    settings = AdvancedSettings.open(page, lang, urls).fill_login_info(mobile=typed).save()

    expect(settings.mobile).to_have_value(mobile)
    assert control.login_info(profile.pid)["mobile"] == mobile


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SETTINGS-MOBILE-LEVEL1")
def test_at_level_1_the_mobile_number_cannot_be_changed(
    page: Page, lang: str, urls, fake, control, person: Person
) -> None:
    old = fake.mobile_number()
    control.set_login_info(person.pid, fake.password(POLICY), mobile=old)
    log_in_at_level(control, page, urls, person.pid, 1, "password")

    settings = AdvancedSettings.open(page, lang, urls).fill_login_info(mobile=fake.mobile_number()).save()

    expect_field_error(settings.mobile)
    assert control.login_info(person.pid)["mobile"] == old


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SETTINGS-LEVEL3")
def test_allowing_level_3_needs_a_level_3_log_in(page: Page, lang: str, urls, fake, control, person: Person) -> None:
    control.set_login_info(person.pid, fake.password(POLICY), mobile=fake.mobile_number())
    log_in_at_level(control, page, urls, person.pid, 2, "sms")

    settings = AdvancedSettings.open(page, lang, urls).fill_login_info(allow_level3=True).save()

    expect_field_error(settings.allow_level3)
    assert control.login_info(person.pid)["allow_level3"] is False
