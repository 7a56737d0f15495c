"""Guide 000 step 5: the username, e-mail and confirmation rules of the create form. A refused form names
the field next to it (its accessible description) and stores nothing."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import ALTINN
from fixtures.era import GUIDE_000
from pages.altinn import CreateUser
from pages.components import expect_field_error

from .checks import assert_nothing_stored, expect_refused_keeping_input

pytestmark = pytest.mark.era(GUIDE_000)  # the historical guide (fixtures/era.py)

# Each required field left empty, with the filled-in fields that must then carry no message.
REQUIRED_FIELDS = {
    "username": ("email",),
    "email": ("username",),
    "password": ("username", "email"),
    "confirm_password": ("username", "email"),
}
# Addresses with one thing wrong each; {u} is a fresh username so nothing collides between tests.
INVALID_EMAILS = {
    "no-at-sign": "{u}.example.com",
    "no-dot-in-domain": "{u}@example",
    "space-inside": "{u} x@example.no",
}


def _alternate_case(text: str) -> str:
    return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(text))


# (how the username is stored, how it is typed again)
CASE_VARIANTS = {
    "same-case": (str.lower, str.lower),
    "typed-in-capitals": (str.lower, str.upper),
    "stored-in-mixed-case": (_alternate_case, str.lower),
}


@pytest.mark.control_api
@pytest.mark.req("ALT-USER-REQUIRED", "ALT-CREATE-NOTHING-STORED")
@pytest.mark.parametrize(("empty", "unflagged"), REQUIRED_FIELDS.items(), ids=REQUIRED_FIELDS.keys())
def test_an_empty_field_is_named_next_to_it(
    page: Page, lang: str, urls, account, control, empty: str, unflagged: tuple[str, ...]
) -> None:
    values = {
        "username": account.username,
        "email": account.email,
        "password": account.password,
        "confirm_password": account.password,
    }
    values[empty] = ""
    form = CreateUser.open(page, lang, urls)
    form = form.fill(values["username"], values["email"], values["password"], values["confirm_password"])
    form = form.submit_refused()

    expect_field_error(form.inputs[empty])  # no guide words the message: it is there, tied to the field
    for name in unflagged:
        expect(form.inputs[name], f"{name} was filled in: not flagged").to_have_accessible_description("")
    assert_nothing_stored(control, account.username, account.email)


@pytest.mark.control_api
@pytest.mark.req("ALT-USER-UNIQUE", "ALT-CREATE-NOTHING-STORED")
@pytest.mark.parametrize("stored_as, typed_as", CASE_VARIANTS.values(), ids=CASE_VARIANTS.keys())
def test_a_taken_username_in_any_case_is_refused(
    page: Page, lang: str, urls, fake, account, control, stored_as, typed_as
) -> None:
    control.seed_altinn_user(stored_as(account.username), account.email, account.password)
    typed, other_email = typed_as(account.username), fake.unique_email()

    form = CreateUser.open(page, lang, urls).fill(typed, other_email, fake.password(ALTINN)).submit_refused()

    expect_field_error(form.username)
    expect_refused_keeping_input(form, typed, other_email)
    assert control.altinn_user_count(account.username) == 1
    assert control.altinn_user(account.username)["email"] == account.email, "the first user was overwritten"
    assert control.emails(other_email) == []


@pytest.mark.control_api
@pytest.mark.req("ALT-USER-NOT-PID", "ALT-CREATE-NOTHING-STORED")
def test_an_identity_number_as_username_is_refused(page: Page, lang: str, urls, fake, account, control) -> None:
    identity_number = fake.ssn()  # a valid fødselsnummer (Faker no_NO)

    form = CreateUser.open(page, lang, urls).fill(identity_number, account.email, account.password).submit_refused()

    expect_field_error(form.username, form.t.get("err.username.identity_number"))  # domain-facts §1.3
    assert_nothing_stored(control, identity_number, account.email)


@pytest.mark.control_api
@pytest.mark.req("ALT-EMAIL-VALID", "ALT-CREATE-NOTHING-STORED")
@pytest.mark.parametrize("pattern", INVALID_EMAILS.values(), ids=INVALID_EMAILS.keys())
def test_an_invalid_email_address_is_refused(page: Page, lang: str, urls, fake, account, control, pattern) -> None:
    email = pattern.format(u=fake.unique_username())

    form = CreateUser.open(page, lang, urls).fill(account.username, email, account.password).submit_refused()

    expect_field_error(form.email, form.t.get("err.email.invalid"))  # domain-facts §1.5, §9
    expect(form.username).to_have_accessible_description("")
    assert_nothing_stored(control, account.username, email)


@pytest.mark.control_api
@pytest.mark.req("ALT-PWD-CONFIRM", "ALT-CREATE-NOTHING-STORED")
@pytest.mark.parametrize(
    "mismatch",
    [
        lambda password: password[1:] + password[0],  # other characters in place: it has a letter and a digit
        str.swapcase,  # it has a letter (policy), so the case differs somewhere
    ],
    ids=["another-password", "same-in-other-case"],
)
def test_a_confirmation_unlike_the_password_is_refused(
    page: Page, lang: str, urls, fake, account, control, mismatch
) -> None:
    confirm = mismatch(account.password)

    form = CreateUser.open(page, lang, urls).fill(account.username, account.email, account.password, confirm)
    form = form.submit_refused()

    expect_field_error(form.confirm_password)
    expect(form.password).to_have_accessible_description("")
    expect_refused_keeping_input(form, account.username, account.email)
    assert_nothing_stored(control, account.username, account.email)
