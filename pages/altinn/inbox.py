"""The logged-in landing page: who is logged in, at which level, and "Log out"."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.altinn.screen import AltinnScreen


class Inbox(AltinnScreen):
    heading_key = "inbox.heading"
    url_path = r"/[a-z]{2}/inbox"

    # The inbox's sentences are nobody's documented wording: the checks are the facts in them (the
    # name, the level's number), each in a paragraph of the page's main part.
    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.log_out_button = self.button("log_out")
        self.paragraphs = self.main.locator("p")
        self.who = self.paragraphs.first  # who is logged in (compare with to_contain_text: it minds the case)
        self.limited_services = self.paragraphs.nth(2)  # under who and at which level, at level 0 only
        # After the first e-mail log-in with an address: the news that an account was created (domain-facts
        # §10.2 "a new account will be created"; the wording is undocumented, the notice is a status message).
        self.new_account_notice = self.main.get_by_role("status")

    def logged_in_as(self, name: str):
        return self.paragraphs.filter(has_text=name)

    def security_level(self, level: int):
        # The second paragraph, not any: a username may hold digits too.
        return self.paragraphs.nth(1).filter(has_text=re.compile(rf"(?<!\d){level}(?!\d)"))

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> Inbox:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/inbox"))

    def log_out(self):
        from pages.altinn.portal import Home

        with self.step("click 'Log out'"):
            self.log_out_button.click()
        return Home(self.page, self.lang).expect_loaded()
