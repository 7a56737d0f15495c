"""Altinn checks the ID token before it logs anyone in (OpenID Connect Core 3.1.3.7, domain-facts §10.1), as UDI
does: a person logs in through ID-porten while ID-porten misbehaves (the control API's provider fault: its next
ID token to Altinn is wrong in exactly one way), and Altinn must refuse it: its log-in page with its message,
nobody logged in. The faults are the suite's shared ones (fixtures/forgeries.py); the person's part is TestID with
a synthetic number new to the run (domain-facts §3/§4)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.forgeries import ID_TOKEN_FAULTS
from pages.altinn import Inbox, Login
from pages.idporten import EidChooser

pytestmark = pytest.mark.control_api  # the provider fault is set through the control API


@pytest.mark.parametrize("fault", ID_TOKEN_FAULTS)
def test_an_id_token_wrong_in_one_way_logs_nobody_in_at_altinn(
    page: Page, lang: str, urls, fake, control, fault: str
) -> None:
    control.forge_next_id_token("altinn", fault)
    chooser = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser)
    refused = chooser.choose("TestID").log_in(fake.synthetic_fnr(), 4, then=Login)
    expect(refused.alerts).to_have_count(1)
    expect(refused.alerts).not_to_be_empty()
    # Nobody is logged in: Altinn's inbox sends the person to the log-in page.
    Login(page, lang).goto(urls("altinn", f"/{lang}/inbox"))


@pytest.mark.req("IDP-OIDC-SIGNATURE", "IDP-OIDC-ISS", "IDP-OIDC-AUD", "IDP-OIDC-EXPIRY", "IDP-OIDC-NONCE")
def test_the_genuine_token_after_a_forged_one_logs_the_person_in_at_altinn(
    page: Page, lang: str, urls, fake, control
) -> None:
    """The refusals above are the token's: the fault applies once, and the next log-in of the same person in the
    same browser gets in (ID-porten's session is alive: single sign-on brings a new code at once)."""
    pid = fake.synthetic_fnr()
    control.forge_next_id_token("altinn", "aud")
    chooser = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser)
    refused = chooser.choose("TestID").log_in(pid, 4, then=Login)
    inbox = refused.log_in_with_idporten(then=Inbox)
    expect(inbox.logged_in_as(pid)).to_be_visible()
    expect(inbox.security_level(4)).to_be_visible()
