"""Fixtures of the UDI scenarios: codes from the fake outbox and ready-made sessions."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from playwright.sync_api import BrowserContext

from fixtures.session_cookies import add_session_cookies

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
def use_session(context: BrowserContext, urls) -> Callable[[dict | list[dict]], None]:
    """`use_session(cookies)`: put a control-API session into the browser: UDI's one cookie, or the cookies of
    a log-in through ID-porten (each naming its service: UDI's, and ID-porten's where it has its own origin)."""

    def add(cookies: dict | list[dict]) -> None:
        # Each at the root of its service's origin, like the cookies the services set themselves (path "/").
        add_session_cookies(context, urls, [{**cookies, "service": "udi"}] if isinstance(cookies, dict) else cookies)

    return add
