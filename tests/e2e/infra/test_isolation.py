"""Isolation of the reused browser context and page (fixtures/browser.py): no test sees what another left.

Each test first proves it starts clean, then leaves behind all it can: cookies (its own, one set by the
page, a logged-in Altinn session), localStorage, sessionStorage and an IndexedDB database, in one origin or
two, with or without an extra page. Whatever order pytest-randomly picks and however xdist spreads them,
every test that follows another one of them on the same worker checks what that one left: each pair, in
both orders, over runs. `LEFT` is what the previous test of this module in this worker process left, so
the check looks where the data was, and says whether it had something to check.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit, urlunsplit

import allure
import pytest
from playwright.sync_api import BrowserContext, Page, expect

from fixtures.data.policies import ALTINN
from pages.altinn import Inbox
from pages.altinn.login import Login

LANG = "en"
LEAVE_STORAGE_JS = """async (mark) => {
  localStorage.setItem("left-by", mark);
  sessionStorage.setItem("left-by", mark);
  document.cookie = "page-cookie=" + mark + "; path=/";
  await new Promise((done, fail) => {
    const open = indexedDB.open("left-by-" + mark, 1);
    open.onupgradeneeded = () => open.result.createObjectStore("things");
    open.onsuccess = () => { open.result.close(); done(); };
    open.onerror = () => fail(open.error);
  });
}"""
READ_STORAGE_JS = """async () => ({
  local: Object.keys(localStorage),
  session: Object.keys(sessionStorage),
  cookie: document.cookie,
  databases: indexedDB.databases ? (await indexedDB.databases()).map((db) => db.name) : [],
})"""
NOTHING = {"local": [], "session": [], "cookie": "", "databases": []}

LEFT: dict[str, Any] = {}  # what the previous test here left: {"by", "origins", "user", "scope"}


def other_origin(urls) -> str | None:
    """A second origin of the target beside Altinn's: another service's where it has its own (each service on
    its own origin), else the same server under another name (127.0.0.1 → localhost), or None."""
    first = origin(urls("altinn", "/"))
    for service in ("udi", "idporten", "minid"):
        if origin(urls(service, "/")) != first:
            return origin(urls(service, "/"))
    parts = urlsplit(first)
    if parts.hostname != "127.0.0.1":
        return None
    return urlunsplit((parts.scheme, f"localhost:{parts.port}", "/", "", ""))


def origin(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/", "", ""))


def assert_clean(page: Page, context: BrowserContext, urls, scope: str) -> None:
    with allure.step(f"Starts clean (previous test here: {LEFT.get('by', 'none')})"):
        expect(page.locator("head *, body *")).to_have_count(0)  # parked: nothing of the last screen is left
        expect(page).to_have_title("")
        assert len(context.pages) == 1, "a page another test opened is still there"
        assert context.cookies() == [], "cookies another test left are still there"
        assert scope != LEFT.get("scope"), "the test scope was reused"
        for where in LEFT.get("origins", [origin(urls("altinn", "/"))]):
            page.goto(where + "healthz")
            assert page.evaluate(READ_STORAGE_JS) == NOTHING, f"storage another test left in {where}"
        page.goto(urls("altinn", f"/{LANG}/inbox"))
        Login(page, LANG).expect_loaded()  # not logged in: the inbox sends us to log in


def leave_everything(page: Page, context: BrowserContext, urls, control, fake, origins: list[str]) -> None:
    mark = fake.unique_username()
    with allure.step(f"Leave everything behind ({mark})"):
        username = fake.unique_username()
        control.seed_altinn_user(username, fake.unique_email(username), fake.password(ALTINN))
        context.add_cookies([{**control.altinn_session_cookie(username), "url": urls("altinn", "/")}])
        context.add_cookies([{"name": "test-cookie", "value": mark, "url": urls("altinn", "/")}])
        expect(Inbox.open(page, LANG, urls).logged_in_as(username)).to_be_visible()
        for where in reversed(origins):  # the first origin last: the page ends there
            page.goto(where + "healthz")
            page.evaluate(LEAVE_STORAGE_JS, mark)
            assert page.evaluate(READ_STORAGE_JS) != NOTHING
    LEFT.update(by=mark, origins=origins, user=username, scope=control.scope)


@pytest.mark.control_api
@pytest.mark.parametrize("run", [1, 2, 3])
def test_cookies_storage_and_session_do_not_reach_the_next_test(page: Page, urls, control, fake, run: int) -> None:
    assert_clean(page, page.context, urls, control.scope)
    leave_everything(page, page.context, urls, control, fake, [origin(urls("altinn", "/"))])


@pytest.mark.control_api
@pytest.mark.parametrize("run", [1, 2])
def test_state_in_two_origins_does_not_reach_the_next_test(page: Page, urls, control, fake, run: int) -> None:
    second = other_origin(urls)
    if second is None:
        pytest.skip("needs a second origin: a service on its own origin, or the embedded test environment")
    assert_clean(page, page.context, urls, control.scope)
    leave_everything(page, page.context, urls, control, fake, [origin(urls("altinn", "/")), second])


@pytest.mark.control_api
@pytest.mark.parametrize("run", [1, 2])
def test_an_extra_page_does_not_reach_the_next_test(page: Page, urls, control, fake, run: int) -> None:
    assert_clean(page, page.context, urls, control.scope)
    extra = page.context.new_page()
    extra.goto(urls("altinn", "/healthz"))
    extra.evaluate(LEAVE_STORAGE_JS, fake.unique_username())
    leave_everything(page, page.context, urls, control, fake, [origin(urls("altinn", "/"))])
