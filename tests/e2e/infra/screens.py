"""The screens that open without a session: checked one by one by the infra tests (small screens, glyphs)."""

from __future__ import annotations

import pytest

from fixtures.era import GUIDE_000
from pages.altinn.create_user import CreateUser
from pages.altinn.forgot_password import ForgotPassword
from pages.altinn.login import AlternativeLogin, Login, LoginWithoutId
from pages.altinn.portal import Home
from pages.altinn.self_identified import SelfIdentifiedLogin
from pages.altinn_system.alternative import PasswordOnlyTab, SmsCodeTab
from pages.altinn_system.letters import DisableLogin, OrderCodeLetter
from pages.idporten.chooser import EidChooser
from pages.idporten.login import MinidLogin
from pages.minid.app import AppStart
from pages.minid.home import MinidHome
from pages.minid.order import OrderLetter
from pages.udi.faq import LoginFaq
from pages.udi.login import Login as UdiLogin
from pages.udi.registration import RegisterEmail

OPEN_SCREENS = [
    Home,
    Login,
    AlternativeLogin,
    LoginWithoutId,
    SelfIdentifiedLogin,
    CreateUser,
    ForgotPassword,
    SmsCodeTab,
    PasswordOnlyTab,
    OrderCodeLetter,
    DisableLogin,
    EidChooser,
    MinidLogin,
    MinidHome,
    OrderLetter,
    AppStart,
    UdiLogin,
    LoginFaq,
    RegisterEmail,
]


def screen_id(screen: type) -> str:
    return f"{screen.__module__.removeprefix('pages.').split('.')[0]}.{screen.__name__}"


# Guide 000's self-identified screens exist only before its sunset: they are checked in its era (fixtures/era.py).
GUIDE_000_ONLY = {LoginWithoutId, SelfIdentifiedLogin, CreateUser}


def screen_params() -> list:
    """OPEN_SCREENS as parameters, each in the era where it exists."""
    return [
        pytest.param(
            screen, id=screen_id(screen), marks=[pytest.mark.era(GUIDE_000)] if screen in GUIDE_000_ONLY else []
        )
        for screen in OPEN_SCREENS
    ]
