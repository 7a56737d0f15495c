"""What the linking scenarios share: a person logged in by e-mail, an old account with messages, the dates."""

from __future__ import annotations

from datetime import datetime, timedelta

from playwright.sync_api import Page

from fixtures.data.timeline import EMAIL_LOGIN_FROM, OSLO, SELF_IDENTIFIED_UNTIL
from pages.altinn import Inbox, Login, OldAccountSignIn

# 15 April 2026, 12:00 in Norway: both log-in methods are offered (domain-facts §0, §10.2).
BOTH_METHODS = datetime(2026, 4, 15, 12, 0, tzinfo=OSLO)
# 1 September 2026, 12:00 in Norway: well after the sunset of the self-identified log-in.
AFTER_SUNSET = datetime(2026, 9, 1, 12, 0, tzinfo=OSLO)
JUST_AFTER_SUNSET = SELF_IDENTIFIED_UNTIL + timedelta(seconds=10)
assert EMAIL_LOGIN_FROM < BOTH_METHODS < SELF_IDENTIFIED_UNTIL < AFTER_SUNSET


def log_in_by_email(page: Page, lang: str, urls, control, email: str) -> Inbox:
    """A person logged in to Altinn by ID-porten's e-mail log-in (control API: a real token, validated by
    Altinn's relying party), in the inbox. The e-mail log-in screens are not what these scenarios are about."""
    cookie = control.altinn_email_session(email)["cookie"]
    page.context.add_cookies([{**cookie, "url": urls("altinn", "/")}])
    return Inbox.open(page, lang, urls)


def log_in_by_email_screens(page: Page, lang: str, urls, control, email: str) -> Inbox:
    """The published way (domain-facts §10.2): Log in → International → Email login → the address → Next → the
    e-mailed code (the fake outbox, control API) → Confirm."""
    from pages.idporten import EmailAddress

    screen = Login.open(page, lang, urls).choose_international().email_login(then=EmailAddress)
    return screen.submit(email).confirm(control.last_email_code(email), then=Inbox)


def open_old_account_sign_in(inbox: Inbox) -> OldAccountSignIn:
    """The published way in: the information box → the information → "Continue"."""
    return inbox.add_account_from_info_box().continue_()


def message_title(fake) -> str:
    """A message title of the test's own, told apart from every other test's."""
    return f"{fake.catch_phrase()} {fake.unique_username()}"
