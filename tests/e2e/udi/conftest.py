"""Fixtures of the UDI scenarios: codes from the fake outbox and ready-made sessions."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext

from fixtures.idporten_login import origin_root

# domain-facts §7 says "a code is emailed", not how long it is: any run of 4 to 10 digits alone in the e-mail.
CODE = re.compile(r"\b(\d{4,10})\b")


@pytest.fixture
def email_code(control) -> Callable[[str], str]:
    """`email_code(address)`: the verification code of the newest e-mail to that address."""

    def latest(address: str) -> str:
        mails = control.emails(address)
        assert mails, f"no e-mail was sent to {address}"
        found = CODE.search(mails[-1]["body"])
        assert found, f"the last e-mail to {address} has no code: {mails[-1]['body']!r}"
        return found.group(1)

    return latest


@pytest.fixture
def use_session(context: BrowserContext, urls) -> Callable[[dict], None]:
    """`use_session(cookie)`: put a control-API session cookie of UDI into the browser."""

    def add(cookie: dict) -> None:
        # For the root of UDI's origin, like the cookie UDI sets itself (path "/"), so no second cookie of the
        # same name shadows it under /udi/ (on a single-origin target ID-porten's pages see it too).
        root = origin_root(urls("udi", "/"))
        context.add_cookies([{"name": cookie["name"], "value": cookie["value"], "url": root}])

    return add
