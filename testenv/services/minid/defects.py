"""Defects of MinID (guide 002), each a regression of one catalogued rule."""

from testenv.core.defects import Defect

DEFECTS = [
    Defect("minid.existing_user_can_order", ("MINID-ORDER-NEW-ONLY",), "a person who has MinID can order a letter"),
    Defect("minid.age_12_allowed", ("MINID-ORDER-AGE",), "ordering is allowed from the year the person turns 12"),
    Defect(
        "minid.age_birthday_rule",
        ("MINID-ORDER-AGE",),
        "ordering waits for the 13th birthday instead of the calendar year",
    ),
    Defect("minid.reorder_day_59", ("MINID-ORDER-REORDER",), "a new order is accepted from day 58 of the letter"),
    Defect("minid.letter_never_expires", ("MINID-LETTER-VALID",), "an activation letter works after 60 days"),
    Defect(
        "minid.letter_lost_without_postal",
        ("MINID-LETTER-RESIDENTIAL",),
        "people without a postal address get a confirmation but no letter",
    ),
    Defect(
        "minid.order_skips_sms",
        ("MINID-ORDER-STEPS", "MINID-JOURNEY"),
        "the order is placed after the phone number, without the SMS code",
    ),
    Defect(
        "minid.app_code_step_skipped",
        ("MINID-APP-STEPS", "MINID-JOURNEY", "MINID-APP-CODE"),
        "the app goes from the identity number straight to the password, never asking for the activation code",
    ),
    Defect("minid.letter_to_residential", ("MINID-LETTER-POSTAL",), "the letter goes to the residential address"),
    Defect("minid.co_dropped", ("MINID-LETTER-CO",), "the C/O part of a postal address is dropped from the letter"),
    Defect(
        "minid.delivery_calendar_days", ("MINID-LETTER-DELIVERY",), "delivery counts 10 calendar days, not working days"
    ),
    Defect("minid.order_sms_unchecked", ("MINID-ORDER-SMS",), "any SMS code confirms the order"),
    Defect("minid.order_sms_never_expires", ("MINID-ORDER-SMS",), "the order's SMS code never expires"),
    Defect("minid.no_sms_note_missing", ("MINID-ORDER-NO-SMS",), "the support number for a missing SMS is not shown"),
    Defect(
        "minid.mobile_unchecked",
        ("MINID-ORDER-PHONE", "MINID-APP-MOBILE"),
        "any 8 digits pass as a mobile number (e.g. 2xxxxxxx landlines)",
    ),
    Defect("minid.confirmation_missing", ("MINID-ORDER-CONFIRM",), "the order ends without the confirmation"),
    Defect("minid.app_needs_list_incomplete", ("MINID-APP-NEEDS",), "the app omits 'mobile phone and e-mail address'"),
    Defect("minid.app_without_letter", ("MINID-APP-NO-LETTER",), "the app registers people who have no letter"),
    Defect("minid.activation_code_unchecked", ("MINID-APP-CODE",), "any activation code is accepted"),
    Defect("minid.password_min_7", ("MINID-PWD-MIN",), "7-character passwords are accepted"),
    Defect("minid.password_letter_unchecked", ("MINID-PWD-LETTER",), "passwords without letters are accepted"),
    Defect("minid.password_digit_unchecked", ("MINID-PWD-DIGIT",), "passwords without digits are accepted"),
    Defect("minid.password_aeoeaa_allowed", ("MINID-PWD-AEOEAA",), "Æ, Ø and Å are accepted in passwords"),
    Defect("minid.password_aeoeaa_uppercase_only", ("MINID-PWD-AEOEAA",), "only upper-case ÆØÅ are refused, not æøå"),
    Defect(
        "minid.password_special_refused",
        ("MINID-PWD-SPECIALS",),
        "special characters are refused (reading 'bokstaver og tall' as 'only letters and digits')",
    ),
    Defect("minid.email_unchecked", ("MINID-APP-EMAIL",), "any e-mail address is accepted"),
    Defect(
        "minid.app_account_not_saved", ("MINID-APP-DONE",), "the app confirms the registration but no MinID is created"
    ),
]
