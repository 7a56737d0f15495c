"""The portal's log-in page: ID-porten, or username (the e-mail address) and password (guide 001)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from playwright.sync_api import Locator, Page

from pages.base import Screen
from pages.udi.screen import LANG, UdiScreen

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
    """The heading and the field labels other than "Password" are undocumented: the screen is its URL,
    the e-mail field its `name`, the buttons and links their form's action and targets."""

    heading_key = "login.heading"
    # Its own address, or where a refused ID-porten log-in comes back to (the callback, or the start of the
    # ID-porten log-in when ID-porten cannot be reached): the log-in page is shown there.
    url_path = f"/udi/(?:{LANG}/login(?:/idporten)?|oidc/callback)"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.idporten_button = self.link("login.idporten", href="/udi/{lang}/login/idporten")
        self.email = self.field("login.email", name="email")
        self.password = self.field("login.password", name="password")
        self.submit_button = self.form_button("login.submit", "/login")
        self.forgot_link = self.link("login.forgot", href="/udi/{lang}/forgot")
        self.register_link = self.link("login.register", href="/udi/{lang}/register")
        # The refusal: a message (role alert) of its own; its wording is undocumented.
        self.failed = self.alerts
        self.advice_intro = self.documented_text("login.advice_intro")
        self.advice = {key: self.documented_text(key) for key in ADVICE_KEYS}
        # The advice list of the username-and-password part (guide 001: four things to try).
        password_form = page.locator(f'form[action="/udi/{lang}/login"]')
        self.advice_items = page.locator("section", has=password_form).get_by_role("listitem")

    def documented_text(self, key: str) -> Locator | None:
        """The text of `key` where a guide gives it in this language, else None (nothing to compare)."""
        return self.page.get_by_text(self.t[key], exact=True) if key in self.t else None

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
