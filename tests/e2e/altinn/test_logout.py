"""Log-out from the inbox (guide 000 step 6, domain-facts §9): the session ends for good."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.era import GUIDE_000
from pages.altinn import Inbox, Login
from pages.components import expect_wording

pytestmark = pytest.mark.era(GUIDE_000)  # the historical guide (fixtures/era.py)


@pytest.mark.control_api
@pytest.mark.req("ALT-LOGOUT")
def test_log_out_ends_the_session(page: Page, lang: str, urls, logged_in) -> None:
    inbox = Inbox.open(page, lang, urls)
    expect(inbox.logged_in_as(logged_in.username)).to_be_visible()
    session_before = page.context.cookies()

    home = inbox.log_out()

    expect_wording(home.logged_out_notice, home.t.get("home.logged_out"))  # a notice; its words are nobody's quote
    Login(page, lang).goto(urls("altinn", f"/{lang}/inbox"))  # the inbox asks to log in again
    page.context.add_cookies(session_before)  # and the old session cookie no longer opens it either
    Login(page, lang).goto(urls("altinn", f"/{lang}/inbox"))
    expect(Inbox(page, lang).logged_in_as(logged_in.username), "nobody is logged in").to_have_count(0)
