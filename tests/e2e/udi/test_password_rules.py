"""Guide 001: a password that breaks any rule makes "Create user account" do nothing - no message, no
page, no account - and the same form with a compliant password creates the account.

"Nothing happens" is checked as what a person would see and more: the form's POST reached the server
and was answered without an error (so the button is not merely broken), the browser made no navigation,
the page's text is unchanged (no alert, no error text), every field keeps what was typed, and the
control API finds no account.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import UDI
from pages.components import expect_wording
from pages.udi import CreateAccount

from .support import watching_navigations

MISSING = {  # a required character class left out, or too short
    "min_length": "UDI-PWD-MIN",
    "uppercase": "UDI-PWD-UPPER",
    "lowercase": "UDI-PWD-LOWER",
    "digit": "UDI-PWD-DIGIT",
}
# Forbidden characters, one class at a time: the guide's own examples first.
SPECIALS = ["@", "%", "&", " ", "!"]  # "special characters, such as @, % or &"; a space and '!' are special too
NON_LATIN = [
    "æ",
    "ø",
    "å",
    "Å",
    "ж",
    "λ",
]  # "Æ, ø and å or letters from other alphabets, such as the Cyrillic or Greek"

CASES = [
    *(pytest.param(rule, None, id=rule, marks=pytest.mark.req(rid)) for rule, rid in MISSING.items()),
    *(pytest.param("special", c, id=f"special-{ord(c):x}", marks=pytest.mark.req("UDI-PWD-SPECIAL")) for c in SPECIALS),
    *(pytest.param("latin_only", c, id=f"latin-{ord(c):x}", marks=pytest.mark.req("UDI-PWD-LATIN")) for c in NON_LATIN),
]


@pytest.fixture
def account_form(page: Page, lang: str, urls, fake, control, use_session):
    """The password-and-name form of a fresh registration whose e-mail address is already verified."""
    email = fake.unique_email()
    use_session(control.udi_verified_registration_cookie(email))
    return email, CreateAccount.open(page, lang, urls)


def _expect_nothing_happened(page: Page, form: CreateAccount, password_kind: str, name: str) -> None:
    main = page.get_by_role("main")
    text_before, url_before = main.inner_text(), page.url
    with watching_navigations(page) as navigations:
        response = form.submit_expecting_nothing()
    # Sent (not a dead button) and answered without an error: the status itself is the deployment's choice
    # (guide 001 says only that nothing happens; the test environment answers 204).
    assert response.ok, f"the {password_kind} password was answered {response.status}"
    assert navigations == [], f"the browser navigated: {navigations}"
    expect(page).to_have_url(url_before)
    form.expect_loaded()
    expect(main).to_have_text(text_before)  # no message appeared anywhere on the page
    expect(form.alerts).to_have_count(0)
    expect(form.password).to_have_accessible_description("")
    expect(form.password).not_to_have_attribute("aria-invalid", "true")
    expect(form.name).to_have_value(name)
    expect(form.password).not_to_be_empty()  # what was typed is still there


@pytest.mark.control_api
@pytest.mark.req("UDI-PWD-SILENT", "UDI-PWD-NOTHING-STORED")
@pytest.mark.parametrize(("rule", "char"), CASES)
def test_password_breaking_one_rule_makes_create_user_account_do_nothing(
    page: Page, account_form, fake, control, rule: str, char: str | None
) -> None:
    email, form = account_form
    name = fake.name()
    form.fill(fake.password_breaking(UDI, rule, char=char), name)

    _expect_nothing_happened(page, form, f"'{rule}'-breaking", name)
    assert control.udi_account_count(email) == 0


@pytest.mark.control_api
@pytest.mark.req("UDI-PWD-NO-GENERATORS", "UDI-PWD-SILENT", "UDI-PWD-NOTHING-STORED")
def test_password_from_a_generator_makes_create_user_account_do_nothing(
    page: Page, account_form, fake, control
) -> None:
    email, form = account_form
    name = fake.name()
    form.fill(fake.password_manager_style(UDI), name)

    _expect_nothing_happened(page, form, "generator-made", name)
    assert control.udi_account_count(email) == 0


@pytest.mark.control_api
@pytest.mark.req("UDI-REG-CREATE")
@pytest.mark.parametrize("length", [8, None], ids=["8-characters", "typical"])
def test_same_form_with_a_compliant_password_creates_the_account(
    account_form, fake, control, length: int | None
) -> None:
    email, form = account_form
    login = form.fill(fake.password(UDI, length=length), fake.name()).submit()

    expect_wording(login.status, None)  # the account is made: a notice of its own (wording undocumented)
    assert control.udi_account_count(email) == 1
