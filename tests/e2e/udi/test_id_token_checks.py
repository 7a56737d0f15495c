"""UDI checks the ID token before it logs anyone in (OpenID Connect Core 3.1.3.7, domain-facts §10.1): a person
logs in through ID-porten while ID-porten misbehaves (the control API's provider fault: its next ID token to UDI
is wrong in exactly one way), and UDI must refuse it: its log-in page with its message, nobody logged in.

The forged tokens are the test environment's (joserfc, from the genuine one); what UDI must do with them is the
standard's. The person's part is TestID with a synthetic number new to the run (domain-facts §3/§4)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.forgeries import ID_TOKEN_FAULTS
from pages.idporten import EidChooser
from pages.udi import Login, MyApplications

pytestmark = pytest.mark.control_api  # the provider fault is set through the control API


@pytest.mark.parametrize("fault", ID_TOKEN_FAULTS)
def test_an_id_token_wrong_in_one_way_logs_nobody_in(page: Page, lang: str, urls, fake, control, fault: str) -> None:
    control.forge_next_id_token("udi", fault)
    chooser = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser)
    refused = chooser.choose("TestID").log_in(fake.synthetic_fnr(), 4, then=Login)
    expect(refused.alerts).to_have_count(1)
    expect(refused.alerts).not_to_be_empty()
    # Nobody is logged in: UDI's applications page sends the person to the log-in page.
    Login(page, lang).goto(urls("udi", Login.path(lang, "/applications")))


@pytest.mark.req("IDP-OIDC-SIGNATURE", "IDP-OIDC-ISS", "IDP-OIDC-AUD", "IDP-OIDC-EXPIRY", "IDP-OIDC-NONCE")
def test_the_genuine_token_after_a_forged_one_logs_the_person_in(page: Page, lang: str, urls, fake, control) -> None:
    """The refusals above are the token's: the fault applies once, and the next log-in of the same person in the
    same browser gets in."""
    pid = fake.synthetic_fnr()
    control.forge_next_id_token("udi", "iss")
    chooser = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser)
    refused = chooser.choose("TestID").log_in(pid, 4, then=Login)
    # ID-porten's own session is alive (single sign-on): the second log-in comes straight back with a new code.
    applications = refused.log_in_with_idporten(then=MyApplications)
    expect(applications.logged_in_with_idporten(pid)).to_be_visible()
