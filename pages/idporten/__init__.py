"""Page objects of ID-porten: the choice of eID, the log-ins, the one-time code, and the level refusal."""

from pages.idporten.chooser import EidChooser, LoginCannotStart
from pages.idporten.email import EmailAddress, EmailCode
from pages.idporten.login import Level4Login, MinidLogin, OneTimeCode, TestIdLogin
from pages.idporten.service import DemoService, HigherLevelRequired, LoggedOut

__all__ = [
    "DemoService",
    "EidChooser",
    "EmailAddress",
    "EmailCode",
    "HigherLevelRequired",
    "Level4Login",
    "LoggedOut",
    "LoginCannotStart",
    "MinidLogin",
    "OneTimeCode",
    "TestIdLogin",
]
