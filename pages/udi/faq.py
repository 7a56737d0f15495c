"""The page of guide 001 itself: "Log in", with its questions and answers. Guide 001 gives them in English;
in Bokmål and Nynorsk only the names of domain-facts are documented, so there the questions are the page's
level-3 headings."""

from __future__ import annotations

from playwright.sync_api import Locator, Page

from pages.udi.screen import LANG, UdiScreen


class LoginFaq(UdiScreen):
    heading_key = "faq.heading"
    url_path = f"/udi/{LANG}/help/login"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.questions = self.main.get_by_role("heading", level=3)
        # The warning against password generators: the paragraph after the list of characters a password
        # cannot have (the first question's first list).
        self.generators = self.main.locator("h3 ~ ul + p").first

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> LoginFaq:
        return cls(page, lang).goto(urls("udi", cls.path(lang, "/help/login")))

    def question(self, key: str) -> Locator | None:
        """A question by guide 001's words, None where they are not documented in this language."""
        if key not in self.t:
            return None
        return self.page.get_by_role("heading", level=3, name=self.t[key], exact=True)

    def text(self, key: str) -> Locator | None:
        if key not in self.t:
            return None
        return self.page.get_by_text(self.t[key], exact=True)
