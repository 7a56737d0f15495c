"""Guide 002 step 1, each rule of ordering an activation letter: new users only, from the year one turns
13, one order per 60 days, the phone number and its SMS code, and where the letter goes."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from playwright.sync_api import Page

from fixtures.data.limits import Limits
from fixtures.data.policies import MINID
from pages.components import expect_field_error, expect_wording
from pages.minid import LetterOrdered, MinidHome, OrderLetter

from .support import offset_to, today_in_oslo

pytestmark = pytest.mark.control_api


def place_order(page: Page, lang: str, urls, control, person: dict) -> LetterOrdered:
    sms = OrderLetter.open(page, lang, urls).order(person["pid"]).send_code(person["mobile"])
    return sms.confirm(control.last_sms_code(person["mobile"]))


def ten_working_days_after(day: date) -> date:
    """Monday to Friday count; the guide says nothing about public holidays."""
    left = 10
    while left:
        day += timedelta(days=1)
        left -= day.weekday() < 5
    return day


@pytest.mark.req("MINID-ORDER-NEW-ONLY")
def test_a_person_who_has_minid_cannot_order(page: Page, lang: str, urls, fake, control) -> None:
    person = fake.person()
    control.seed_person(**person, minid_password=fake.password(MINID))
    form = OrderLetter.open(page, lang, urls)
    expect_wording(form.new_only, form.t.get("order.new_only"))  # "Kun nye MinID brukere kan bestille …"
    form = form.order_refused(person["pid"])
    expect_field_error(form.pid)
    assert control.minid_letter(person["pid"]) is None, "nothing is ordered"


def _born_early_in_year(fake, year: int) -> date:
    """Any birthday after 1 January: on 1 January of the year they turn 13 they are still 12."""
    return date(year, fake.random_int(2, 12), fake.random_int(1, 28))


@pytest.mark.req("MINID-ORDER-AGE")
def test_a_12_year_old_cannot_order_in_the_year_before_they_turn_13(
    page: Page, lang: str, urls, fake, control, new_person
) -> None:
    born = _born_early_in_year(fake, fake.random_int(1990, 2012))
    person = new_person(born=born)
    control.set_clock_offset(offset_to(date(born.year + 12, 12, 31)))  # 31 December, the year before
    form = OrderLetter.open(page, lang, urls).order_refused(person["pid"])
    expect_field_error(form.pid)
    assert control.minid_letter(person["pid"]) is None, "nothing is ordered"


@pytest.mark.req("MINID-ORDER-AGE")
def test_a_12_year_old_can_order_in_the_year_they_turn_13(
    page: Page, lang: str, urls, fake, control, new_person
) -> None:
    born = _born_early_in_year(fake, fake.random_int(1990, 2012))
    person = new_person(born=born)
    control.set_clock_offset(offset_to(date(born.year + 13, 1, 1)))  # 1 January: 12, turning 13 this year
    place_order(page, lang, urls, control, person)
    assert control.minid_letter(person["pid"]) is not None


@pytest.mark.req("MINID-ORDER-REORDER")
def test_a_new_order_on_the_letters_last_day_is_refused(
    page: Page, lang: str, urls, control, new_person, limits: Limits
) -> None:
    person = new_person()
    control.seed_minid_letter(person["pid"])
    control.set_clock_offset(timedelta(days=limits.letter_validity_days - 1))
    form = OrderLetter.open(page, lang, urls).order_refused(person["pid"])
    expect_field_error(form.pid)
    assert control.minid_letter(person["pid"])["count"] == 1, "no second order"


@pytest.mark.req("MINID-ORDER-REORDER", "MINID-LETTER-VALID")
def test_a_new_order_the_day_after_the_letter_expired_is_accepted(
    page: Page, lang: str, urls, control, new_person, limits: Limits
) -> None:
    person = new_person()
    old = control.seed_minid_letter(person["pid"])
    control.set_clock_offset(timedelta(days=limits.letter_validity_days + 1))
    place_order(page, lang, urls, control, person)
    letter = control.minid_letter(person["pid"])
    assert letter["count"] == 2 and control.activation_code_sent_to(letter["address"]) != old["code"]


@pytest.mark.req("MINID-LETTER-POSTAL")
def test_the_letter_goes_to_the_postal_address_when_there_are_both(
    page: Page, lang: str, urls, control, new_person
) -> None:
    person = new_person(postal_address=True)
    place_order(page, lang, urls, control, person)
    letter = control.minid_letter(person["pid"])
    assert letter["address"] == person["postal_address"] and letter["address_kind"] == "postal"
    assert len(control.letters(person["postal_address"])) == 1
    assert control.letters(person["residential_address"]) == []


@pytest.mark.req("MINID-LETTER-RESIDENTIAL")
def test_the_letter_goes_to_the_residential_address_without_a_postal_one(
    page: Page, lang: str, urls, control, new_person
) -> None:
    person = new_person(postal_address=False)
    place_order(page, lang, urls, control, person)
    letters = control.letters(person["residential_address"])
    assert len(letters) == 1 and control.activation_code_sent_to(person["residential_address"])


@pytest.mark.req("MINID-LETTER-CO")
def test_a_c_o_postal_address_is_used_as_it_is(page: Page, lang: str, urls, control, new_person) -> None:
    person = new_person(care_of=True)
    place_order(page, lang, urls, control, person)
    assert person["postal_address"].startswith("C/O ")
    assert control.minid_letter(person["pid"])["address"] == person["postal_address"]


@pytest.mark.req("MINID-LETTER-DELIVERY")
def test_the_letter_is_expected_in_10_working_days(page: Page, lang: str, urls, fake, control, new_person) -> None:
    person = new_person()
    # Noon on a day of the coming year: the order and the expectation fall on the same date, also when the
    # test runs around midnight.
    day = today_in_oslo() + timedelta(days=fake.random_int(1, 365))
    control.set_clock_offset(offset_to(day))
    ordered = place_order(page, lang, urls, control, person)
    expect_wording(ordered.post_note, ordered.t.get("done.post"))  # guide 002: by post, 10 working days
    expected = ten_working_days_after(day)
    assert control.minid_letter(person["pid"])["expected_delivery"] == expected.isoformat()


@pytest.mark.req("MINID-ORDER-PHONE")
@pytest.mark.parametrize("mobile", ["22334455", "9123456", "912345678", "3912345a", "+46 912 34 567"])
def test_a_phone_number_that_is_not_a_norwegian_mobile_is_refused(
    page: Page, lang: str, urls, control, new_person, mobile: str
) -> None:
    person = new_person()
    phone = OrderLetter.open(page, lang, urls).order(person["pid"]).send_code_refused(mobile)
    expect_field_error(phone.mobile)
    assert control.minid_letter(person["pid"]) is None, "nothing is ordered"


@pytest.mark.req("MINID-ORDER-PHONE")
def test_a_mobile_number_with_country_code_and_spaces_is_accepted(
    page: Page, lang: str, urls, control, new_person
) -> None:
    person = new_person()
    mobile = person["mobile"]
    typed = f"+47 {mobile[:3]} {mobile[3:5]} {mobile[5:]}"
    sms = OrderLetter.open(page, lang, urls).order(person["pid"]).send_code(typed)
    sms.confirm(control.last_sms_code(mobile))
    assert control.minid_letter(person["pid"]) is not None, "the order must be placed"


@pytest.mark.req("MINID-ORDER-SMS")
def test_a_wrong_sms_code_is_refused_and_orders_nothing(page: Page, lang: str, urls, control, new_person) -> None:
    person = new_person()
    sms = OrderLetter.open(page, lang, urls).order(person["pid"]).send_code(person["mobile"])
    right = control.last_sms_code(person["mobile"])
    sms = sms.confirm_refused(f"{(int(right) + 1) % 10 ** len(right):0{len(right)}d}")
    expect_field_error(sms.code)
    assert control.minid_letter(person["pid"]) is None, "nothing is ordered"


@pytest.mark.req("MINID-ORDER-SMS")
def test_an_expired_sms_code_is_refused_and_a_new_code_works(page: Page, lang: str, urls, control, new_person) -> None:
    person = new_person()
    sms = OrderLetter.open(page, lang, urls).order(person["pid"]).send_code(person["mobile"])
    old = control.last_sms_code(person["mobile"])
    control.set_clock_offset(timedelta(minutes=30))
    sms = sms.confirm_refused(old)
    expect_field_error(sms.code)
    assert control.minid_letter(person["pid"]) is None, "nothing is ordered with the expired code"
    sms.resend().confirm(control.last_sms_code(person["mobile"]))
    assert control.minid_letter(person["pid"]) is not None, "the new code places the order"


@pytest.mark.req("MINID-ORDER-NO-SMS")
def test_the_code_screen_says_whom_to_call_when_no_sms_arrives(
    page: Page, lang: str, urls, control, new_person
) -> None:
    person = new_person()
    form = MinidHome.open(page, lang, urls).go_to_activation_letter()  # "Gå til MinID aktiveringsbrev"
    expect_wording(form.help, form.t.get("help"))  # "ringe de på 800 30 300"
    sms = form.order(person["pid"]).send_code(person["mobile"])
    expect_wording(sms.no_sms_note, sms.t.get("code.no_sms"))  # "(+47) 800 30 300"
