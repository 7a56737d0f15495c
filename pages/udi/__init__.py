"""UDI application portal screens of guide 001."""

from pages.udi.applications import MyApplications, NewApplication
from pages.udi.faq import LoginFaq
from pages.udi.idporten import LevelRefused
from pages.udi.login import Login
from pages.udi.registration import CreateAccount, ForgotPassword, NewPassword, RegisterEmail, VerifyCode

__all__ = [
    "CreateAccount",
    "ForgotPassword",
    "LevelRefused",
    "Login",
    "LoginFaq",
    "MyApplications",
    "NewApplication",
    "NewPassword",
    "RegisterEmail",
    "VerifyCode",
]
