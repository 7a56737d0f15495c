"""The tabs of Altinn's alternative log-in page (guide 000 step 3) as screens: each tab's form, and the
step that asks for a one-time code (SMS) or a numbered code from the code letter (domain-facts §2).

A successful log-in lands on Altinn's inbox (pages.altinn.Inbox), which shows the security level reached.
"""

from __future__ import annotations

import re
from typing import ClassVar, Self

from playwright.sync_api import Page, expect

from pages.altinn import Inbox
from pages.altinn_system.screen import AltsysScreen


class AlternativeTab(AltsysScreen):
    """One tab of the alternative log-in page: the page heading, and this tab marked as the current one."""

    heading_key = "alt.heading"
    url_path = r"/login/alternative(?:/(?:sms|code-letter|password)(?:/code)?)?"  # the tab, or its step
    tab_key: ClassVar[str]
    tab_param: ClassVar[str]

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        # The tab: by its documented name, else by where it leads; either way among the tab links.
        # The panel may link to its own tab too ("start again"), so only the tab list's link is the tab.
        tab_link = page.locator(f'a[href^="/{lang}/login/alternative?tab="]')
        tab_list = self.main.get_by_role("navigation").filter(has=tab_link)
        self.tab = self.link(self.tab_key, f"/{{lang}}/login/alternative?tab={self.tab_param}", within=tab_list)
        self.panel = self.main.locator("section").first  # the tab panel, under the tabs
        self.error = page.get_by_role("alert")
        self.order_letter_link = self.link("alt.order_letter", "/{lang}/login/alternative/order-letter")
        self.disable_letter_link = self.link("alt.disable_letter", "/{lang}/login/alternative/disable")
        self.enterprise_link = self.link("alt.enterprise", "/{lang}/login/alternative/enterprise")

    def expect_loaded(self) -> Self:
        expect(self.tab).to_have_attribute("aria-current", "page")
        return super().expect_loaded()

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> Self:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/login/alternative?tab={cls.tab_param}"))

    def order_new_code_letter(self):
        from pages.altinn_system.letters import OrderCodeLetter

        with self.step("click 'Order new code letter'"):
            self.order_letter_link.click()
        return OrderCodeLetter(self.page, self.lang).expect_loaded()

    def disable_code_letter(self):
        from pages.altinn_system.letters import DisableLogin

        with self.step("click 'Disable code letter'"):
            self.disable_letter_link.click()
        return DisableLogin(self.page, self.lang).expect_loaded()

    def log_in_with_enterprise_certificate(self):
        from pages.altinn_system.enterprise import EnterpriseCertificate

        with self.step("click 'Log in with enterprise certificate'"):
            self.enterprise_link.click()
        return EnterpriseCertificate(self.page, self.lang).expect_loaded()


class _CredentialsTab(AlternativeTab):
    """A tab asking for identity number or username, and a password."""

    submit_key: ClassVar[str]

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.who = self.field_in(self.panel, "alt.pid", "pid")
        self.password = self.field_in(self.panel, "alt.password", "password")
        self.submit_button = self.button(self.submit_key, scope=self.panel)

    def expect_loaded(self) -> Self:
        expect(self.password).to_be_visible()
        return super().expect_loaded()

    def _submit(self, who: str, password: str) -> None:
        with self.step(f"fill in '{who}' and the password, click '{self.t[self.submit_key]}'"):
            self.who.fill(who)
            self.password.fill(password)
            self.submit_button.click()

    def submit_refused(self, who: str, password: str) -> Self:
        """Credentials the service must refuse: the same tab comes back."""
        self._submit(who, password)
        return type(self)(self.page, self.lang).expect_loaded()


class SmsCodeTab(_CredentialsTab):
    tab_key, tab_param, submit_key = "alt.tab.sms", "sms", "alt.continue"

    def continue_(self, who: str, password: str) -> SmsCodeEntry:
        self._submit(who, password)
        return SmsCodeEntry(self.page, self.lang).expect_loaded()


class PasswordOnlyTab(_CredentialsTab):
    tab_key, tab_param, submit_key = "alt.tab.password", "password", "alt.log_in"

    def log_in(self, who: str, password: str) -> Inbox:
        self._submit(who, password)
        return Inbox(self.page, self.lang).expect_loaded()


class SmsCodeEntry(AlternativeTab):
    """After identity number and password: the one-time code sent by SMS."""

    tab_key, tab_param = "alt.tab.sms", "sms"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.code = self.field_in(self.panel, "alt.sms_code", "code")
        self.log_in_button = self.button("alt.log_in", scope=self.panel)
        self.sent_notice = page.get_by_role("status")  # that the code is sent (its wording is undocumented)

    def expect_loaded(self) -> Self:
        expect(self.code).to_be_visible()
        return super().expect_loaded()

    def _submit(self, code: str) -> None:
        with self.step(f"type the one-time code '{code}' and click 'Log in'"):
            self.code.fill(code)
            self.log_in_button.click()

    def log_in(self, code: str) -> Inbox:
        self._submit(code)
        return Inbox(self.page, self.lang).expect_loaded()

    def log_in_refused(self, code: str) -> SmsCodeEntry:
        """A wrong code: the code step comes back with an error."""
        self._submit(code)
        return SmsCodeEntry(self.page, self.lang).expect_loaded()

    def log_in_expired(self, code: str) -> SmsCodeTab:
        """An expired code: back to the tab's first step with an error."""
        self._submit(code)
        return SmsCodeTab(self.page, self.lang).expect_loaded()


class CodeLetterTab(AlternativeTab):
    tab_key, tab_param = "alt.tab.code_letter", "code-letter"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.who = self.field_in(self.panel, "alt.pid", "pid")
        self.continue_button = self.button("alt.continue", scope=self.panel)

    def expect_loaded(self) -> Self:
        expect(self.who).to_be_visible()
        return super().expect_loaded()

    def continue_(self, who: str) -> CodeLetterEntry:
        with self.step(f"fill in '{who}' and click 'Continue'"):
            self.who.fill(who)
            self.continue_button.click()
        return CodeLetterEntry(self.page, self.lang).expect_loaded()


class CodeLetterEntry(AlternativeTab):
    """The page asks for one numbered code of the code letter (domain-facts §2)."""

    tab_key, tab_param = "alt.tab.code_letter", "code-letter"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.code = self.field_in(self.panel, "alt.letter_code", "code")
        self.log_in_button = self.button("alt.log_in", scope=self.panel)

    def expect_loaded(self) -> Self:
        expect(self.code).to_be_visible()
        return super().expect_loaded()

    def asked_number(self) -> int:
        """Which code of the letter the page asks for: the one number in the code field's label
        (domain-facts §2: "the code the page asks for"; the label's wording is undocumented)."""
        label = str(self.code.evaluate("field => [...field.labels].map(l => l.textContent).join(' ')"))
        numbers = re.findall(r"\d+", label)
        if len(numbers) != 1:
            raise LookupError(f"the code field's label {label!r} names no single code number")
        return int(numbers[0])

    def _submit(self, code: str) -> None:
        with self.step(f"type the code '{code}' and click 'Log in'"):
            self.code.fill(code)
            self.log_in_button.click()

    def log_in(self, code: str) -> Inbox:
        self._submit(code)
        return Inbox(self.page, self.lang).expect_loaded()

    def log_in_refused(self, code: str) -> CodeLetterTab:
        """A wrong code: back to the tab's first step with an error."""
        self._submit(code)
        return CodeLetterTab(self.page, self.lang).expect_loaded()
