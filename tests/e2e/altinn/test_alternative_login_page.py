"""Guide 000 step 3: the page of alternative log-in methods, its tabs and links as the guide shows them."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.era import GUIDE_000
from pages.altinn import AlternativeLogin
from pages.components import expect_wording

pytestmark = pytest.mark.era(GUIDE_000)  # the historical guide (fixtures/era.py)

# Guide 000 step 3: the tabs in the guide's order, and every link the guide's picture shows.
TABS = ("alt.tab.code_letter", "alt.tab.sms", "alt.tab.password")
LINKS = (
    "alt.to_idporten",
    "alt.cancel",
    "alt.order_letter",
    "alt.disable_letter",
    "alt.enterprise",
    "alt.without_id",
    "help.methods",
    "help.code_letter",
)


@pytest.mark.req("ALT-ALT-TABS")
def test_the_tabs_in_the_guides_order_with_the_code_letter_first(page: Page, lang: str, urls) -> None:
    alternatives = AlternativeLogin.open(page, lang, urls)

    tab_links = alternatives.tab_list.get_by_role("link")
    expect(tab_links).to_have_count(len(TABS))
    for position, key in enumerate(TABS):  # the guide's order; its words where documented
        tab = f"/{lang}/login/alternative?tab={alternatives.TAB_NAMES[key]}"
        expect(tab_links.nth(position), f"tab {key!r}").to_have_attribute("href", tab)
        expect_wording(tab_links.nth(position), alternatives.t.get(key))
    expect(alternatives.tabs["alt.tab.code_letter"]).to_have_attribute("aria-current", "page")
    expect_wording(alternatives.panel_intro, alternatives.t.get("alt.code_letter.intro"))
    expect_wording(alternatives.fill_in_heading, alternatives.t.get("alt.fill_in"))


@pytest.mark.req("ALT-ALT-TABS")
def test_choosing_a_tab_makes_it_the_current_one(page: Page, lang: str, urls) -> None:
    alternatives = AlternativeLogin.open(page, lang, urls)
    code_letter_intro = alternatives.panel_intro.inner_text()
    for key in ("alt.tab.sms", "alt.tab.password"):
        alternatives = alternatives.choose_tab(key)

        expect(alternatives.tabs[key]).to_have_attribute("aria-current", "page")
        expect(alternatives.tabs["alt.tab.code_letter"]).not_to_have_attribute("aria-current", "page")
        expect(alternatives.panel_intro).not_to_have_text(code_letter_intro)  # the code letter's intro is gone


@pytest.mark.req("ALT-ALT-LINKS", "ALT-NAV-WITHOUT-ID")
def test_every_link_is_there_with_the_guides_text(page: Page, lang: str, urls) -> None:
    alternatives = AlternativeLogin.open(page, lang, urls)

    for key in LINKS:
        # The visible text, arrows and crosses included; the accessible name (the locator) leaves them out.
        # Where the guide and the domain facts give no wording, the link is found by where it leads.
        link = alternatives.link(key)
        expect(link, f"link {key!r}").to_be_visible()
        expect_wording(link, alternatives.t.get(key))
    expect_wording(alternatives.help, alternatives.help_text("help.code_letter"))
