"""Altinn's log-in through ID-porten (domain-facts §10.1, §5): Altinn asks for level 3 (substantial) and shows
the level the ID token's acr states, so a person who logs in with a level-4 eID is at level 4 in Altinn."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.altinn import Inbox, Login
from pages.idporten import EidChooser


@pytest.mark.req("IDP-OIDC-ACR")
def test_the_inbox_shows_the_level_the_id_token_states(page: Page, lang: str, urls, fake) -> None:
    pid = fake.synthetic_fnr()
    chooser = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser)
    inbox = chooser.choose("TestID").log_in(pid, 4, then=Inbox)  # level 4, more than Altinn asked for
    expect(inbox.logged_in_as(pid)).to_be_visible()  # TestID's number: the register has no name for it
    expect(inbox.security_level(4), "the level of the token's acr, not the one asked for").to_be_visible()
