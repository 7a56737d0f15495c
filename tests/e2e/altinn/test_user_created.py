"""After guide 000 step 5: the user is told, and e-mailed, the username (domain-facts §1.1)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import ALTINN
from fixtures.era import GUIDE_000
from pages.altinn import CreateUser

pytestmark = pytest.mark.era(GUIDE_000)  # the historical guide (fixtures/era.py)


@pytest.mark.control_api
@pytest.mark.req("ALT-CREATE-EMAIL")
def test_the_username_is_emailed_to_the_new_user(page: Page, lang: str, urls, fake, control) -> None:
    # An address that does not contain the username, so the check below cannot pass by accident.
    username, email = fake.unique_username(), fake.unique_email()
    assert username not in email

    created = CreateUser.open(page, lang, urls).fill(username, email, fake.password(ALTINN)).submit()

    expect(created.sent_to(email)).to_be_visible()
    mails = control.emails(email)
    assert len(mails) == 1, f"expected one e-mail to {email}, got {len(mails)}"
    assert username in mails[0]["body"], f"the e-mail does not tell the username: {mails[0]['body']!r}"
