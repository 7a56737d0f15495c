"""UDI's own answer to an ID-porten log-in below level 4 (guide 001: MinID is not enough)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from playwright.sync_api import Page

from pages.base import Screen
from pages.udi.screen import UdiScreen

if TYPE_CHECKING:
    from pages.udi.login import Login

Next = TypeVar("Next", bound=Screen)  # any screen: built from (page, lang), guarded by expect_loaded()


class LevelRefused(UdiScreen):
    heading_key = "level.heading"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        # Guide 001's explanation, word for word where it gives it (English); else the paragraph after the
        # one naming the e-ID and its level (that one's wording is undocumented).
        self.reached = self.main.locator("h1 + p")
        if "level.explanation" in self.t:
            self.explanation = page.get_by_text(self.t["level.explanation"], exact=True)
        else:
            self.explanation = self.main.locator("h1 + p + p")
        self.log_in_again_link = self.link("level.again", href="/udi/{lang}/login/idporten")
        self.password_link = self.link("level.password", href="/udi/{lang}/login")

    def log_in_again(self, then: type[Next], lang: str | None = None) -> Next:
        """Back to ID-porten; `then` is its first screen."""
        with self.step("click 'Log in again'"):
            self.log_in_again_link.click()
        return then(self.page, lang or self.lang).expect_loaded()

    def log_in_with_password(self) -> Login:
        from pages.udi.login import Login

        with self.step("click 'Log in with username and password'"):
            self.password_link.click()
        return Login(self.page, self.lang).expect_loaded()
