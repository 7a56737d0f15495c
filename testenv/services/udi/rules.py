"""UDI's password rules (guide 001) and the other field rules of its forms.

A password that breaks a rule is refused without a word (the guide's "nothing happens"); see
`registration.py` for how that silence is answered.
"""

from __future__ import annotations

import re
import string

from fastapi import Request

from testenv.core.defects import defect_on

PASSWORD_MIN = 8  # "The password must contain at least: eight characters"
NAME_MAX = 100
EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
LATIN = set(string.ascii_letters)
DIGITS = set(string.digits)


def password_problems(request: Request, password: str) -> list[str]:
    """The guide's rules this password breaks (empty: acceptable). Each check can be switched off by
    its defect, at this one place."""
    problems = []
    minimum = PASSWORD_MIN - 1 if defect_on(request, "udi.password_min_7") else PASSWORD_MIN
    if len(password) < minimum:
        problems.append("min_length")
    if not any(c in string.ascii_uppercase for c in password) and not defect_on(request, "udi.uppercase_unchecked"):
        problems.append("uppercase")
    if not any(c in string.ascii_lowercase for c in password) and not defect_on(request, "udi.lowercase_unchecked"):
        problems.append("lowercase")
    if not any(c in DIGITS for c in password) and not defect_on(request, "udi.digit_unchecked"):
        problems.append("digit")
    # Letters outside a-z (æ ø å, Cyrillic, Greek) and everything that is no letter or digit at all
    # (@ % &, spaces, emoji; digits outside 0-9 too) are refused.
    letters_outside = any(c.isalpha() and c not in LATIN for c in password)
    specials = any(not c.isalpha() and c not in DIGITS for c in password)
    if letters_outside and not defect_on(request, "udi.non_latin_accepted"):
        problems.append("latin_only")
    if specials and not defect_on(request, "udi.special_chars_accepted"):
        problems.append("special")
    return problems


def login_refuses(request: Request, password: str) -> bool:
    """'If you have a character in your password that our login does not accept, you will not be able to
    log in' (guide 001): the log-in refuses such a password before it looks at the account."""
    if defect_on(request, "udi.login_accepts_special"):
        return False
    return any(c not in LATIN and c not in DIGITS for c in password)


def email_errors(email: str) -> list[str]:
    if not email:
        return ["udi.err.email.required"]
    if len(email) > 254 or not EMAIL.fullmatch(email):
        return ["udi.err.email.invalid"]
    return []


def name_errors(name: str) -> list[str]:
    if not name:
        return ["udi.err.name.required"]
    if len(name) > NAME_MAX:
        return ["udi.err.name.too_long"]
    return []
