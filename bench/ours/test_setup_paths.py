"""Two preconditions, each set up two ways and timed inside the test, from nothing to the inbox showing the
person; the ways alternate so load hits both alike.

- `self_identified`: a registered, logged-in Altinn user of guide 000 (its era: the clock before the sunset):
  through the control API (seed the user, a stored session) or the UI (the create-user form, then the log-in
  form).
- `idporten`: a person logged in to Altinn through ID-porten with TestID at level 3: through the control API
  (ID-porten mints a real ID token, Altinn's relying party validates it, no screen) or the UI (Altinn's log-in,
  ID-porten's eID choice, TestID's form, the callback).
"""

from __future__ import annotations

import os
import time

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import ALTINN
from fixtures.session_cookies import add_session_cookies
from pages.altinn import CreateUser, Inbox, Login
from pages.idporten import EidChooser

K = int(os.environ.get("BENCH_SETUP_K", "5"))
LANG = "en"
PRECONDITIONS = {"self_identified": [pytest.mark.era("guide-000")], "idporten": []}


def _cases() -> list:
    return [
        pytest.param(precondition, path, i, marks=marks, id=f"{precondition}-{path}-{i}")
        for precondition, marks in PRECONDITIONS.items()
        for i in range(K)
        for path in ("api", "ui")
    ]


@pytest.mark.control_api
@pytest.mark.parametrize(("precondition", "path", "i"), _cases())
def test_logged_in(page: Page, urls, fake, control, record_property, precondition: str, path: str, i: int) -> None:
    t0 = time.perf_counter()
    if precondition == "self_identified":
        shown = _self_identified(page, urls, fake, control, path)
    else:
        shown = _idporten(page, urls, fake, control, path)
    expect(shown).to_be_visible()
    record_property("bench_setup_s", time.perf_counter() - t0)
    record_property("bench_path", path)
    record_property("bench_precondition", precondition)


def _self_identified(page: Page, urls, fake, control, path: str):
    username, password = fake.unique_username(), fake.password(ALTINN)
    email = fake.unique_email(username)
    if path == "api":
        control.seed_altinn_user(username, email, password)
        page.context.add_cookies([{**control.altinn_session_cookie(username), "url": urls("altinn", "/")}])
        inbox = Inbox.open(page, LANG, urls)
    else:
        created = CreateUser.open(page, LANG, urls).fill(username, email, password).submit()
        inbox = created.log_in().log_in(username, password)
    return inbox.logged_in_as(username)


def _idporten(page: Page, urls, fake, control, path: str):
    pid = fake.synthetic_fnr()
    if path == "api":
        add_session_cookies(page.context, urls, control.altinn_idporten_session_cookies(pid, "testid", level=3))
        inbox = Inbox.open(page, LANG, urls)
    else:
        chooser = Login.open(page, LANG, urls).log_in_with_idporten(then=EidChooser)
        inbox = chooser.choose("TestID").log_in(pid, 3, then=Inbox)
    return inbox.logged_in_as(pid)
