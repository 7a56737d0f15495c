"""Base of the UDI screens: their text table, the portal's URL prefix, and the parts every screen has."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.base import Screen
from pages.udi.texts import BANNER_RU, TEXTS


class UdiScreen(Screen):
    TEXTS = TEXTS

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        # Shown on Russian pages whose content is (partly) English (guide 001, line 2).
        self.untranslated_banner = page.get_by_text(BANNER_RU, exact=True)
        self.faq_link = self.link("faq_link")
        self.alerts = page.get_by_role("alert")
        self.status = page.get_by_role("status")

    @staticmethod
    def path(lang: str, path: str) -> str:
        return f"/{lang}{path}"
