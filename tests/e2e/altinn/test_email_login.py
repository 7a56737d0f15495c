"""Altinn's e-mail log-in, the successor of guide 000 (info.altinn.no "Email login", domain-facts §0, §10.2):
"select Log in → International → Email login; enter your email address and select Next; check your email for a
one-time code; enter the code on the page and select Confirm. If this is your first time logging in with this
email address, a new account will be created. If you have used this email before, you will access your existing
account." Altinn shows such a person at level 0 as epost:<lower-cased address> (domain-facts §0).

Today's Altinn (the real date is after 1 February 2026); the date test pins its own instants.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.timeline import EMAIL_LOGIN_FROM
from fixtures.era import TODAY
from pages.altinn import Inbox, Login
from pages.components import expect_page_language
from pages.idporten import EmailAddress

pytestmark = pytest.mark.era(TODAY)
NOT_FOUND = 404
LANGUAGES = ("en", "nb", "nn")  # Altinn and ID-porten serve all three (domain-facts §9); default runs en, nb


def email_log_in(page: Page, lang: str, urls, control, typed: str, address: str) -> Inbox:
    """Log in → International → Email login → the address → Next → the e-mailed code → Confirm."""
    screen = Login.open(page, lang, urls).choose_international().email_login(then=EmailAddress)
    return screen.submit(typed).confirm(control.last_email_code(address), then=Inbox)


@pytest.mark.control_api
@pytest.mark.req("ALT-EMAIL-FIRST-LOGIN")
def test_the_first_email_log_in_creates_an_account_at_level_0(page: Page, lang: str, urls, fake, control) -> None:
    address = fake.email_address()
    assert control.altinn_email_accounts(address) == 0, "a fresh address has no account yet"

    inbox = email_log_in(page, lang, urls, control, fake.mixed_case(address), address)  # typed in mixed case

    expect(inbox.who, "the username is epost: and the lower-cased address").to_contain_text(f"epost:{address}")
    expect(inbox.security_level(0)).to_be_visible()
    expect(inbox.new_account_notice, "the person learns a new account was made").to_be_visible()
    expect_page_language(page, lang)
    assert control.altinn_email_accounts(address) == 1, "the first log-in must create exactly one account"


@pytest.mark.control_api
@pytest.mark.req("ALT-EMAIL-SAME-ACCOUNT")
def test_the_same_address_in_another_case_reaches_the_same_account(page: Page, lang: str, urls, fake, control) -> None:
    address = fake.email_address()
    email_log_in(page, lang, urls, control, address, address).log_out()

    inbox = email_log_in(page, lang, urls, control, fake.mixed_case(address), address)

    expect(inbox.who).to_contain_text(f"epost:{address}")
    expect(inbox.new_account_notice, "a known address is no new account").to_have_count(0)
    assert control.altinn_email_accounts(address) == 1, "one account, however the address is typed"


@pytest.mark.control_api
@pytest.mark.req("ALT-EMAIL-OFFERED")
def test_email_login_is_offered_from_1_february_2026(page: Page, lang: str, urls, control) -> None:
    control.set_clock_at(EMAIL_LOGIN_FROM - timedelta(minutes=10))  # 31 January 2026, 23:50 in Norway
    login = Login.open(page, lang, urls)
    expect(login.idporten_link).to_be_visible()
    expect(login.international_link, "no International choice before February 2026").to_have_count(0)
    response = page.goto(urls("altinn", f"/{lang}/login/international"))
    assert response is not None and response.status == NOT_FOUND, "the page did not exist yet"

    control.set_clock_at(EMAIL_LOGIN_FROM + timedelta(minutes=10))  # 1 February 2026, 00:10
    Login.open(page, lang, urls).choose_international().email_login(then=EmailAddress)
