"""Altinn as an OpenID Connect relying party of ID-porten, as a person meets it (domain-facts §10.1, §5): the
language passed on, cancelling at ID-porten, a forged or replayed callback, log-out ending both sessions, and a
self-identified log-in that leaves no unfinished ID-porten log-in behind.

The person's part is TestID with a synthetic number new to the run (domain-facts §3/§4), so only the scenario
that needs a self-identified user seeded uses the control API. The callback is caught and forged with the
suite's shared helpers (fixtures/forgeries.py)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest
from playwright.sync_api import Page, expect

from fixtures.era import GUIDE_000
from fixtures.forgeries import FORGED_STATES, hold_the_callback, with_state
from pages.altinn import Inbox, Login, SelfIdentifiedLogin
from pages.components import expect_distinct, expect_page_language, expect_wording
from pages.idporten import EidChooser

TESTID_FORM = re.compile(r"/idporten/\w+/testid$")


def _nobody_logged_in(page: Page, lang: str, urls) -> Login:
    """Altinn's inbox sends the person to the log-in page."""
    return Login(page, lang).goto(urls("altinn", f"/{lang}/inbox"))


def _held_callback(page: Page, lang: str, urls, pid: str) -> str:
    """A log-in through Altinn's button and TestID at level 4, its callback to Altinn kept back (not sent)."""
    testid = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser).choose("TestID")
    with hold_the_callback(page, TESTID_FORM) as held:
        testid.log_in_held(pid, 4)
    return held[-1]


def _new_log_in_state(page: Page, lang: str, urls) -> str:
    """The state of a log-in Altinn starts now in this browser (its authorization request, not followed)."""
    answer = page.request.get(urls("altinn", f"/{lang}/login/idporten"), max_redirects=0)
    location = urljoin(answer.url, answer.headers.get("location", ""))
    return parse_qs(urlsplit(location).query)["state"][0]


@pytest.mark.req("IDP-OIDC-LOCALES")
def test_the_language_of_altinn_is_the_language_of_id_porten(page: Page, lang: str, urls) -> None:
    chooser = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser)
    expect(page).to_have_url(re.compile(rf"/idporten/{lang}/"))
    expect_page_language(page, lang)
    expect(chooser.eid_links["TestID"]).to_be_visible()


@pytest.mark.req("IDP-OIDC-CANCEL")
def test_cancelling_at_id_porten_comes_back_to_altinn_with_its_message(page: Page, lang: str, urls) -> None:
    login = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser).cancel(then=Login)
    expect(login.alerts).to_have_count(1)
    expect_wording(login.alerts, None)  # undocumented wording: some text of its own
    expect_page_language(page, lang)
    cancelled = login.alerts.inner_text()
    _nobody_logged_in(page, lang, urls)
    # It says the person cancelled, not that the log-in failed: a callback Altinn refuses has another message.
    refused = Login(page, lang).goto(urls("altinn", "/oidc/callback?code=made-up&state=forged-by-an-attacker"))
    expect(refused.alerts).to_have_count(1)
    expect_distinct({"cancelled at ID-porten": cancelled, "callback refused": refused.alerts.inner_text()})


@pytest.mark.req("IDP-OIDC-STATE")
def test_a_forged_callback_logs_nobody_in_and_the_genuine_one_logs_in_once(page: Page, lang: str, urls, fake) -> None:
    pid = fake.synthetic_fnr()
    genuine = _held_callback(page, lang, urls, pid)

    for forgery, forge in FORGED_STATES.items():  # the genuine code, under a state Altinn did not send
        page.goto(forge(genuine))
        refused = Login(page, lang).expect_loaded()
        expect(refused.alerts, f"a callback with {forgery} is refused").to_have_count(1)
        _nobody_logged_in(page, lang, urls)

    page.goto(genuine)  # the genuine callback still logs the person in: the refusals above were the state's
    inbox = Inbox(page, lang).expect_loaded()
    expect(inbox.logged_in_as(pid)).to_be_visible()

    page.context.clear_cookies()  # another browser replays the URL it saw
    replayed = page.goto(genuine)
    assert replayed is not None and replayed.status == 400, "a replayed callback is refused"
    _nobody_logged_in(page, lang, urls)


@pytest.mark.req("IDP-OIDC-STATE", "IDP-OIDC-NONCE")
def test_a_used_code_under_a_new_log_ins_state_logs_nobody_in(page: Page, lang: str, urls, fake) -> None:
    """The code of a finished log-in, replayed in the same browser under the state of a log-in Altinn has just
    started: ID-porten has redeemed that code once, and its token's nonce is the old log-in's."""
    pid = fake.synthetic_fnr()
    genuine = _held_callback(page, lang, urls, pid)
    page.goto(genuine)
    Inbox(page, lang).expect_loaded().log_out()
    _nobody_logged_in(page, lang, urls)

    replayed = page.goto(with_state(genuine, _new_log_in_state(page, lang, urls)))
    assert replayed is not None and replayed.status == 400, "a used code is refused under a new log-in's state"
    expect(Login(page, lang).expect_loaded().alerts).to_have_count(1)
    _nobody_logged_in(page, lang, urls)


@pytest.mark.req("IDP-OIDC-LOGOUT")
def test_log_out_ends_the_altinn_session_and_the_id_porten_session(page: Page, lang: str, urls, idporten_login) -> None:
    person = idporten_login("altinn", 4)
    inbox = Inbox.open(page, lang, urls)
    expect(inbox.logged_in_as(person.name)).to_be_visible()

    home = inbox.log_out()
    expect_wording(home.logged_out_notice, home.t.get("home.logged_out"))  # back from ID-porten with Altinn's state
    login = _nobody_logged_in(page, lang, urls)  # Altinn's session has ended
    # ID-porten's session ended too: Altinn's log-in asks for an eID again instead of coming straight back.
    login.log_in_with_idporten(then=EidChooser)


@pytest.mark.era(GUIDE_000)  # the self-identified log-in of guide 000
@pytest.mark.control_api  # the self-identified user is seeded
@pytest.mark.req("IDP-OIDC-STATE")
def test_a_self_identified_log_in_leaves_no_id_porten_log_in_to_finish(
    page: Page, lang: str, urls, fake, seeded_account
) -> None:
    """A log-in through ID-porten started and left unfinished, then the person logs in with username and password:
    the old log-in's callback must not log the ID-porten person in over the self-identified one (level 0)."""
    genuine = _held_callback(page, lang, urls, fake.synthetic_fnr())
    inbox = SelfIdentifiedLogin.open(page, lang, urls).log_in(seeded_account.username, seeded_account.password)
    expect(inbox.security_level(0)).to_be_visible()

    page.goto(genuine)
    expect(Login(page, lang).expect_loaded().alerts).to_have_count(1)
    inbox = Inbox.open(page, lang, urls)
    expect(inbox.logged_in_as(seeded_account.username)).to_be_visible()
    expect(inbox.security_level(0), "still the self-identified user's level, not the token's 4").to_be_visible()
