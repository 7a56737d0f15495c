"""Parts shared by several screens."""

from __future__ import annotations

import re
from collections.abc import Mapping

import allure
from playwright.sync_api import Locator, Page, expect

LANGUAGE_LABEL = {
    "en": "Language",
    "nb": "Språk",
    "nn": "Språk",
    "ru": "Язык",
}  # guide 000 "Language ▾"; domain-facts §9
LANGUAGE_NAMES = {"en": "English", "nb": "Norsk bokmål", "nn": "Norsk nynorsk", "ru": "Русский"}  # domain-facts §9


class LanguageSelector:
    """The "Language ▾" menu in the page header (guide 000)."""

    def __init__(self, page: Page, lang: str) -> None:
        self.toggle = page.get_by_text(LANGUAGE_LABEL[lang], exact=True)
        self.page = page

    def option(self, lang: str):
        return self.page.get_by_role("link", name=LANGUAGE_NAMES[lang], exact=True)

    def choose(self, lang: str) -> None:
        with allure.step(f"Language selector: choose {LANGUAGE_NAMES[lang]}"):
            self.toggle.click()
            self.option(lang).click()


# What a person meets at a refused field, checked without the words where no guide gives them: the field
# is marked invalid, and a visible message is tied to it through `aria-describedby` (so a screen reader
# reads it with the field). Documented wording (guides, domain facts) is compared exactly on top.
_DESCRIPTION_JS = """field => (field.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean)
    .map(id => document.getElementById(id)).filter(el => el && !el.classList.contains('hint'))
    .map(el => el.textContent.trim()).join(' ')"""


def expect_field_error(field: Locator, text: str | None = None) -> None:
    """The field is refused with its own message: `aria-invalid`, and a message referenced by its
    `aria-describedby`; `text` (documented wording only) is then that message exactly."""
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(field).to_have_accessible_description(re.compile(r"\S"))
    if text is not None:
        expect(field).to_have_accessible_description(text)


def expect_field_accepted(field: Locator) -> None:
    """The field carries no message: not marked invalid."""
    expect(field).not_to_have_attribute("aria-invalid", "true")


def field_error_text(field: Locator) -> str:
    """The text of the messages tied to the field (its hint left out), to tell rules' messages apart."""
    expect(field).to_have_attribute("aria-invalid", "true")
    return str(field.evaluate(_DESCRIPTION_JS))


def expect_page_language(page: Page, lang: str) -> None:
    """The page says it is in `lang` (so a screen reader speaks it in that language)."""
    expect(page.locator("html")).to_have_attribute("lang", lang)


def expect_distinct(messages: Mapping[str, str]) -> None:
    """Every rule has a message of its own, none empty: {rule: message}. An assertion helper for tests."""
    assert all(text.strip() for text in messages.values()), f"an empty message: {messages}"
    repeated = {text for text in messages.values() if list(messages.values()).count(text) > 1}
    assert not repeated, f"rules share a message: {messages}"


def expect_wording(locator: Locator, text: str | None, *, use_inner_text: bool = False) -> None:
    """Shown with the documented `text` exactly; where the wording is undocumented (`text` None), shown
    with some text of its own."""
    expect(locator).to_be_visible()
    if text is None:
        expect(locator).to_have_text(re.compile(r"\S"), use_inner_text=use_inner_text)
    else:
        expect(locator).to_have_text(text, use_inner_text=use_inner_text)
