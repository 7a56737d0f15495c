"""Altinn screens of guide 000 (self-identified users)."""

from pages.altinn.create_user import CreateUser, UserCreated
from pages.altinn.forgot_password import ForgotPassword
from pages.altinn.inbox import Inbox
from pages.altinn.login import AlternativeLogin, Login, LoginWithoutId
from pages.altinn.portal import Home
from pages.altinn.self_identified import SelfIdentifiedLogin
from pages.altinn.self_identified_ended import SelfIdentifiedEnded

__all__ = [
    "AlternativeLogin",
    "CreateUser",
    "ForgotPassword",
    "Home",
    "Inbox",
    "Login",
    "LoginWithoutId",
    "SelfIdentifiedEnded",
    "SelfIdentifiedLogin",
    "UserCreated",
]
