"""Altinn's advanced settings, the alternative log-in tabs and the end-user-system API (guide 003,
guide 000 step 3)."""

from pages.altinn_system.alternative import (
    CodeLetterEntry,
    CodeLetterTab,
    PasswordOnlyTab,
    SmsCodeEntry,
    SmsCodeTab,
)
from pages.altinn_system.enduser_api import ApiAnswer, EndUserApi
from pages.altinn_system.enterprise import EnterpriseCertificate
from pages.altinn_system.letters import DisableLogin, OrderCodeLetter
from pages.altinn_system.settings import AdvancedSettings, SystemPassword

__all__ = [
    "AdvancedSettings",
    "ApiAnswer",
    "CodeLetterEntry",
    "CodeLetterTab",
    "DisableLogin",
    "EndUserApi",
    "EnterpriseCertificate",
    "OrderCodeLetter",
    "PasswordOnlyTab",
    "SmsCodeEntry",
    "SmsCodeTab",
    "SystemPassword",
]
