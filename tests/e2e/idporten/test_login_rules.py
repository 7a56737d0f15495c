"""ID-porten log-in rules: wrong password, the one-time code (wrong, expired, new code), TestID for
synthetic people, and the return address (no open redirect)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import MINID
from pages.idporten import DemoService, EidChooser, MinidLogin


@pytest.mark.control_api
@pytest.mark.req("IDP-MINID-LOGIN")
def test_a_wrong_minid_password_is_refused_without_sending_a_code(page: Page, lang: str, urls, fake, control) -> None:
    person = fake.person()
    control.seed_person(**person, minid_password=fake.password(MINID))
    login = MinidLogin.open(page, lang, urls).log_in_refused(person["pid"], fake.password(MINID))
    expect(login.failure).to_have_text(login.t["minid.failed"])
    expect(login.pid).to_have_value(person["pid"])
    assert control.sms(person["mobile"]) == []


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
    expect(login.failure).to_have_text(login.t["minid.failed"])


@pytest.mark.control_api
@pytest.mark.req("IDP-OTC")
def test_a_wrong_one_time_code_is_refused(page: Page, lang: str, urls, fake, control) -> None:
    person = fake.person(eids=("bankid",))
    control.seed_person(**person)
    code = EidChooser.open(page, lang, urls).choose("BankID").enter_pid(person["pid"])
    right = control.last_sms_code(person["mobile"])
    wrong = f"{(int(right) + 1) % 10 ** len(right):0{len(right)}d}"
    code = code.submit_refused(wrong)
    expect(code.code).to_have_accessible_description(code.t["err.code.wrong"])
    expect(code.no_sms_note).to_be_visible()


@pytest.mark.control_api
@pytest.mark.req("IDP-OTC")
def test_an_expired_one_time_code_is_refused_and_a_new_one_works(page: Page, lang: str, urls, fake, control) -> None:
    person = fake.person(eids=("bankid",))
    control.seed_person(**person)
    code = EidChooser.open(page, lang, urls).choose("BankID").enter_pid(person["pid"])
    old = control.last_sms_code(person["mobile"])
    control.set_clock_offset(timedelta(minutes=30))
    code = code.submit_refused(old)
    expect(code.code).to_have_accessible_description(code.t["err.code.expired"])
    code = code.resend()
    service = code.submit(control.last_sms_code(person["mobile"]), then=DemoService, required=3)
    expect(service.logged_in_as(person["name"])).to_be_visible()


@pytest.mark.control_api
@pytest.mark.req("IDP-TESTID")
@pytest.mark.parametrize("level", [3, 4])
def test_testid_logs_a_synthetic_person_in_at_the_chosen_level(
    page: Page, lang: str, urls, fake, control, level: int
) -> None:
    person = fake.person(kind=fake.random_element(["synthetic_fnr", "synthetic_dnr"]), eids=())
    control.seed_person(**person)
    page.goto(urls("idporten", DemoService.path(lang, "substantial")))
    testid = EidChooser(page, lang).expect_loaded().choose("TestID")
    service = testid.log_in(person["pid"], level, then=DemoService, required=3)
    expect(service.security_level(level)).to_be_visible()


@pytest.mark.control_api
@pytest.mark.req("IDP-TESTID")
def test_testid_refuses_a_real_identity_number(page: Page, lang: str, urls, fake, control) -> None:
    person = fake.person(kind="fnr", eids=())
    control.seed_person(**person)
    testid = EidChooser.open(page, lang, urls).choose("TestID").log_in_refused(person["pid"], 4)
    expect(testid.pid).to_have_accessible_description(testid.t["err.testid_not_synthetic"])


@pytest.mark.req("IDP-RETURN-TO")
@pytest.mark.parametrize("return_to", ["https://example.org/inbox", "//example.org/inbox", "/\\example.org"])
def test_a_return_address_on_another_site_is_refused(page: Page, lang: str, urls, return_to: str) -> None:
    refused = EidChooser.start_refused(page, lang, urls, client="altinn", acr="substantial", return_to=return_to)
    expect(refused.problems).to_contain_text(refused.t["err.return_to"])
