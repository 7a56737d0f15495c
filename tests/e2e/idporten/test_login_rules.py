"""ID-porten log-in rules: wrong password, the one-time code (wrong, expired, new code), TestID for
synthetic people, and the return address (no open redirect)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import MINID
from pages.components import expect_field_error, expect_page_language
from pages.idporten import DemoService, EidChooser, MinidLogin

SOME_TEXT = re.compile(r"\S")


@pytest.mark.control_api
@pytest.mark.req("IDP-MINID-LOGIN")
def test_a_wrong_minid_password_is_refused_without_sending_a_code(page: Page, lang: str, urls, fake, control) -> None:
    person = fake.person()
    control.seed_person(**person, minid_password=fake.password(MINID))
    login = MinidLogin.open(page, lang, urls).log_in_refused(person["pid"], fake.password(MINID))
    expect(login.failure).to_have_text(SOME_TEXT)  # the page says the log-in failed
    expect_page_language(page, lang)
    expect(login.pid).to_have_value(person["pid"])
    assert control.sms(person["mobile"]) == [], "no code is sent"


WRONG_PASSWORDS_ALLOWED = 4  # the 5th wrong MinID password locks MinID log-in for 15 minutes (docs/decisions.md)


@pytest.mark.control_api
@pytest.mark.req("IDP-MINID-LOGIN-LIMIT")
def test_after_five_wrong_minid_passwords_even_the_right_one_sends_no_code(
    page: Page, lang: str, urls, fake, control
) -> None:
    person, password = fake.person(), fake.password(MINID)
    control.seed_person(**person, minid_password=password)
    login = MinidLogin.open(page, lang, urls)
    for _ in range(WRONG_PASSWORDS_ALLOWED + 1):
        login = login.log_in_refused(person["pid"], fake.password(MINID))
    # Refused: still the MinID log-in, and no one-time code was sent.
    login = login.log_in_refused(person["pid"], password)
    expect(login.pid).to_have_value(person["pid"])
    assert control.sms(person["mobile"]) == [], "a blocked MinID log-in must not send a code"


@pytest.mark.control_api
@pytest.mark.req("IDP-MINID-LOGIN")
def test_a_person_without_minid_cannot_log_in_with_minid(page: Page, lang: str, urls, fake, control) -> None:
    person = fake.person(eids=("bankid",))
    control.seed_person(**person)
    login = MinidLogin.open(page, lang, urls).log_in_refused(person["pid"], fake.password(MINID))
    expect(login.failure).to_have_text(SOME_TEXT)
    assert control.sms(person["mobile"]) == [], "no code is sent"


@pytest.mark.control_api
@pytest.mark.req("IDP-OTC")
def test_a_wrong_one_time_code_is_refused(page: Page, lang: str, urls, fake, control) -> None:
    person = fake.person(eids=("bankid",))
    control.seed_person(**person)
    code = EidChooser.open(page, lang, urls).choose("BankID").enter_pid(person["pid"])
    right = control.last_sms_code(person["mobile"])
    wrong = f"{(int(right) + 1) % 10 ** len(right):0{len(right)}d}"
    code = code.submit_refused(wrong)
    expect_field_error(code.code)
    expect(code.code, "the code typed is not kept").to_have_value("")


@pytest.mark.control_api
@pytest.mark.req("IDP-OTC")
def test_an_expired_one_time_code_is_refused_and_a_new_one_works(page: Page, lang: str, urls, fake, control) -> None:
    person = fake.person(eids=("bankid",))
    control.seed_person(**person)
    code = EidChooser.open(page, lang, urls).choose("BankID").enter_pid(person["pid"])
    old = control.last_sms_code(person["mobile"])
    control.set_clock_offset(timedelta(minutes=30))
    code = code.submit_refused(old)
    expect_field_error(code.code)
    code = code.resend()
    service = code.submit(control.last_sms_code(person["mobile"]), then=DemoService, required=3)
    expect(service.logged_in_as(person["name"])).to_be_visible()


# TestID takes any synthetic number, as the real one does (domain-facts §3: no password, a synthetic
# identity number): the two below need nobody in the register, so they run on any target.
@pytest.mark.req("IDP-TESTID")
@pytest.mark.parametrize("level", [3, 4])
def test_testid_logs_a_synthetic_person_in_at_the_chosen_level(page: Page, lang: str, urls, fake, level: int) -> None:
    pid = fake.random_element([fake.synthetic_fnr, fake.synthetic_d_number])()
    page.goto(urls("idporten", DemoService.path(lang, "substantial")))
    testid = EidChooser(page, lang).expect_loaded().choose("TestID")
    service = testid.log_in(pid, level, then=DemoService, required=3)
    expect(service.security_level(level)).to_be_visible()


@pytest.mark.req("IDP-TESTID")
def test_testid_refuses_a_real_identity_number(page: Page, lang: str, urls, fake) -> None:
    pid = fake.fnr()
    testid = EidChooser.open(page, lang, urls).choose("TestID").log_in_refused(pid, 4)
    expect_field_error(testid.pid)
    expect(testid.pid).to_have_value(pid)


@pytest.mark.req("IDP-RETURN-TO")
@pytest.mark.parametrize("return_to", ["https://example.org/inbox", "//example.org/inbox", "/\\example.org"])
def test_a_return_address_on_another_site_is_refused(page: Page, lang: str, urls, return_to: str) -> None:
    refused = EidChooser.start_refused(page, lang, urls, client="altinn", acr="substantial", return_to=return_to)
    expect(refused.problems).to_have_text(SOME_TEXT)  # the page says why, and nobody is sent away
    expect_page_language(page, lang)
