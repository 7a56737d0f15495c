"""Lockout after repeated wrong passwords or codes (domain-facts §1.6: 3, or 10 in newer help — a target
setting, fixtures/data/limits.py): 60 minutes, even for the right password, on every method."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.limits import Limits
from pages.altinn_system import CodeLetterTab, EndUserApi, PasswordOnlyTab

from .support import EndUserSystem, Person, User, another_code


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-LOCKOUT")
def test_wrong_passwords_lock_the_account_for_an_hour(
    page: Page, lang: str, urls, control, limits: Limits, user: User
) -> None:
    tab = PasswordOnlyTab.open(page, lang, urls)
    for _ in range(limits.lockout_threshold - 1):
        tab = tab.submit_refused(user.pid, user.password + "x")
        expect(tab.error).to_have_text(tab.t["err.invalid"])
    tab = tab.submit_refused(user.pid, user.password + "x")
    expect(tab.error).to_contain_text(tab.t["err.locked"])

    tab = tab.submit_refused(user.pid, user.password)  # the right password, still locked
    expect(tab.error).to_contain_text(tab.t["err.locked"])

    control.set_clock_offset(timedelta(minutes=limits.lockout_minutes - 1))
    tab = tab.submit_refused(user.pid, user.password)
    expect(tab.error, "the lock must last the whole period").to_contain_text(tab.t["err.locked"])

    control.set_clock_offset(timedelta(minutes=limits.lockout_minutes))
    expect(tab.log_in(user.pid, user.password).security_level(1)).to_be_visible()


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-LOCKOUT")
def test_wrong_letter_codes_lock_the_account(
    page: Page, lang: str, urls, control, limits: Limits, person: Person
) -> None:
    codes = control.seed_code_letter(person.pid)
    tab = CodeLetterTab.open(page, lang, urls)
    for _ in range(limits.lockout_threshold):
        entry = tab.continue_(person.pid)
        tab = entry.log_in_refused(another_code(codes[entry.asked_number() - 1]))
    expect(tab.error).to_contain_text(tab.t["err.locked"])

    entry = tab.continue_(person.pid)
    tab = entry.log_in_refused(codes[entry.asked_number() - 1])
    expect(tab.error).to_contain_text(tab.t["err.locked"])


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-LOCKOUT")
def test_a_locked_person_cannot_be_used_by_a_system_either(
    api: EndUserApi, control, limits: Limits, user: User, end_user_system: EndUserSystem
) -> None:
    session_id = api.start(end_user_system.id, end_user_system.password).body["session_id"]
    for _ in range(limits.lockout_threshold):
        api.user(session_id, user.pid, user.password + "x")

    locked = api.user(session_id, user.pid, user.password)

    assert locked.refused and locked.error, locked.body
    assert control.sms(user.mobile) == []
