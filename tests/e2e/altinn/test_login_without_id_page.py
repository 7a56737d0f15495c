"""Guide 000 step 4: the page "Log in without a national identity number/D-number"."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.era import GUIDE_000
from pages.altinn import LoginWithoutId
from pages.components import expect_wording

pytestmark = pytest.mark.era(GUIDE_000)  # the historical guide (fixtures/era.py)


@pytest.mark.req("ALT-WITHOUT-PAGE")
def test_the_page_explains_the_limits_and_has_the_guides_links(page: Page, lang: str, urls) -> None:
    without_id = LoginWithoutId.open(page, lang, urls)

    expect_wording(without_id.intro, without_id.t.get("without.intro"))
    links = {
        "without.create": without_id.create_link,
        "without.forgot": without_id.forgot_link,
        "without.back": without_id.back_link,
        "alt.cancel": without_id.cancel_link,
        "help.methods": without_id.help_links[0],
        "help.without_id": without_id.help_links[1],
    }
    for key, link in links.items():
        expect_wording(link, without_id.t.get(key))
    expect_wording(without_id.help, without_id.help_text("help.without_id"))
    expect(without_id.languages.toggle).to_be_visible()  # the guide's "Language ▾" on this page


@pytest.mark.req("ALT-WITHOUT-PAGE")
def test_forgot_password_and_back_lead_to_their_pages(page: Page, lang: str, urls) -> None:
    without_id = LoginWithoutId.open(page, lang, urls)
    without_id.forgot_password()

    page.go_back()
    alternatives = LoginWithoutId(page, lang).expect_loaded().back()
    expect(alternatives.tab_list, "'back' returns to the alternative methods").to_be_visible()
