"""Step 2 of guide 002: registering as a MinID user in the app, simulated as web pages (the activation
code is typed, since the browser has no camera)."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.idporten.chooser import EidChooser
from pages.minid.screen import MinidScreen


class AppScreen(MinidScreen):
    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.simulation_note = page.get_by_role("note").filter(has_text=self.t["app.simulated"])
        self.next_button = self.button("app.next")


class AppStart(AppScreen):
    heading_key = "app.heading"
    NEEDS = ("app.need.pid", "app.need.phone_email", "app.need.letter")

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.needs = page.get_by_role("list", name=self.t["app.needs"], exact=True)
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

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.pid = self.field("app.pid.label")

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

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.code = self.field("app.code.label")

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

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.password = self.field("app.password.label")

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

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.mobile = self.field("app.mobile.label")

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

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.email = self.field("app.email.label")

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

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.next_time = page.get_by_text(self.t["app.done.next"], exact=True)
        self.log_in_link = self.link("app.done.log_in")

    def log_in_with_minid(self) -> EidChooser:
        with self.step("click 'Log in with MinID'"):
            self.log_in_link.click()
        return EidChooser(self.page, self.lang).expect_loaded()
