"""Guide 000 end to end: the six steps in order, in each language."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import ALTINN
from pages.altinn import Home


@pytest.mark.req(
    "ALT-JOURNEY", "ALT-NAV-LOGIN", "ALT-NAV-ALTERNATIVE", "ALT-NAV-WITHOUT-ID", "ALT-LOGIN-SELFID", "ALT-LOGIN-LEVEL0"
)
def test_guide_steps_create_a_user_who_can_log_in(page: Page, lang: str, urls, fake) -> None:
    username, password = fake.unique_username(), fake.password(ALTINN)
    email = fake.unique_email(username)

    login = Home.open(page, lang, urls).log_in()  # step 1
    alternatives = login.proceed_to_alternative_methods()  # step 2
    without_id = alternatives.log_in_without_identity_number()  # step 3
    form = without_id.create_new_user()  # step 4
    created = form.fill(username, email, password).submit()  # step 5
    inbox = created.log_in().log_in(username, password)  # step 6

    expect(inbox.logged_in_as(username)).to_be_visible()
    expect(inbox.security_level(0)).to_be_visible()
