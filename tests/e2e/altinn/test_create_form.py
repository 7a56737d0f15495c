"""Guide 000 step 5: what the form "Create user without a national identity number/D-number" shows."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.era import GUIDE_000
from pages.altinn import CreateUser

pytestmark = pytest.mark.era(GUIDE_000)  # the historical guide (fixtures/era.py)


@pytest.mark.req("ALT-CREATE-FORM")
def test_form_has_the_guides_fields_warning_and_note(page: Page, lang: str, urls) -> None:
    form = CreateUser.open(page, lang, urls)

    expect(form.warning).to_be_visible()
    expect(form.idporten_link).to_be_visible()
    expect(form.fill_in_heading).to_be_visible()
    for name, field in form.inputs.items():
        expect(field, f"the field {name} is missing or not editable").to_be_editable()
    expect(form.password).to_have_attribute("type", "password")
    expect(form.confirm_password).to_have_attribute("type", "password")
    expect(form.legal_note).to_be_visible()
    expect(form.back_link).to_be_visible()  # the guide's "←"
    expect(form.close_link).to_be_visible()  # the guide's "×"
    expect(form.submit_button).to_be_enabled()


@pytest.mark.req("ALT-CAPTCHA")
def test_without_captcha_the_form_has_no_captcha_field(page: Page, lang: str, urls) -> None:
    """The test environment runs captcha-free by default (domain-facts §1.5: captcha mode is configurable)."""
    form = CreateUser.open(page, lang, urls)

    expect(form.captcha).to_have_count(0)
    expect(form.captcha_image).to_have_count(0)
