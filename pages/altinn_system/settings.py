"""Profile → Advanced settings (domain-facts §2.1, guide 003): "Innloggingsinformasjon" (username,
password, mobile number and the two permission boxes) and "Datasystemer" (computer systems and the ID
Altinn gives them), and a computer system's new-password page."""

from __future__ import annotations

import re
from typing import Self

from playwright.sync_api import Page, expect

from pages.altinn_system.screen import AltsysScreen


class AdvancedSettings(AltsysScreen):
    heading_key = "settings.heading"
    url_path = r"/profile/advanced-settings(?:/login-info|/systems)?"  # the page, or a form of it posted

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.login_info = self.form_section("settings.login_info", "/advanced-settings/login-info")
        self.username = self.field_in(self.login_info, "settings.username", "username")
        self.password = self.field_in(self.login_info, "settings.password", "password")
        self.mobile = self.field_in(self.login_info, "settings.mobile", "mobile")
        self.allow_level3 = self.checkbox_in(self.login_info, "settings.allow_level3", "allow_level3")
        self.allow_system = self.checkbox_in(self.login_info, "settings.allow_system", "allow_system")
        self.save_button = self.button("settings.save", scope=self.login_info)
        self.saved = self.login_info.get_by_role("status")
        # Whether a password is registered (the field itself is always empty): the line above the field.
        self.password_state = self.login_info.locator("p.password-state")

        self.systems = self.form_section("systems.heading", "/advanced-settings/systems")
        self.system_table = self.systems.get_by_role("table")
        self.system_name = self.field_in(self.systems, "systems.name", "system_name")
        self.system_password = self.field_in(self.systems, "systems.password", "system_password")
        self.register_button = self.button("systems.register", scope=self.systems)
        self.registered = self.systems.get_by_role("status")

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> AdvancedSettings:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/profile/advanced-settings"))

    def fill_login_info(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        mobile: str | None = None,
        allow_level3: bool | None = None,
        allow_system: bool | None = None,
    ) -> Self:
        """Fill only what is given (None leaves a field as it is)."""
        shown = {"username": username, "mobile": mobile, "level 3": allow_level3, "application or system": allow_system}
        with self.step("fill in " + ", ".join(f"{k} {v!r}" for k, v in shown.items() if v is not None)):
            if username is not None:
                self.username.fill(username)
            if mobile is not None:
                self.mobile.fill(mobile)
            if allow_level3 is not None:
                self.allow_level3.set_checked(allow_level3)
            if allow_system is not None:
                self.allow_system.set_checked(allow_system)
        if password is not None:
            with self.step("fill in the password"):
                self.password.fill(password)
        return self

    def save(self) -> Self:
        """Save; the page comes back (saved, or with the refused fields marked)."""
        with self.step("click 'Save'"):
            self.save_button.click()
        return type(self)(self.page, self.lang).expect_loaded()

    def register_system(self, name: str, password: str) -> Self:
        with self.step(f"register the computer system '{name}' with its password"):
            self.system_name.fill(name)
            self.system_password.fill(password)
            self.register_button.click()
        return type(self)(self.page, self.lang).expect_loaded()

    def system_row(self, name: str):
        return self.system_table.get_by_role("row").filter(
            has=self.page.get_by_role("rowheader", name=name, exact=True)
        )

    def system_id(self, name: str) -> int:
        """The ID Altinn gave the system `name`, read from its row of the list."""
        row = self.system_row(name)
        expect(row).to_have_count(1)
        found = re.search(r"\b(\d{4,})\b", row.get_by_role("cell").first.inner_text())
        if not found:
            raise LookupError(f"no system ID in the row of {name!r}")
        return int(found.group(1))

    def change_system_password(self, name: str, system_id: int) -> SystemPassword:
        # The row's link to the system's new-password page (its wording is undocumented).
        href = f"/{self.lang}/profile/advanced-settings/systems/{system_id}/password"
        with self.step(f"open the new-password page of '{name}'"):
            self.system_row(name).locator(f'a[href="{href}"]').click()
        return SystemPassword(self.page, self.lang, system_id).expect_loaded()


class SystemPassword(AltsysScreen):
    heading_key = "syspw.heading"
    url_path = r"/profile/advanced-settings/systems/\d+/password"

    def __init__(self, page: Page, lang: str, system_id: int) -> None:
        super().__init__(page, lang)
        self.system_id = system_id
        self.password = self.field("syspw.password", name="password")
        self.save_button = self.button("syspw.save", scope=self.main)
        self.saved = page.get_by_role("status")
        self.back_link = self.link("syspw.back", "/{lang}/profile/advanced-settings")

    def expect_loaded(self) -> Self:
        """This system's page: its ID in the URL."""
        expect(self.page).to_have_url(re.compile(rf"/systems/{self.system_id}/password(?:[?#].*)?$"))
        return super().expect_loaded()

    def save(self, password: str) -> Self:
        with self.step("fill in the new password and click 'Save password'"):
            self.password.fill(password)
            self.save_button.click()
        return type(self)(self.page, self.lang, self.system_id).expect_loaded()
