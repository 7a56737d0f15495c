"""Field rules of the advanced settings (domain-facts §1.3, §1.4, §2.1, §4.2; guide 003). Each returns message keys."""

from __future__ import annotations

import re

from fastapi import Request

from testenv.core.defects import defect_on

PASSWORD_MIN, PASSWORD_MAX = 8, 50
USERNAME_MAX = 64
SYSTEM_NAME_MAX = 100
ASCII_ALNUM = re.compile(r"[A-Za-z0-9]*")
USERNAME_CHARS = re.compile(r"[\w.@+-]*")
ELEVEN_DIGITS = re.compile(r"\d{11}")
GUIDE_SPECIALS = "?@#&"  # guide 003: "spesialtegn (f.eks ?, @, #, & osv.)"
MOBILE_PREFIXES = ("+47", "0047")


def username_errors(request: Request, username: str) -> list[str]:
    """Optional; when given it must not be an identity number ("Fødselsnummeret skal ikke legges inn")."""
    if not username:
        return []
    if len(username) > USERNAME_MAX:
        return ["altsys.err.username.length"]
    if ELEVEN_DIGITS.fullmatch(username) and not defect_on(request, "altsys.username_pid_accepted"):
        return ["altsys.err.username.pid"]
    if not USERNAME_CHARS.fullmatch(username):
        return ["altsys.err.username.chars"]
    return []


def password_errors(request: Request, password: str, where: str) -> list[str]:
    """`where` is "settings" (login information) or "system" (an end-user system's password).

    Every broken rule gets its own message so a person can fix them all at once.
    """
    if not password:
        return ["altsys.err.password.required"]
    errors = []
    minimum = 1 if defect_on(request, "altsys.password_length_unchecked") else PASSWORD_MIN
    if len(password) < minimum:
        errors.append("altsys.err.password.too_short")
    if len(password) > PASSWORD_MAX and not defect_on(request, "altsys.password_length_unchecked"):
        errors.append("altsys.err.password.too_long")
    if not ASCII_ALNUM.fullmatch(password) and not _specials_slip_through(request, password, where):
        errors.append("altsys.err.password.chars")
    if not any(c.isascii() and c.isalpha() for c in password) and not defect_on(
        request, "altsys.password_classes_unchecked"
    ):
        errors.append("altsys.err.password.no_letter")
    if not any(c.isascii() and c.isdigit() for c in password) and not defect_on(
        request, "altsys.password_classes_unchecked"
    ):
        errors.append("altsys.err.password.no_digit")
    return errors


def _specials_slip_through(request: Request, password: str, where: str) -> bool:
    """Defects: the guide's own examples (? @ # &) are accepted in one of the two password fields."""
    if not defect_on(request, f"altsys.{where}_password_accepts_specials"):
        return False
    return bool(ASCII_ALNUM.fullmatch("".join(c for c in password if c not in GUIDE_SPECIALS)))


def normalise_mobile(raw: str) -> str:
    """'+47 912 34 567' -> '91234567': spaces and the Norwegian country code are not part of the number."""
    value = "".join(raw.split())
    for prefix in MOBILE_PREFIXES:
        if value.startswith(prefix):
            return value[len(prefix) :]
    return value


def mobile_errors(request: Request, mobile: str) -> list[str]:
    """Optional; an 8-digit Norwegian mobile number starting with 4 or 9 (domain-facts §4.2)."""
    if not mobile:
        return []
    if not (len(mobile) == 8 and mobile.isascii() and mobile.isdigit()):
        return ["altsys.err.mobile.format"]
    if mobile[0] not in "49" and not defect_on(request, "altsys.mobile_prefix_unchecked"):
        return ["altsys.err.mobile.not_mobile"]
    return []


def system_name_errors(name: str) -> list[str]:
    if not name:
        return ["altsys.err.system_name.required"]
    if len(name) > SYSTEM_NAME_MAX:
        return ["altsys.err.system_name.length"]
    return []
