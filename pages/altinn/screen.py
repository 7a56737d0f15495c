"""Base of the Altinn screens: their text table, the language selector and the help line."""

from __future__ import annotations

from typing import Self

from playwright.sync_api import Locator, Page

from pages.altinn.texts import TEXTS
from pages.base import Screen
from pages.components import LanguageSelector

# Where each link leads ({lang} filled in): how a link is found where its wording is undocumented.
LINK_TARGETS = {
    "home.log_in": "/{lang}/login",
    "login.alternative": "/{lang}/login/alternative",
    "alt.to_idporten": "/{lang}/login",
    "alt.cancel": "/{lang}/",
    "alt.order_letter": "/{lang}/login/alternative/order-letter",
    "alt.disable_letter": "/{lang}/login/alternative/disable",
    "alt.enterprise": "/{lang}/login/alternative/enterprise",
    "alt.without_id": "/{lang}/login/without-id",
    "help.methods": "/{lang}/help/login-methods",
    "help.code_letter": "/{lang}/help/code-letter",
    "help.without_id": "/{lang}/help/without-id",
    "without.create": "/{lang}/login/without-id/create",
    "without.forgot": "/{lang}/login/without-id/forgot",
    "without.back": "/{lang}/login/alternative",
    "create.back": "/{lang}/login/without-id",
    "create.close": "/{lang}/",
    "created.log_in": "/ui/Authentication/SelfIdentified?lang={lang}",
    "login.international": "/{lang}/login/international",
    "intl.email_login": "/{lang}/login/email",
}


class AltinnScreen(Screen):
    TEXTS = TEXTS

    def __init__(self, page: Page, lang: str) -> None:
        super().__init__(page, lang)
        self.languages = LanguageSelector(page, lang)
        self.main = page.get_by_role("main")

    def link(self, key: str, href: str | None = None, within: Locator | None = None) -> Locator:
        """A link in the page's main part, by its documented text or else by where it leads."""
        return super().link(key, href or LINK_TARGETS.get(key), within or self.main)

    def switch_language(self, lang: str) -> Self:
        """Choose another language in the header: the same screen comes back in that language."""
        self.languages.choose(lang)
        return type(self)(self.page, lang).expect_loaded()

    def help_text(self, topic_key: str) -> str | None:
        """The help line under the log-in choices as shown (guide 000 steps 3 and 4), e.g.
        '🗺️ Do you need help to log in? Read more about both log in methods in Altinn and about …';
        None where its wording is undocumented in this language."""
        t = self.t
        parts = ("help.map", "help.lead", "help.methods", "help.and_about", topic_key)
        if not all(key in t for key in parts):
            return None
        return f"{t['help.map']} {t['help.lead']} {t['help.methods']} {t['help.and_about']} {t[topic_key]}."

    def help_line(self, topic_key: str) -> Locator:
        """The paragraph holding the two help links."""

        def target(key: str) -> Locator:  # `has=` locators are relative to the paragraph
            return self.page.locator(f'a[href="{LINK_TARGETS[key].format(lang=self.lang)}"]')

        return self.main.locator("p").filter(has=target("help.methods")).filter(has=target(topic_key))
