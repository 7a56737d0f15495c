"""The portal's log-in page: ID-porten, or username (the e-mail address) and password (guide 001)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from playwright.sync_api import Page

from pages.base import Screen
from pages.udi.screen import UdiScreen

if TYPE_CHECKING:
    from pages.udi.applications import MyApplications
    from pages.udi.faq import LoginFaq
    from pages.udi.registration import ForgotPassword, RegisterEmail

ADVICE_KEYS = (
    "login.advice.browser",
    "login.advice.device",
    "login.advice.password",
    "login.advice.new_account",
    "login.advice.support",
)
Next = TypeVar("Next", bound=Screen)  # any screen: built from (page, lang), guarded by expect_loaded()


class Login(UdiScreen):
    heading_key = "login.heading"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.idporten_button = self.link("login.idporten")
        self.email = self.field("login.email")
        self.password = self.field("login.password")
        self.submit_button = self.button("login.submit")
        self.forgot_link = self.link("login.forgot")
        self.register_link = self.link("login.register")
        self.failed = self.alerts.filter(has_text=self.t["login.failed"])
        self.advice_intro = page.get_by_text(self.t["login.advice_intro"], exact=True)
        self.advice = {key: page.get_by_text(self.t[key], exact=True) for key in ADVICE_KEYS}

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> Login:
        return cls(page, lang).goto(urls("udi", cls.path(lang, "/login")))

    def _submit(self, email: str, password: str) -> None:
        with self.step(f"log in as '{email}'"):
            self.email.fill(email)
            self.password.fill(password)
            self.submit_button.click()

    def log_in(self, email: str, password: str) -> MyApplications:
        from pages.udi.applications import MyApplications

        self._submit(email, password)
        return MyApplications(self.page, self.lang).expect_loaded()

    def log_in_refused(self, email: str, password: str) -> Login:
        self._submit(email, password)
        return Login(self.page, self.lang).expect_loaded()

    def register_now(self) -> RegisterEmail:
        from pages.udi.registration import RegisterEmail

        with self.step("click 'Register now'"):
            self.register_link.click()
        return RegisterEmail(self.page, self.lang).expect_loaded()

    def forgot_password(self) -> ForgotPassword:
        from pages.udi.registration import ForgotPassword

        with self.step("click 'Forgot password'"):
            self.forgot_link.click()
        return ForgotPassword(self.page, self.lang).expect_loaded()

    def log_in_with_idporten(self, then: type[Next], lang: str | None = None) -> Next:
        """Go to ID-porten; `then` is ID-porten's first screen (its page object, in `lang`)."""
        with self.step("click 'Log in with ID-porten'"):
            self.idporten_button.click()
        return then(self.page, lang or self.lang).expect_loaded()

    def questions_and_answers(self) -> LoginFaq:
        from pages.udi.faq import LoginFaq

        with self.step("open 'Questions and answers about logging in'"):
            self.faq_link.click()
        return LoginFaq(self.page, self.lang).expect_loaded()
