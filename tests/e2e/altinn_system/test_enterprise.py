"""'Log in with enterprise certificate →' (guide 000 step 3): Buypass or Commfides certificates, level 3
(domain-facts §2). The page's sentences are undocumented: it is checked for those facts, not their words."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from pages.altinn_system import CodeLetterTab


@pytest.mark.req("ALTSYS-ALT-ENTERPRISE")
def test_the_enterprise_certificate_page_names_its_level(page: Page, lang: str, urls) -> None:
    screen = CodeLetterTab.open(page, lang, urls).log_in_with_enterprise_certificate()
    expect(screen.intro).to_contain_text(re.compile(r"\b3\b"))  # the level, domain-facts §2
    expect(screen.intro).to_contain_text("Buypass")
    expect(screen.intro).to_contain_text("Commfides")
