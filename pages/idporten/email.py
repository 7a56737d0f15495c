"""ID-porten's e-mail log-in (domain-facts §10.2): "enter your email address and select Next; check your email
for a one-time code; enter the code on the page and select Confirm". The screens' headings and the Norwegian
wording are not published: the screens guard on their URL, fields are found by their form field name and the
buttons by the form they submit (their English names, "Next" and "Confirm", are the published ones)."""

from __future__ import annotations

from typing import TypeVar

from playwright.sync_api import Page

from pages.base import Screen
from pages.idporten.screen import LANG, IdportenScreen

S = TypeVar("S", bound=Screen)


class EmailAddress(IdportenScreen):
    heading_key = "email.heading"
    url_path = f"/idporten/{LANG}/email"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.address = self.field("email.address", name="email")
        self.next_button = self.form_button("email.next", "/idporten/{lang}/email")

    def _submit(self, address: str) -> None:
        with self.step(f"enter the e-mail address {address!r} and select 'Next'"):
            self.address.fill(address)
            self.next_button.click()

    def submit(self, address: str) -> EmailCode:
        self._submit(address)
        return EmailCode(self.page, self.lang).expect_loaded()

    def submit_refused(self, address: str) -> EmailAddress:
        self._submit(address)
        return EmailAddress(self.page, self.lang).expect_loaded()


class EmailCode(IdportenScreen):
    heading_key = "email.code.heading"
    url_path = f"/idporten/{LANG}/email/code(?:/resend)?"  # a new code is asked for by a form of its own

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.code = self.field("email.code", name="code")
        self.confirm_button = self.form_button("email.confirm", "/idporten/{lang}/email/code")
        self.resend_button = self.form_button("email.resend", "/idporten/{lang}/email/code/resend")
        self.resent_notice = self.main.get_by_role("status")

    def _submit(self, code: str) -> None:
        with self.step(f"enter the one-time code {code} and select 'Confirm'"):
            self.code.fill(code)
            self.confirm_button.click()

    def confirm(self, code: str, then: type[S], **then_args) -> S:
        """Back at the service: `then` is its screen (e.g. Altinn's Inbox)."""
        self._submit(code)
        return then(self.page, self.lang, **then_args).expect_loaded()

    def confirm_refused(self, code: str) -> EmailCode:
        self._submit(code)
        return EmailCode(self.page, self.lang).expect_loaded()

    def resend(self) -> EmailCode:
        with self.step("select 'Send a new code'"):
            self.resend_button.click()
        return EmailCode(self.page, self.lang).expect_loaded()
