"""Base of the MinID screens: their text table, and where their links lead (how a link is found where
its wording is undocumented)."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.base import Screen
from pages.minid.texts import TEXTS

LINK_TARGETS = {  # {lang} filled in
    "home.order": "/minid/{lang}/order",
    "home.app": "/minid/{lang}/app/",
    "app.missing_letter": "/minid/{lang}/order",
    "app.start": "/minid/{lang}/app/pid",
}
LANG = "[a-z]{2}"  # the language segment of a URL path (docs/CONVENTIONS.md "URLs")


class MinidScreen(Screen):
    TEXTS = TEXTS

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.main = page.get_by_role("main")

    def link(self, key: str, href: str | None = None, within: Locator | None = None) -> Locator:
        """A link in the page's main part, by its documented text or else by where it leads."""
        return super().link(key, href or LINK_TARGETS.get(key), within or self.main)

    def wording(self, key: str, fallback: Locator) -> Locator:
        """Text shown with its documented wording, found by that wording; where it is undocumented in
        this language, the `fallback` locator (by place or role)."""
        if key in self.t:
            return self.page.get_by_text(self.t[key], exact=True)
        return fallback

    def form_button(self, key: str, action: str) -> Locator:
        """The submit button of the form posting to `action` ({lang} filled in), by its documented name
        where there is one (a screen with two forms: each button by its own form)."""
        form = self.main.locator(f'form[action="{action.format(lang=self.lang)}"]')
        if key in self.t:
            return form.get_by_role("button", name=self.t[key], exact=True)
        return form.locator("button[type=submit]")
