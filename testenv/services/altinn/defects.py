"""Defects of the Altinn self-identified flow, each a regression of one catalogued rule (guide 000)."""

from testenv.core.defects import Defect

DEFECTS = [
    Defect("altinn.password_accepts_at", ("ALT-PWD-CHARS",), "'@' is accepted in a password"),
    Defect("altinn.password_min_7", ("ALT-PWD-MIN",), "7-character passwords are accepted (design-system regex)"),
    Defect("altinn.password_max_unchecked", ("ALT-PWD-MAX",), "passwords over 50 characters are accepted"),
    Defect("altinn.password_letter_unchecked", ("ALT-PWD-LETTER",), "passwords without a letter are accepted"),
    Defect("altinn.password_digit_unchecked", ("ALT-PWD-DIGIT",), "passwords without a digit are accepted"),
    Defect("altinn.confirm_unchecked", ("ALT-PWD-CONFIRM",), "a mismatched confirmation is accepted"),
    Defect("altinn.username_case_sensitive", ("ALT-USER-UNIQUE",), "'Kari' and 'kari' can both be created"),
    Defect("altinn.captcha_ignored", ("ALT-CAPTCHA",), "the captcha answer is not checked in captcha mode"),
    Defect("altinn.lockout_never", ("ALT-LOGIN-LOCKOUT",), "lockout never triggers"),
    Defect(
        "altinn.alternative_link_missing",
        ("ALT-NAV-WITHOUT-ID",),
        "the link 'Log in without national identity number/D-number' is missing",
    ),
]
