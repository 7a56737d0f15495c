"""The Altinn portal's front page (guide 000 step 1)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import Page

from pages.altinn.screen import AltinnScreen

if TYPE_CHECKING:
    from pages.altinn.login import Login


class Home(AltinnScreen):
    heading_key = "home.heading"
    url_path = r"/[a-z]{2}/"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.log_in_link = self.link("home.log_in")
        self.logged_out_notice = page.get_by_role("status")

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> Home:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/"))

    def log_in(self) -> Login:
        from pages.altinn.login import Login

        with self.step("click 'Log in'"):
            self.log_in_link.click()
        return Login(self.page, self.lang).expect_loaded()
