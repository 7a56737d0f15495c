"""Base of the UDI screens: their text table, the portal's URL prefix, and the parts every screen has."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.base import Screen
from pages.udi.texts import BANNER_RU, TEXTS

LANG = "[a-z]{2}"  # the language segment of a URL path (docs/CONVENTIONS.md "URLs")


class UdiScreen(Screen):
    TEXTS = TEXTS

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.main = page.get_by_role("main")
        # Shown on Russian pages whose content is (partly) English (guide 001, line 2).
        self.untranslated_banner = page.get_by_text(BANNER_RU, exact=True)
        self.faq_link = self.link("faq_link", href="/udi/{lang}/help/login")
        self.alerts = page.get_by_role("alert")
        self.status = page.get_by_role("status")

    @staticmethod
    def path(lang: str, path: str) -> str:
        return f"/{lang}{path}"

    def form(self, action: str) -> Locator:
        """The form posting to `action` (a portal path such as "/login"; the language filled in)."""
        return self.main.locator(f'form[action="/udi/{self.lang}{action}"]')

    def form_button(self, key: str, action: str) -> Locator:
        """The submit button of the form posting to `action`, by its documented name where there is one."""
        form = self.form(action)
        if key in self.t:
            return form.get_by_role("button", name=self.t[key], exact=True)
        return form.locator("button[type=submit]")
