"""Step 1 of guide 002: order a MinID activation letter (identity number → phone → SMS code → confirmation)."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.minid.screen import LANG, MinidScreen

SUPPORT_NUMBER = "800 30 300"  # guide 002: Digdir's help line and the user support for a missing SMS


class OrderLetter(MinidScreen):
    heading_key = "order.heading"
    url_path = f"/minid/{LANG}/order"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.pid = self.field("order.pid", name="pid")
        self.order_button = self.form_button("order.submit", "/minid/{lang}/order")
        self.new_only = self.wording("order.new_only", self.main.locator("h1 + p"))
        self.help = self.wording("help", self.main.locator("p").filter(has_text=SUPPORT_NUMBER))

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
    url_path = f"/minid/{LANG}/order/phone"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.mobile = self.field("phone.label", name="mobile")
        self.send_button = self.form_button("phone.submit", "/minid/{lang}/order/phone")

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
    url_path = f"/minid/{LANG}/order/code(?:/resend)?"  # a new code is asked for by a form of its own

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.code = self.field("code.label", name="code")
        self.confirm_button = self.form_button("code.submit", "/minid/{lang}/order/code")
        self.resend_button = self.form_button("code.resend", "/minid/{lang}/order/code/resend")
        self.no_sms_note = self.wording("code.no_sms", self.main.locator("p").filter(has_text=SUPPORT_NUMBER))

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

    def resend(self) -> EnterSmsCode:
        with self.step("ask for a new SMS code"):
            self.resend_button.click()
        return EnterSmsCode(self.page, self.lang).expect_loaded()


class LetterOrdered(MinidScreen):
    heading_key = "done.heading"
    url_path = f"/minid/{LANG}/order/done"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.post_note = page.get_by_role("status")
