"""The alternative log-in tab 'Password only' (guide 000 step 3): level 1 (domain-facts §2)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.altinn_system import PasswordOnlyTab

from .support import Person, make_user


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-PWONLY-LOGIN")
@pytest.mark.parametrize("who", ["pid", "username"], ids=["identity number", "username"])
def test_password_only_logs_in_at_level_1(page: Page, lang: str, urls, fake, control, person: Person, who: str) -> None:
    user = make_user(control, fake, person, username=True)
    inbox = PasswordOnlyTab.open(page, lang, urls).log_in(getattr(user, who), user.password)
    expect(inbox.logged_in_as(user.name)).to_be_visible()
    expect(inbox.security_level(1)).to_be_visible()
    assert control.sms(user.mobile) == []


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-PWONLY-LOGIN")
def test_a_wrong_password_logs_nobody_in(page: Page, lang: str, urls, fake, control, person: Person) -> None:
    user = make_user(control, fake, person)
    tab = PasswordOnlyTab.open(page, lang, urls).submit_refused(user.pid, user.password.swapcase())
    expect(tab.error).to_have_text(tab.t["err.invalid"])
