"""'Forgot your password?' (linked from guide 000 step 4; the form itself is the test environment's own)."""

from __future__ import annotations

from playwright.sync_api import Page

from pages.altinn.screen import AltinnScreen


class ForgotPassword(AltinnScreen):
    heading_key = "forgot.heading"
    url_path = r"/login/without-id/forgot"

    @classmethod
    def open(cls, page: Page, lang: str, urls) -> ForgotPassword:
        return cls(page, lang).goto(urls("altinn", f"/{lang}/login/without-id/forgot"))
