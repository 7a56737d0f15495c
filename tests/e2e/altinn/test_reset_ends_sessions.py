"""A new password through 'Forgot your password?' (linked from guide 000 step 4) logs out every browser that
was logged in as that user (docs/decisions.md, "Attempt limits, sessions and one-time secrets": whoever
knew the old password must not stay logged in).

The browser holds the old session; the reset is made by a second client speaking HTTP (the person on another
device, or whoever had the old password), reading the link from the e-mail through the control API.
"""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Page

from fixtures.data.policies import ALTINN
from fixtures.era import GUIDE_000
from pages.altinn import Inbox, Login

pytestmark = [pytest.mark.control_api, pytest.mark.era(GUIDE_000)]

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
LINK = re.compile(r"https?://[^\s\"'<>]+/reset/[^\s\"'<>]+")


def _reset_password(urls, control, lang: str, username: str, email: str, new_password: str) -> None:
    """Asks for the link and sets `new_password` through it, as a browser's forms would."""
    forgot = urls("altinn", f"/{lang}/login/without-id/forgot")
    with httpx.Client(timeout=30, follow_redirects=True) as http:
        token = CSRF.search(http.get(forgot).text)
        assert token, f"no form at {forgot}"
        asked = http.post(forgot, data={"csrf_token": token.group(1), "username": username, "email": email})
        assert asked.status_code < 400, f"the forgot-password form answered {asked.status_code}"
        links = [link for mail in control.emails(email) for link in LINK.findall(mail["body"])]
        assert links, "no e-mail with a reset link was sent"
        form = http.get(links[-1])
        token = CSRF.search(form.text)
        assert form.status_code == 200 and token, f"no new-password form at {links[-1]}"
        saved = http.post(
            links[-1],
            data={"csrf_token": token.group(1), "password": new_password, "confirm_password": new_password},
        )
        assert saved.status_code < 400, f"the new password was refused ({saved.status_code})"


@pytest.mark.req("ALT-FORGOT-SESSIONS")
def test_a_new_password_logs_out_a_browser_logged_in_with_the_old_one(
    page: Page, lang: str, urls, fake, control, logged_in
) -> None:
    Inbox.open(page, lang, urls)  # the precondition: this browser is logged in
    _reset_password(urls, control, lang, logged_in.username, logged_in.email, fake.password(ALTINN))
    # Logged out: the inbox sends this browser to the log-in page.
    Login(page, lang).goto(urls("altinn", f"/{lang}/inbox"))
