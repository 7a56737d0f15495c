"""Base of the advanced-settings and alternative-log-in screens: their text table, and how a control
whose wording no source gives is found (by the page's structure, never by the test environment's words)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.altinn_system.texts import TEXTS
from pages.base import Screen


class AltsysScreen(Screen):
    TEXTS = TEXTS

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.main = page.get_by_role("main")

    def link(self, key: str, href: str | None = None, within: Locator | None = None) -> Locator:
        """A link in the main part, by its documented text or else by where it leads (`{lang}` filled in)."""
        return super().link(key, href, within or self.main)

    def form_section(self, key: str, action: str) -> Locator:
        """A part of the page with a form of its own: by its documented name, else as the section that
        holds the form posting to `action` (the end of its URL)."""
        if key in self.t:
            return self.page.get_by_role("region", name=self.t[key], exact=True)
        return self.main.locator("section").filter(has=self.page.locator(f'form[action$="{action}"]'))

    def field_in(self, scope: Locator, key: str, name: str) -> Locator:
        """A form field of `scope`: by its documented label, else by its form field `name`."""
        if key in self.t:
            return scope.get_by_label(self.t[key], exact=True)
        return scope.locator(f'[name="{name}"]')

    def checkbox_in(self, scope: Locator, key: str, name: str) -> Locator:
        if key in self.t:
            return scope.get_by_role("checkbox", name=self.t[key], exact=True)
        return scope.locator(f'input[type="checkbox"][name="{name}"]')
