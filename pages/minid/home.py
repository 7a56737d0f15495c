"""MinID's front page: what MinID is, and the ways to the activation letter and the app."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.minid.screen import LANG, MinidScreen


class MinidHome(MinidScreen):
    heading_key = "home.heading"
    url_path = f"/minid/{LANG}/"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.intro = self.wording("home.intro", self.main.locator("h1 + p"))  # guide 002's introduction
        self.order_link = self.link("home.order")
        self.app_link = self.link("home.app")

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> MinidHome:
        return cls(page, lang).goto(urls("minid", f"/{lang}/"))

    def go_to_activation_letter(self):
        """Guide 002 step 1: "Gå til MinID aktiveringsbrev"."""
        from pages.minid.order import OrderLetter

        with self.step("go to 'MinID activation letter'"):
            self.order_link.click()
        return OrderLetter(self.page, self.lang).expect_loaded()
