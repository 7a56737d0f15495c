"""Creating a user account and "Forgot password" (domain-facts §7): e-mail, code, password.

Guide 001: a password that breaks a rule makes "Create user account" do nothing. `submit_expecting_nothing`
clicks and returns the HTTP response of the form's POST, so a test can tell "nothing happened" (the
server answered, and the page stayed) from "the button is broken" (no request at all).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import Page, Response

from pages.udi.screen import LANG, UdiScreen

if TYPE_CHECKING:
    from pages.udi.login import Login


class _EmailStep(UdiScreen):
    """The e-mail address (its label undocumented: the field `email`) and "Send verification code"."""

    email_key: str
    send_key: str
    action: str

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.email = self.field(self.email_key, name="email")
        self.send_button = self.form_button(self.send_key, self.action)

    def send_code(self, email: str) -> VerifyCode:
        with self.step(f"enter '{email}' and click 'Send verification code'"):
            self.email.fill(email)
            self.send_button.click()
        return VerifyCode(self.page, self.lang).expect_loaded()


class RegisterEmail(_EmailStep):
    heading_key = "register.heading"
    url_path = f"/udi/{LANG}/register"
    email_key = "register.email"
    send_key = "register.send_code"
    action = "/register"

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> RegisterEmail:
        return cls(page, lang).goto(urls("udi", cls.path(lang, "/register")))


class ForgotPassword(_EmailStep):
    heading_key = "forgot.heading"
    url_path = f"/udi/{LANG}/forgot"
    email_key = "forgot.email"
    send_key = "forgot.send_code"
    action = "/forgot"


class VerifyCode(UdiScreen):
    """Enter the code from the e-mail. Used by both flows: the next screen is the caller's choice."""

    heading_key = "verify.heading"
    url_path = f"/udi/{LANG}/(?:register|forgot)/verify"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.code = self.field("verify.code", name="code")
        verify_form = self.main.locator('form[action$="/verify"]')
        if "verify.submit" in self.t:
            self.verify_button = verify_form.get_by_role("button", name=self.t["verify.submit"], exact=True)
        else:
            self.verify_button = verify_form.locator("button[type=submit]")
        # "Send new code": the form of its own that asks for another code (its wording is undocumented).
        self.new_code_button = self.main.locator('form[action$="/resend"]').locator("button[type=submit]")

    def _verify(self, code: str) -> None:
        with self.step(f"enter the code '{code}' and click 'Verify code'"):
            self.code.fill(code)
            self.verify_button.click()

    def verify(self, code: str) -> CreateAccount:
        self._verify(code)
        return CreateAccount(self.page, self.lang).expect_loaded()

    def verify_for_new_password(self, code: str) -> NewPassword:
        self._verify(code)
        return NewPassword(self.page, self.lang).expect_loaded()

    def verify_refused(self, code: str) -> VerifyCode:
        self._verify(code)
        return VerifyCode(self.page, self.lang).expect_loaded()

    def send_new_code(self) -> VerifyCode:
        with self.step("click 'Send new code'"):
            self.new_code_button.click()
        return VerifyCode(self.page, self.lang).expect_loaded()


class _PasswordForm(UdiScreen):
    submit_key: str
    post_path: str

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.submit_button = self.form_button(self.submit_key, self.post_path)

    def _is_own_post(self, response: Response) -> bool:
        return response.request.method == "POST" and response.url.endswith(self.path(self.lang, self.post_path))

    def submit_expecting_nothing(self) -> Response:
        """Click the button of a form the portal refuses silently; the POST's response, once it came."""
        with (
            self.step("click the form's button (guide 001: nothing happens)"),
            self.page.expect_response(self._is_own_post) as answer,
        ):
            self.submit_button.click()
        return answer.value


class CreateAccount(_PasswordForm):
    """ "Choose a password and enter your name", ending in "Create user account"."""

    heading_key = "account.heading"
    url_path = f"/udi/{LANG}/register/account"
    submit_key = "account.submit"
    post_path = "/register/account"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.password = self.field("account.password", name="password")
        self.name = self.field("account.name", name="name")

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> CreateAccount:
        """Only with a verified e-mail address in the session (control API: verified registration)."""
        return cls(page, lang).goto(urls("udi", cls.path(lang, "/register/account")))

    def fill(self, password: str, name: str) -> CreateAccount:
        with self.step("fill in the password"):
            self.password.fill(password)
        with self.step(f"fill in the name '{name}'"):
            self.name.fill(name)
        return self

    def submit(self) -> Login:
        from pages.udi.login import Login

        with self.step("click 'Create user account'"):
            self.submit_button.click()
        return Login(self.page, self.lang).expect_loaded()

    def submit_refused(self) -> CreateAccount:
        """A refusal with a message (not a password one: those are silent)."""
        with self.step("click 'Create user account' (expecting a message)"):
            self.submit_button.click()
        return CreateAccount(self.page, self.lang).expect_loaded()


class NewPassword(_PasswordForm):
    heading_key = "reset.heading"
    url_path = f"/udi/{LANG}/forgot/password"
    submit_key = "reset.submit"
    post_path = "/forgot/password"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.password = self.field("reset.password", name="password")

    def fill(self, password: str) -> NewPassword:
        with self.step("fill in the new password"):
            self.password.fill(password)
        return self

    def submit(self) -> Login:
        from pages.udi.login import Login

        with self.step("click 'Change password'"):
            self.submit_button.click()
        return Login(self.page, self.lang).expect_loaded()
