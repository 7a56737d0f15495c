"""The two guides of today's Altinn (issue 16), end to end in each language: e-mail log-in, and linking an old
account to it, each step as the published help page gives it (info.altinn.no "Email login", domain-facts
§10.2; the words are fixtures/guide_docs/texts.py's "email" and "linking"). `make docs` pictures them."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import ALTINN
from fixtures.era import TODAY
from pages.altinn import Home, Inbox, Login
from pages.idporten import EmailAddress

from .linking_support import message_title

pytestmark = [pytest.mark.era(TODAY), pytest.mark.control_api]  # the code is read from the fake outbox

LANGUAGES = ("en", "nb", "nn")  # Altinn's languages (domain-facts §9); `make docs` writes the guides in all three


@pytest.mark.guide("email")
@pytest.mark.req("ALT-EMAIL-FIRST-LOGIN", "IDP-EMAIL-CODE")
def test_guide_steps_log_in_by_email_for_the_first_time(page: Page, lang: str, urls, fake, control, guide) -> None:
    address = fake.email_address()

    home = Home.open(page, lang, urls)
    guide.step(1, home, home.log_in_link)
    login = home.log_in()  # step 1
    guide.step(2, login, login.international_link)
    international = login.choose_international()  # step 2
    guide.step(3, international, international.email_login_link)
    screen = international.email_login(then=EmailAddress)  # step 3
    guide.step(4, screen, screen.address, screen.next_button, action="fill")
    code = screen.submit(address)  # step 4
    guide.step(5, code, code.heading, action="read", context=(code.code,))  # step 5: the code is in the e-mail
    guide.step(6, code, code.code, code.confirm_button, action="fill")
    inbox = code.confirm(control.last_email_code(address), then=Inbox)  # step 6

    expect(inbox.who).to_contain_text(f"epost:{address}")
    expect(inbox.security_level(0)).to_be_visible()
    expect(inbox.new_account_notice, "a first log-in creates the account").to_be_visible()


@pytest.mark.guide("linking")
@pytest.mark.req("ALT-LINK-START", "ALT-LINK-ACTOR", "ALT-LINK-MESSAGES")
def test_guide_steps_link_an_old_account_and_see_its_messages(
    page: Page, lang: str, urls, fake, control, guide
) -> None:
    username, password = fake.unique_username(), fake.password(ALTINN)
    control.seed_altinn_user(username, fake.unique_email(username), password)  # guide 000's account, from 2025
    old_message = message_title(fake)
    control.seed_altinn_message(old_message, username=username)
    address = fake.email_address()

    login = Login.open(page, lang, urls)
    guide.step(1, login, login.international_link)
    screen = login.choose_international().email_login(then=EmailAddress)
    inbox = screen.submit(address).confirm(control.last_email_code(address), then=Inbox)  # step 1
    expect(inbox.message(old_message), "the old messages are not there before the linking").to_have_count(0)
    guide.step(2, inbox, inbox.info_box_add_account)
    information = inbox.add_account_from_info_box()  # step 2
    guide.step(3, information, information.continue_link, context=(information.information,))
    sign_in = information.continue_()  # step 3
    guide.step(4, sign_in, sign_in.username, sign_in.password, sign_in.submit_button, action="log_in")
    inbox = sign_in.sign_in(username, password)  # step 4
    guide.step(5, inbox, inbox.actor(username), inbox.all_persons)
    old = inbox.choose_actor(username)  # step 5

    expect(old.message(old_message)).to_be_visible()
