"""Guide 000 step 3: the page of alternative log-in methods, its tabs and links as the guide shows them."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.altinn import AlternativeLogin

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

    expect(alternatives.tab_list.get_by_role("link")).to_have_text([alternatives.t[k] for k in TABS])
    expect(alternatives.tabs["alt.tab.code_letter"]).to_have_attribute("aria-current", "page")
    expect(alternatives.code_letter_intro).to_be_visible()
    expect(alternatives.fill_in_heading).to_be_visible()


@pytest.mark.req("ALT-ALT-TABS")
def test_choosing_a_tab_makes_it_the_current_one(page: Page, lang: str, urls) -> None:
    alternatives = AlternativeLogin.open(page, lang, urls)
    for key in ("alt.tab.sms", "alt.tab.password"):
        alternatives = alternatives.choose_tab(key)

        expect(alternatives.tabs[key]).to_have_attribute("aria-current", "page")
        expect(alternatives.tabs["alt.tab.code_letter"]).not_to_have_attribute("aria-current", "page")
        expect(alternatives.code_letter_intro).to_be_hidden()


@pytest.mark.req("ALT-ALT-LINKS", "ALT-NAV-WITHOUT-ID")
def test_every_link_is_there_with_the_guides_text(page: Page, lang: str, urls) -> None:
    alternatives = AlternativeLogin.open(page, lang, urls)

    for key in LINKS:
        # The visible text, arrows and crosses included; the accessible name (the locator) leaves them out.
        expect(alternatives.link(key), f"link {key!r}").to_have_text(alternatives.t[key])
    expect(alternatives.help).to_have_text(alternatives.help_text("help.code_letter"))
