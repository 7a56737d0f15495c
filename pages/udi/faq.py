"""The page of guide 001 itself: "Log in", with its questions and answers."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.udi.screen import UdiScreen


class LoginFaq(UdiScreen):
    heading_key = "faq.heading"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> LoginFaq:
        return cls(page, lang).goto(urls("udi", cls.path(lang, "/help/login")))

    def question(self, key: str) -> Locator:
        return self.page.get_by_role("heading", level=3, name=self.t[key], exact=True)

    def text(self, key: str) -> Locator:
        return self.page.get_by_text(self.t[key], exact=True)
