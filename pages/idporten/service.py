"""A relying service's view of the ID-porten log-in: the demo service that needs a given level, and
the refusal "The service requires a higher security level." with its link to log in again."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.idporten.chooser import EidChooser
from pages.idporten.screen import IdportenScreen


class DemoService(IdportenScreen):
    heading_key = "demo.heading"

    def __init__(self, page: Page, lang: str, required: int = 4) -> None:
        super().__init__(page, lang)
        self.heading = page.get_by_role(
            "heading", level=1, name=self.t["demo.heading"].format(level=required), exact=True
        )
        self.log_out_button = self.button("log_out")

    @staticmethod
    def path(lang: str, acr: str = "high") -> str:
        return f"/{lang}/demo-service?acr={acr}"

    def logged_in_as(self, name: str):
        return self.page.get_by_text(self.t["logged_in_as"].format(name=name), exact=True)

    def security_level(self, level: int):
        return self.page.get_by_text(self.t["level"].format(level=level), exact=True)

    def acr(self, acr: str):
        return self.page.get_by_text(self.t["acr"].format(acr=acr), exact=True)

    def log_out(self) -> LoggedOut:
        with self.step("log out"):
            self.log_out_button.click()
        return LoggedOut(self.page, self.lang).expect_loaded()


class HigherLevelRequired(IdportenScreen):
    """The refusal any service shows (through testenv's require_level) when the level is too low."""

    heading_key = "refused.heading"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.log_in_again_link = self.link("refused.log_in_again")

    def log_in_again(self) -> EidChooser:
        with self.step("log in again with a higher security level"):
            self.log_in_again_link.click()
        return EidChooser(self.page, self.lang).expect_loaded()


class LoggedOut(IdportenScreen):
    heading_key = "logged_out.heading"
