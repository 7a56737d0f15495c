"""The logged-in part: "My applications" and "Register an application"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import Locator, Page

from pages.udi.screen import UdiScreen

if TYPE_CHECKING:
    from pages.udi.login import Login

RELATION_KEYS = {"self": "new.for.self", "family": "new.for.family", "employee": "new.for.employee"}


class MyApplications(UdiScreen):
    heading_key = "apps.heading"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.new_link = self.link("apps.new")
        self.log_out_button = self.button("log_out")
        self.table = page.get_by_role("table", name=self.t["apps.table"])
        self.rows = self.table.get_by_role("row").filter(has=page.get_by_role("rowheader"))
        self.none = page.get_by_text(self.t["apps.none"], exact=True)
        self.idporten_note = page.get_by_text(self.t["apps.idporten_note"], exact=True)
        self.password_note = page.get_by_text(self.t["apps.password_note"], exact=True)

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> MyApplications:
        return cls(page, lang).goto(urls("udi", cls.path(lang, "/applications")))

    def logged_in_with_password(self, name: str, email: str) -> Locator:
        return self.page.get_by_text(self.t["apps.logged_in_password"].format(name=name, email=email), exact=True)

    def logged_in_with_idporten(self, name: str) -> Locator:
        return self.page.get_by_text(self.t["apps.logged_in_idporten"].format(name=name), exact=True)

    def registered(self, reference: str) -> Locator:
        return self.status.filter(has_text=self.t["apps.registered"].format(reference=reference))

    def application(self, reference: str) -> Locator:
        """The table row of one application, by its reference."""
        return self.rows.filter(has=self.page.get_by_role("rowheader", name=reference, exact=True))

    def row_of(self, applicant: str) -> Locator:
        return self.rows.filter(has=self.page.get_by_role("cell", name=applicant, exact=True))

    def follow_up_text(self, applicant: str | None = None) -> str:
        """Who follows up, as the guide says: you, also when you applied for someone else."""
        if applicant is None:
            return self.t["apps.follow_up.self"]
        return self.t["apps.follow_up.other"].format(applicant=applicant)

    def register_new(self) -> NewApplication:
        with self.step("click 'Register a new application'"):
            self.new_link.click()
        return NewApplication(self.page, self.lang).expect_loaded()

    def log_out(self) -> Login:
        from pages.udi.login import Login

        with self.step("click 'Log out'"):
            self.log_out_button.click()
        return Login(self.page, self.lang).expect_loaded()


class NewApplication(UdiScreen):
    heading_key = "new.heading"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.relation_group = page.get_by_role("group", name=self.t["new.for"], exact=True)
        self.relations = {
            rel: page.get_by_role("radio", name=self.t[key], exact=True) for rel, key in RELATION_KEYS.items()
        }
        self.applicant = self.field("new.applicant")
        self.kind = self.field("new.kind")
        self.submit_button = self.button("new.submit")
        self.idporten_note = page.get_by_text(self.t["new.idporten_note"], exact=True)

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> NewApplication:
        return cls(page, lang).goto(urls("udi", cls.path(lang, "/applications/new")))

    def fill(self, relation: str, kind: str, applicant: str | None = None) -> NewApplication:
        with self.step(f"apply for '{self.t[RELATION_KEYS[relation]]}': '{self.t['kind.' + kind]}' {applicant or ''}"):
            self.relations[relation].check()
            if applicant is not None:
                self.applicant.fill(applicant)
            self.kind.select_option(label=self.t[f"kind.{kind}"])
        return self

    def submit(self) -> MyApplications:
        with self.step("click 'Register application'"):
            self.submit_button.click()
        return MyApplications(self.page, self.lang).expect_loaded()

    def submit_refused(self) -> NewApplication:
        with self.step("click 'Register application' (expecting a refusal)"):
            self.submit_button.click()
        return NewApplication(self.page, self.lang).expect_loaded()
