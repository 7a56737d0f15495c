"""'Forgot your password?' (linked from guide 000 step 4): the e-mailed link to a new password must point to
the service itself, whatever Host headers the request carried (issue #19: a link built from the Host header
sends the reset token to whoever asked, an account takeover).

A browser cannot send a foreign Host header, so this test speaks HTTP itself: it fetches the form (cookie and
CSRF token) and posts it as an attacker's script would, then reads the mail through the control API.
"""

from __future__ import annotations

import re

import httpx
import pytest

from fixtures.era import GUIDE_000

pytestmark = [pytest.mark.control_api, pytest.mark.era(GUIDE_000)]

FOREIGN = "evil.example"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
LINK = re.compile(r"\w+://[^\s\"'<>]+")


@pytest.mark.req("ALT-FORGOT-LINK")
def test_the_reset_link_points_to_the_service_whatever_the_host_headers(seeded_account, control, urls, lang) -> None:
    form_url = urls("altinn", f"/{lang}/login/without-id/forgot")
    with httpx.Client(timeout=30, follow_redirects=False) as http:
        form = http.get(form_url)
        token = CSRF.search(form.text)
        assert form.status_code == 200 and token, f"no form at {form_url}"
        answer = http.post(
            form_url,
            data={"csrf_token": token.group(1), "username": seeded_account.username, "email": seeded_account.email},
            headers={
                "Host": FOREIGN,
                "X-Forwarded-Host": FOREIGN,
                "X-Forwarded-Proto": "https",
                "Forwarded": f"host={FOREIGN};proto=https",
            },
        )
    assert answer.status_code < 400, f"the form answered {answer.status_code}"
    links = [link for mail in control.emails(seeded_account.email) for link in LINK.findall(mail["body"])]
    assert links, "no e-mail with a link was sent"
    expected = urls("altinn", f"/{lang}/login/without-id/reset/")
    for link in links:
        assert FOREIGN not in link and link.startswith(expected), f"the reset link {link} is not under {expected}"
