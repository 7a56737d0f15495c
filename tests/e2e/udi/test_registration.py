"""Creating a user account (domain-facts §7): the e-mailed code, its few minutes, one account per address."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import UDI
from pages.components import expect_field_error, expect_page_language, expect_wording, field_error_text
from pages.udi import CreateAccount, RegisterEmail

pytestmark = pytest.mark.control_api  # codes come from the fake e-mail outbox, accounts are counted


def _other_code(code: str) -> str:
    return f"{(int(code) + 1) % 10 ** len(code):0{len(code)}d}"


@pytest.mark.req("UDI-REG-CODE")
def test_a_wrong_code_is_refused_and_a_new_code_replaces_the_old(
    page: Page, lang: str, urls, fake, control, email_code
) -> None:
    email = fake.unique_email()
    verify = RegisterEmail.open(page, lang, urls).send_code(email)
    first = email_code(email)

    verify = verify.verify_refused(_other_code(first))
    expect_field_error(verify.code)
    expect_page_language(page, lang)
    wrong = field_error_text(verify.code)

    verify = verify.send_new_code()
    second = email_code(email)
    assert len(control.emails(email)) == 2
    if second != first:  # one in a million they are equal; the old code is then the new one
        verify = verify.verify_refused(first)
        expect_field_error(verify.code, wrong)  # the replaced code is now just a wrong one
    form = verify.verify(second)
    expect(form.password, "the new code opened the password step").to_be_editable()


# domain-facts §7: the code is "valid only a few minutes": still valid after 4, expired after 6.
STILL_VALID_MINUTES, EXPIRED_MINUTES = 4, 6


@pytest.mark.req("UDI-REG-CODE-EXPIRY")
def test_the_code_still_works_after_a_few_minutes(page: Page, lang: str, urls, fake, control, email_code) -> None:
    email = fake.unique_email()
    verify = RegisterEmail.open(page, lang, urls).send_code(email)
    control.set_clock_offset(timedelta(minutes=STILL_VALID_MINUTES))
    form = verify.verify(email_code(email))
    expect(form.password, "the code opened the password step").to_be_editable()


@pytest.mark.req("UDI-REG-CODE-EXPIRY")
def test_the_code_has_expired_after_more_than_a_few_minutes(
    page: Page, lang: str, urls, fake, control, email_code
) -> None:
    email = fake.unique_email()
    verify = RegisterEmail.open(page, lang, urls).send_code(email)
    control.set_clock_offset(timedelta(minutes=EXPIRED_MINUTES))
    verify = verify.verify_refused(email_code(email))
    expect_field_error(verify.code)
    expect_page_language(page, lang)


@pytest.mark.req("UDI-REG-EMAIL-UNIQUE")
def test_a_second_account_for_the_same_address_in_other_case_is_refused(
    page: Page, lang: str, urls, fake, control, use_session
) -> None:
    email = fake.unique_email()
    control.seed_udi_account(email, fake.password(UDI), fake.name())
    use_session(control.udi_verified_registration_cookie(email.upper()))

    form = CreateAccount.open(page, lang, urls).fill(fake.password(UDI), fake.name()).submit_refused()
    expect_wording(form.alerts, None)  # a message of its own (wording undocumented)
    expect_page_language(page, lang)
    assert control.udi_account_count(email) == 1


@pytest.mark.req("UDI-REG-CREATE")
def test_the_name_is_required(page: Page, lang: str, urls, fake, control, use_session) -> None:
    email = fake.unique_email()
    use_session(control.udi_verified_registration_cookie(email))

    form = CreateAccount.open(page, lang, urls).fill(fake.password(UDI), "").submit_refused()
    expect_field_error(form.name)
    expect_page_language(page, lang)
    assert control.udi_account_count(email) == 0
