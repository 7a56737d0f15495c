"""Guide 003 'Fagsystem-ID og passord': registered under Advanced settings → Computer systems, with the ID
Altinn assigns; and a new password when log-in from the system fails."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.altinn_system import AdvancedSettings, EndUserApi
from pages.altinn_system.texts import API_ERRORS
from pages.components import expect_wording

from .support import POLICY, EndUserSystem, Person


@pytest.mark.req("ALTSYS-SYSTEM-REGISTER")
def test_a_registered_system_gets_an_id_that_opens_the_api(
    page: Page, lang: str, urls, fake, api: EndUserApi, idporten_profile
) -> None:
    first, second = f"Maestro {fake.unique_username()}", f"Visma {fake.unique_username()}"
    password = fake.password(POLICY)
    settings = AdvancedSettings.open(page, lang, urls).register_system(first, fake.password(POLICY))
    settings = settings.register_system(second, password)

    second_id = settings.system_id(second)
    # domain-facts §2.1: Altinn assigns an ID number, which the person enters in the system: the page says it.
    expect(settings.registered).to_contain_text(str(second_id))
    assert settings.system_id(first) != second_id
    assert api.start(second_id, password).ok


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SYSTEM-NEW-PASSWORD")
def test_a_new_system_password_replaces_the_old_one(
    page: Page, lang: str, urls, fake, api: EndUserApi, profile: Person, end_user_system: EndUserSystem
) -> None:
    new_password = fake.password(POLICY)
    settings = AdvancedSettings.open(page, lang, urls)
    screen = settings.change_system_password(end_user_system.name, end_user_system.id).save(new_password)

    expect_wording(screen.saved, None)
    old = api.start(end_user_system.id, end_user_system.password)
    assert old.refused and old.error == API_ERRORS["system_credentials"]
    assert api.start(end_user_system.id, new_password).ok
