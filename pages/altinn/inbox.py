"""The logged-in landing page: who is logged in, at which level, and "Log out"."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.altinn.screen import AltinnScreen


class Inbox(AltinnScreen):
    heading_key = "inbox.heading"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.log_out_button = self.button("log_out")
        self.limited_services = page.get_by_text(self.t["inbox.limited"], exact=True)

    def logged_in_as(self, name: str):
        return self.page.get_by_text(self.t["inbox.logged_in_as"].format(name=name), exact=True)

    def security_level(self, level: int):
        return self.page.get_by_text(self.t["inbox.level"].format(level=level), exact=True)

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> Inbox:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/inbox"))

    def log_out(self):
        from pages.altinn.portal import Home

        with self.step("click 'Log out'"):
            self.log_out_button.click()
        return Home(self.page, self.lang).expect_loaded()
