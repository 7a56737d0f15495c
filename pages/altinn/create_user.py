"""The form "Create user without a national identity number/D-number" (guide 000 step 5) and its result."""

from __future__ import annotations

import re

from playwright.sync_api import Page

from pages.altinn.screen import AltinnScreen

CAPTCHA_SRC = re.compile(r"/captcha/([\w-]+)\.png")


class CreateUser(AltinnScreen):
    heading_key = "create.heading"
    url_path = r"/login/without-id/create"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        # Labels the guide (English) or the domain facts give, else the form's field names.
        self.username = self.field("create.username", name="username")
        self.email = self.field("create.email", name="email")
        self.password = self.field("create.password", name="password")
        self.confirm_password = self.field("create.confirm", name="confirm_password")
        self.captcha = self.field("create.captcha", name="captcha")
        self.captcha_image = self.main.get_by_role("img")
        self.form = self.main.locator("form")
        self.submit_button = self.button("create.submit", scope=self.form)  # the button's name is nobody's quote
        # The guide quotes the warning, the heading over the fields and the legal note in English; in
        # other languages they are found by place: the paragraph under the heading, the form's heading,
        # the form's own paragraph (field messages sit inside their fields).
        self.warning = self.main.locator("h1 + p")
        self.idporten_link = self.warning.get_by_role("link", name=self.t["create.idporten"], exact=True)
        self.fill_in_heading = self.form.get_by_role("heading", level=2)
        self.legal_note = self.form.locator(":scope > p")
        self.back_link = self.link("create.back")
        self.close_link = self.link("create.close")
        self.error_summary = page.get_by_role("alert")
        # The form's inputs by field name, for checks that go over every field alike.
        self.inputs = {
            "username": self.username,
            "email": self.email,
            "password": self.password,
            "confirm_password": self.confirm_password,
        }

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> CreateUser:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/login/without-id/create"))

    def fill(self, username: str, email: str, password: str, confirm: str | None = None) -> CreateUser:
        with self.step(f"fill in username '{username}' and email '{email}'"):
            self.username.fill(username)
            self.email.fill(email)
        with self.step("fill in the password and its confirmation"):
            self.password.fill(password)
            self.confirm_password.fill(password if confirm is None else confirm)
        return self

    def captcha_id(self) -> str:
        """The id of the captcha image shown (the control API tells its answer)."""
        src = self.captcha_image.get_attribute("src") or ""
        found = CAPTCHA_SRC.search(src)
        if not found:
            raise LookupError(f"no captcha image on the form (img src {src!r})")
        return found.group(1)

    def fill_captcha(self, answer: str) -> CreateUser:
        with self.step(f"type the captcha characters '{answer}'"):
            self.captcha.fill(answer)
        return self

    def submit(self) -> UserCreated:
        with self.step("click 'Create user'"):
            self.submit_button.click()
        return UserCreated(self.page, self.lang).expect_loaded()

    def submit_after_the_sunset(self):
        """A form opened before the sunset and sent after it: the page that says the method has ended."""
        from pages.altinn.self_identified_ended import SelfIdentifiedEnded

        with self.step("submit the form after the sunset"):
            self.submit_button.click()
        return SelfIdentifiedEnded(self.page, self.lang).expect_loaded()

    def submit_refused(self) -> CreateUser:
        """Submit a form the service must refuse: the same screen comes back."""
        with self.step("click 'Create user' (expecting a refusal)"):
            self.submit_button.click()
        return CreateUser(self.page, self.lang).expect_loaded()


class UserCreated(AltinnScreen):
    heading_key = "created.heading"
    url_path = r"/login/without-id/created"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.log_in_link = self.link("created.log_in")
        self.status = page.get_by_role("status")

    def sent_to(self, email: str):
        """The confirmation that names the address the username was e-mailed to (domain-facts §1.1)."""
        return self.status.filter(has_text=email)

    def log_in(self):
        from pages.altinn.self_identified import SelfIdentifiedLogin

        with self.step("click 'Log in with your username and password'"):
            self.log_in_link.click()
        return SelfIdentifiedLogin(self.page, self.lang).expect_loaded()
