"""UDI as an OpenID Connect relying party of ID-porten, as a person meets it (domain-facts §10.1, §5): the
language passed on, cancelling at ID-porten, a forged or replayed callback, and log-out ending both sessions."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from fixtures.forgeries import hold_the_callback, with_state
from pages.idporten import EidChooser
from pages.udi import Login, MyApplications

pytestmark = pytest.mark.control_api  # people are seeded in the register; codes come by fake SMS

CODE_FORM = re.compile(r"/idporten/\w+/code$")


def _at_login(page: Page, lang: str, urls) -> Login:
    """Nobody is logged in at UDI: its applications page sends the person to the log-in page."""
    return Login(page, lang).goto(urls("udi", Login.path(lang, "/applications")))


@pytest.mark.req("IDP-OIDC-LOCALES")
def test_the_language_of_udi_is_the_language_of_id_porten(page: Page, lang: str, urls) -> None:
    chooser = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser)
    expect(page).to_have_url(re.compile(r"/idporten/"))
    expect(chooser.eid_links["BankID"]).to_be_visible()


@pytest.mark.req("IDP-OIDC-CANCEL")
def test_cancelling_at_id_porten_comes_back_to_udi_with_its_message(page: Page, lang: str, urls) -> None:
    login = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser).cancel(then=Login)
    expect(login.alerts).to_have_count(1)
    expect(login.alerts).not_to_be_empty()
    _at_login(page, lang, urls)


@pytest.mark.req("IDP-OIDC-STATE")
def test_a_forged_or_replayed_callback_logs_nobody_in(page: Page, lang: str, urls, fake, control) -> None:
    person = fake.person(eids=("bankid",))
    control.seed_person(**person)
    code = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser).choose("BankID").enter_pid(person["pid"])
    with hold_the_callback(page, CODE_FORM) as held:  # the test sends the callback (or a forgery) itself
        code.submit_held(control.last_sms_code(person["mobile"]))
    genuine = held[-1]

    page.goto(with_state(genuine, "forged-by-an-attacker"))
    refused = Login(page, lang).expect_loaded()
    expect(refused.alerts).to_have_count(1)
    _at_login(page, lang, urls)

    page.goto(genuine)  # the genuine callback still logs the person in: the refusal above was the state's
    applications = MyApplications(page, lang).expect_loaded()
    expect(applications.logged_in_with_idporten(person["name"])).to_be_visible()

    page.context.clear_cookies()  # another browser replays the URL it saw
    replayed = page.goto(genuine)
    assert replayed is not None and replayed.status == 400, "a replayed callback is refused"
    _at_login(page, lang, urls)


@pytest.mark.req("IDP-OIDC-LOGOUT")
def test_log_out_ends_the_udi_session_and_the_id_porten_session(
    page: Page, lang: str, urls, fake, control, use_session
) -> None:
    person = fake.person(eids=("bankid",))
    control.seed_person(**person)
    use_session(control.udi_session_cookies(pid=person["pid"], name=person["name"]))

    login = MyApplications.open(page, lang, urls).log_out()
    _at_login(page, lang, urls)
    # ID-porten's session ended too: the next log-in asks for an eID again instead of coming straight back.
    login.log_in_with_idporten(then=EidChooser)
