"""The base of every page object."""

from __future__ import annotations

import re
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
    """One screen. Subclasses set `TEXTS`, `heading_key` and (where the heading's wording is not
    documented in every language) `url_path`, build locators once in `__init__`, and return the next screen
    from actions that leave this one. The only assertion is `expect_loaded`.

    The text table holds only documented wording (guides, domain facts). A key missing for a language is
    wording nobody documented: it is neither compared nor used as a locator; the screen finds that
    control by structure instead (its URL, form field name or the link's target)."""

    TEXTS: ClassVar[Mapping[str, Mapping[str, str]]]
    heading_key: ClassVar[str]
    url_path: str | None = None  # regex the URL path must match (docs/CONVENTIONS "URLs")

    def __init__(self, page: Page, lang: str) -> None:
        self.page = page
        self.lang = lang
        self.t = self.TEXTS[lang]
        name = self.t.get(self.heading_key)
        if name is None and self.url_path is None:
            raise TypeError(f"{type(self).__name__}: heading {self.heading_key!r} undocumented in {lang}, no url_path")
        h1 = page.get_by_role("heading", level=1)
        self.heading = h1 if name is None else page.get_by_role("heading", level=1, name=name, exact=True)

    def expect_loaded(self) -> Self:
        """The guard: the screen's URL (where it has one) and its main heading, by its documented name
        where there is one."""
        if self.url_path is not None:
            expect(self.page).to_have_url(re.compile(rf"^[^?#]*{self.url_path}(?:[?#].*)?$"))
        expect(self.heading).to_be_visible()
        for hook in SCREEN_LOADED_HOOKS:
            hook(self)
        return self

    def step(self, title: str) -> AbstractContextManager:
        """An Allure step. Never put a password in `title`."""
        return allure.step(f"{type(self).__name__}: {title}")

    def documented(self, key: str) -> bool:
        """Whether a guide or the domain facts give this wording in this screen's language."""
        return key in self.t

    def link(self, key: str, href: str | None = None, within: Locator | None = None) -> Locator:
        """A link by its documented text (the guides' arrows and crosses are decoration, not part of the
        name); where the wording is undocumented, by its target `href` (`{lang}` filled in). `within`: the
        part of the page to look in (default: the whole page)."""
        scope = within or self.page
        if key in self.t:
            return scope.get_by_role("link", name=accessible_name(self.t[key]), exact=True)
        if href is None:
            raise KeyError(f"{type(self).__name__}: link {key!r} undocumented in {self.lang} and no href given")
        return scope.locator(f'a[href="{href.format(lang=self.lang)}"]')

    def button(self, key: str, scope: Locator | None = None) -> Locator:
        """A button by its documented name; where that is undocumented, the submit button of `scope`
        (default: the page's main landmark)."""
        if key in self.t:
            return self.page.get_by_role("button", name=self.t[key], exact=True)
        return (scope or self.page.get_by_role("main")).locator("button[type=submit]")

    def field(self, key: str, name: str | None = None) -> Locator:
        """A form field by its documented label; where that is undocumented, by its form field `name`."""
        if key in self.t:
            return self.page.get_by_label(self.t[key], exact=True)
        if name is None:
            raise KeyError(f"{type(self).__name__}: field {key!r} undocumented in {self.lang} and no name given")
        return self.page.locator(f'[name="{name}"]')

    def goto(self, url: str) -> Self:
        with self.step(f"open {url}"):
            self.page.goto(url)
        return self.expect_loaded()
