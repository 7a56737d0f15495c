"""A precondition two ways: a registered, logged-in Altinn user through the control API and a stored
session, or through the UI (the create-user form, then the log-in form). Timed inside the test, from
nothing to the inbox showing the user, and alternated so load hits both alike."""

from __future__ import annotations

import os
import time

import pytest
from playwright.sync_api import Page, expect

from fixtures.data.policies import ALTINN
from pages.altinn import CreateUser, Inbox

K = int(os.environ.get("BENCH_SETUP_K", "5"))
LANG = "en"


@pytest.mark.control_api
@pytest.mark.parametrize(("path", "i"), [(path, i) for i in range(K) for path in ("api", "ui")])
def test_logged_in_user(page: Page, urls, fake, control, base_url: str, record_property, path: str, i: int) -> None:
    username, password = fake.unique_username(), fake.password(ALTINN)
    email = fake.unique_email(username)
    t0 = time.perf_counter()
    if path == "api":
        control.seed_altinn_user(username, email, password)
        cookie = control.altinn_session_cookie(username)
        page.context.add_cookies([{**cookie, "url": base_url}])
        inbox = Inbox.open(page, LANG, urls)
    else:
        created = CreateUser.open(page, LANG, urls).fill(username, email, password).submit()
        inbox = created.log_in().log_in(username, password)
    expect(inbox.logged_in_as(username)).to_be_visible()
    record_property("bench_setup_s", time.perf_counter() - t0)
    record_property("bench_path", path)
