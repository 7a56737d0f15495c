"""Linking guide 000's old account to an e-mail log-in (info.altinn.no "Email login", domain-facts §10.2).

A person logged in by e-mail (set up through the control API: the e-mail log-in screens are another part's)
starts at the information box in the inbox or at "Your profile" → "Add account", reads the information,
selects "Continue" and signs in with the old username and password; back in the inbox the old account is in
the actor list and under "All persons", with its old messages. These scenarios run on today's Altinn (after
the sunset) unless they pin a date while both log-in methods existed.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.limits import Limits
from fixtures.data.policies import ALTINN
from fixtures.era import TODAY
from pages.altinn import OldAccountSignIn, SelfIdentifiedLogin
from pages.components import expect_distinct, expect_field_error, expect_page_language, field_error_text

from .linking_support import (
    BOTH_METHODS,
    JUST_AFTER_SUNSET,
    log_in_by_email,
    message_title,
    open_old_account_sign_in,
)

pytestmark = [pytest.mark.era(TODAY), pytest.mark.control_api]


def expect_refused(form: OldAccountSignIn, lang: str) -> str:
    """Refused on the sign-in itself, with a message in the page's language; the message's text."""
    expect(form.error).to_be_visible()
    expect(form.error).to_have_text(re.compile(r"\S"))
    expect_page_language(form.page, lang)
    expect(form.password).to_have_value("")  # a password is never echoed back
    return form.error.text_content() or ""


def assert_nothing_linked(control, username: str, email: str) -> None:
    assert control.altinn_linked_to(username) is None, f"{username!r} was linked though it was refused"
    assert control.altinn_linked_accounts(email) == [], f"the e-mail account {email!r} got an account"


@pytest.mark.req("ALT-LINK-START", "ALT-LINK-ACTOR")
def test_the_information_box_leads_to_the_sign_in_and_the_old_account_joins_the_actor_list(
    page: Page, lang: str, urls, fake, seeded_account, control
) -> None:
    email = fake.unique_email()
    inbox = log_in_by_email(page, lang, urls, control, email)

    expect(inbox.info_box).to_be_visible()
    if inbox.documented("link.info_box"):
        expect(inbox.info_box).to_contain_text(inbox.t["link.info_box"])
    expect(inbox.info_box_add_account).to_be_visible()
    information = inbox.add_account_from_info_box()
    expect(information.information).to_have_text(re.compile(r"\S"))  # something to read before "Continue"
    inbox = information.continue_().sign_in(seeded_account.username, seeded_account.password)

    expect(inbox.status).to_contain_text(seeded_account.username)  # the inbox says which account was added
    expect(inbox.actor(seeded_account.username)).to_be_visible()
    expect(inbox.actor(f"epost:{email}")).to_be_visible()  # the person stays in the list, first
    assert control.altinn_linked_accounts(email) == [seeded_account.username]


@pytest.mark.req("ALT-LINK-START")
def test_your_profile_has_add_account(page: Page, lang: str, urls, fake, seeded_account, control) -> None:
    email = fake.unique_email()
    profile = log_in_by_email(page, lang, urls, control, email).open_profile()

    expect(profile.add_account_link).to_be_visible()
    inbox = profile.add_account().continue_().sign_in(seeded_account.username, seeded_account.password)

    expect(inbox.actor(seeded_account.username)).to_be_visible()


@pytest.mark.req("ALT-LINK-MESSAGES", "ALT-LINK-ACTOR")
def test_the_old_account_shows_its_old_messages_and_all_persons_shows_everyones(
    page: Page, lang: str, urls, fake, seeded_account, control
) -> None:
    email = fake.unique_email()
    old_messages = [message_title(fake), message_title(fake)]
    own_message = message_title(fake)
    for title in old_messages:
        control.seed_altinn_message(title, username=seeded_account.username)
    control.seed_altinn_message(own_message, email=email)
    inbox = log_in_by_email(page, lang, urls, control, email)
    expect(inbox.message(own_message)).to_be_visible()  # the person's own messages by default
    expect(inbox.message(old_messages[0])).to_have_count(0)  # the old ones are not there before linking

    inbox = open_old_account_sign_in(inbox).sign_in(seeded_account.username, seeded_account.password)
    old = inbox.choose_actor(seeded_account.username)
    for title in old_messages:
        expect(old.message(title)).to_be_visible()
    expect(old.message(own_message)).to_have_count(0)  # only the chosen actor's

    everyone = old.choose_all_persons()
    for title in [*old_messages, own_message]:
        expect(everyone.message(title)).to_be_visible()


@pytest.mark.req("ALT-LINK-INVALID")
def test_a_wrong_password_or_unknown_username_is_refused_and_links_nothing(
    page: Page, lang: str, urls, fake, seeded_account, control
) -> None:
    email = fake.unique_email()
    wrong = fake.password(ALTINN)
    assert wrong != seeded_account.password
    form = open_old_account_sign_in(log_in_by_email(page, lang, urls, control, email))

    form = form.sign_in_refused(seeded_account.username, wrong)
    expect_refused(form, lang)
    expect(form.username).to_have_value(seeded_account.username)  # what was typed stays, but the password
    form = form.sign_in_refused(fake.unique_username(), seeded_account.password)
    expect_refused(form, lang)

    assert_nothing_linked(control, seeded_account.username, email)


@pytest.mark.req("ALT-LINK-INVALID")
def test_empty_fields_are_refused_each_with_its_own_message(
    page: Page, lang: str, urls, fake, seeded_account, control
) -> None:
    email = fake.unique_email()
    form = open_old_account_sign_in(log_in_by_email(page, lang, urls, control, email))

    messages = {}
    for name, (username, password) in {"username": ("", "x1"), "password": (seeded_account.username, "")}.items():
        form = form.sign_in_refused(username, password)
        expect_page_language(page, lang)
        field = form.username if name == "username" else form.password
        expect_field_error(field)
        messages[name] = field_error_text(field)

    expect_distinct(messages)
    assert_nothing_linked(control, seeded_account.username, email)


@pytest.mark.req("ALT-LINK-LOCKOUT")
def test_wrong_passwords_at_the_linking_count_towards_guide_000s_lockout(
    page: Page, lang: str, urls, fake, seeded_account, control, limits: Limits
) -> None:
    control.set_clock_at(BOTH_METHODS)  # the old log-in still exists: it must see the same lock
    email = fake.unique_email()
    wrong = fake.password(ALTINN)
    assert wrong != seeded_account.password
    form = open_old_account_sign_in(log_in_by_email(page, lang, urls, control, email))
    for _ in range(limits.lockout_threshold - 1):
        form = form.sign_in_refused(seeded_account.username, wrong)
        invalid = expect_refused(form, lang)

    form = form.sign_in_refused(seeded_account.username, wrong)
    locked = expect_refused(form, lang)
    expect_distinct({"invalid": invalid, "locked": locked})  # the last wrong one locked the account
    form = form.sign_in_refused(seeded_account.username, seeded_account.password)
    expect(form.error, "the right password must not link a locked account").to_have_text(locked)
    assert_nothing_linked(control, seeded_account.username, email)

    login = SelfIdentifiedLogin.open(page, lang, urls).log_in_refused(seeded_account.username, seeded_account.password)
    expect(login.locked_message, "guide 000's log-in must see the lock the linking set").to_be_visible()


@pytest.mark.req("ALT-LINK-LOCKOUT")
def test_an_account_locked_at_the_old_log_in_is_refused_until_the_lock_ends(
    page: Page, lang: str, urls, fake, seeded_account, control, limits: Limits
) -> None:
    control.set_clock_at(BOTH_METHODS)
    wrong = fake.password(ALTINN)
    assert wrong != seeded_account.password
    login = SelfIdentifiedLogin.open(page, lang, urls)
    for _ in range(limits.lockout_threshold):
        login = login.log_in_refused(seeded_account.username, wrong)
    expect(login.locked_message).to_be_visible()  # locked the old way

    email = fake.unique_email()
    form = open_old_account_sign_in(log_in_by_email(page, lang, urls, control, email))
    form = form.sign_in_refused(seeded_account.username, seeded_account.password)
    expect_refused(form, lang)
    assert_nothing_linked(control, seeded_account.username, email)

    control.set_clock_offset(timedelta(minutes=limits.lockout_minutes))  # the lock has ended
    inbox = form.sign_in(seeded_account.username, seeded_account.password)
    expect(inbox.actor(seeded_account.username)).to_be_visible()


@pytest.mark.req("ALT-LINK-ELSEWHERE")
def test_an_account_linked_to_another_email_account_is_refused_with_a_message_of_its_own(
    page: Page, lang: str, urls, fake, seeded_account, control
) -> None:
    first = fake.unique_email()
    control.seed_altinn_link(seeded_account.username, first)
    email = fake.unique_email()
    form = open_old_account_sign_in(log_in_by_email(page, lang, urls, control, email))
    wrong = fake.password(ALTINN)
    assert wrong != seeded_account.password

    invalid = expect_refused(form.sign_in_refused(seeded_account.username, wrong), lang)
    form = form.sign_in_refused(seeded_account.username, seeded_account.password)
    elsewhere = expect_refused(form, lang)
    expect_distinct({"invalid": invalid, "elsewhere": elsewhere})  # not "wrong password": it is linked elsewhere

    assert control.altinn_linked_to(seeded_account.username) == first, "the account must stay with the first"
    assert control.altinn_linked_accounts(email) == []


@pytest.mark.req("ALT-LINK-SUNSET")
def test_linking_works_while_both_log_in_methods_exist(
    page: Page, lang: str, urls, fake, seeded_account, control
) -> None:
    control.set_clock_at(BOTH_METHODS)
    email = fake.unique_email()
    inbox = open_old_account_sign_in(log_in_by_email(page, lang, urls, control, email)).sign_in(
        seeded_account.username, seeded_account.password
    )
    expect(inbox.actor(seeded_account.username)).to_be_visible()


@pytest.mark.req("ALT-LINK-SUNSET")
def test_linking_works_from_the_first_minutes_after_the_sunset(
    page: Page, lang: str, urls, fake, seeded_account, control
) -> None:
    control.set_clock_at(JUST_AFTER_SUNSET)
    email = fake.unique_email()
    form = open_old_account_sign_in(log_in_by_email(page, lang, urls, control, email))
    inbox = form.sign_in(seeded_account.username, seeded_account.password)
    expect(inbox.actor(seeded_account.username)).to_be_visible()


@pytest.mark.req("ALT-LINK-START", "ALT-LINK-ACTOR")
def test_the_linking_screens_have_no_wcag_violations(
    page: Page, lang: str, urls, fake, seeded_account, control, a11y_check
) -> None:
    email = fake.unique_email()
    control.seed_altinn_message(message_title(fake), username=seeded_account.username)
    inbox = log_in_by_email(page, lang, urls, control, email)
    a11y_check(inbox, "with the information box")
    profile = inbox.open_profile()
    a11y_check(profile, "as it opens")
    information = profile.add_account()
    a11y_check(information, "as it opens")
    form = information.continue_()
    a11y_check(form, "as it opens")
    form = form.sign_in_refused("", "")
    a11y_check(form, "with error messages")
    inbox = form.sign_in(seeded_account.username, seeded_account.password).choose_all_persons()
    a11y_check(inbox, "with a linked account under All persons")
