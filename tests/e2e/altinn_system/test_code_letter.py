"""The alternative log-in tab 'Altinn code letter' and the links 'Order new code letter' and 'Disable code
letter' (guide 000 step 3; domain-facts §2: 30 codes, sent to the register address, a new letter
cancels the old one, level 2). No source words these pages' messages: a refusal is checked as a person
meets it (a message of its own, tied to its field, in the page's language), never by the test environment's
sentences."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from pages.altinn_system import CodeLetterTab, DisableLogin, OrderCodeLetter
from pages.components import expect_field_error, expect_page_language, expect_wording

from .support import Person, expect_refused

LETTER_CODES = 30  # domain-facts §2
NUMBERED_CODE = re.compile(r"^\s*(\d{1,2})\s*[:.)]\s*(\d{4,8})\s*$", re.MULTILINE)


def codes_in(letter: dict) -> dict[int, str]:
    return {int(n): code for n, code in NUMBERED_CODE.findall(letter["body"])}


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-LETTER-ORDER")
@pytest.mark.parametrize(
    ("postal", "address"),
    [(False, "residential_address"), (True, "postal_address")],
    ids=["residential address", "postal address"],
)
def test_ordering_sends_30_codes_to_the_register_address(
    page: Page, lang: str, urls, fake, control, postal: bool, address: str
) -> None:
    person = fake.person(postal_address=postal)
    control.seed_person(**person)
    order = CodeLetterTab.open(page, lang, urls).order_new_code_letter().order(person["pid"])

    expect_wording(order.ordered, None)
    letters = control.letters(person["pid"])
    assert len(letters) == 1
    assert person[address] in letters[0]["body"]
    assert person["name"] in letters[0]["body"]
    assert sorted(codes_in(letters[0])) == list(range(1, LETTER_CODES + 1))


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-LETTER-ORDER")
def test_an_unknown_number_gets_the_same_answer_and_no_letter(
    page: Page, lang: str, urls, fake, control, person: Person
) -> None:
    known = OrderCodeLetter.open(page, lang, urls).order(person.pid)
    expect_wording(known.ordered, None)
    answer_for_a_person = known.ordered.inner_text()
    unknown = fake.fnr()

    order = OrderCodeLetter.open(page, lang, urls).order(unknown)

    expect(order.ordered, "the answer does not tell who is in the register").to_have_text(answer_for_a_person)
    assert control.letters(unknown) == []


@pytest.mark.req("ALTSYS-LETTER-ORDER")
@pytest.mark.parametrize("typed", ["1234567890", "abcdefghijk"])
def test_a_malformed_identity_number_is_refused(page: Page, lang: str, urls, typed: str) -> None:
    order = OrderCodeLetter.open(page, lang, urls).order(typed)
    expect_field_error(order.pid)
    expect_page_language(page, lang)
    expect(order.ordered).to_have_count(0)


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-LETTER-LOGIN")
def test_the_code_the_page_asks_for_logs_in_at_level_2(page: Page, lang: str, urls, control, person: Person) -> None:
    codes = control.seed_code_letter(person.pid)
    entry = CodeLetterTab.open(page, lang, urls).continue_(person.pid)

    inbox = entry.log_in(codes[entry.asked_number() - 1])

    expect(inbox.logged_in_as(person.name)).to_be_visible()
    expect(inbox.security_level(2)).to_be_visible()


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-LETTER-LOGIN")
def test_another_code_of_the_letter_is_refused(page: Page, lang: str, urls, control, person: Person) -> None:
    codes = control.seed_code_letter(person.pid)
    entry = CodeLetterTab.open(page, lang, urls).continue_(person.pid)
    asked = entry.asked_number()
    other = next(code for n, code in enumerate(codes, start=1) if n != asked and code != codes[asked - 1])

    tab = entry.log_in_refused(other)

    expect_refused(tab, not_=tab.t["err.locked"])


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-LETTER-SINGLE-USE")
def test_each_code_works_once(page: Page, lang: str, urls, control, person: Person) -> None:
    codes = control.seed_code_letter(person.pid)
    entry = CodeLetterTab.open(page, lang, urls).continue_(person.pid)
    used = entry.asked_number()
    entry.log_in(codes[used - 1])
    page.context.clear_cookies()  # a new visit, not logged in

    entry = CodeLetterTab.open(page, lang, urls).continue_(person.pid)
    assert entry.asked_number() != used, "a used code is never asked for again"
    tab = entry.log_in_refused(codes[used - 1])
    expect_refused(tab, not_=tab.t["err.locked"])


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-LETTER-NEW-CANCELS-OLD")
def test_a_new_letter_cancels_the_old_one(page: Page, lang: str, urls, control, person: Person) -> None:
    old = control.seed_code_letter(person.pid)
    OrderCodeLetter.open(page, lang, urls).order(person.pid)
    new = codes_in(control.letters(person.pid)[-1])

    entry = CodeLetterTab.open(page, lang, urls).continue_(person.pid)
    asked = entry.asked_number()
    tab = entry.log_in_refused(old[asked - 1])
    expect_refused(tab, not_=tab.t["err.locked"])

    entry = tab.continue_(person.pid)
    expect(entry.log_in(new[entry.asked_number()]).security_level(2)).to_be_visible()


@pytest.mark.control_api
@pytest.mark.req("ALTSYS-DISABLE-LETTER")
def test_a_disabled_code_letter_stops_working_until_a_new_one_is_ordered(
    page: Page, lang: str, urls, control, person: Person
) -> None:
    codes = control.seed_code_letter(person.pid)
    disable = CodeLetterTab.open(page, lang, urls).disable_code_letter().disable(person.pid, "letter")
    expect_wording(disable.done, None)

    entry = CodeLetterTab.open(page, lang, urls).continue_(person.pid)
    tab = entry.log_in_refused(codes[entry.asked_number() - 1])
    expect_refused(tab, not_=tab.t["err.locked"])

    new = control.seed_code_letter(person.pid)
    entry = tab.continue_(person.pid)
    expect(entry.log_in(new[entry.asked_number() - 1]).logged_in_as(person.name)).to_be_visible()


@pytest.mark.req("ALTSYS-DISABLE-LETTER", "ALTSYS-DISABLE-PASSWORD")
def test_disabling_needs_a_valid_identity_number_and_a_choice(page: Page, lang: str, urls) -> None:
    form = DisableLogin.open(page, lang, urls).disable("123", None)
    expect_field_error(form.pid)
    # The choice is a group of radio buttons: its message is tied to the group.
    expect(form.what).to_have_accessible_description(re.compile(r"\S"))
    expect(form.done).to_have_count(0)
