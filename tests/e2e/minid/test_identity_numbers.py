"""Guide 002 steps 1 and 2: "fødselsnummer eller D-nummer". Each invalid identity number is refused
with a message of its own tied to the field, D-numbers and (in test mode) synthetic numbers are accepted
(domain-facts §4). No guide words the messages: the tests check what a person meets, not the words."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.components import expect_distinct, expect_field_error, expect_page_language
from pages.minid import AppStart, OrderLetter

from .support import finish_registration, order_refusal

pytestmark = pytest.mark.control_api

RULE_IDS = {"length": "MINID-PID-LENGTH", "not_digits": "MINID-PID-DIGITS", "date": "MINID-PID-DATE"}
RULE_IDS["control"] = "MINID-PID-CONTROL"
KINDS = ("fnr", "dnr", "synthetic_fnr", "synthetic_dnr")


def _d_number_ids(kind: str) -> list[str]:
    return ["MINID-PID-DNUMBER"] if kind.endswith("dnr") else []


@pytest.mark.parametrize(
    ("rule", "kind"),
    [
        pytest.param(rule, kind, marks=pytest.mark.req(rid, *_d_number_ids(kind)))
        for rule, rid in RULE_IDS.items()
        for kind in KINDS
    ],
)
def test_an_invalid_identity_number_is_refused_at_its_field(
    page: Page, lang: str, urls, fake, control, rule: str, kind: str
) -> None:
    pid = fake.identity_number_breaking(rule, kind)
    form = OrderLetter.open(page, lang, urls).order_refused(pid)
    expect_field_error(form.pid)
    expect_page_language(page, lang)
    expect(form.pid, "what was typed is kept").to_have_value(pid)


@pytest.mark.parametrize(
    "kind",
    [
        pytest.param(kind, marks=pytest.mark.req(*RULE_IDS.values(), "MINID-PID-UNKNOWN", *_d_number_ids(kind)))
        for kind in KINDS
    ],
)
def test_each_identity_number_rule_has_a_message_of_its_own(page: Page, lang: str, urls, fake, kind: str) -> None:
    """A number breaking one rule says so, not another rule's message, nor 'not in the register'."""
    messages = {rule: order_refusal(page, lang, urls, fake.identity_number_breaking(rule, kind)) for rule in RULE_IDS}
    messages["unknown"] = order_refusal(page, lang, urls, fake.identity_number(kind.replace("synthetic_", "")))
    expect_distinct(messages)


@pytest.mark.req("MINID-PID-CONTROL")
@pytest.mark.parametrize("digit", [9, 10])
def test_each_control_digit_is_checked(page: Page, lang: str, urls, fake, control, new_person, digit: int) -> None:
    """A number off in only one control digit (the other one right) is refused as such, not as a number
    the register does not know."""
    valid = new_person()["pid"]
    wrong = str((int(valid[digit]) + fake.random_int(1, 9)) % 10)
    message = order_refusal(page, lang, urls, valid[:digit] + wrong + valid[digit + 1 :])
    unknown = order_refusal(page, lang, urls, fake.identity_number("fnr"))
    expect_distinct({"control": message, "unknown": unknown})


@pytest.mark.req("MINID-PID-UNKNOWN")
@pytest.mark.parametrize("kind", ["fnr", "dnr"])
def test_a_valid_number_that_is_not_in_the_register_is_refused(page: Page, lang: str, urls, fake, kind: str) -> None:
    pid = fake.identity_number(kind)
    form = OrderLetter.open(page, lang, urls).order_refused(pid)
    expect_field_error(form.pid)
    expect(form.pid).to_have_value(pid)


@pytest.mark.req("MINID-PID-DNUMBER", "MINID-ORDER-STEPS")
@pytest.mark.parametrize("kind", ["dnr", "synthetic_dnr"])
def test_a_person_with_a_d_number_can_order(page: Page, lang: str, urls, control, new_person, kind: str) -> None:
    person = new_person(kind=kind)
    sms = OrderLetter.open(page, lang, urls).order(person["pid"]).send_code(person["mobile"])
    sms.confirm(control.last_sms_code(person["mobile"]))
    assert control.minid_letter(person["pid"]) is not None, "the order must be placed"


@pytest.mark.req("MINID-PID-DNUMBER", "MINID-APP-STEPS")
def test_a_person_with_a_d_number_can_register_in_the_app(
    page: Page, lang: str, urls, fake, control, new_person
) -> None:
    person = new_person(kind="dnr")
    code = control.seed_minid_letter(person["pid"])["code"]
    screen = AppStart.open(page, lang, urls).get_started().next(person["pid"]).next(code)
    finish_registration(screen, fake, control, person)  # ends with: registered, and the MinID exists
    assert control.minid_account(person["pid"])["pid"] == person["pid"], "the MinID is the D-number's"


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
    expect_field_error(form.pid)
    assert control.minid_letter(person["pid"]) is None, "nothing is ordered"
