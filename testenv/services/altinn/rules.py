"""Field rules of the self-identified user form (domain-facts §1.3–§1.5). Each returns message keys."""

from __future__ import annotations

import re

from fastapi import Request

from testenv.core.defects import defect_on

PASSWORD_MIN, PASSWORD_MAX = 8, 50
USERNAME_MIN, USERNAME_MAX = 3, 64
ASCII_ALNUM = re.compile(r"[A-Za-z0-9]*")
USERNAME_CHARS = re.compile(r"[\w.@-]*")
ELEVEN_DIGITS = re.compile(r"\d{11}")
# Local part, '@', a domain with a dot; æøå allowed in the domain as in Altinn's design system.
EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9æøåÆØÅ-]+(\.[A-Za-z0-9æøåÆØÅ-]+)*\.[A-Za-z]{2,}")
NORWEGIAN_LETTERS = "æøåÆØÅ"


def username_errors(request: Request, username: str) -> list[str]:
    if not username:
        return ["altinn.err.username.required"]
    if not USERNAME_MIN <= len(username) <= USERNAME_MAX:
        return ["altinn.err.username.length"]
    if ELEVEN_DIGITS.fullmatch(username) and not defect_on(request, "altinn.username_pid_accepted"):
        return ["altinn.err.username.identity_number"]
    if not USERNAME_CHARS.fullmatch(username):
        return ["altinn.err.username.chars"]
    return []


def email_errors(request: Request, email: str) -> list[str]:
    if not email:
        return [] if defect_on(request, "altinn.email_optional") else ["altinn.err.email.required"]
    if defect_on(request, "altinn.email_only_at"):
        return [] if "@" in email else ["altinn.err.email.invalid"]
    if len(email) > 254 or not EMAIL.fullmatch(email):
        return ["altinn.err.email.invalid"]
    return []


def password_errors(request: Request, password: str) -> list[str]:
    """Every broken rule gets its own message, so a person can fix them all at once."""
    if not password:
        return ["altinn.err.password.required"]
    errors = []
    # Defect: the design system's regex accepts 7 characters while its text says 8 (domain-facts §8.7).
    minimum = PASSWORD_MIN - 1 if defect_on(request, "altinn.password_min_7") else PASSWORD_MIN
    if len(password) < minimum:
        errors.append("altinn.err.password.too_short")
    if len(password) > PASSWORD_MAX and not defect_on(request, "altinn.password_max_unchecked"):
        errors.append("altinn.err.password.too_long")
    if not _only_allowed_chars(request, password):
        errors.append("altinn.err.password.chars")
    if not any(c.isascii() and c.isalpha() for c in password) and not defect_on(
        request, "altinn.password_letter_unchecked"
    ):
        errors.append("altinn.err.password.no_letter")
    if not any(c.isdigit() and c.isascii() for c in password) and not defect_on(
        request, "altinn.password_digit_unchecked"
    ):
        errors.append("altinn.err.password.no_digit")
    return errors


def _only_allowed_chars(request: Request, password: str) -> bool:
    """Only A-Z, a-z and 0-9. Each character defect lets one class of refused characters slip through."""
    slipping = ""
    if defect_on(request, "altinn.password_accepts_at"):
        slipping += "@"  # the guides' own example of a refused character
    if defect_on(request, "altinn.password_accepts_space"):
        slipping += " "
    if defect_on(request, "altinn.password_accepts_norwegian"):
        slipping += NORWEGIAN_LETTERS
    rest = "".join(c for c in password if c not in slipping)
    if defect_on(request, "altinn.password_accepts_unicode_letters"):
        return all(c.isalnum() for c in rest)  # str.isalnum knows every script's letters and digits
    return ASCII_ALNUM.fullmatch(rest) is not None


def confirm_errors(request: Request, password: str, confirm: str) -> list[str]:
    if not confirm:
        return ["altinn.err.confirm.required"]
    if defect_on(request, "altinn.confirm_unchecked"):
        return []
    if defect_on(request, "altinn.confirm_case_insensitive"):
        return [] if confirm.casefold() == password.casefold() else ["altinn.err.confirm.mismatch"]
    return [] if confirm == password else ["altinn.err.confirm.mismatch"]
