"""Parts shared by several screens."""

from __future__ import annotations

import allure
from playwright.sync_api import Page

LANGUAGE_LABEL = {
    "en": "Language",
    "nb": "Språk",
    "nn": "Språk",
    "ru": "Язык",
}  # guide 000 "Language ▾"; domain-facts §9
LANGUAGE_NAMES = {"en": "English", "nb": "Norsk bokmål", "nn": "Norsk nynorsk", "ru": "Русский"}  # domain-facts §9


class LanguageSelector:
    """The "Language ▾" menu in the page header (guide 000)."""

    def __init__(self, page: Page, lang: str) -> None:
        self.toggle = page.get_by_text(LANGUAGE_LABEL[lang], exact=True)
        self.page = page

    def option(self, lang: str):
        return self.page.get_by_role("link", name=LANGUAGE_NAMES[lang], exact=True)

    def choose(self, lang: str) -> None:
        with allure.step(f"Language selector: choose {LANGUAGE_NAMES[lang]}"):
            self.toggle.click()
            self.option(lang).click()
