"""The logged-in part: "My applications" and "Register an application".

Their headings, labels and messages are undocumented (guide 001 gives only its notes about ID-porten and
who follows an application up, in English): the screens are their URLs, the controls their form field
names, values and targets, and the notes the paragraphs under the heading where no guide gives their words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from playwright.sync_api import Locator, Page

from pages.udi.screen import LANG, UdiScreen

if TYPE_CHECKING:
    from pages.udi.login import Login

RELATION_KEYS = {"self": "new.for.self", "family": "new.for.family", "employee": "new.for.employee"}


class MyApplications(UdiScreen):
    heading_key = "apps.heading"
    url_path = f"/udi/{LANG}/applications"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.new_link = self.link("apps.new", href="/udi/{lang}/applications/new")
        self.log_out_button = self.button("log_out")
        self.table = self.main.get_by_role("table")
        self.rows = self.table.get_by_role("row").filter(has=page.get_by_role("rowheader"))
        # Who is logged in: the paragraph under the heading; then the note about the other kind of account.
        self.who = self.main.locator("h1 + p")
        self.idporten_note = self._note("apps.idporten_note")
        self.password_note = self._note("apps.password_note")

    def _note(self, key: str) -> Locator:
        if key in self.t:
            return self.page.get_by_text(self.t[key], exact=True)
        return self.main.locator("h1 + p + p")

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> MyApplications:
        return cls(page, lang).goto(urls("udi", cls.path(lang, "/applications")))

    def logged_in_with_password(self, name: str, email: str) -> Locator:
        """The paragraph naming who is logged in, with their e-mail address (the wording is undocumented)."""
        return self.who.filter(has_text=name).filter(has_text=email)

    def logged_in_with_idporten(self, name: str) -> Locator:
        return self.who.filter(has_text=name)

    def registered(self, reference: str) -> Locator:
        """The notice (role status) that names the new application's reference."""
        return self.status.filter(has_text=reference)

    def application(self, reference: str) -> Locator:
        """The table row of one application, by its reference."""
        return self.rows.filter(has=self.page.get_by_role("rowheader", name=reference, exact=True))

    def row_of(self, applicant: str) -> Locator:
        return self.rows.filter(has=self.page.get_by_role("cell", name=applicant, exact=True))

    def follow_up_text(self, applicant: str | None = None) -> str | None:
        """Who follows up, as the guide says: you, also when you applied for someone else; None where the
        guide gives no wording in this language."""
        key = "apps.follow_up.self" if applicant is None else "apps.follow_up.other"
        if key not in self.t:
            return None
        return self.t[key] if applicant is None else self.t[key].format(applicant=applicant)

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
    url_path = f"/udi/{LANG}/applications/new"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        form = self.form("/applications/new")
        self.relation_group = form.get_by_role("group")
        self.relations = {rel: self._relation(rel, key) for rel, key in RELATION_KEYS.items()}
        self.applicant = self.field("new.applicant", name="applicant")
        self.kind = self.field("new.kind", name="kind")
        self.submit_button = self.form_button("new.submit", "/applications/new")
        # Guide 001's recommendation for ID-porten users: its words in English, else the paragraph under
        # the heading.
        if "new.idporten_note" in self.t:
            self.idporten_note = page.get_by_text(self.t["new.idporten_note"], exact=True)
        else:
            self.idporten_note = self.main.locator("h1 + p")

    def _relation(self, relation: str, key: str) -> Locator:
        if key in self.t:
            return self.page.get_by_role("radio", name=self.t[key], exact=True)
        return self.page.locator(f'input[type=radio][name="relation"][value="{relation}"]')

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> NewApplication:
        return cls(page, lang).goto(urls("udi", cls.path(lang, "/applications/new")))

    def kind_label(self, kind: str) -> str:
        """The wording the form shows for a kind of application (its option's label)."""
        return self.kind.locator(f'option[value="{kind}"]').inner_text().strip()

    def fill(self, relation: str, kind: str, applicant: str | None = None) -> NewApplication:
        with self.step(f"apply for '{relation}': '{kind}' {applicant or ''}"):
            self.relations[relation].check()
            if applicant is not None:
                self.applicant.fill(applicant)
            self.kind.select_option(value=kind)
        return self

    def submit(self) -> MyApplications:
        with self.step("click 'Register application'"):
            self.submit_button.click()
        return MyApplications(self.page, self.lang).expect_loaded()

    def submit_refused(self) -> NewApplication:
        with self.step("click 'Register application' (expecting a refusal)"):
            self.submit_button.click()
        return NewApplication(self.page, self.lang).expect_loaded()
