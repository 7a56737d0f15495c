"""Altinn's log-in pages: the choice of ID-porten or alternatives (step 2), the alternative methods
(step 3) and log-in without identity number (step 4)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar, TypeVar

from playwright.sync_api import Page

from pages.altinn.screen import AltinnScreen
from pages.base import Screen

if TYPE_CHECKING:
    from pages.altinn.create_user import CreateUser
    from pages.altinn.forgot_password import ForgotPassword
    from pages.altinn.international import International

S = TypeVar("S", bound=Screen)


class Login(AltinnScreen):
    heading_key = "login.heading"
    # Its own address, or where a log-in through ID-porten that logged nobody in comes back to (the callback, or
    # the start of the log-in when ID-porten cannot be reached): the log-in page is shown there.
    url_path = r"(?:/[a-z]{2}/login(?:/idporten)?|/oidc/callback)"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.alternative_link = self.link("login.alternative")
        self.international_link = self.link("login.international")  # from 1 February 2026 (domain-facts §10.2)
        # The button's wording is undocumented; it is the main part's link that names ID-porten (a name).
        self.idporten_link = page.get_by_role("main").get_by_role(
            "link", name=re.compile(re.escape(self.t["create.idporten"]))
        )
        # Why a log-in through ID-porten came back without logging anyone in (cancelled, or refused): its
        # wording is undocumented, so it is found by its role.
        self.alerts = self.main.get_by_role("alert")

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> Login:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/login"))

    def log_in_with_idporten(self, then: type[S]) -> S:
        """Altinn's log-in through ID-porten: `then` is where the browser lands (ID-porten's choice of eID)."""
        with self.step("click the log-in with ID-porten"):
            self.idporten_link.click()
        return then(self.page, self.lang).expect_loaded()

    def choose_international(self) -> International:
        from pages.altinn.international import International

        with self.step("click 'International'"):
            self.international_link.click()
        return International(self.page, self.lang).expect_loaded()

    def proceed_to_alternative_methods(self) -> AlternativeLogin:
        with self.step("click 'Proceed to alternative log-in methods'"):
            self.alternative_link.click()
        return AlternativeLogin(self.page, self.lang).expect_loaded()


class AlternativeLogin(AltinnScreen):
    heading_key = "alt.heading"
    url_path = r"/login/alternative"
    TAB_KEYS = ("alt.tab.code_letter", "alt.tab.sms", "alt.tab.password")  # in the guide's order
    TAB_NAMES: ClassVar[dict[str, str]] = {
        "alt.tab.code_letter": "code-letter",
        "alt.tab.sms": "sms",
        "alt.tab.password": "password",
    }
    LINK_KEYS = (
        "alt.to_idporten",
        "alt.cancel",
        "alt.order_letter",
        "alt.disable_letter",
        "alt.enterprise",
        "alt.without_id",
        "help.methods",
        "help.code_letter",
    )

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        # The tabs' list has no documented name: it is the navigation holding the tab links.
        tab_link = page.locator(f'a[href^="/{lang}/login/alternative?tab="]')
        self.tab_list = self.main.get_by_role("navigation").filter(has=tab_link)
        self.tabs = {key: self._tab(key) for key in self.TAB_KEYS}
        self.links = {key: self.link(key) for key in self.LINK_KEYS}
        # The tab panel (under the tabs): its intro (the guide quotes the code letter's, in English) and
        # its heading "Fill in the fields below".
        panel = self.main.locator("section").first
        self.panel_intro = panel.locator("p").first
        self.fill_in_heading = panel.get_by_role("heading", level=2)
        self.help = self.help_line("help.code_letter")

    def _tab(self, key: str):
        if key in self.t:
            return self.tab_list.get_by_role("link", name=self.t[key], exact=True)
        return self.tab_list.locator(f'a[href="/{self.lang}/login/alternative?tab={self.TAB_NAMES[key]}"]')

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> AlternativeLogin:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/login/alternative"))

    def log_in_without_identity_number(self) -> LoginWithoutId:
        with self.step("click 'Log in without national identity number/D-number'"):
            self.links["alt.without_id"].click()
        return LoginWithoutId(self.page, self.lang).expect_loaded()

    def choose_tab(self, key: str) -> AlternativeLogin:
        with self.step(f"choose the tab '{self.t.get(key, self.TAB_NAMES[key])}'"):
            self.tabs[key].click()
        return AlternativeLogin(self.page, self.lang).expect_loaded()


class LoginWithoutId(AltinnScreen):
    heading_key = "without.heading"
    url_path = r"/login/without-id"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.intro = self.main.locator("h1 + p")  # the paragraph under the heading
        self.create_link = self.link("without.create")
        self.forgot_link = self.link("without.forgot")
        self.back_link = self.link("without.back")
        self.cancel_link = self.link("alt.cancel")
        self.help_links = [self.link("help.methods"), self.link("help.without_id")]
        self.help = self.help_line("help.without_id")

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> LoginWithoutId:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/login/without-id"))

    def create_new_user(self) -> CreateUser:
        from pages.altinn.create_user import CreateUser

        with self.step("click 'Create a new user'"):
            self.create_link.click()
        return CreateUser(self.page, self.lang).expect_loaded()

    def forgot_password(self) -> ForgotPassword:
        from pages.altinn.forgot_password import ForgotPassword

        with self.step("click 'Forgot your password?'"):
            self.forgot_link.click()
        return ForgotPassword(self.page, self.lang).expect_loaded()

    def back(self) -> AlternativeLogin:
        with self.step("click '← Back'"):
            self.back_link.click()
        return AlternativeLogin(self.page, self.lang).expect_loaded()
