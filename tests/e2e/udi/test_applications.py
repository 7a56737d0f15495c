"""Registering applications (guide 001): for oneself, a close family member or an employee; who follows
an application up; the employer who must not use ID-porten; the recommendation for ID-porten users."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import UDI
from pages.components import (
    expect_distinct,
    expect_field_accepted,
    expect_field_error,
    expect_page_language,
    expect_wording,
    field_error_text,
)
from pages.udi import MyApplications, NewApplication

# A password account's session and stored applications come from the control API (those tests are marked);
# an ID-porten account is logged in by `idporten_login`: seeded, or through TestID on a target without one.


@pytest.fixture
def password_account(fake, control, use_session) -> dict:
    account = {"email": fake.unique_email(), "name": fake.name()}
    control.seed_udi_account(account["email"], fake.password(UDI), account["name"])
    use_session(control.udi_session_cookies(email=account["email"]))
    return account


@pytest.fixture
def idporten_account(idporten_login) -> dict:
    person = idporten_login("udi", level=4)
    return {"pid": person.pid, "name": person.name}


@pytest.mark.control_api
@pytest.mark.req("UDI-APP-REGISTER", "UDI-APP-FOLLOW-UP")
@pytest.mark.parametrize(
    ("relation", "kind"),
    [
        pytest.param("self", "study", id="self"),
        pytest.param("family", "family", id="family"),
        pytest.param("employee", "work", id="employee", marks=pytest.mark.req("UDI-APP-EMPLOYER")),
    ],
)
def test_an_application_for_each_kind_of_person_is_listed_with_who_follows_it_up(
    page: Page, lang: str, urls, fake, control, password_account: dict, relation: str, kind: str
) -> None:
    applicant = password_account["name"] if relation == "self" else fake.name()
    form = NewApplication.open(page, lang, urls).fill(relation, kind, None if relation == "self" else applicant)
    kind_label = form.kind_label(kind)
    applications = form.submit()

    [stored] = control.udi_applications(email=password_account["email"])
    assert (stored["relation"], stored["applicant_name"], stored["kind"]) == (relation, applicant, kind)
    expect(applications.registered(stored["reference"])).to_be_visible()
    row = applications.application(stored["reference"])
    expect(row).to_contain_text(applicant)
    expect(row).to_contain_text(kind_label)  # the kind as the form named it
    _expect_follow_up(applications, row, None if relation == "self" else applicant)


def _expect_follow_up(applications: MyApplications, row, applicant: str | None) -> None:
    """Guide 001's words where it gives them (English); elsewhere the row still says something in its
    last cell, in the page's language."""
    expect_wording(row.get_by_role("cell").last, applications.follow_up_text(applicant))
    expect_page_language(applications.page, applications.lang)


def _description(locator) -> str:
    """The messages tied to a field or group by `aria-describedby`."""
    return str(
        locator.evaluate(
            """el => (el.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean)
            .map(id => document.getElementById(id)).filter(e => e && !e.classList.contains('hint'))
            .map(e => e.textContent.trim()).join(' ')"""
        )
    )


@pytest.mark.control_api
@pytest.mark.req("UDI-APP-REGISTER")
def test_missing_choices_are_named_next_to_their_fields_and_nothing_is_stored(
    page: Page, lang: str, urls, control, password_account: dict
) -> None:
    form = NewApplication.open(page, lang, urls).submit_refused()
    expect(form.relation_group).to_have_accessible_description(re.compile(r"\S"))
    expect_field_error(form.kind)
    expect_page_language(page, lang)
    messages = {"relation": _description(form.relation_group), "kind": field_error_text(form.kind)}
    form = form.fill("family", "visit").submit_refused()
    expect_field_error(form.applicant)  # the field's hint comes first in its description, then the message
    expect_field_accepted(form.kind)
    messages["applicant"] = field_error_text(form.applicant)
    expect_distinct(messages)
    assert control.udi_applications(email=password_account["email"]) == []


@pytest.mark.req("UDI-APP-EMPLOYER")
def test_an_employer_logged_in_with_id_porten_is_told_to_use_username_and_password(
    page: Page, lang: str, urls, fake, idporten_account: dict
) -> None:
    employee = fake.name()
    form = NewApplication.open(page, lang, urls).fill("employee", "work", employee).submit_refused()

    # Guide 001's answer, word for word where it gives it (English); else a message of its own.
    employer = form.t.get("err.for.employer_idporten")
    expect(form.relation_group).to_have_accessible_description(employer if employer else re.compile(r"\S"))
    expect(form.applicant).to_have_value(employee)
    expect(MyApplications.open(page, lang, urls).rows, "nothing was stored").to_have_count(0)


@pytest.mark.req("UDI-APP-FAMILY", "UDI-APP-FOLLOW-UP")
def test_with_id_porten_a_family_member_can_be_applied_for_and_you_follow_it_up(
    page: Page, lang: str, urls, fake, idporten_account: dict
) -> None:
    child = fake.name()
    form = NewApplication.open(page, lang, urls)
    expect(form.idporten_note).to_be_visible()
    applications = form.fill("family", "family", child).submit()

    expect(applications.rows, "one application in the new account").to_have_count(1)
    _expect_follow_up(applications, applications.row_of(child), child)


@pytest.mark.control_api
@pytest.mark.req("UDI-APP-FAMILY")
def test_with_username_and_password_the_form_has_no_id_porten_recommendation(
    page: Page, lang: str, urls, password_account: dict
) -> None:
    form = NewApplication.open(page, lang, urls)
    expect(form.relations["self"]).to_be_visible()
    expect(form.idporten_note).to_have_count(0)


@pytest.mark.req("UDI-APP-REGISTER")
def test_my_applications_needs_a_log_in(page: Page, lang: str, urls) -> None:
    from pages.udi import Login

    page.goto(urls("udi", MyApplications.path(lang, "/applications")))
    login = Login(page, lang).expect_loaded()
    expect(login.email, "the log-in form is shown instead").to_be_editable()
