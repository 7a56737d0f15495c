"""Linking an old account (guide 000) to an e-mail log-in (domain-facts §10.2): "Your profile" → "Add account"
→ the information → "Continue" → the sign-in with the old username and password.

Only "Your profile", "Add account", "Continue" (en) and "Legg til konto" (nb) are documented wording: the
screens guard on their URL, and the sign-in's button is its form's submit button.
"""

from __future__ import annotations

from typing import Self

from playwright.sync_api import Page, expect

from pages.altinn.inbox import ADD_ACCOUNT, Inbox
from pages.altinn.screen import AltinnScreen

SIGN_IN = "/{lang}/profile/add-account/sign-in"


class Profile(AltinnScreen):
    heading_key = "profile.heading"
    url_path = r"/[a-z]{2}/profile"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.add_account_link = self.link("link.add_account", ADD_ACCOUNT)

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> Profile:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/profile"))

    def add_account(self) -> AddAccountInfo:
        with self.step("click 'Add account'"):
            self.add_account_link.click()
        return AddAccountInfo(self.page, self.lang).expect_loaded()


class AddAccountInfo(AltinnScreen):
    """The information to read before the old account's sign-in."""

    heading_key = "link.info.heading"  # undocumented: guarded on the URL
    url_path = r"/[a-z]{2}/profile/add-account"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.information = self.main.locator("h1 ~ p").first
        self.continue_link = self.link("link.continue", SIGN_IN)

    def expect_loaded(self) -> Self:
        """The information page, with its way on ("Continue")."""
        expect(self.continue_link).to_be_visible()
        return super().expect_loaded()

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> AddAccountInfo:
        return cls(page, lang).goto(urls("altinn", ADD_ACCOUNT.format(lang=lang)))

    def continue_(self) -> OldAccountSignIn:
        with self.step("click 'Continue'"):
            self.continue_link.click()
        return OldAccountSignIn(self.page, self.lang).expect_loaded()


class OldAccountSignIn(AltinnScreen):
    """The sign-in with the old account's username and password (labels: domain-facts §9)."""

    heading_key = "link.sign_in.heading"  # undocumented: guarded on the URL
    url_path = r"/[a-z]{2}/profile/add-account/sign-in"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.form = self.main.locator(f'form[action="{SIGN_IN.format(lang=lang)}"]')
        self.username = self.field("si.username", "username")
        self.password = self.field("si.password", "password")
        self.submit_button = self.form.locator("button[type=submit]")
        self.error = page.get_by_role("alert")

    def expect_loaded(self) -> Self:
        """The sign-in form itself, not another page at its address (the sunset's page, say)."""
        expect(self.form).to_be_visible()
        return super().expect_loaded()

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> OldAccountSignIn:
        return cls(page, lang).goto(urls("altinn", SIGN_IN.format(lang=lang)))

    def _submit(self, username: str, password: str) -> None:
        with self.step(f"sign in to the old account '{username}'"):
            self.username.fill(username)
            self.password.fill(password)
            self.submit_button.click()

    def sign_in(self, username: str, password: str) -> Inbox:
        """The old account is accepted: back in the inbox."""
        self._submit(username, password)
        return Inbox(self.page, self.lang).expect_loaded()

    def sign_in_refused(self, username: str, password: str) -> OldAccountSignIn:
        self._submit(username, password)
        return OldAccountSignIn(self.page, self.lang).expect_loaded()
