"""'Forgot password' (guide 001, domain-facts §7): a code by e-mail, then a new password under the same
rules - a rule-breaking one does nothing, like "Create user account"."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import UDI
from pages.components import (
    expect_distinct,
    expect_field_error,
    expect_page_language,
    expect_wording,
    field_error_text,
)
from pages.udi import Login, MyApplications

from .support import watching_navigations

pytestmark = pytest.mark.control_api


@pytest.fixture
def account(fake, control) -> dict:
    data = {"email": fake.unique_email(), "password": fake.password(UDI), "name": fake.name()}
    control.seed_udi_account(**data)
    return data


@pytest.mark.req("UDI-FORGOT-PASSWORD")
def test_forgot_password_sets_a_new_password_that_replaces_the_old(
    page: Page, lang: str, urls, fake, account: dict, email_code
) -> None:
    new_password = fake.password(UDI)
    verify = Login.open(page, lang, urls).forgot_password().send_code(account["email"])
    login = verify.verify_for_new_password(email_code(account["email"])).fill(new_password).submit()
    expect_wording(login.status, None)  # a notice of its own (wording undocumented)

    login = login.log_in_refused(account["email"], account["password"])
    expect_wording(login.failed, None)
    applications = login.log_in(account["email"], new_password)
    expect(applications.logged_in_with_password(account["name"], account["email"])).to_be_visible()


@pytest.mark.req("UDI-FORGOT-PASSWORD")
def test_forgot_password_needs_the_right_code(page: Page, lang: str, urls, account: dict, email_code) -> None:
    verify = Login.open(page, lang, urls).forgot_password().send_code(account["email"])
    right = email_code(account["email"])
    wrong = f"{(int(right) + 1) % 10 ** len(right):0{len(right)}d}"
    verify = verify.verify_refused(wrong)
    expect_field_error(verify.code)
    expect_page_language(page, lang)


@pytest.mark.req("UDI-CODE-LIMIT")
def test_after_the_wrong_codes_run_out_even_the_right_code_is_refused(
    page: Page, lang: str, urls, account: dict, email_code
) -> None:
    verify = Login.open(page, lang, urls).forgot_password().send_code(account["email"])
    for _ in range(4):  # the 5th wrong code locks (docs/decisions.md, "Attempt limits")
        verify = verify.verify_refused(f"{(int(email_code(account['email'])) + 1) % 1_000_000:06d}")
        expect_field_error(verify.code)
    wrong = field_error_text(verify.code)
    verify = verify.send_new_code()  # a new code is not a new set of attempts
    right = email_code(account["email"])
    verify = verify.verify_refused(f"{(int(right) + 1) % 1_000_000:06d}")
    expect_field_error(verify.code)
    locked = field_error_text(verify.code)
    expect_distinct({"wrong code": wrong, "codes blocked": locked})  # blocked is told, not "wrong" again
    verify = verify.verify_refused(right)
    # The right code must not open a blocked reset: still the blocked message, still on the code screen.
    expect_field_error(verify.code, locked)


@pytest.mark.req("UDI-FORGOT-PASSWORD")
def test_forgot_password_for_an_unknown_address_looks_the_same_but_sends_nothing(
    page: Page, lang: str, urls, fake, control
) -> None:
    email = fake.unique_email()
    Login.open(page, lang, urls).forgot_password().send_code(email)
    assert control.emails(email) == []


@pytest.mark.req("UDI-FORGOT-RULES")
@pytest.mark.parametrize(
    ("rule", "char"),
    [("min_length", None), ("uppercase", None), ("digit", None), ("special", "&"), ("latin_only", "å")],
)
def test_a_new_password_breaking_a_rule_does_nothing_and_the_old_one_stays(
    page: Page, lang: str, urls, fake, account: dict, email_code, rule: str, char: str | None
) -> None:
    verify = Login.open(page, lang, urls).forgot_password().send_code(account["email"])
    form = verify.verify_for_new_password(email_code(account["email"])).fill(
        fake.password_breaking(UDI, rule, char=char)
    )
    with watching_navigations(page) as navigations:
        response = form.submit_expecting_nothing()
    # The form was sent (not a dead button) and answered without an error; how is the deployment's choice.
    assert response.ok, f"the refused password was answered {response.status}"
    assert navigations == [], "nothing happens: the browser stays on the form"
    form.expect_loaded()
    expect(form.alerts).to_have_count(0)
    expect(form.password).not_to_be_empty()

    applications = Login.open(page, lang, urls).log_in(account["email"], account["password"])
    expect(applications.logged_in_with_password(account["name"], account["email"])).to_be_visible()


@pytest.mark.req("UDI-FORGOT-SESSIONS")
def test_a_new_password_logs_out_another_browser_logged_in_with_the_old_one(
    page: Page, lang: str, urls, fake, account: dict, email_code, new_context
) -> None:
    other = new_context().new_page()  # the account's owner on another device, or whoever had the password
    Login.open(other, lang, urls).log_in(account["email"], account["password"])

    verify = Login.open(page, lang, urls).forgot_password().send_code(account["email"])
    verify.verify_for_new_password(email_code(account["email"])).fill(fake.password(UDI)).submit()

    # Logged out there too: "My applications" sends the other browser to the log-in page.
    Login(other, lang).goto(urls("udi", MyApplications.path(lang, "/applications")))
