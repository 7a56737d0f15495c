"""Guide 002 steps 1 and 2: "fødselsnummer eller D-nummer". Each invalid identity number is refused
with its own message, D-numbers and (in test mode) synthetic numbers are accepted (domain-facts §4)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.minid import AppStart, OrderLetter

from .support import finish_registration

pytestmark = pytest.mark.control_api

RULE_IDS = {"length": "MINID-PID-LENGTH", "not_digits": "MINID-PID-DIGITS", "date": "MINID-PID-DATE"}
RULE_IDS["control"] = "MINID-PID-CONTROL"
KINDS = ("fnr", "dnr", "synthetic_fnr", "synthetic_dnr")


@pytest.mark.parametrize(
    ("rule", "kind"),
    [
        pytest.param(rule, kind, marks=pytest.mark.req(rid, *(["MINID-PID-DNUMBER"] if kind.endswith("dnr") else [])))
        for rule, rid in RULE_IDS.items()
        for kind in KINDS
    ],
)
def test_an_invalid_identity_number_is_refused_with_its_message(
    page: Page, lang: str, urls, fake, control, rule: str, kind: str
) -> None:
    pid = fake.identity_number_breaking(rule, kind)
    form = OrderLetter.open(page, lang, urls).order_refused(pid)
    expect(form.pid).to_have_accessible_description(form.t[f"err.pid.{rule}"])
    expect(form.pid).to_have_value(pid)


@pytest.mark.req("MINID-PID-CONTROL")
@pytest.mark.parametrize("digit", [9, 10])
def test_each_control_digit_is_checked(page: Page, lang: str, urls, fake, control, new_person, digit: int) -> None:
    """A number off in only one control digit (the other one right) is refused."""
    valid = new_person()["pid"]
    wrong = str((int(valid[digit]) + fake.random_int(1, 9)) % 10)
    pid = valid[:digit] + wrong + valid[digit + 1 :]
    form = OrderLetter.open(page, lang, urls).order_refused(pid)
    expect(form.pid).to_have_accessible_description(form.t["err.pid.control"])


@pytest.mark.req("MINID-PID-UNKNOWN")
@pytest.mark.parametrize("kind", ["fnr", "dnr"])
def test_a_valid_number_that_is_not_in_the_register_is_refused(page: Page, lang: str, urls, fake, kind: str) -> None:
    form = OrderLetter.open(page, lang, urls).order_refused(fake.identity_number(kind))
    expect(form.pid).to_have_accessible_description(form.t["err.pid.unknown"])


@pytest.mark.req("MINID-PID-DNUMBER", "MINID-ORDER-STEPS")
@pytest.mark.parametrize("kind", ["dnr", "synthetic_dnr"])
def test_a_person_with_a_d_number_can_order(page: Page, lang: str, urls, control, new_person, kind: str) -> None:
    person = new_person(kind=kind)
    sms = OrderLetter.open(page, lang, urls).order(person["pid"]).send_code(person["mobile"])
    sms.confirm(control.last_sms_code(person["mobile"]))
    assert control.minid_letter(person["pid"]) is not None


@pytest.mark.req("MINID-PID-DNUMBER", "MINID-APP-STEPS")
def test_a_person_with_a_d_number_can_register_in_the_app(
    page: Page, lang: str, urls, fake, control, new_person
) -> None:
    person = new_person(kind="dnr")
    code = control.seed_minid_letter(person["pid"])["code"]
    screen = AppStart.open(page, lang, urls).get_started().next(person["pid"]).next(code)
    finish_registration(screen, fake, control, person)


@pytest.mark.req("MINID-PID-SYNTHETIC")
@pytest.mark.parametrize("kind", ["synthetic_fnr", "synthetic_dnr"])
def test_synthetic_numbers_are_accepted_in_test_mode(
    page: Page, lang: str, urls, control, new_person, kind: str
) -> None:
    person = new_person(kind=kind)
    sms = OrderLetter.open(page, lang, urls).order(person["pid"]).send_code(person["mobile"])
    sms.confirm(control.last_sms_code(person["mobile"]))
    assert control.minid_letter(person["pid"]) is not None, "the order must be placed"


@pytest.mark.req("MINID-PID-SYNTHETIC")
@pytest.mark.parametrize("kind", ["synthetic_fnr", "synthetic_dnr"])
def test_synthetic_numbers_are_refused_where_the_deployment_refuses_them(
    page: Page, lang: str, urls, control, new_person, kind: str
) -> None:
    person = new_person(kind=kind)
    control.set_accept_synthetic(False)  # this test's scope only, like --no-synthetic
    form = OrderLetter.open(page, lang, urls).order_refused(person["pid"])
    expect(form.pid).to_have_accessible_description(form.t["err.pid.synthetic"])
