"""Log-in with username and password (guide 001): the e-mail address in any case, the troubleshooting
advice when it fails, passwords with characters the log-in does not accept, and log-out."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import UDI
from pages.components import expect_page_language, expect_wording
from pages.idporten import EidChooser
from pages.udi import Login, MyApplications
from pages.udi.login import ADVICE_KEYS


@pytest.fixture
def account(fake, control) -> dict:
    data = {"email": fake.unique_email(), "password": fake.password(UDI), "name": fake.name()}
    control.seed_udi_account(**data)
    return data


@pytest.mark.control_api
@pytest.mark.req("UDI-LOGIN-PASSWORD")
def test_log_in_with_the_email_address_in_any_case(page: Page, lang: str, urls, account: dict) -> None:
    applications = Login.open(page, lang, urls).log_in(account["email"].upper(), account["password"])
    expect(applications.logged_in_with_password(account["name"], account["email"])).to_be_visible()


def _expect_failure_with_advice(login: Login, email: str) -> None:
    """A message of its own (its wording is undocumented), then the guide's advice: word for word where
    guide 001 gives it (English), else its four things to try; the page stays in its language."""
    expect_wording(login.failed, None)
    expect_page_language(login.page, login.lang)
    expect(login.advice_items).to_have_count(len(ADVICE_KEYS) - 1)  # the last one is the paragraph after
    for key in ADVICE_KEYS:
        advice = login.advice[key]
        if advice is not None:
            expect(advice).to_be_visible()
    if login.advice_intro is not None:
        expect(login.advice_intro).to_be_visible()
    expect(login.forgot_link).to_be_visible()
    expect(login.email).to_have_value(email)
    expect(login.password).to_have_value("")


@pytest.mark.control_api
@pytest.mark.req("UDI-LOGIN-PASSWORD", "UDI-LOGIN-TROUBLESHOOT")
def test_a_wrong_password_logs_nobody_in_and_shows_the_guides_advice(
    page: Page, lang: str, urls, fake, account: dict
) -> None:
    login = Login.open(page, lang, urls).log_in_refused(account["email"], fake.password(UDI))
    _expect_failure_with_advice(login, account["email"])


@pytest.mark.control_api
@pytest.mark.req("UDI-LOGIN-SPECIAL", "UDI-LOGIN-TROUBLESHOOT")
@pytest.mark.parametrize(("rule", "char"), [("special", "@"), ("special", "%"), ("special", "&"), ("latin_only", "ø")])
def test_an_old_password_with_a_character_the_log_in_does_not_accept_never_logs_in(
    page: Page, lang: str, urls, fake, control, rule: str, char: str
) -> None:
    """ "If you have a character in your password that our login does not accept, you will not be able to
    log in" - even an account that has exactly that password (seeded, as from before the rules)."""
    email, password = fake.unique_email(), fake.password_breaking(UDI, rule, char=char)
    control.seed_udi_account(email, password, fake.name())
    login = Login.open(page, lang, urls).log_in_refused(email, password)
    _expect_failure_with_advice(login, email)


@pytest.mark.req("UDI-LOGIN-CHOICE")
def test_the_log_in_page_offers_id_porten_username_and_password_and_register_now(page: Page, lang: str, urls) -> None:
    login = Login.open(page, lang, urls)
    for element in (login.idporten_button, login.email, login.password, login.submit_button, login.register_link):
        expect(element).to_be_visible()
    login.log_in_with_idporten(then=EidChooser)


def _password_session(control, fake) -> list[dict]:
    email = fake.unique_email()
    control.seed_udi_account(email, fake.password(UDI), fake.name())
    return control.udi_session_cookies(email=email)


def _idporten_session(control, fake) -> list[dict]:
    return control.udi_session_cookies(pid=fake.fnr(), name=fake.name())


@pytest.mark.control_api
@pytest.mark.req("UDI-LOGOUT")
@pytest.mark.parametrize("session", [_password_session, _idporten_session], ids=["password", "idporten"])
def test_log_out_ends_the_session(page: Page, lang: str, urls, fake, control, use_session, session) -> None:
    use_session(session(control, fake))

    login = MyApplications.open(page, lang, urls).log_out()
    expect_wording(login.status, None)  # a notice of its own; its wording is undocumented
    page.goto(urls("udi", f"/{lang}/applications"))
    Login(page, lang).expect_loaded()
    # A replayed return from ID-porten logs nobody in: the ID-porten log-in ended too.
    page.goto(urls("udi", "/oidc/callback?code=replayed&state=replayed"))
    page.goto(urls("udi", f"/{lang}/applications"))
    login = Login(page, lang).expect_loaded()
    expect(login.email, "nobody is logged in: the log-in form is shown").to_be_editable()


WRONG_PASSWORDS_ALLOWED = 4  # the 5th wrong password locks log-in for 15 minutes (docs/decisions.md)


@pytest.mark.control_api
@pytest.mark.req("UDI-LOGIN-LIMIT")
def test_after_five_wrong_passwords_even_the_right_one_is_refused(
    page: Page, lang: str, urls, fake, account: dict
) -> None:
    login = Login.open(page, lang, urls)
    for _ in range(WRONG_PASSWORDS_ALLOWED + 1):
        login = login.log_in_refused(account["email"], fake.password(UDI))
    # Refused: the browser stays on the log-in page instead of "My applications".
    login = login.log_in_refused(account["email"], account["password"])
    expect(login.password).to_have_value("")
