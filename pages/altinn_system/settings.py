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

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.login_info = page.get_by_role("region", name=self.t["settings.login_info"], exact=True)
        self.username = self.login_info.get_by_label(self.t["settings.username"], exact=True)
        self.password = self.login_info.get_by_label(self.t["settings.password"], exact=True)
        self.mobile = self.login_info.get_by_label(self.t["settings.mobile"], exact=True)
        self.allow_level3 = self.login_info.get_by_role("checkbox", name=self.t["settings.allow_level3"], exact=True)
        self.allow_system = self.login_info.get_by_role("checkbox", name=self.t["settings.allow_system"], exact=True)
        self.save_button = self.login_info.get_by_role("button", name=self.t["settings.save"], exact=True)
        self.saved = self.login_info.get_by_role("status")
        self.password_set = self.login_info.get_by_text(self.t["settings.password_set"], exact=True)
        self.password_none = self.login_info.get_by_text(self.t["settings.password_none"], exact=True)
        self.login_info_errors = self.login_info.get_by_role("alert")

        self.systems = page.get_by_role("region", name=self.t["systems.heading"], exact=True)
        self.system_table = self.systems.get_by_role("table", name=self.t["systems.caption"], exact=True)
        self.system_name = self.systems.get_by_label(self.t["systems.name"], exact=True)
        self.system_password = self.systems.get_by_label(self.t["systems.password"], exact=True)
        self.register_button = self.systems.get_by_role("button", name=self.t["systems.register"], exact=True)
        self.registered = self.systems.get_by_role("status")
        self.system_errors = self.systems.get_by_role("alert")

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
        with self.step(f"click 'New password for {name}'"):
            self.systems.get_by_role("link", name=self.t["systems.change_password"].format(name=name)).click()
        return SystemPassword(self.page, self.lang, system_id).expect_loaded()


class SystemPassword(AltsysScreen):
    heading_key = "syspw.heading"

    def __init__(self, page: Page, lang: str, system_id: int) -> None:
        super().__init__(page, lang)
        name = self.t["syspw.heading"].format(id=system_id)
        self.heading = page.get_by_role("heading", level=1, name=name, exact=True)
        self.system_id = system_id
        self.password = self.field("syspw.password")
        self.save_button = self.button("syspw.save")
        self.saved = page.get_by_role("status")
        self.back_link = self.link("syspw.back")

    def save(self, password: str) -> Self:
        with self.step("fill in the new password and click 'Save password'"):
            self.password.fill(password)
            self.save_button.click()
        return type(self)(self.page, self.lang, self.system_id).expect_loaded()
