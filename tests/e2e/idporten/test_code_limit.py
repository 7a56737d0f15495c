"""ID-porten's one-time code has an attempt limit (docs/decisions.md, "Attempt limits"): the 5th wrong code
blocks log-in with a code for that person, "Send a new code" gives no new attempts, and once blocked even
the right code is refused."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.components import expect_distinct, field_error_text
from pages.idporten import EidChooser

WRONG_CODES_ALLOWED = 4  # the 5th wrong code locks (docs/decisions.md)


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10 ** len(code):0{len(code)}d}"


@pytest.mark.control_api
@pytest.mark.req("IDP-OTC-LIMIT")
def test_after_the_wrong_codes_run_out_even_the_right_code_is_refused(
    page: Page, lang: str, urls, fake, control
) -> None:
    person = fake.person(eids=("bankid",))
    control.seed_person(**person)
    code = EidChooser.open(page, lang, urls).choose("BankID").enter_pid(person["pid"])
    code = code.submit_refused(_wrong(control.last_sms_code(person["mobile"])))
    wrong = field_error_text(code.code)  # what a wrong code says while attempts are left
    for _ in range(WRONG_CODES_ALLOWED - 1):
        code = code.submit_refused(_wrong(control.last_sms_code(person["mobile"])))
        expect(code.code, "a wrong code with attempts left").to_have_accessible_description(wrong)

    code = code.resend()  # a new code is not a new set of attempts
    right = control.last_sms_code(person["mobile"])
    code = code.submit_refused(_wrong(right))
    blocked = field_error_text(code.code)
    expect_distinct({"wrong code": wrong, "blocked": blocked})  # the person learns the log-in is blocked

    code = code.submit_refused(right)
    expect(code.code, "the right code must not open a blocked log-in").to_have_accessible_description(blocked)
