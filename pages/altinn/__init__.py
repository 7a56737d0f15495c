"""Altinn screens of guide 000 (self-identified users) and of linking an old account to an e-mail log-in."""

from pages.altinn.create_user import CreateUser, UserCreated
from pages.altinn.forgot_password import ForgotPassword
from pages.altinn.inbox import Inbox
from pages.altinn.international import International
from pages.altinn.linking import AddAccountInfo, OldAccountSignIn, Profile
from pages.altinn.login import AlternativeLogin, Login, LoginWithoutId
from pages.altinn.portal import Home
from pages.altinn.self_identified import SelfIdentifiedLogin
from pages.altinn.self_identified_ended import SelfIdentifiedEnded

__all__ = [
    "AddAccountInfo",
    "AlternativeLogin",
    "CreateUser",
    "ForgotPassword",
    "Home",
    "Inbox",
    "International",
    "Login",
    "LoginWithoutId",
    "OldAccountSignIn",
    "Profile",
    "SelfIdentifiedEnded",
    "SelfIdentifiedLogin",
    "UserCreated",
]
