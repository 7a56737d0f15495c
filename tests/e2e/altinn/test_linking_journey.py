"""Guide 000 after the sunset: what a person who followed it in 2025 does in September 2026 to see the old
messages again (info.altinn.no "Email login" and "Altinn alternative log-in methods", domain-facts §0, §10.2).

The test starts in guide 000's era (fixtures/era.py: 1 October 2025), creates the user through guide 000's
screens and gets messages; then its clock moves past 19 June 2026: the old log-in is refused with the sunset's
page, the person logs in by e-mail through the published screens, links the old account
with its username and password and finds the old messages under it in the actor list.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import ALTINN
from fixtures.era import GUIDE_000
from pages.altinn import CreateUser, SelfIdentifiedEnded

from .linking_support import AFTER_SUNSET, log_in_by_email_screens, message_title

pytestmark = [pytest.mark.era(GUIDE_000), pytest.mark.control_api]

LANGUAGES = ("en", "nb", "nn")  # Altinn's languages (domain-facts §9), as guide 000's journey
OLD_LOG_IN = "/ui/Authentication/SelfIdentified?lang={lang}"  # guide 000 step 6
GONE = 410


@pytest.mark.req("ALT-LINK-JOURNEY", "ALT-LINK-START", "ALT-LINK-MESSAGES", "ALT-LINK-SUNSET", "ALT-SUNSET-OLD-ACCOUNT")
def test_a_guide_000_user_from_2025_links_the_old_account_after_the_sunset_and_sees_the_old_messages(
    page: Page, lang: str, urls, fake, control
) -> None:
    username, password = fake.unique_username(), fake.password(ALTINN)
    old_email = fake.unique_email(username)
    # 2025: guide 000's user is created, and messages arrive in its inbox.
    old_login = CreateUser.open(page, lang, urls).fill(username, old_email, password).submit().log_in()
    old_messages = [message_title(fake), message_title(fake)]
    for title in old_messages:
        control.seed_altinn_message(title, username=username)
    inbox = old_login.log_in(username, password)
    for title in old_messages:
        expect(inbox.message(title)).to_be_visible()
    inbox.log_out()

    # September 2026: the old log-in has ended.
    control.set_clock_at(AFTER_SUNSET)
    response = page.goto(urls("altinn", OLD_LOG_IN.format(lang=lang)))
    assert response is not None and response.status == GONE, f"the old log-in answered {response and response.status}"
    SelfIdentifiedEnded(page, lang).expect_loaded()

    # E-mail log-in: the old messages are not there ...
    email = fake.unique_email()
    inbox = log_in_by_email_screens(page, lang, urls, control, email)
    expect(inbox.message(old_messages[0])).to_have_count(0)
    # ... until the old account is linked with its username and password.
    expect(inbox.info_box_add_account).to_be_visible()
    inbox = inbox.add_account_from_info_box().continue_().sign_in(username, password)
    expect(inbox.actor(username)).to_be_visible()
    old = inbox.choose_actor(username)
    for title in old_messages:
        expect(old.message(title)).to_be_visible()
