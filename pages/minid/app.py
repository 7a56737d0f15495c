"""Step 2 of guide 002: registering as a MinID user in the app, simulated as web pages (the activation
code is typed, since the browser has no camera)."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.idporten.chooser import EidChooser
from pages.minid.screen import LANG, MinidScreen


class AppScreen(MinidScreen):
    """A step of the app: one form posting to `/minid/{lang}/app/<step>`, under the simulation's note."""

    step_path = ""

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.simulation_note = page.get_by_role("note")  # says these pages stand in for the app
        self.next_button = self.form_button("app.next", f"/minid/{{lang}}/app/{self.step_path}")


class AppStart(MinidScreen):
    heading_key = "app.heading"
    url_path = f"/minid/{LANG}/app/"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.simulation_note = page.get_by_role("note")
        needs = self.t.get("app.needs")
        self.needs = (
            self.main.get_by_role("list") if needs is None else page.get_by_role("list", name=needs, exact=True)
        )
        self.need_items = self.needs.get_by_role("listitem")
        self.order_link = self.link("app.missing_letter")
        self.start_link = self.link("app.start")

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> AppStart:
        return cls(page, lang).goto(urls("minid", f"/{lang}/app/"))

    def get_started(self) -> AppPid:
        with self.step("click 'Get started'"):
            self.start_link.click()
        return AppPid(self.page, self.lang).expect_loaded()

    def order_letter(self):
        from pages.minid.order import OrderLetter

        with self.step("follow 'order it here'"):
            self.order_link.click()
        return OrderLetter(self.page, self.lang).expect_loaded()


class AppPid(AppScreen):
    heading_key = "app.pid.heading"
    url_path = f"/minid/{LANG}/app/pid"
    step_path = "pid"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.pid = self.field("app.pid.label", name="pid")

    def _submit(self, pid: str) -> None:
        with self.step(f"enter {pid} and click 'Next'"):
            self.pid.fill(pid)
            self.next_button.click()

    def next(self, pid: str) -> AppActivationCode:
        self._submit(pid)
        return AppActivationCode(self.page, self.lang).expect_loaded()

    def next_refused(self, pid: str) -> AppPid:
        self._submit(pid)
        return AppPid(self.page, self.lang).expect_loaded()


class AppActivationCode(AppScreen):
    heading_key = "app.code.heading"
    url_path = f"/minid/{LANG}/app/code"
    step_path = "code"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.code = self.field("app.code.label", name="code")

    def _submit(self, code: str) -> None:
        with self.step(f"type the activation code {code} (instead of scanning the QR code)"):
            self.code.fill(code)
            self.next_button.click()

    def next(self, code: str) -> AppPassword:
        self._submit(code)
        return AppPassword(self.page, self.lang).expect_loaded()

    def next_refused(self, code: str) -> AppActivationCode:
        self._submit(code)
        return AppActivationCode(self.page, self.lang).expect_loaded()


class AppPassword(AppScreen):
    heading_key = "app.password.heading"
    url_path = f"/minid/{LANG}/app/password"
    step_path = "password"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.password = self.field("app.password.label", name="password")
        self.hint = self.main.locator(".field .hint")  # the rules, told before the password is typed

    def _submit(self, password: str) -> None:
        with self.step("create a personal password and click 'Next'"):  # never the password itself
            self.password.fill(password)
            self.next_button.click()

    def next(self, password: str) -> AppMobile:
        self._submit(password)
        return AppMobile(self.page, self.lang).expect_loaded()

    def next_refused(self, password: str) -> AppPassword:
        self._submit(password)
        return AppPassword(self.page, self.lang).expect_loaded()


class AppMobile(AppScreen):
    heading_key = "app.mobile.heading"
    url_path = f"/minid/{LANG}/app/mobile"
    step_path = "mobile"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.mobile = self.field("app.mobile.label", name="mobile")

    def _submit(self, mobile: str) -> None:
        with self.step(f"enter the mobile number {mobile} and click 'Next'"):
            self.mobile.fill(mobile)
            self.next_button.click()

    def next(self, mobile: str) -> AppEmail:
        self._submit(mobile)
        return AppEmail(self.page, self.lang).expect_loaded()

    def next_refused(self, mobile: str) -> AppMobile:
        self._submit(mobile)
        return AppMobile(self.page, self.lang).expect_loaded()


class AppEmail(AppScreen):
    heading_key = "app.email.heading"
    url_path = f"/minid/{LANG}/app/email"
    step_path = "email"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.email = self.field("app.email.label", name="email")

    def _submit(self, email: str) -> None:
        with self.step(f"enter the e-mail address {email} and click 'Next'"):
            self.email.fill(email)
            self.next_button.click()

    def next(self, email: str) -> AppRegistered:
        self._submit(email)
        return AppRegistered(self.page, self.lang).expect_loaded()

    def next_refused(self, email: str) -> AppEmail:
        self._submit(email)
        return AppEmail(self.page, self.lang).expect_loaded()


class AppRegistered(MinidScreen):
    heading_key = "app.done.heading"
    url_path = f"/minid/{LANG}/app/done"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.next_time = self.wording("app.done.next", page.get_by_role("status"))
        # "Log in with MinID": the link that starts an ID-porten log-in
        self.log_in_link = self.main.locator(f'a[href*="/idporten/{lang}/authorize?"]')

    def log_in_with_minid(self) -> EidChooser:
        with self.step("click 'Log in with MinID'"):
            self.log_in_link.click()
        return EidChooser(self.page, self.lang).expect_loaded()
