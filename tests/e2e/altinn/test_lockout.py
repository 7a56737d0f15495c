"""Guide 000 step 6: three wrong passwords lock the account for 60 minutes (domain-facts §1.6)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.limits import Limits
from fixtures.data.policies import ALTINN
from fixtures.era import GUIDE_000
from pages.altinn import SelfIdentifiedLogin

pytestmark = pytest.mark.era(GUIDE_000)  # the historical guide (fixtures/era.py)


@pytest.mark.control_api
@pytest.mark.req("ALT-LOGIN-LOCKOUT")
def test_three_wrong_passwords_lock_the_account_for_60_minutes(
    page: Page, lang: str, urls, fake, seeded_account, control, limits: Limits
) -> None:
    username, password = seeded_account.username, seeded_account.password
    wrong = fake.password(ALTINN)
    assert wrong != password
    login = SelfIdentifiedLogin.open(page, lang, urls)
    for _ in range(limits.lockout_threshold - 1):
        login = login.log_in_refused(username, wrong)
        expect(login.invalid_message).to_be_visible()

    login = login.log_in_refused(username, wrong)
    expect(login.locked_message).to_be_visible()
    expect(login.locked_for(limits.lockout_minutes)).to_be_visible()

    login = login.log_in_refused(username, password)
    expect(login.locked_message, "the right password must not open a locked account").to_be_visible()

    control.set_clock_offset(timedelta(minutes=limits.lockout_minutes - 1))
    login = login.log_in_refused(username, password)
    expect(login.locked_message, "the lock must last the whole 60 minutes").to_be_visible()

    control.set_clock_offset(timedelta(minutes=limits.lockout_minutes))
    inbox = login.log_in(username, password)
    expect(inbox.logged_in_as(username)).to_be_visible()


@pytest.mark.control_api
@pytest.mark.req("ALT-LOGIN-LOCKOUT")
def test_two_wrong_passwords_do_not_lock_the_account(
    page: Page, lang: str, urls, fake, seeded_account, limits: Limits
) -> None:
    username, password = seeded_account.username, seeded_account.password
    login = SelfIdentifiedLogin.open(page, lang, urls)
    for _ in range(limits.lockout_threshold - 1):
        login = login.log_in_refused(username, fake.password(ALTINN))
        expect(login.invalid_message).to_be_visible()

    inbox = login.log_in(username, password)
    expect(inbox.logged_in_as(username)).to_be_visible()
