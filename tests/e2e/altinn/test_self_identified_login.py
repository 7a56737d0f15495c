"""Guide 000 step 6: log-in with username and password at /ui/Authentication/SelfIdentified."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import ALTINN
from fixtures.era import GUIDE_000
from pages.altinn import Login, SelfIdentifiedLogin
from pages.altinn.self_identified import PATH

pytestmark = pytest.mark.era(GUIDE_000)  # the historical guide (fixtures/era.py)

# Each mistake turns the right (username, password) into a wrong pair.
MISTAKES = {
    "wrong-password": lambda fake, username, password: (username, fake.password(ALTINN)),
    "password-in-other-case": lambda fake, username, password: (username, password.swapcase()),
    "unknown-username": lambda fake, username, password: (fake.unique_username(), password),
}


@pytest.mark.control_api
@pytest.mark.req("ALT-LOGIN-SELFID", "ALT-LOGIN-LEVEL0")
def test_username_and_password_log_in_at_level_0(page: Page, lang: str, urls, seeded_account) -> None:
    login = SelfIdentifiedLogin.open(page, lang, urls)

    # Altinn answers a successful log-in with a 302 redirect (domain-facts §1.2).
    with page.expect_response(lambda r: r.request.method == "POST" and PATH in r.url) as answer:
        inbox = login.log_in(seeded_account.username, seeded_account.password)

    assert answer.value.status == 302, f"log-in answered {answer.value.status}, not a 302 redirect"
    expect(inbox.logged_in_as(seeded_account.username)).to_be_visible()
    expect(inbox.security_level(0)).to_be_visible()
    expect(inbox.limited_services).to_be_visible()


@pytest.mark.control_api
@pytest.mark.req("ALT-LOGIN-INVALID")
@pytest.mark.parametrize("mistake", MISTAKES.values(), ids=MISTAKES.keys())
def test_wrong_credentials_are_refused_with_one_message(
    page: Page, lang: str, urls, fake, seeded_account, mistake
) -> None:
    username, password = mistake(fake, seeded_account.username, seeded_account.password)

    login = SelfIdentifiedLogin.open(page, lang, urls).log_in_refused(username, password)

    expect(login.invalid_message).to_be_visible()
    expect(login.username).to_have_value(username)
    expect(login.password).to_have_value("")
    login_page = Login(page, lang).goto(urls("altinn", f"/{lang}/inbox"))  # the inbox asks to log in
    expect(login_page.heading, "nobody is logged in").to_be_visible()
