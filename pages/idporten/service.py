"""A relying service's view of the ID-porten log-in: the demo service that needs a given level, and
the refusal "The service requires a higher security level." with its link to log in again."""

from __future__ import annotations

import re

from playwright.sync_api import Locator, Page, expect

from pages.idporten.chooser import EidChooser
from pages.idporten.screen import LANG, IdportenScreen

ACR_OF_LEVEL = {3: "substantial", 4: "high"}  # domain-facts §5: idporten-loa-substantial ≈ 3, -high ≈ 4


class DemoService(IdportenScreen):
    """The demo service, at the level it requires (the `acr` of its address)."""

    heading_key = "demo.heading"
    url_path = f"/idporten/{LANG}/demo-service"

    def __init__(self, page: Page, lang: str, required: int = 4) -> None:
        super().__init__(page, lang)
        self.required = required
        self.log_out_button = self.form_button("log_out", "/idporten/logout")

    def expect_loaded(self) -> DemoService:
        super().expect_loaded()
        expect(self.page).to_have_url(re.compile(rf"[?&]acr={ACR_OF_LEVEL[self.required]}(?:&|#|$)"))
        return self

    @staticmethod
    def path(lang: str, acr: str = "high") -> str:
        return f"/{lang}/demo-service?acr={acr}"

    def logged_in_as(self, name: str) -> Locator:
        """The person's name, shown on the service's page."""
        return self.main.get_by_text(name)

    def security_level(self, level: int) -> Locator:
        """The line that shows the level reached (the only number on the page besides the heading's)."""
        return self.main.locator("p").filter(has_text=re.compile(rf"(?<!\d){level}(?!\d)"))

    def acr(self, acr: str) -> Locator:
        """The acr value reached (domain-facts §5: idporten-loa-substantial, idporten-loa-high)."""
        return self.main.locator("p").filter(has_text=re.compile(rf"(?<![\w-]){re.escape(acr)}(?![\w-])"))

    def log_out(self) -> LoggedOut:
        with self.step("log out"):
            self.log_out_button.click()
        return LoggedOut(self.page, self.lang).expect_loaded()


class HigherLevelRequired(IdportenScreen):
    """The refusal any service shows (through testenv's require_level) when the level is too low."""

    heading_key = "refused.heading"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        # "log on again, with a higher security level" (domain-facts §2): the link that starts a new log-in
        self.log_in_again_link = self.main.locator(f'a[href^="/idporten/{lang}/authorize?"]')

    def log_in_again(self) -> EidChooser:
        with self.step("log in again with a higher security level"):
            self.log_in_again_link.click()
        return EidChooser(self.page, self.lang).expect_loaded()


class LoggedOut(IdportenScreen):
    heading_key = "logged_out.heading"
    url_path = f"/idporten/{LANG}/logged-out"
