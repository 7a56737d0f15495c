"""Guide 000 end to end: the six steps in order, in each language."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import ALTINN
from fixtures.era import GUIDE_000
from pages.altinn import Home

pytestmark = pytest.mark.era(GUIDE_000)  # the historical guide (fixtures/era.py)

LANGUAGES = ("en", "nb", "nn")  # Altinn's languages (domain-facts §9); `make docs` writes the guide in all three


@pytest.mark.guide("000")
@pytest.mark.req(
    "ALT-JOURNEY", "ALT-NAV-LOGIN", "ALT-NAV-ALTERNATIVE", "ALT-NAV-WITHOUT-ID", "ALT-LOGIN-SELFID", "ALT-LOGIN-LEVEL0"
)
def test_guide_steps_create_a_user_who_can_log_in(page: Page, lang: str, urls, fake, guide) -> None:
    username, password = fake.unique_username(), fake.password(ALTINN)
    email = fake.unique_email(username)

    home = Home.open(page, lang, urls)
    guide.step(1, home, home.log_in_link)
    login = home.log_in()  # step 1
    guide.step(2, login, login.alternative_link)
    alternatives = login.proceed_to_alternative_methods()  # step 2
    guide.step(3, alternatives, alternatives.links["alt.without_id"])
    without_id = alternatives.log_in_without_identity_number()  # step 3
    guide.step(4, without_id, without_id.create_link)
    form = without_id.create_new_user()  # step 4
    guide.step(5, form, form.username, form.email, form.password, form.confirm_password, action="fill")
    created = form.fill(username, email, password).submit()  # step 5
    log_in = created.log_in()
    guide.step(6, log_in, log_in.username, log_in.password, log_in.submit_button, action="log_in")
    inbox = log_in.log_in(username, password)  # step 6

    expect(inbox.logged_in_as(username)).to_be_visible()
    expect(inbox.security_level(0)).to_be_visible()
