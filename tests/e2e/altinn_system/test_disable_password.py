"""'Disable single-use codes / password' for the password (domain-facts §2): SMS code and password only
stop working; after logging in another way, a new password under Advanced settings works."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.session_cookies import add_session_cookies
from pages.altinn_system import AdvancedSettings, DisableLogin, PasswordOnlyTab, SmsCodeTab
from pages.components import expect_wording

from .support import POLICY, User


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-DISABLE-PASSWORD")
def test_a_disabled_password_stops_working_until_a_new_one_is_made(
    page: Page, lang: str, urls, fake, control, user: User
) -> None:
    disable = DisableLogin.open(page, lang, urls).disable(user.pid, "password")
    expect_wording(disable.done, None)  # no source words the confirmation

    tab = PasswordOnlyTab.open(page, lang, urls).submit_refused(user.pid, user.password)
    expect(tab.error).to_have_text(tab.t["err.invalid"])
    sms_tab = SmsCodeTab.open(page, lang, urls).submit_refused(user.pid, user.password)
    expect(sms_tab.error).to_have_text(sms_tab.t["err.invalid"])
    assert control.sms(user.mobile) == []

    cookies = control.altinn_idporten_session_cookies(user.pid, "bankid")  # logging in another way: ID-porten
    add_session_cookies(page.context, urls, cookies)
    settings = AdvancedSettings.open(page, lang, urls)
    expect_wording(settings.password_state, None)
    without_password = settings.password_state.inner_text()
    assert control.login_info(user.pid)["has_password"] is False, "the disabled password is gone"
    new_password = fake.password(POLICY)
    settings = settings.fill_login_info(password=new_password).save()
    expect(settings.password_state, "a password is registered again").not_to_have_text(without_password)
    page.context.clear_cookies()

    inbox = PasswordOnlyTab.open(page, lang, urls).log_in(user.pid, new_password)
    expect(inbox.logged_in_as(user.name)).to_be_visible()
