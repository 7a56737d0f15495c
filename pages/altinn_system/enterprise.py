"""'Log in with enterprise certificate →' (guide 000 step 3): level 3, not simulated (domain-facts §2)."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.altinn_system.screen import AltsysScreen


class EnterpriseCertificate(AltsysScreen):
    heading_key = "enterprise.heading"
    url_path = r"/login/alternative/enterprise"

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.intro = self.main.locator("h1 + p")  # the paragraph under the heading: what the page is about
