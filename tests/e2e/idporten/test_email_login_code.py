"""ID-porten's e-mail log-in: the address and the one-time code by e-mail (domain-facts §10.2; the code's length,
validity and attempts are the project's choice, docs/decisions.md "E-mail log-in"). Every log-in starts where a
person starts it: Altinn's Log in → International → Email login (Altinn is the client registered for it)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.email_login import ADDRESS_RULES
from fixtures.era import TODAY
from pages.altinn import Inbox, Login
from pages.components import expect_distinct, expect_field_error, expect_page_language, field_error_text
from pages.idporten import EmailAddress, EmailCode

pytestmark = [pytest.mark.era(TODAY), pytest.mark.control_api]
LANGUAGES = ("en", "nb", "nn")  # Altinn and ID-porten serve all three (domain-facts §9); default runs en, nb
WRONG_CODES_ALLOWED = 4  # the 5th wrong code blocks (docs/decisions.md, "Attempt limits")


def address_screen(page: Page, lang: str, urls) -> EmailAddress:
    return Login.open(page, lang, urls).choose_international().email_login(then=EmailAddress)


def code_screen(page: Page, lang: str, urls, address: str) -> EmailCode:
    return address_screen(page, lang, urls).submit(address)


@pytest.mark.req("IDP-EMAIL-ADDRESS")
def test_a_bad_address_is_refused_at_the_field_and_no_code_is_sent(page: Page, lang: str, urls, fake, control) -> None:
    screen = address_screen(page, lang, urls)
    for rule in ADDRESS_RULES:
        bad = fake.email_address_breaking(rule)
        screen = screen.submit_refused(bad)
        expect_field_error(screen.address)
        expect_page_language(page, lang)
        if bad.strip():
            assert control.emails(bad) == [], f"a code was sent to the refused address {bad!r} ({rule})"


@pytest.mark.req("IDP-EMAIL-CODE")
def test_a_wrong_code_is_refused_and_the_e_mailed_one_logs_in(page: Page, lang: str, urls, fake, control) -> None:
    address = fake.email_address()
    screen = code_screen(page, lang, urls, address)
    right = control.last_email_code(address)

    screen = screen.confirm_refused(fake.wrong_code(right))
    expect_field_error(screen.code)
    expect_page_language(page, lang)

    inbox = screen.confirm(right, then=Inbox)
    expect(inbox.who).to_contain_text(f"epost:{address}")


@pytest.mark.req("IDP-EMAIL-EXPIRY")
def test_a_code_older_than_its_validity_is_refused_with_its_own_message(
    page: Page, lang: str, urls, fake, control, limits
) -> None:
    address = fake.email_address()
    screen = code_screen(page, lang, urls, address)
    code = control.last_email_code(address)
    screen = screen.confirm_refused(fake.wrong_code(code))
    wrong = field_error_text(screen.code)

    control.set_clock_offset(timedelta(minutes=limits.email_code_valid_minutes))
    screen = screen.confirm_refused(code)
    expired = field_error_text(screen.code)
    expect_distinct({"wrong code": wrong, "expired code": expired})

    screen = screen.resend()  # a new code, valid from now
    screen.confirm(control.last_email_code(address), then=Inbox)


@pytest.mark.req("IDP-EMAIL-ONCE")
def test_a_used_code_does_not_log_in_again(page: Page, lang: str, urls, fake, control) -> None:
    address = fake.email_address()
    screen = code_screen(page, lang, urls, address)
    used = control.last_email_code(address)
    screen.confirm(used, then=Inbox).log_out()

    screen = code_screen(page, lang, urls, address)  # the next log-in with the address
    screen = screen.confirm_refused(used)
    expect_field_error(screen.code)
    screen.confirm(control.last_email_code(address), then=Inbox)


@pytest.mark.req("IDP-EMAIL-RESEND")
def test_send_a_new_code_replaces_the_earlier_one(page: Page, lang: str, urls, fake, control) -> None:
    address = fake.email_address()
    screen = code_screen(page, lang, urls, address)
    first = control.last_email_code(address)

    screen = screen.resend()
    expect(screen.resent_notice).to_be_visible()
    assert len(control.emails(address)) == 2, "'Send a new code' must send another e-mail"
    second = control.last_email_code(address)

    screen = screen.confirm_refused(first)
    expect_field_error(screen.code)
    screen.confirm(second, then=Inbox)


@pytest.mark.req("IDP-EMAIL-LIMIT")
def test_after_the_wrong_codes_run_out_even_the_right_code_is_refused(
    page: Page, lang: str, urls, fake, control
) -> None:
    address = fake.email_address()
    screen = code_screen(page, lang, urls, address)
    screen = screen.confirm_refused(fake.wrong_code(control.last_email_code(address)))
    wrong = field_error_text(screen.code)
    for _ in range(WRONG_CODES_ALLOWED - 1):
        screen = screen.confirm_refused(fake.wrong_code(control.last_email_code(address)))
        expect(screen.code, "a wrong code with attempts left").to_have_accessible_description(wrong)

    screen = screen.resend()  # a new code is not a new set of attempts
    right = control.last_email_code(address)
    screen = screen.confirm_refused(fake.wrong_code(right))
    blocked = field_error_text(screen.code)
    expect_distinct({"wrong code": wrong, "blocked": blocked})

    screen = screen.confirm_refused(right)
    expect(screen.code, "the right code must not open a blocked log-in").to_have_accessible_description(blocked)
