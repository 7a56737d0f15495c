"""Step 1 of guide 002: order a MinID activation letter (identity number → phone → SMS code → confirmation)."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.minid.screen import MinidScreen


class OrderLetter(MinidScreen):
    heading_key = "order.heading"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.pid = self.field("order.pid")
        self.order_button = self.button("order.submit")
        self.new_only = page.get_by_text(self.t["order.new_only"], exact=True)
        self.help = page.get_by_text(self.t["help"], exact=True).first

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> OrderLetter:
        return cls(page, lang).goto(urls("minid", f"/{lang}/order"))

    def _submit(self, pid: str) -> None:
        with self.step(f"enter {pid} and click 'Order activation letter'"):
            self.pid.fill(pid)
            self.order_button.click()

    def order(self, pid: str) -> EnterPhone:
        self._submit(pid)
        return EnterPhone(self.page, self.lang).expect_loaded()

    def order_refused(self, pid: str) -> OrderLetter:
        self._submit(pid)
        return OrderLetter(self.page, self.lang).expect_loaded()


class EnterPhone(MinidScreen):
    heading_key = "phone.heading"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.mobile = self.field("phone.label")
        self.send_button = self.button("phone.submit")

    def _submit(self, mobile: str) -> None:
        with self.step(f"enter the phone number {mobile}"):
            self.mobile.fill(mobile)
            self.send_button.click()

    def send_code(self, mobile: str) -> EnterSmsCode:
        self._submit(mobile)
        return EnterSmsCode(self.page, self.lang).expect_loaded()

    def send_code_refused(self, mobile: str) -> EnterPhone:
        self._submit(mobile)
        return EnterPhone(self.page, self.lang).expect_loaded()


class EnterSmsCode(MinidScreen):
    heading_key = "code.heading"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.code = self.field("code.label")
        self.confirm_button = self.button("code.submit")
        self.resend_button = self.button("code.resend")
        self.no_sms_note = page.get_by_text(self.t["code.no_sms"], exact=True)

    def _submit(self, code: str) -> None:
        with self.step(f"enter the SMS code {code}"):
            self.code.fill(code)
            self.confirm_button.click()

    def confirm(self, code: str) -> LetterOrdered:
        self._submit(code)
        return LetterOrdered(self.page, self.lang).expect_loaded()

    def confirm_refused(self, code: str) -> EnterSmsCode:
        self._submit(code)
        return EnterSmsCode(self.page, self.lang).expect_loaded()

    def confirm_after_refused_order(self, code: str) -> OrderLetter:
        """The rules are checked again when the order is placed (e.g. another order came first)."""
        self._submit(code)
        return OrderLetter(self.page, self.lang).expect_loaded()

    def resend(self) -> EnterSmsCode:
        with self.step("ask for a new SMS code"):
            self.resend_button.click()
        return EnterSmsCode(self.page, self.lang).expect_loaded()


class LetterOrdered(MinidScreen):
    heading_key = "done.heading"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.post_note = page.get_by_role("status")
