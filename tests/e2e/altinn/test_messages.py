"""Guide 000 step 5: what a person meets when the create form refuses a field, where no guide words the
message. Each refusal names its field (the message tied to it by aria-describedby), each rule says
something of its own, and the page is in the chosen language. The wording itself is compared only where
the domain facts give it (test_password_rules.py, test_user_fields.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from fixtures.data.policies import ALTINN
from fixtures.era import GUIDE_000
from pages.altinn import CreateUser
from pages.components import expect_distinct, expect_field_error, expect_page_language, field_error_text

from .checks import assert_nothing_stored

pytestmark = pytest.mark.era(GUIDE_000)  # the historical guide (fixtures/era.py)

PASSWORD_RULES = ("min_length", "max_length", "letter", "digit", "chars")


@pytest.mark.control_api
@pytest.mark.req(
    "ALT-USER-REQUIRED", "ALT-USER-NOT-PID", "ALT-EMAIL-VALID", "ALT-PWD-CONFIRM", "ALT-PWD-MIN", "ALT-PWD-MAX",
    "ALT-PWD-LETTER", "ALT-PWD-DIGIT", "ALT-PWD-CHARS",
)  # fmt: skip
def test_every_refusal_has_its_own_message_in_the_pages_language(
    page: Page, lang: str, urls, fake, account, control
) -> None:
    password = account.password
    cases = {  # rule: (username, email, password, confirmation, the field that must carry the message)
        "username.required": ("", account.email, password, password, "username"),
        "username.identity_number": (fake.ssn(), account.email, password, password, "username"),
        "email.required": (account.username, "", password, password, "email"),
        "email.invalid": (account.username, f"{account.username}.example.com", password, password, "email"),
        "password.required": (account.username, account.email, "", "", "password"),
        "confirm.mismatch": (account.username, account.email, password, password.swapcase(), "confirm_password"),
    }
    for rule in PASSWORD_RULES:
        breaking = fake.password_breaking(ALTINN, rule)
        cases[f"password.{rule}"] = (account.username, account.email, breaking, breaking, "password")

    messages = {}
    for rule, (username, email, pwd, confirm, field) in cases.items():
        form = CreateUser.open(page, lang, urls).fill(username, email, pwd, confirm).submit_refused()
        expect_page_language(page, lang)
        expect_field_error(form.inputs[field])
        messages[rule] = field_error_text(form.inputs[field])

    expect_distinct(messages)
    assert_nothing_stored(control, account.username, account.email)
