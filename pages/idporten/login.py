"""ID-porten's log-in screens: MinID (identity number + password), the simulated level-4 eIDs
(identity number), TestID (synthetic number + level), and the one-time code from SMS."""

from __future__ import annotations

from typing import TypeVar

from playwright.sync_api import Page

from pages.base import Screen
from pages.idporten.screen import LANG, IdportenScreen

S = TypeVar("S", bound=Screen)


class MinidLogin(IdportenScreen):
    heading_key = "minid.heading"
    url_path = f"/idporten/{LANG}/minid"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.pid = self.field("pid", name="pid")
        self.password = self.field("password", name="password")
        self.log_in_button = self.form_button("log_in", "/idporten/{lang}/minid")
        self.failure = page.get_by_role("alert")

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> MinidLogin:
        return cls(page, lang).goto(urls("idporten", f"/{lang}/minid"))

    def _submit(self, pid: str, password: str) -> None:
        with self.step(f"log in with MinID as {pid}"):  # never the password in a step
            self.pid.fill(pid)
            self.password.fill(password)
            self.log_in_button.click()

    def log_in(self, pid: str, password: str) -> OneTimeCode:
        self._submit(pid, password)
        return OneTimeCode(self.page, self.lang).expect_loaded()

    def log_in_refused(self, pid: str, password: str) -> MinidLogin:
        self._submit(pid, password)
        return MinidLogin(self.page, self.lang).expect_loaded()


class Level4Login(IdportenScreen):
    """BankID, Buypass or Commfides, simulated: the identity number, then a code by SMS."""

    heading_key = "level4.heading"

    def __init__(self, page: Page, lang: str, eid: str) -> None:
        self.eid = eid
        self.url_path = f"/idporten/{LANG}/eid/{eid.lower()}"  # each eID's own page
        super().__init__(page, lang)
        self.pid = self.field("pid", name="pid")
        self.next_button = self.form_button("next", f"/idporten/{{lang}}/eid/{eid.lower()}")

    def _submit(self, pid: str) -> None:
        with self.step(f"log in with {self.eid} as {pid}"):
            self.pid.fill(pid)
            self.next_button.click()

    def enter_pid(self, pid: str) -> OneTimeCode:
        self._submit(pid)
        return OneTimeCode(self.page, self.lang).expect_loaded()

    def enter_pid_refused(self, pid: str) -> Level4Login:
        self._submit(pid)
        return Level4Login(self.page, self.lang, self.eid).expect_loaded()


class TestIdLogin(IdportenScreen):
    __test__ = False  # not a pytest test class
    heading_key = "testid.heading"
    url_path = f"/idporten/{LANG}/testid"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.pid = self.field("testid.pid", name="pid")
        self.levels = {level: self.main.locator(f'input[name="level"][value="{level}"]') for level in (3, 4)}
        self.log_in_button = self.form_button("log_in", "/idporten/{lang}/testid")

    def _submit(self, pid: str, level: int) -> None:
        with self.step(f"log in with TestID as {pid} at level {level}"):
            self.pid.fill(pid)
            self.levels[level].check()
            self.log_in_button.click()

    def log_in(self, pid: str, level: int, then: type[S], **then_args) -> S:
        self._submit(pid, level)
        return then(self.page, self.lang, **then_args).expect_loaded()

    def log_in_refused(self, pid: str, level: int) -> TestIdLogin:
        self._submit(pid, level)
        return TestIdLogin(self.page, self.lang).expect_loaded()

    def log_in_held(self, pid: str, level: int) -> TestIdLogin:
        """Log in while the test holds back the redirect to the client (page.route): the browser stays."""
        self._submit(pid, level)
        return self


class OneTimeCode(IdportenScreen):
    heading_key = "code.heading"
    url_path = f"/idporten/{LANG}/code(?:/resend)?"  # a new code is asked for by a form of its own

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.code = self.field("code.label", name="code")
        self.log_in_button = self.form_button("log_in", "/idporten/{lang}/code")
        self.resend_button = self.form_button("code.resend", "/idporten/{lang}/code/resend")

    def _submit(self, code: str) -> None:
        with self.step(f"enter the one-time code {code}"):
            self.code.fill(code)
            self.log_in_button.click()

    def submit(self, code: str, then: type[S], **then_args) -> S:
        """Back at the service: `then` is its screen class (e.g. Inbox, DemoService)."""
        self._submit(code)
        return then(self.page, self.lang, **then_args).expect_loaded()

    def submit_held(self, code: str) -> OneTimeCode:
        """Submit a code while the test holds back the redirect to the service (page.route): the browser stays."""
        self._submit(code)
        return self

    def submit_refused(self, code: str) -> OneTimeCode:
        self._submit(code)
        return OneTimeCode(self.page, self.lang).expect_loaded()

    def resend(self) -> OneTimeCode:
        with self.step("ask for a new code"):
            self.resend_button.click()
        return OneTimeCode(self.page, self.lang).expect_loaded()
