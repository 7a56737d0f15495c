"""Log-in with username and password at /ui/Authentication/SelfIdentified (guide 000 step 6)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from playwright.sync_api import Page

from pages.altinn.inbox import Inbox
from pages.altinn.screen import AltinnScreen

if TYPE_CHECKING:
    from pages.altinn.self_identified_ended import SelfIdentifiedEnded

PATH = "/ui/Authentication/SelfIdentified"  # guide 000 step 6


class SelfIdentifiedLogin(AltinnScreen):
    heading_key = "si.heading"
    url_path = PATH

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.username = self.field("si.username")
        self.password = self.field("si.password")
        self.submit_button = self.button("si.submit")
        self.error = page.get_by_role("alert")
        self.invalid_message = self.error.get_by_text(self.t["si.invalid"], exact=True)
        self.locked_message = self.error.get_by_text(self.t["si.locked"], exact=True)

    def locked_for(self, minutes: int):
        """The lock's length in the alert: its wording is undocumented, the number of minutes is not."""
        return self.error.locator("p").filter(has_text=re.compile(rf"(?<!\d){minutes}(?!\d)"))

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> SelfIdentifiedLogin:
        return cls(page, lang).goto(urls("altinn", f"{PATH}?lang={lang}"))

    def _submit(self, username: str, password: str) -> None:
        with self.step(f"log in as '{username}'"):
            self.username.fill(username)
            self.password.fill(password)
            self.submit_button.click()

    def log_in(self, username: str, password: str) -> Inbox:
        self._submit(username, password)
        return Inbox(self.page, self.lang).expect_loaded()

    def log_in_after_the_sunset(self, username: str, password: str) -> SelfIdentifiedEnded:
        """A form opened before the sunset and sent after it: the page that says the method has ended."""
        from pages.altinn.self_identified_ended import SelfIdentifiedEnded

        self._submit(username, password)
        return SelfIdentifiedEnded(self.page, self.lang).expect_loaded()

    def log_in_refused(self, username: str, password: str) -> SelfIdentifiedLogin:
        self._submit(username, password)
        return SelfIdentifiedLogin(self.page, self.lang).expect_loaded()
