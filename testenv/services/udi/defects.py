"""Defects of the UDI portal, each a plausible regression of one catalogued rule of guide 001."""

from testenv.core.defects import Defect
from testenv.core.oidc_rp import relying_party_defects

DEFECTS = [
    Defect(
        "udi.code_attempts_unlimited",
        ("UDI-CODE-LIMIT",),
        "wrong e-mail codes are never counted to a limit, so a 6-digit code can be guessed",
    ),
    Defect(
        "udi.code_resend_resets_attempts",
        ("UDI-CODE-LIMIT",),
        "'Send new code' starts a new set of attempts",
    ),
    Defect(
        "udi.login_unthrottled",
        ("UDI-LOGIN-LIMIT",),
        "wrong log-in passwords are never counted, so a password can be guessed without limit",
    ),
    Defect(
        "udi.reset_keeps_other_sessions",
        ("UDI-FORGOT-SESSIONS",),
        "a new password from 'Forgot password' logs out only the resetting browser, not the account's other sessions",
    ),
    Defect(
        "udi.silent_refusal_shows_page",
        ("UDI-PWD-SILENT",),
        "UDI shows a page (the form with a message) instead of doing nothing when a password is refused",
    ),
    Defect(
        "udi.refused_password_stores_account",
        ("UDI-PWD-SILENT", "UDI-PWD-NOTHING-STORED"),
        "the refusal looks silent, but the account is created anyway",
    ),
    Defect("udi.register_link_missing", ("UDI-JOURNEY",), "the log-in page has no 'Register now' link"),
    Defect("udi.password_min_7", ("UDI-PWD-MIN",), "7-character passwords are accepted"),
    Defect("udi.uppercase_unchecked", ("UDI-PWD-UPPER",), "passwords without a capital letter are accepted"),
    Defect("udi.lowercase_unchecked", ("UDI-PWD-LOWER",), "passwords without a lowercase letter are accepted"),
    Defect("udi.digit_unchecked", ("UDI-PWD-DIGIT",), "passwords without a number are accepted"),
    Defect(
        "udi.special_chars_accepted",
        ("UDI-PWD-SPECIAL", "UDI-PWD-NO-GENERATORS"),
        "special characters such as @ % & (and generator-made passwords) are accepted",
    ),
    Defect(
        "udi.non_latin_accepted",
        ("UDI-PWD-LATIN",),
        "letters outside a-z (æ ø å, Cyrillic, Greek) are accepted",
    ),
    Defect("udi.compliant_password_refused", ("UDI-REG-CREATE",), "a compliant password is refused as well"),
    Defect("udi.code_unchecked", ("UDI-REG-CODE",), "any verification code is accepted"),
    Defect("udi.code_never_expires", ("UDI-REG-CODE-EXPIRY",), "verification codes never expire"),
    Defect(
        "udi.email_case_sensitive",
        ("UDI-REG-EMAIL-UNIQUE",),
        "a second account can be made for the same address in other letter case",
    ),
    Defect("udi.login_password_unchecked", ("UDI-LOGIN-PASSWORD",), "any password logs in to an existing account"),
    Defect(
        "udi.login_accepts_special",
        ("UDI-LOGIN-SPECIAL",),
        "a password with characters the log-in does not accept logs in (a legacy account)",
    ),
    Defect(
        "udi.troubleshooting_missing",
        ("UDI-LOGIN-TROUBLESHOOT",),
        "a failed log-in shows the error but not the guide's advice",
    ),
    Defect("udi.reset_code_unchecked", ("UDI-FORGOT-PASSWORD",), "any code lets the password be changed"),
    Defect(
        "udi.reset_rules_unchecked",
        ("UDI-FORGOT-RULES",),
        "a new password that breaks the rules is accepted by 'Forgot password'",
    ),
    Defect("udi.minid_accepted", ("UDI-IDP-LEVEL4",), "a MinID (level 3) log-in through ID-porten is accepted"),
    Defect(
        "udi.idporten_button_missing",
        ("UDI-LOGIN-CHOICE",),
        "the log-in page no longer offers ID-porten",
    ),
    Defect(
        "udi.applications_visible_across_accounts",
        ("UDI-ACCOUNT-SEPARATE", "UDI-ACCOUNT-SAME-WAY"),
        "the list shows every application of any account with the same name",
    ),
    Defect(
        "udi.applications_moved_to_idporten",
        ("UDI-ACCOUNT-NO-MIGRATION",),
        "the first ID-porten log-in moves the applications of password accounts with the same name",
    ),
    Defect(
        "udi.employer_allowed_with_idporten",
        ("UDI-APP-EMPLOYER",),
        "an employer logged in with ID-porten can apply for an employee",
    ),
    Defect(
        "udi.follow_up_names_applicant",
        ("UDI-APP-FOLLOW-UP",),
        "the application says the person applied for follows it up",
    ),
    Defect(
        "udi.family_note_missing",
        ("UDI-APP-FAMILY",),
        "the ID-porten form no longer explains who follows up for a family member",
    ),
    Defect("udi.applications_not_listed", ("UDI-APP-REGISTER",), "a registered application is not listed"),
    Defect("udi.logout_keeps_session", ("UDI-LOGOUT",), "'Log out' leaves the user logged in"),
    Defect("udi.ru_banner_missing", ("UDI-LANG-RU",), "Russian pages with English content have no banner"),
    Defect(
        "udi.faq_minid_answer_missing",
        ("UDI-FAQ",),
        "the questions-and-answers page lacks the answer about MinID",
    ),
    # UDI's relying party of ID-porten (testenv.core.oidc_rp): udi.idporten_state_unchecked and the rest
    *relying_party_defects("udi"),
]
