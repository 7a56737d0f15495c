"""People, login information, computer systems and the API client shared by the guide-003 scenarios."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, Playwright

from fixtures.browser import SCOPE_HEADER
from fixtures.idporten_login import IdportenPerson
from fixtures.session_cookies import add_session_cookies
from fixtures.targets import Target
from pages.altinn_system import EndUserApi

from .support import POLICY, EndUserSystem, Person, User, make_user


@pytest.fixture
def person(fake, control) -> Person:
    """A person in the population register (BankID, a mobile number), with no Altinn login information yet."""
    data = fake.person(postal_address=False)
    control.seed_person(**data)
    return Person(data["pid"], data["name"], data["residential_address"], data["postal_address"], data["mobile"])


@pytest.fixture
def user(control, fake, person: Person) -> User:
    """`person` with a password, a mobile number for SMS codes and 'allow submission from application or system'."""
    return make_user(control, fake, person)


@pytest.fixture
def end_user_system(control, fake, person: Person) -> EndUserSystem:
    """A computer system registered by `person` (its ID is Altinn's)."""
    password = fake.password(POLICY)
    name = f"Maestro {fake.unique_username()}"
    return EndUserSystem(control.seed_end_user_system(person.pid, name, password), name, password)


@pytest.fixture
def profile(person: Person, control, page: Page, urls) -> Person:
    """`person` logged in through ID-porten (BankID, level 4) in the browser, without the UI. Takes `page`
    so that its per-test cookie clean-up has run before the session cookie is added."""
    add_session_cookies(page.context, urls, control.altinn_idporten_session_cookies(person.pid, "bankid"))
    return person


@pytest.fixture
def idporten_profile(idporten_login) -> IdportenPerson:
    """A new person logged in to Altinn through ID-porten at level 4, for a test that needs nothing of the
    person from the register: seeded with a control API, through TestID without one (so it runs black-box)."""
    return idporten_login("altinn", level=4)


@pytest.fixture
def api(playwright: Playwright, target: Target, test_scope: str) -> Iterator[EndUserApi]:
    """The end-user-system API over Playwright's request context, in this test's scope (its clock)."""
    headers = {SCOPE_HEADER: test_scope} if target.has_control_api else {}
    context = playwright.request.new_context(base_url=target.base_url, extra_http_headers=headers)
    yield EndUserApi(context)
    context.dispose()
