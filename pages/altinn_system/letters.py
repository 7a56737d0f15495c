"""'Order new code letter' and 'Disable code letter' (guide 000 step 3; domain-facts §2: "Bestill nytt
kodebrev", "Deaktiver engangskode/passord")."""

from __future__ import annotations

from typing import Self

from playwright.sync_api import Page

from pages.altinn_system.screen import AltsysScreen


class OrderCodeLetter(AltsysScreen):
    heading_key = "order.heading"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.pid = self.field("order.pid")
        self.order_button = self.button("order.submit")
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

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.pid = self.field("disable.pid")
        self.what = page.get_by_role("group", name=self.t["disable.what"], exact=True)
        self.options = {
            "letter": self.what.get_by_role("radio", name=self.t["disable.letter"], exact=True),
            "password": self.what.get_by_role("radio", name=self.t["disable.password"], exact=True),
        }
        self.disable_button = self.button("disable.submit")
        self.done = page.get_by_role("status")

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> DisableLogin:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/login/alternative/disable"))

    def disable(self, pid: str, what: str | None) -> Self:
        """`what` is "letter" or "password" (None: choose nothing)."""
        chosen = self.t[f"disable.{what}"] if what else "nothing"
        with self.step(f"disable {chosen} for '{pid}'"):
            self.pid.fill(pid)
            if what:
                self.options[what].check()
            self.disable_button.click()
        return type(self)(self.page, self.lang).expect_loaded()
