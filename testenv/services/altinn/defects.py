"""Defects of the Altinn self-identified flow, each a regression of one catalogued rule (guide 000).

Every ALT-* id of requirements/catalogue.toml has at least one defect here (tests/testenv checks it); each
is switched on with `python -m testenv --defect <name>` and must make a test naming its rule fail.
"""

from testenv.core.defects import Defect

DEFECTS = [
    # log-in through ID-porten (Altinn's relying party, altinn/eid.py)
    Defect(
        "altinn.level_from_request",
        ("IDP-OIDC-ACR",),
        "Altinn takes the level it asked ID-porten for (substantial, 3) instead of the ID token's acr",
    ),
    # navigation (steps 1-4)
    Defect("altinn.login_link_wrong", ("ALT-NAV-LOGIN", "ALT-JOURNEY"), "the portal's 'Log in' opens a help page"),
    Defect(
        "altinn.alternative_entry_missing",
        ("ALT-NAV-ALTERNATIVE", "ALT-JOURNEY"),
        "the log-in page has no link to the alternative log-in methods",
    ),
    Defect(
        "altinn.alternative_link_missing",
        ("ALT-NAV-WITHOUT-ID",),
        "the link 'Log in without national identity number/D-number' is missing",
    ),
    Defect("altinn.language_selector_missing", ("ALT-NAV-LANGUAGE",), "Altinn screens have no language selector"),
    Defect("altinn.alternative_tab_sms_missing", ("ALT-ALT-TABS",), "the 'SMS-code' tab is missing"),
    Defect(
        "altinn.alternative_default_tab_password",
        ("ALT-ALT-TABS",),
        "the alternative log-in page opens on 'Password only' instead of the code letter",
    ),
    Defect("altinn.disable_letter_link_missing", ("ALT-ALT-LINKS",), "the link 'Disable code letter' is missing"),
    Defect("altinn.without_id_forgot_missing", ("ALT-WITHOUT-PAGE",), "the link 'Forgot your password?' is missing"),
    # the create form (step 5)
    Defect("altinn.create_legal_note_missing", ("ALT-CREATE-FORM",), "the note on legal persons is missing"),
    Defect("altinn.email_optional", ("ALT-USER-REQUIRED",), "an empty e-mail address is accepted"),
    Defect("altinn.username_pid_accepted", ("ALT-USER-NOT-PID",), "an 11-digit identity number is a valid username"),
    Defect("altinn.email_only_at", ("ALT-EMAIL-VALID",), "any e-mail address with an '@' is accepted"),
    Defect("altinn.username_case_sensitive", ("ALT-USER-UNIQUE",), "'Kari' and 'kari' can both be created"),
    Defect("altinn.password_accepts_at", ("ALT-PWD-CHARS",), "'@' is accepted in a password"),
    Defect("altinn.password_accepts_space", ("ALT-PWD-CHARS",), "a space is accepted in a password"),
    Defect("altinn.password_accepts_norwegian", ("ALT-PWD-CHARS",), "æ, ø and å are accepted in a password"),
    Defect(
        "altinn.password_accepts_unicode_letters",
        ("ALT-PWD-CHARS",),
        "letters and digits of every script (æøå, Cyrillic, Greek) are accepted (str.isalnum)",
    ),
    Defect("altinn.password_min_7", ("ALT-PWD-MIN",), "7-character passwords are accepted (design-system regex)"),
    Defect("altinn.password_max_unchecked", ("ALT-PWD-MAX",), "passwords over 50 characters are accepted"),
    Defect("altinn.password_letter_unchecked", ("ALT-PWD-LETTER",), "passwords without a letter are accepted"),
    Defect("altinn.password_digit_unchecked", ("ALT-PWD-DIGIT",), "passwords without a digit are accepted"),
    Defect("altinn.confirm_unchecked", ("ALT-PWD-CONFIRM",), "a mismatched confirmation is accepted"),
    Defect(
        "altinn.confirm_case_insensitive", ("ALT-PWD-CONFIRM",), "a confirmation differing only in case is accepted"
    ),
    Defect("altinn.captcha_ignored", ("ALT-CAPTCHA",), "the captcha answer is not checked in captcha mode"),
    Defect(
        "altinn.refused_form_stores_user",
        ("ALT-CREATE-NOTHING-STORED",),
        "a form refused only for its password or confirmation still stores the user",
    ),
    Defect("altinn.welcome_email_without_username", ("ALT-CREATE-EMAIL",), "the e-mail does not tell the username"),
    Defect(
        "altinn.created_login_link_wrong",
        ("ALT-JOURNEY",),
        "the 'user created' page sends the user to the portal's log-in page instead of step 6's address",
    ),
    # log-in, level and log-out (step 6)
    Defect("altinn.login_answers_200", ("ALT-LOGIN-SELFID",), "a successful log-in answers 200 instead of a 302"),
    Defect("altinn.login_any_password", ("ALT-LOGIN-INVALID",), "any password logs a known user in"),
    Defect(
        "altinn.invalid_message_reworded",
        ("ALT-LOGIN-INVALID",),
        "an error text changed: 'Invalid combination of username and password.' is reworded",
    ),
    Defect("altinn.lockout_never", ("ALT-LOGIN-LOCKOUT",), "lockout never triggers"),
    Defect("altinn.lockout_right_password_passes", ("ALT-LOGIN-LOCKOUT",), "the right password opens a locked account"),
    Defect("altinn.lockout_30_minutes", ("ALT-LOGIN-LOCKOUT",), "the lockout lasts 30 minutes instead of 60"),
    Defect(
        "altinn.lockout_real_clock",
        ("ALT-LOGIN-LOCKOUT",),
        "the lockout is checked against the wall clock, not the test clock (datetime.now)",
    ),
    Defect("altinn.level_1_for_self_identified", ("ALT-LOGIN-LEVEL0",), "self-identified users get security level 1"),
    Defect("altinn.logout_keeps_session", ("ALT-LOGOUT",), "'Log out' shows the front page but keeps the session"),
    # accessibility (every screen is checked with axe-core: fixtures/a11y.py)
    Defect(
        "altinn.field_without_label",
        ("ALT-CREATE-FORM",),
        "the e-mail field of the create-user form has lost its label (WCAG 1.3.1/4.1.2: no accessible name)",
    ),
    # forgot password (issue #19)
    Defect(
        "altinn.reset_link_from_host",
        ("ALT-FORGOT-LINK",),
        "the e-mailed reset link is built from the request's Host and X-Forwarded-* headers",
    ),
    Defect(
        "altinn.reset_keeps_other_sessions",
        ("ALT-FORGOT-SESSIONS",),
        "a new password from the reset link leaves the user's other sessions logged in",
    ),
    # the sunset of the self-identified user (19 June 2026 00:00 Oslo: testenv/core/timeline.py, sunset.py)
    Defect(
        "altinn.sunset_ignored",
        ("ALT-SUNSET-GONE", "ALT-SUNSET-LINKS", "ALT-SUNSET-OLD-ACCOUNT"),
        "the self-identified creation and log-in are still offered after 19 June 2026",
    ),
    Defect(
        "altinn.sunset_one_day_late",
        ("ALT-SUNSET-GONE", "ALT-SUNSET-LINKS"),
        "the self-identified user is retired a day late, from 20 June 2026",
    ),
    Defect(
        "altinn.sunset_one_day_early",
        ("ALT-SUNSET-BEFORE",),
        "the self-identified user is retired a day early, from 18 June 2026, though both methods ran until 19 June",
    ),
    Defect(
        "altinn.sunset_utc",
        ("ALT-SUNSET-GONE",),
        "the sunset is midnight in UTC (02:00 in Norway) instead of midnight in Norway",
    ),
    Defect(
        "altinn.sunset_links_kept",
        ("ALT-SUNSET-LINKS",),
        "after the sunset the alternative log-in page still links 'Log in without national identity number/D-number'",
    ),
    Defect(
        "altinn.sunset_forms_still_post",
        ("ALT-SUNSET-OLD-ACCOUNT", "ALT-SUNSET-GONE"),
        "after the sunset only the pages are gone: a log-in or create form opened before it and sent after it still "
        "logs in or creates",
    ),
    Defect(
        "altinn.sunset_bare_not_found",
        ("ALT-SUNSET-GONE",),
        "the retired URLs answer a bare 404 that neither says the method has ended nor where to log in now",
    ),
]
