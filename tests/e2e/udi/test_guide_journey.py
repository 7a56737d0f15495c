"""Guide 001 end to end: create a user account by e-mail and password, log in, see your application."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import UDI
from pages.components import expect_wording
from pages.udi import Login

LANGUAGES = ("en", "nb", "nn")  # the portal's full languages (Russian is partial); `make docs` writes all three


@pytest.mark.guide("001")
@pytest.mark.control_api  # the verification code is read from the fake e-mail outbox
@pytest.mark.req("UDI-JOURNEY", "UDI-REG-CODE", "UDI-REG-CREATE", "UDI-LOGIN-PASSWORD", "UDI-APP-REGISTER")
def test_guide_steps_register_log_in_and_see_your_application(
    page: Page, lang: str, urls, fake, email_code, guide
) -> None:
    email, password, name = fake.unique_email(), fake.password(UDI), fake.name()

    login = Login.open(page, lang, urls)
    guide.step(1, login, login.register_link)
    # Checked before it is used: a log-in page without it fails here, on an assertion, not on a timeout.
    expect(login.register_link).to_be_visible()
    register = login.register_now()
    guide.step(2, register, register.email, register.send_button, action="fill")
    verify = register.send_code(email)  # "Register now" → e-mail → "Send verification code"
    guide.step(3, verify, verify.code, verify.verify_button, action="fill")
    account = verify.verify(email_code(email))  # the code from the e-mail → "Verify code"
    guide.step(4, account, account.password, account.name, account.submit_button, action="fill")
    login = account.fill(password, name).submit()  # password and name → "Create user account"
    expect_wording(login.status, None)  # the account is made: a notice of its own (wording undocumented)

    guide.step(5, login, login.email, login.password, login.submit_button, action="log_in")
    applications = login.log_in(email, password)  # "To see your applications, you must log in"
    expect(applications.logged_in_with_password(name, email)).to_be_visible()
    guide.step(6, applications, applications.new_link)
    new = applications.register_new()
    guide.step(7, new, new.relation_group, new.kind, new.submit_button, action="fill")
    new = new.fill("self", "work")
    kind_label = new.kind_label("work")
    applications = new.submit()

    row = applications.row_of(name)
    expect(row).to_have_count(1)
    expect(row).to_contain_text(kind_label)  # the kind as the form named it
    # Who follows it up: guide 001's words where it gives them (English), else some text of its own.
    expect_wording(row.get_by_role("cell").last, applications.follow_up_text())
