"""Accessibility (WCAG 2.1 A/AA, axe-core): every screen the guides show, in each state worth checking — as it
opens, and with error messages shown where it has a form — one test per screen, state and language.

Each test reaches its screen on its own (black-box: only the pages, no control API), so a violation names the
screen and the state that shows it, whatever order the tests run in (fixtures/a11y.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import pytest
from playwright.sync_api import Page

from fixtures.data.policies import ALTINN, MINID, UDI
from fixtures.era import GUIDE_000
from pages import altinn, altinn_system, idporten, minid, udi
from pages.altinn.self_identified_ended import OLD_PATHS
from pages.base import Screen

OPENS = "as it opens"
ERRORS = "with error messages"


class Visit(NamedTuple):
    req: str  # the requirement of the screen (the form or page rule its guide documents)
    state: str
    reach: Callable[..., Screen]  # (page, lang, urls, fake) -> the screen in that state


def _created_user(page: Page, lang: str, urls, fake) -> altinn.UserCreated:
    username = fake.unique_username()
    form = altinn.CreateUser.open(page, lang, urls).fill(username, fake.unique_email(username), fake.password(ALTINN))
    return form.submit()


def _inbox(page: Page, lang: str, urls, fake) -> altinn.Inbox:
    username, password = fake.unique_username(), fake.password(ALTINN)
    form = altinn.CreateUser.open(page, lang, urls).fill(username, fake.unique_email(username), password)
    return form.submit().log_in().log_in(username, password)


SCREENS: dict[str, Visit] = {
    # guide 000: Altinn
    "altinn-home": Visit("ALT-NAV-LOGIN", OPENS, lambda p, lang, u, f: altinn.Home.open(p, lang, u)),
    "altinn-login": Visit("ALT-NAV-ALTERNATIVE", OPENS, lambda p, lang, u, f: altinn.Login.open(p, lang, u)),
    "altinn-alternatives": Visit("ALT-ALT-TABS", OPENS, lambda p, lang, u, f: altinn.AlternativeLogin.open(p, lang, u)),
    "altinn-without-id": Visit("ALT-WITHOUT-PAGE", OPENS, lambda p, lang, u, f: altinn.LoginWithoutId.open(p, lang, u)),
    "altinn-create-user": Visit("ALT-CREATE-FORM", OPENS, lambda p, lang, u, f: altinn.CreateUser.open(p, lang, u)),
    "altinn-create-user-errors": Visit(
        "ALT-USER-REQUIRED", ERRORS, lambda p, lang, u, f: altinn.CreateUser.open(p, lang, u).submit_refused()
    ),
    "altinn-user-created": Visit("ALT-CREATE-EMAIL", OPENS, _created_user),
    "altinn-self-identified": Visit(
        "ALT-LOGIN-SELFID", OPENS, lambda p, lang, u, f: altinn.SelfIdentifiedLogin.open(p, lang, u)
    ),
    "altinn-self-identified-errors": Visit(
        "ALT-LOGIN-INVALID",
        ERRORS,
        lambda p, lang, u, f: altinn.SelfIdentifiedLogin.open(p, lang, u).log_in_refused(
            f.unique_username(), f.password(ALTINN)
        ),
    ),
    "altinn-forgot-password": Visit(
        "ALT-WITHOUT-PAGE", OPENS, lambda p, lang, u, f: altinn.ForgotPassword.open(p, lang, u)
    ),
    "altinn-inbox": Visit("ALT-LOGIN-LEVEL0", OPENS, _inbox),
    "altinn-self-identified-ended": Visit(
        "ALT-SUNSET-GONE", OPENS, lambda p, lang, u, f: altinn.SelfIdentifiedEnded.open(p, lang, u, OLD_PATHS[-1])
    ),
    # guide 000 step 3 and guide 003: the alternative log-in tabs
    "altinn-sms-code": Visit(
        "ALTSYS-SMS-LOGIN", OPENS, lambda p, lang, u, f: altinn_system.SmsCodeTab.open(p, lang, u)
    ),
    "altinn-sms-code-errors": Visit(
        "ALTSYS-SMS-WRONG",
        ERRORS,
        lambda p, lang, u, f: altinn_system.SmsCodeTab.open(p, lang, u).submit_refused(f.fnr(), f.password(ALTINN)),
    ),
    "altinn-password-only": Visit(
        "ALTSYS-PWONLY-LOGIN", OPENS, lambda p, lang, u, f: altinn_system.PasswordOnlyTab.open(p, lang, u)
    ),
    "altinn-code-letter": Visit(
        "ALTSYS-LETTER-LOGIN", OPENS, lambda p, lang, u, f: altinn_system.CodeLetterTab.open(p, lang, u)
    ),
    # guide 002: ID-porten and MinID
    "idporten-chooser": Visit("IDP-CHOOSER", OPENS, lambda p, lang, u, f: idporten.EidChooser.open(p, lang, u)),
    "idporten-minid-login": Visit("IDP-MINID-LOGIN", OPENS, lambda p, lang, u, f: idporten.MinidLogin.open(p, lang, u)),
    "idporten-minid-login-errors": Visit(
        "IDP-MINID-LOGIN",
        ERRORS,
        lambda p, lang, u, f: idporten.MinidLogin.open(p, lang, u).log_in_refused(f.fnr(), f.password(MINID)),
    ),
    "minid-home": Visit("MINID-ORDER-STEPS", OPENS, lambda p, lang, u, f: minid.MinidHome.open(p, lang, u)),
    "minid-order": Visit("MINID-ORDER-STEPS", OPENS, lambda p, lang, u, f: minid.OrderLetter.open(p, lang, u)),
    "minid-order-errors": Visit(
        "MINID-PID-LENGTH", ERRORS, lambda p, lang, u, f: minid.OrderLetter.open(p, lang, u).order_refused("123")
    ),
    "minid-app-start": Visit("MINID-APP-NEEDS", OPENS, lambda p, lang, u, f: minid.AppStart.open(p, lang, u)),
    "minid-app-pid": Visit(
        "MINID-APP-STEPS", OPENS, lambda p, lang, u, f: minid.AppStart.open(p, lang, u).get_started()
    ),
    "minid-app-pid-errors": Visit(
        "MINID-APP-NO-LETTER",
        ERRORS,
        lambda p, lang, u, f: minid.AppStart.open(p, lang, u).get_started().next_refused(f.fnr()),
    ),
    # guide 001: UDI
    "udi-login": Visit("UDI-LOGIN-CHOICE", OPENS, lambda p, lang, u, f: udi.Login.open(p, lang, u)),
    "udi-login-errors": Visit(
        "UDI-LOGIN-TROUBLESHOOT",
        ERRORS,
        lambda p, lang, u, f: udi.Login.open(p, lang, u).log_in_refused(f.unique_email(), f.password(UDI)),
    ),
    "udi-register": Visit("UDI-REG-CODE", OPENS, lambda p, lang, u, f: udi.RegisterEmail.open(p, lang, u)),
    "udi-verify-code": Visit(
        "UDI-REG-CODE", OPENS, lambda p, lang, u, f: udi.RegisterEmail.open(p, lang, u).send_code(f.unique_email())
    ),
    "udi-verify-code-errors": Visit(
        "UDI-REG-CODE",
        ERRORS,
        lambda p, lang, u, f: udi.RegisterEmail.open(p, lang, u).send_code(f.unique_email()).verify_refused("000000"),
    ),
    "udi-forgot-password": Visit(
        "UDI-FORGOT-PASSWORD", OPENS, lambda p, lang, u, f: udi.Login.open(p, lang, u).forgot_password()
    ),
    "udi-faq": Visit("UDI-FAQ", OPENS, lambda p, lang, u, f: udi.LoginFaq.open(p, lang, u)),
}


# Guide 000's self-identified screens exist only before its sunset: they are checked in its era (fixtures/era.py).
GUIDE_000_ONLY = {
    "altinn-without-id",
    "altinn-create-user",
    "altinn-create-user-errors",
    "altinn-user-created",
    "altinn-self-identified",
    "altinn-self-identified-errors",
    "altinn-inbox",
}


def _marks(name: str, visit: Visit) -> list:
    return [pytest.mark.req(visit.req), *([pytest.mark.era(GUIDE_000)] if name in GUIDE_000_ONLY else [])]


@pytest.mark.parametrize(
    "visit", [pytest.param(visit, id=name, marks=_marks(name, visit)) for name, visit in SCREENS.items()]
)
def test_the_screen_has_no_wcag_violations(page: Page, lang: str, urls, fake, a11y_check, visit: Visit) -> None:
    screen = visit.reach(page, lang, urls, fake)
    a11y_check(screen, visit.state)
