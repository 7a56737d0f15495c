"""The logged-in landing page: who is logged in, at which level, "Log out"; for a person logged in by e-mail the
information box that starts the linking of an old account, the actor list and the chosen actor's messages
(domain-facts §10.2)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from playwright.sync_api import Locator, Page

from pages.altinn.screen import AltinnScreen

if TYPE_CHECKING:
    from pages.altinn.linking import AddAccountInfo, Profile

ADD_ACCOUNT = "/{lang}/profile/add-account"
PROFILE = "/{lang}/profile"
ALL_PERSONS = "/{lang}/inbox?actor=all"


class Inbox(AltinnScreen):
    heading_key = "inbox.heading"
    url_path = r"/[a-z]{2}/inbox"

    # The inbox's sentences are nobody's documented wording: the checks are the facts in them (the
    # name, the level's number), each in a paragraph of the page's main part.
    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.log_out_button = self.button("log_out")
        self.paragraphs = self.main.locator("p")
        self.who = self.paragraphs.first  # who is logged in (compare with to_contain_text: it minds the case)
        self.limited_services = self.paragraphs.nth(2)  # under who and at which level, at level 0 only
        # After the first e-mail log-in with an address: the news that an account was created (domain-facts
        # §10.2 "a new account will be created"; the wording is undocumented, the notice is a status message).
        self.new_account_notice = self.main.get_by_role("status")
        # The information box: the part of the page that leads to "Add account" (domain-facts §10.2).
        add_account = page.locator(f'a[href="{ADD_ACCOUNT.format(lang=lang)}"]')
        self.info_box = self.main.locator("section").filter(has=add_account)
        self.info_box_add_account = self.link("link.add_account", ADD_ACCOUNT, within=self.info_box)
        self.profile_link = self.link("profile.heading", PROFILE)
        # The actor list: the navigation whose links choose whose messages are shown.
        self.actor_list = self.main.get_by_role("navigation").filter(has=page.locator('a[href*="/inbox?actor="]'))
        self.all_persons = self.link("inbox.all_persons", ALL_PERSONS, within=self.actor_list)
        self.status = self.new_account_notice  # the one status line: an account created, or an account added

    def logged_in_as(self, name: str):
        return self.paragraphs.filter(has_text=name)

    def security_level(self, level: int):
        # The second paragraph, not any: a username may hold digits too.
        return self.paragraphs.nth(1).filter(has_text=re.compile(rf"(?<!\d){level}(?!\d)"))

    def actor(self, name: str) -> Locator:
        """An actor in the actor list, by its name (an old account's username, the person's own name)."""
        return self.actor_list.get_by_role("link", name=name, exact=True)

    def message(self, title: str) -> Locator:
        """A message of the list below the actor list, by its title (the test's own data)."""
        return self.main.get_by_role("listitem").filter(has_text=title)

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> Inbox:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/inbox"))

    def log_out(self):
        from pages.altinn.portal import Home

        with self.step("click 'Log out'"):
            self.log_out_button.click()
        return Home(self.page, self.lang).expect_loaded()

    def add_account_from_info_box(self) -> AddAccountInfo:
        from pages.altinn.linking import AddAccountInfo

        with self.step("click 'Add account' in the information box"):
            self.info_box_add_account.click()
        return AddAccountInfo(self.page, self.lang).expect_loaded()

    def open_profile(self) -> Profile:
        from pages.altinn.linking import Profile

        with self.step("click 'Your profile'"):
            self.profile_link.click()
        return Profile(self.page, self.lang).expect_loaded()

    def choose_actor(self, name: str) -> Inbox:
        with self.step(f"choose '{name}' in the actor list"):
            self.actor(name).click()
        return Inbox(self.page, self.lang).expect_loaded()

    def choose_all_persons(self) -> Inbox:
        with self.step("choose the filter 'All persons'"):
            self.all_persons.click()
        return Inbox(self.page, self.lang).expect_loaded()
