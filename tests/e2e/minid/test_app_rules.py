"""Guide 002 step 2, each rule of registering in the MinID app (simulated as web pages): what is needed,
the letter and its activation code, the personal password, the mobile number and the e-mail address."""

from __future__ import annotations

from datetime import timedelta

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.limits import Limits
from fixtures.data.policies import MINID, NORWEGIAN_LETTERS
from pages.components import expect_distinct, expect_field_error, expect_wording, field_error_text
from pages.minid import AppStart

from .support import finish_registration

pytestmark = pytest.mark.control_api

# Guide 002 step 2, what the app needs: identity number, phone and e-mail, the activation letter (in that order);
# worded in Bokmål only, so elsewhere each item is there with some text.
APP_NEEDS = ("app.need.pid", "app.need.phone_email", "app.need.letter")

PASSWORD_RULE_IDS = {
    "min_length": "MINID-PWD-MIN",
    "letter": "MINID-PWD-LETTER",
    "digit": "MINID-PWD-DIGIT",
    "no_aeoeaa": "MINID-PWD-AEOEAA",
}


@pytest.mark.req("MINID-APP-NEEDS", "MINID-APP-NO-LETTER")
def test_the_app_lists_what_is_needed_and_links_to_the_order(page: Page, lang: str, urls) -> None:
    start = AppStart.open(page, lang, urls)
    expect_wording(start.simulation_note, None)  # says these pages stand in for the app
    expect(start.need_items).to_have_count(len(APP_NEEDS))
    for item, key in enumerate(APP_NEEDS):
        expect_wording(start.need_items.nth(item), start.t.get(key))
    form = start.order_letter()
    expect(form.pid, "the link leads to the order form").to_be_editable()


@pytest.mark.req("MINID-APP-NO-LETTER")
def test_a_person_without_a_letter_cannot_register(page: Page, lang: str, urls, new_person) -> None:
    person = new_person()
    screen = AppStart.open(page, lang, urls).get_started().next_refused(person["pid"])
    expect_field_error(screen.pid)
    expect(screen.pid).to_have_value(person["pid"])


@pytest.mark.req("MINID-APP-CODE")
def test_a_wrong_activation_code_is_refused(page: Page, lang: str, urls, fake, control, new_person) -> None:
    person = new_person()
    code = control.seed_minid_letter(person["pid"])["code"]
    wrong = code[:-1] + ("A" if code[-1] != "A" else "B")
    scan = AppStart.open(page, lang, urls).get_started().next(person["pid"]).next_refused(wrong)
    expect_field_error(scan.code)
    assert control.minid_account(person["pid"]) is None, "no MinID without the right code"


@pytest.mark.req("MINID-LETTER-VALID")
def test_the_letter_still_works_on_its_last_day(
    page: Page, lang: str, urls, fake, control, new_person, limits: Limits
) -> None:
    person = new_person()
    code = control.seed_minid_letter(person["pid"])["code"]
    control.set_clock_offset(timedelta(days=limits.letter_validity_days - 1))
    screen = AppStart.open(page, lang, urls).get_started().next(person["pid"]).next(code)
    finish_registration(screen, fake, control, person)


@pytest.mark.req("MINID-LETTER-VALID")
def test_the_letter_has_expired_the_day_after(page: Page, lang: str, urls, control, new_person, limits: Limits) -> None:
    person = new_person()
    code = control.seed_minid_letter(person["pid"])["code"]
    control.set_clock_offset(timedelta(days=limits.letter_validity_days + 1))
    scan = AppStart.open(page, lang, urls).get_started().next(person["pid"]).next_refused(code)
    expect_field_error(scan.code)
    assert control.minid_account(person["pid"]) is None


@pytest.mark.parametrize(
    "rule", [pytest.param(rule, marks=pytest.mark.req(rid)) for rule, rid in PASSWORD_RULE_IDS.items()]
)
def test_a_password_breaking_one_rule_is_refused_with_its_message(fake, control, at_password_step, rule: str) -> None:
    person, screen = at_password_step()
    screen = screen.next_refused(fake.password_breaking(MINID, rule))
    expect_field_error(screen.password)
    expect_wording(screen.hint, screen.t.get("app.password.hint"))  # the rules stay in sight
    assert control.minid_account(person["pid"]) is None


@pytest.mark.req(*PASSWORD_RULE_IDS.values())
def test_each_password_rule_has_a_message_of_its_own(fake, control, at_password_step) -> None:
    """A person learns which rule the password broke: each rule's message differs from the others'."""
    person, screen = at_password_step()
    messages = {}
    for rule in PASSWORD_RULE_IDS:
        screen = screen.next_refused(fake.password_breaking(MINID, rule))
        messages[rule] = field_error_text(screen.password)
    expect_distinct(messages)
    assert control.minid_account(person["pid"]) is None


@pytest.mark.req("MINID-PWD-AEOEAA")
@pytest.mark.parametrize("letter", list(NORWEGIAN_LETTERS))
def test_each_of_ae_oe_aa_is_refused_in_either_case(fake, control, at_password_step, letter: str) -> None:
    person, screen = at_password_step()
    screen = screen.next_refused(fake.password_breaking(MINID, "no_aeoeaa", char=letter))
    expect_field_error(screen.password)
    assert control.minid_account(person["pid"]) is None


@pytest.mark.req("MINID-PWD-SPECIALS")
@pytest.mark.parametrize("special", ["@", "#", "!", "%", "&", " "])
def test_special_characters_are_accepted(fake, control, at_password_step, special: str) -> None:
    """Our reading of "bestå av bokstaver og tall" (see the catalogue entry): they are not forbidden."""
    person, screen = at_password_step()
    finish_registration(screen, fake, control, person, password=fake.password(MINID) + special)


@pytest.mark.req("MINID-PWD-MIN")
def test_a_password_of_exactly_8_characters_is_accepted(fake, control, at_password_step) -> None:
    person, screen = at_password_step()
    finish_registration(screen, fake, control, person, password=fake.password(MINID, length=8))


@pytest.mark.req("MINID-APP-MOBILE")
@pytest.mark.parametrize("mobile", ["22334455", "5123456", "81234567x"])
def test_the_app_refuses_a_mobile_number_that_is_not_norwegian(fake, at_password_step, mobile: str) -> None:
    _, screen = at_password_step()
    mobile_screen = screen.next(fake.password(MINID)).next_refused(mobile)
    expect_field_error(mobile_screen.mobile)
    expect(mobile_screen.mobile).to_have_value(mobile)


@pytest.mark.req("MINID-APP-EMAIL")
@pytest.mark.parametrize("email", ["ola.example.com", "ola@", "@example.com", "ola@example"])
def test_the_app_refuses_an_invalid_e_mail_address(fake, control, at_password_step, email: str) -> None:
    person, screen = at_password_step()
    email_screen = screen.next(fake.password(MINID)).next(person["mobile"]).next_refused(email)
    expect_field_error(email_screen.email)
    assert control.minid_account(person["pid"]) is None


@pytest.mark.req("MINID-APP-DONE", "MINID-APP-STEPS")
def test_registration_stores_the_mobile_and_e_mail_of_the_app(fake, control, at_password_step) -> None:
    person, screen = at_password_step()
    email = fake.unique_email()
    screen.next(fake.password(MINID)).next(person["mobile"]).next(email)
    assert control.minid_account(person["pid"]) == {"pid": person["pid"], "mobile": person["mobile"], "email": email}
