"""Base of the ID-porten screens: their text table and the main part of the page."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.base import Screen
from pages.idporten.texts import TEXTS

LANG = "[a-z]{2}"  # the language segment of a URL path (docs/CONVENTIONS.md "URLs")


class IdportenScreen(Screen):
    TEXTS = TEXTS

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.main = page.get_by_role("main")

    def form_button(self, key: str, action: str) -> Locator:
        """The submit button of the form posting to `action` ({lang} filled in), by its documented name
        where there is one."""
        form = self.main.locator(f'form[action="{action.format(lang=self.lang)}"]')
        if key in self.t:
            return form.get_by_role("button", name=self.t[key], exact=True)
        return form.locator("button[type=submit]")
