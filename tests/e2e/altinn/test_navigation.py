"""Guide 000 steps 1-3: the way from the portal to the log-in without identity number."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from fixtures.era import GUIDE_000
from pages.altinn import Home, Login

pytestmark = pytest.mark.era(GUIDE_000)  # the historical guide (fixtures/era.py)


@pytest.mark.req("ALT-NAV-LOGIN")
def test_log_in_on_the_front_page_opens_the_log_in_page(page: Page, lang: str, urls) -> None:
    login = Home.open(page, lang, urls).log_in()
    expect(login.alternative_link, "the log-in page offers the guide's next step").to_be_visible()


@pytest.mark.req("ALT-NAV-ALTERNATIVE")
def test_the_link_to_alternative_methods_is_shown_in_capitals(page: Page, lang: str, urls) -> None:
    """Step 2 writes it "PROCEED TO ALTERNATIVE LOG-IN METHODS": capitals on screen, normal case in the name."""
    login = Login.open(page, lang, urls)

    documented = login.t.get("login.alternative")  # guide 000 (en), domain-facts §1.1 (nb)
    shown = documented.upper() if documented else re.compile(r"^[^a-zæøå]*[A-ZÆØÅ][^a-zæøå]*$")  # capitals
    expect(login.alternative_link).to_have_text(shown, use_inner_text=True)
    alternatives = login.proceed_to_alternative_methods()
    expect(alternatives.tab_list, "the link opens the alternative methods").to_be_visible()
