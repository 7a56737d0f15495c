"""No empty boxes in the pictures: every character a screen shows has a font that can draw it.

The guides' pictures are taken from these screens (make docs); a character without a font (the help line's
map emoji before an emoji font was installed) renders as an empty box there and in a QA engineer's browser.
scripts/ensure-browser.sh installs what the screens need.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from fixtures.glyphs import fontconfig_available, missing_glyphs

from .screens import OPEN_SCREENS, screen_id, screen_params

pytestmark = pytest.mark.skipif(not fontconfig_available(), reason="no fontconfig (fc-list) to ask for fonts")


@pytest.mark.parametrize("screen", screen_params())
def test_every_character_on_the_screen_has_a_font(page: Page, lang: str, urls, screen) -> None:
    screen.open(page, lang, urls)
    assert missing_glyphs(page) == [], f"{screen_id(screen)} [{lang}] shows characters no installed font has"


def test_the_check_finds_a_character_without_a_font(page: Page, urls) -> None:
    """The check's own evidence: an unassigned code point (no font has one) is reported by name."""
    OPEN_SCREENS[0].open(page, "en", urls)
    assert missing_glyphs(page) == []
    page.evaluate("() => document.querySelector('main').append('\\u0378')")
    assert missing_glyphs(page) == ["U+0378 (unnamed)"]
