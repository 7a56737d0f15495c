"""Defects of Altinn's advanced settings, alternative log-in methods and end-user-system API: each a
plausible regression of the catalogued rules it names (guide 003 and the rest of guide 000)."""

from testenv.core.defects import Defect

DEFECTS = [
    # advanced settings
    Defect(
        "altsys.allow_system_not_saved",
        ("ALTSYS-SETTINGS-LOGIN-INFO", "ALTSYS-JOURNEY"),
        "the box 'allow submission from application or system' is not saved",
    ),
    Defect(
        "altsys.username_case_sensitive", ("ALTSYS-SETTINGS-USERNAME-UNIQUE",), "'Kari' and 'kari' can both be taken"
    ),
    Defect(
        "altsys.username_pid_accepted",
        ("ALTSYS-SETTINGS-USERNAME-NOT-PID",),
        "an identity number is accepted as username",
    ),
    Defect(
        "altsys.mobile_prefix_unchecked",
        ("ALTSYS-SETTINGS-MOBILE",),
        "8-digit numbers not starting with 4 or 9 are accepted",
    ),
    Defect(
        "altsys.mobile_change_at_level1",
        ("ALTSYS-SETTINGS-MOBILE-LEVEL1",),
        "the mobile number can be changed at level 1",
    ),
    Defect("altsys.level3_box_at_lower_level", ("ALTSYS-SETTINGS-LEVEL3",), "the level-3 box can be ticked at level 2"),
    Defect(
        "altsys.refused_settings_stored",
        ("ALTSYS-SETTINGS-NOTHING-STORED",),
        "a refused form still saves the mobile number",
    ),
    Defect(
        "altsys.settings_password_accepts_specials", ("ALTSYS-PWD-CHARS",), "? @ # & are accepted in the login password"
    ),
    Defect(
        "altsys.system_password_accepts_specials", ("ALTSYS-PWD-CHARS",), "? @ # & are accepted in a system password"
    ),
    Defect("altsys.password_length_unchecked", ("ALTSYS-PWD-RULES",), "password length (8-50) is not checked"),
    Defect("altsys.password_classes_unchecked", ("ALTSYS-PWD-RULES",), "a password needs no letter and no digit"),
    Defect(
        "altsys.system_not_listed", ("ALTSYS-SYSTEM-REGISTER",), "the newest computer system is missing from the list"
    ),
    Defect("altsys.system_new_password_ignored", ("ALTSYS-SYSTEM-NEW-PASSWORD",), "a new system password is not saved"),
    # end-user-system API
    Defect("altsys.submission_not_stored", ("ALTSYS-API-SUBMIT",), "a receipt is returned but the submission is lost"),
    Defect("altsys.system_password_unchecked", ("ALTSYS-API-SYSTEM-WRONG",), "any password opens a known system"),
    Defect("altsys.system_lockout_never", ("ALTSYS-API-SYSTEM-LOCKOUT",), "a system is never locked out"),
    Defect(
        "altsys.sms_sent_for_wrong_password",
        ("ALTSYS-API-USER-WRONG", "ALTSYS-SMS-WRONG"),
        "an SMS is sent although the password was wrong",
    ),
    Defect(
        "altsys.submission_without_permission",
        ("ALTSYS-API-ALLOW-SYSTEM",),
        "a system may act for a user who has not ticked 'allow submission from application or system'",
    ),
    Defect(
        "altsys.sms_step_skipped_without_mobile",
        ("ALTSYS-SMS-NEEDS-MOBILE",),
        "without a mobile number the SMS step is skipped instead of refused",
    ),
    Defect("altsys.pin_unchecked", ("ALTSYS-API-PIN-WRONG", "ALTSYS-SMS-CODE"), "any one-time code is accepted"),
    Defect("altsys.pin_never_expires", ("ALTSYS-API-PIN-TIMEOUT", "ALTSYS-SMS-CODE"), "one-time codes never expire"),
    Defect("altsys.submission_without_pin", ("ALTSYS-API-ORDER",), "a submission is accepted before the SMS pin"),
    Defect("altsys.reportee_unchecked", ("ALTSYS-API-RIGHTS",), "a user may submit on behalf of anyone"),
    Defect("altsys.api_bad_json_500", ("ALTSYS-API-BAD-REQUEST",), "a body that is not JSON gives a 500"),
    Defect(
        "altsys.api_username_not_accepted",
        ("ALTSYS-SMS-SAME-INFO",),
        "the system's user step accepts the identity number only, not the username of the advanced settings",
    ),
    Defect("altsys.sms_level_ignores_box", ("ALTSYS-SMS-LEVEL",), "SMS code gives level 2 even with the level-3 box"),
    # alternative log-in tabs and links
    Defect(
        "altsys.sms_to_register_mobile",
        ("ALTSYS-SMS-LOGIN", "ALTSYS-API-SUBMIT"),
        "the SMS code goes to the register's mobile number, not the one in the advanced settings",
    ),
    Defect("altsys.password_only_level2", ("ALTSYS-PWONLY-LOGIN",), "password only logs in at level 2"),
    Defect(
        "altsys.letter_ignores_postal_address",
        ("ALTSYS-LETTER-ORDER",),
        "the code letter goes to the residential address",
    ),
    Defect(
        "altsys.letter_any_code_accepted",
        ("ALTSYS-LETTER-LOGIN",),
        "any code of the letter is accepted, not the one asked for",
    ),
    Defect("altsys.letter_level_wrong", ("ALTSYS-LETTER-LOGIN",), "code letter logs in at level 1"),
    Defect("altsys.letter_code_reusable", ("ALTSYS-LETTER-SINGLE-USE",), "a used code is asked for and accepted again"),
    Defect(
        "altsys.new_letter_keeps_old_codes",
        ("ALTSYS-LETTER-NEW-CANCELS-OLD",),
        "a new letter leaves the old codes valid",
    ),
    Defect("altsys.disable_letter_ignored", ("ALTSYS-DISABLE-LETTER",), "disabling the code letter does nothing"),
    Defect("altsys.disable_password_ignored", ("ALTSYS-DISABLE-PASSWORD",), "disabling the password does nothing"),
    Defect("altsys.person_lockout_never", ("ALTSYS-LOCKOUT",), "wrong passwords and codes never lock a person out"),
    Defect("altsys.enterprise_level_wrong", ("ALTSYS-ALT-ENTERPRISE",), "the enterprise certificate page says level 4"),
]
