"""Defects of the population register's identity-number checks (domain-facts §4, guide 002)."""

from testenv.core.defects import Defect

DEFECTS = [
    Defect(
        "register.dnumber_control_digit_unchecked",
        ("MINID-PID-DNUMBER", "MINID-PID-CONTROL"),
        "the control digits of D-numbers are not checked",
    ),
    Defect(
        "register.second_control_digit_unchecked", ("MINID-PID-CONTROL",), "only the first control digit is checked"
    ),
    Defect(
        "register.pid_messages_merged",
        ("MINID-PID-LENGTH", "MINID-PID-DIGITS", "MINID-PID-DATE"),
        "every format error gets the control-digit message instead of its own",
    ),
    Defect("register.date_unchecked", ("MINID-PID-DATE",), "impossible birth dates pass the format check"),
    Defect(
        "register.synthetic_always_accepted",
        ("MINID-PID-SYNTHETIC",),
        "synthetic (month + 80) numbers are accepted even where the deployment refuses them",
    ),
    Defect("register.unknown_person_accepted", ("MINID-PID-UNKNOWN",), "a valid number not in the register passes"),
]
