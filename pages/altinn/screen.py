"""Base of the Altinn screens: their text table, the language selector and the help line."""

from __future__ import annotations

from typing import Self

from playwright.sync_api import Page

from pages.altinn.texts import TEXTS
from pages.base import Screen
from pages.components import LanguageSelector


class AltinnScreen(Screen):
    TEXTS = TEXTS

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.languages = LanguageSelector(page, lang)

    def switch_language(self, lang: str) -> Self:
        """Choose another language in the header: the same screen comes back in that language."""
        self.languages.choose(lang)
        return type(self)(self.page, lang).expect_loaded()

    def help_text(self, topic_key: str) -> str:
        """The help line under the log-in choices as shown (guide 000 steps 3 and 4), e.g.
        '🗺️ Do you need help to log in? Read more about both log in methods in Altinn and about …'."""
        t = self.t
        return f"{t['help.map']} {t['help.lead']} {t['help.methods']} {t['help.and_about']} {t[topic_key]}."
