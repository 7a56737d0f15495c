"""The "Language ▾" selector (guide 000 steps 1, 4 and 6): the same screen in the chosen language."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.era import GUIDE_000
from pages.altinn import AlternativeLogin, CreateUser, Home, Login, LoginWithoutId, SelfIdentifiedLogin

pytestmark = pytest.mark.era(GUIDE_000)  # the historical guide (fixtures/era.py)

OTHER_LANGUAGE = {"en": "nb", "nb": "en", "nn": "en"}
SCREENS = (Home, Login, AlternativeLogin, LoginWithoutId, CreateUser, SelfIdentifiedLogin)


@pytest.mark.req("ALT-NAV-LANGUAGE")
@pytest.mark.parametrize("screen", SCREENS, ids=lambda screen: screen.__name__)
def test_the_language_selector_shows_the_same_screen_in_the_chosen_language(
    page: Page, lang: str, urls, screen
) -> None:
    other = OTHER_LANGUAGE[lang]

    opened = screen.open(page, lang, urls)
    # Checked before it is used: a screen without the selector fails here, on an assertion, not on a timeout.
    expect(opened.languages.toggle).to_be_visible()
    opened.switch_language(other)

    expect(page.locator("html")).to_have_attribute("lang", other)
