"""What a service relies on ID-porten for, checked by the suite as a relying party of its own (domain-facts §10.1,
RFC 6749, RFC 7636): a code is good once, only with its PKCE verifier, and only a registered redirect_uri is
accepted. The suite's client (fixtures/oidc_client.py, Authlib) is the target's registered test client; the
person logs in on ID-porten's screens with TestID and a synthetic number new to the run (domain-facts §3/§4).
No control API: these run against any ID-porten with a test client and TestID."""

from __future__ import annotations

import re
import secrets

import pytest
from playwright.sync_api import Page, expect

from fixtures.oidc_client import Authorization, SuiteRelyingParty, hold_the_code
from pages.idporten import EidChooser, LoginCannotStart

LANG = "nb"  # ID-porten's own default; the protocol is the same in every language
TESTID_FORM = re.compile(r"/idporten/\w+/testid$")


def log_in(page: Page, suite_rp: SuiteRelyingParty, pid: str) -> Authorization:
    """The browser follows the suite's authorization request and logs in with TestID; the suite holds the code."""
    authorization = suite_rp.authorize(LANG)
    page.goto(authorization.url)
    testid = EidChooser(page, LANG).expect_loaded().choose("TestID")
    hold_the_code(page, TESTID_FORM, authorization)
    with page.expect_response(TESTID_FORM):  # the held answer (204): the handler has run
        testid.log_in_held(pid, 4)
    page.unroute_all()
    if not authorization.code:
        pytest.fail("ID-porten issued no code to the registered address", pytrace=False)
    return authorization


def error_of(answer) -> str | None:
    return None if isinstance(answer, dict) else answer.error


def described(answer) -> str:
    """What the token endpoint answered, without the tokens themselves (they do not belong in a report)."""
    if isinstance(answer, dict):
        return "tokens issued (" + ", ".join(sorted(answer)) + ")"
    return f"{answer.error}: {answer.description}"


@pytest.mark.req("IDP-OIDC-CODE-ONCE")
def test_a_code_redeemed_twice_is_refused_the_second_time(page: Page, suite_rp: SuiteRelyingParty, fake) -> None:
    authorization = log_in(page, suite_rp, fake.synthetic_fnr())
    first = suite_rp.redeem(authorization)
    assert isinstance(first, dict) and first.get("id_token"), f"the first redemption is refused: {described(first)}"
    second = suite_rp.redeem(authorization)
    assert error_of(second) == "invalid_grant", f"a used code is redeemed again: {described(second)}"


@pytest.mark.req("IDP-OIDC-PKCE")
def test_a_code_with_another_pkce_verifier_is_refused(page: Page, suite_rp: SuiteRelyingParty, fake) -> None:
    authorization = log_in(page, suite_rp, fake.synthetic_fnr())
    another = secrets.token_urlsafe(48)  # well-formed (43-128 characters), just not this request's
    answer = suite_rp.redeem(authorization, verifier=another)
    assert error_of(answer) == "invalid_grant", f"a code is redeemed without its verifier: {described(answer)}"


@pytest.mark.req("IDP-OIDC-REDIRECT-EXACT")
@pytest.mark.parametrize("appended", ["/../../elsewhere", "-attacker", "?next=https://attacker.example/"])
def test_a_registered_redirect_uri_with_anything_appended_is_shown_as_an_error(
    page: Page, suite_rp: SuiteRelyingParty, appended: str
) -> None:
    authorization = suite_rp.authorize(LANG, redirect_uri=suite_rp.client.redirect_uri + appended)
    answer = page.goto(authorization.url)
    refused = LoginCannotStart(page, LANG).expect_loaded()
    expect(refused.problems).to_have_count(1)
    assert answer is not None and answer.status == 400, "ID-porten refuses the request on its own page"
