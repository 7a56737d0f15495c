"""ID-porten's one-time code has an attempt limit (docs/decisions.md, "Attempt limits"): the 5th wrong code
blocks log-in with a code for that person, "Send a new code" gives no new attempts, and once blocked even
the right code is refused."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

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
    for _ in range(WRONG_CODES_ALLOWED):
        code = code.submit_refused(_wrong(control.last_sms_code(person["mobile"])))
        expect(code.code).to_have_accessible_description(code.t["err.code.wrong"])

    code = code.resend()  # a new code is not a new set of attempts
    right = control.last_sms_code(person["mobile"])
    code = code.submit_refused(_wrong(right))
    expect(code.code).to_have_accessible_description(code.t["err.code.locked"])

    code = code.submit_refused(right)
    expect(code.code, "the right code must not open a blocked log-in").to_have_accessible_description(
        code.t["err.code.locked"]
    )
