"""'Order new code letter' and 'Disable code letter' (guide 000 step 3; domain-facts §2: "Bestill nytt
kodebrev", "Deaktiver engangskode/passord"). Their fields' wording is undocumented: found by field name."""

from __future__ import annotations

from typing import Self

from playwright.sync_api import Page

from pages.altinn_system.screen import AltsysScreen


class OrderCodeLetter(AltsysScreen):
    heading_key = "order.heading"
    url_path = r"/login/alternative/order-letter"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.pid = self.field("order.pid", name="pid")
        self.order_button = self.button("order.submit", scope=self.main)
        self.ordered = page.get_by_role("status")

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> OrderCodeLetter:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/login/alternative/order-letter"))

    def order(self, pid: str) -> Self:
        """Order a letter for `pid`; the same screen comes back with a confirmation or a field error."""
        with self.step(f"order a code letter for '{pid}'"):
            self.pid.fill(pid)
            self.order_button.click()
        return type(self)(self.page, self.lang).expect_loaded()


class DisableLogin(AltsysScreen):
    heading_key = "disable.heading"
    url_path = r"/login/alternative/disable"
    WHAT = ("letter", "password")  # the two things domain-facts §2 says can be disabled

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.pid = self.field("disable.pid", name="pid")
        # The choice: the group of radio buttons named `what`, one per thing to disable (by its value).
        self.what = self.main.locator("fieldset").filter(has=page.locator('input[type="radio"][name="what"]'))
        self.options = {what: self.what.locator(f'input[name="what"][value="{what}"]') for what in self.WHAT}
        self.disable_button = self.button("disable.submit", scope=self.main)
        self.done = page.get_by_role("status")

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> DisableLogin:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/login/alternative/disable"))

    def disable(self, pid: str, what: str | None) -> Self:
        """`what` is "letter" or "password" (None: choose nothing)."""
        with self.step(f"disable the {what or 'nothing'} for '{pid}'"):
            self.pid.fill(pid)
            if what:
                self.options[what].check()
            self.disable_button.click()
        return type(self)(self.page, self.lang).expect_loaded()
