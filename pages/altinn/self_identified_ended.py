"""What guide 000's old addresses show after the sunset (19 June 2026): the self-identified user has ended.

The page's wording is nobody's documented text (docs/decisions.md "The sunset of the self-identified user"):
the screen is the one at an old address whose main part leads to Altinn's log-in page, where e-mail log-in
now is (domain-facts §10.2); none of the old screens at those addresses has such a link.
"""

from __future__ import annotations

from typing import Self

from playwright.sync_api import Page, expect

from pages.altinn.login import Login
from pages.altinn.screen import AltinnScreen

# Guide 000's addresses of the self-identified user: step 3's link, step 4's link, the confirmation, step 6.
OLD_PATHS = (
    "/{lang}/login/without-id",
    "/{lang}/login/without-id/create",
    "/{lang}/login/without-id/created",
    "/ui/Authentication/SelfIdentified?lang={lang}",
)


class SelfIdentifiedEnded(AltinnScreen):
    heading_key = "ended.heading"
    url_path = r"(?:/login/without-id(?:/create|/created)?|/ui/Authentication/SelfIdentified)"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.log_in_link = self.link("ended.log_in", f"/{lang}/login")
        self.forgot_link = self.link("without.forgot", f"/{lang}/login/without-id/forgot")
        self.old_login_form = self.main.locator('input[type="password"]')

    def expect_loaded(self) -> Self:
        """At an old address, and the page that leads on to Altinn's log-in (not the old screen that was there)."""
        expect(self.log_in_link).to_be_visible()
        return super().expect_loaded()

    @classmethod
    def open(cls, page: Page, lang: str, urls, path: str) -> SelfIdentifiedEnded:
        return cls(page, lang).goto(urls("altinn", path.format(lang=lang)))

    def go_to_log_in(self) -> Login:
        with self.step("click the link to Altinn's log-in"):
            self.log_in_link.click()
        return Login(self.page, self.lang).expect_loaded()
