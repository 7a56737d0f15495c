"""The base of every page object."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from typing import ClassVar, Self

import allure
from playwright.sync_api import Locator, Page, expect

DECORATIONS = ("← ", " →", " ✖")
# Called with every screen once its guard has passed: every screen the suite visits goes through here.
# Fixtures add checks (fixtures/a11y.py: axe-core with --a11y-every-screen) without pages importing fixtures.
SCREEN_LOADED_HOOKS: list[Callable[[Screen], None]] = []


def accessible_name(text: str) -> str:
    """'← Back' as a screen reader hears it: 'Back' (the arrows are aria-hidden decoration)."""
    for mark in DECORATIONS:
        text = text.replace(mark, "")
    return text


class Screen:
    """One screen. Subclasses set `TEXTS` and `heading_key`, build locators once in `__init__`, and
    return the next screen from actions that leave this one. The only assertion is `expect_loaded`."""

    TEXTS: ClassVar[Mapping[str, Mapping[str, str]]]
    heading_key: ClassVar[str]

    def __init__(self, page: Page, lang: str) -> None:
        self.page = page
        self.lang = lang
        self.t = self.TEXTS[lang]
        self.heading = page.get_by_role("heading", level=1, name=self.t[self.heading_key], exact=True)

    def expect_loaded(self) -> Self:
        """The guard: this screen's main heading is shown."""
        expect(self.heading).to_be_visible()
        for hook in SCREEN_LOADED_HOOKS:
            hook(self)
        return self

    def step(self, title: str) -> AbstractContextManager:
        """An Allure step. Never put a password in `title`."""
        return allure.step(f"{type(self).__name__}: {title}")

    def link(self, key: str) -> Locator:
        """A link by its text; the guides' arrows and crosses are decoration, not part of the name."""
        return self.page.get_by_role("link", name=accessible_name(self.t[key]), exact=True)

    def button(self, key: str) -> Locator:
        return self.page.get_by_role("button", name=self.t[key], exact=True)

    def field(self, key: str) -> Locator:
        return self.page.get_by_label(self.t[key], exact=True)

    def goto(self, url: str) -> Self:
        with self.step(f"open {url}"):
            self.page.goto(url)
        return self.expect_loaded()
