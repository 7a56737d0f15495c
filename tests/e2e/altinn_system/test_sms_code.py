"""The alternative log-in tab 'SMS-code' (guide 000 step 3; domain-facts §2) and guide 003's advice that
it uses the same login information as the accounting system."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.limits import Limits
from pages.altinn_system import EndUserApi, SmsCodeTab
from pages.components import expect_wording

from .support import EndUserSystem, Person, User, another_code, expect_refused, make_user


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SMS-LOGIN")
def test_identity_number_password_and_the_sms_code_log_in(page: Page, lang: str, urls, control, user: User) -> None:
    entry = SmsCodeTab.open(page, lang, urls).continue_(user.pid, user.password)
    expect_wording(entry.sent_notice, None)  # that a code is sent; no source words it
    assert control.sms(user.register_mobile) == [], "the code goes to the mobile number of the advanced settings"

    inbox = entry.log_in(control.last_sms_code(user.mobile))

    expect(inbox.logged_in_as(user.name)).to_be_visible()


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SMS-WRONG")
@pytest.mark.parametrize(
    "mistake",
    [lambda fake, user: (user.pid, user.password + "x"), lambda fake, user: (fake.fnr(), user.password)],
    ids=["password", "identity number"],
)
def test_a_wrong_identity_number_or_password_sends_no_sms(
    page: Page, lang: str, urls, fake, control, user: User, mistake
) -> None:
    who, password = mistake(fake, user)
    tab = SmsCodeTab.open(page, lang, urls).submit_refused(who, password)

    expect(tab.error).to_have_text(tab.t["err.invalid"])
    expect(tab.who).to_have_value(who)
    assert control.sms(user.mobile) == []


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SMS-CODE")
def test_a_wrong_code_is_refused(page: Page, lang: str, urls, control, user: User) -> None:
    entry = SmsCodeTab.open(page, lang, urls).continue_(user.pid, user.password)
    right = control.last_sms_code(user.mobile)

    entry = entry.log_in_refused(another_code(right))

    expect_refused(entry, not_=entry.t["err.locked"])
    expect(entry.log_in(right).logged_in_as(user.name)).to_be_visible()  # the right code still works


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SMS-CODE")
def test_a_code_still_works_a_minute_before_it_expires(
    page: Page, lang: str, urls, control, limits: Limits, user: User
) -> None:
    entry = SmsCodeTab.open(page, lang, urls).continue_(user.pid, user.password)
    control.set_clock_offset(timedelta(minutes=limits.altinn_sms_code_valid_minutes - 1))

    inbox = entry.log_in(control.last_sms_code(user.mobile))

    expect(inbox.logged_in_as(user.name)).to_be_visible()


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SMS-CODE")
def test_an_expired_code_is_refused(page: Page, lang: str, urls, control, limits: Limits, user: User) -> None:
    entry = SmsCodeTab.open(page, lang, urls).continue_(user.pid, user.password)
    control.set_clock_offset(timedelta(minutes=limits.altinn_sms_code_valid_minutes))

    tab = entry.log_in_expired(control.last_sms_code(user.mobile))

    expect_refused(tab, not_=tab.t["err.locked"])


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SMS-LEVEL")
@pytest.mark.parametrize(("allow_level3", "level"), [(False, 2), (True, 3)])
def test_sms_code_gives_level_2_or_3_with_the_box(
    page: Page, lang: str, urls, fake, control, person: Person, allow_level3: bool, level: int
) -> None:
    user = make_user(control, fake, person, allow_level3=allow_level3)
    entry = SmsCodeTab.open(page, lang, urls).continue_(user.pid, user.password)
    inbox = entry.log_in(control.last_sms_code(user.mobile))
    expect(inbox.security_level(level)).to_be_visible()


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SMS-NEEDS-MOBILE")
def test_without_a_mobile_number_there_is_no_sms_code(
    page: Page, lang: str, urls, fake, control, person: Person
) -> None:
    user = make_user(control, fake, person, mobile=False)
    tab = SmsCodeTab.open(page, lang, urls).submit_refused(user.pid, user.password)
    # The password is right: the message is not the one for wrong credentials (domain-facts §9).
    expect_refused(tab, not_=tab.t["err.invalid"])


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-SMS-SAME-INFO")
def test_the_same_username_and_password_work_in_altinn_and_in_the_system(
    page: Page, lang: str, urls, fake, control, api: EndUserApi, person: Person, end_user_system: EndUserSystem
) -> None:
    user = make_user(control, fake, person, username=True)
    assert user.username is not None

    entry = SmsCodeTab.open(page, lang, urls).continue_(user.username, user.password)
    expect(entry.log_in(control.last_sms_code(user.mobile)).logged_in_as(user.name)).to_be_visible()

    session_id = api.start(end_user_system.id, end_user_system.password).body["session_id"]
    assert api.user(session_id, user.username, user.password).ok
    assert api.pin(session_id, control.last_sms_code(user.mobile)).ok
