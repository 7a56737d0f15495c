"""Altinn's log-in for people without a Norwegian national identity number or D-number: "International",
where "Email login" starts ID-porten's e-mail log-in (domain-facts §10.2: "Log in → International → Email
login"). Its English names are published; the Norwegian wording is not, so there the screen is found by its
URL and the link by where it leads."""

from __future__ import annotations

from typing import TypeVar

from playwright.sync_api import Page

from pages.altinn.screen import AltinnScreen
from pages.base import Screen

S = TypeVar("S", bound=Screen)


class International(AltinnScreen):
    heading_key = "intl.heading"
    url_path = r"/[a-z]{2}/login/international"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.email_login_link = self.link("intl.email_login")

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> International:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/login/international"))

    def email_login(self, then: type[S]) -> S:
        """'Email login': Altinn asks ID-porten for the e-mail log-in; `then` is ID-porten's e-mail screen."""
        with self.step("click 'Email login'"):
            self.email_login_link.click()
        return then(self.page, self.lang).expect_loaded()
