"""'Log in with enterprise certificate →' (guide 000 step 3): level 3, not simulated (domain-facts §2)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from pages.altinn_system import CodeLetterTab


@pytest.mark.req("ALTSYS-ALT-ENTERPRISE")
def test_the_enterprise_certificate_page_names_its_level(page: Page, lang: str, urls) -> None:
    screen = CodeLetterTab.open(page, lang, urls).log_in_with_enterprise_certificate()
    expect(screen.level).to_be_visible()
    expect(screen.not_simulated).to_be_visible()
