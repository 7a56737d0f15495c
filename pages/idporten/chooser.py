"""ID-porten's choice of electronic ID (MinID, BankID, Buypass, Commfides, TestID in test mode)."""

from __future__ import annotations

from typing import TypeVar
from urllib.parse import urlencode

import allure
from playwright.sync_api import Page

from pages.base import Screen
from pages.idporten.screen import LANG, IdportenScreen

Next = TypeVar("Next", bound=Screen)  # any screen: built from (page, lang), guarded by expect_loaded()
EIDS = ("MinID", "BankID", "Buypass", "Commfides", "TestID")  # names: domain-facts §2, §3


class EidChooser(IdportenScreen):
    heading_key = "chooser.heading"
    url_path = f"/idporten/{LANG}/"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        # The list of eIDs: the one that holds the link to MinID's log-in.
        self.eid_list = self.main.get_by_role("list").filter(has=page.locator(f'a[href="/idporten/{lang}/minid"]'))
        self.eid_links = {name: self.eid_list.get_by_role("link", name=name, exact=True) for name in EIDS}

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> EidChooser:
        return cls(page, lang).goto(urls("idporten", f"/{lang}/"))

    @classmethod
    def start(cls, page: Page, lang: str, urls, *, client: str, acr: str, return_to: str) -> EidChooser:
        """What a service's log-in button does: /authorize with client, acr and return_to."""
        query = urlencode({"client": client, "acr": acr, "return_to": return_to})
        return cls(page, lang).goto(urls("idporten", f"/{lang}/authorize?{query}"))

    @classmethod
    def start_refused(cls, page: Page, lang: str, urls, *, client: str, acr: str, return_to: str) -> LoginCannotStart:
        query = urlencode({"client": client, "acr": acr, "return_to": return_to})
        with allure.step(f"open ID-porten's /authorize with return_to={return_to}"):
            page.goto(urls("idporten", f"/{lang}/authorize?{query}"))
        return LoginCannotStart(page, lang).expect_loaded()

    def cancel(self, then: type[Next], lang: str | None = None) -> Next:
        """'Cancel' (shown while a service waits for the log-in): back to that service, `then` its screen."""
        with self.step("click 'Cancel'"):
            self.page.get_by_role("button", name=self.t["cancel"], exact=True).click()
        return then(self.page, lang or self.lang).expect_loaded()

    def choose(self, eid: str):
        """Click an eID; returns its log-in screen (MinidLogin, Level4Login or TestIdLogin)."""
        from pages.idporten.login import Level4Login, MinidLogin, TestIdLogin

        with self.step(f"choose {eid}"):
            self.eid_links[eid].click()
        if eid == "MinID":
            return MinidLogin(self.page, self.lang).expect_loaded()
        if eid == "TestID":
            return TestIdLogin(self.page, self.lang).expect_loaded()
        return Level4Login(self.page, self.lang, eid).expect_loaded()


class LoginCannotStart(IdportenScreen):
    """/authorize refused its parameters (e.g. a return address on another site, or the OpenID Connect
    /idporten/authorize a redirect_uri that is not registered): the page stays at /authorize and says what is
    wrong."""

    heading_key = "bad_request.heading"
    url_path = f"/idporten/(?:{LANG}/)?authorize"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.problems = page.get_by_role("alert")
