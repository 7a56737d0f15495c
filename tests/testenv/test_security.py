"""Security of the test environment: CSRF, cookies, headers, password storage, lockout, account probing,
the control API's gates, and passwords never echoed. Forms and endpoints are discovered from the app
(see test_hostile_input.py), so a new service's forms are held to the same rules."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from era_support import before_sunset, offset_s
from fastapi.testclient import TestClient
from starlette.requests import Request
from test_hostile_input import (
    CONTROL,
    TOKEN,
    Endpoint,
    Env,
    _discovered,
    _endpoint_params,
    _find,
    discover,
    endpoints,
    make_app,
    record_counts,
)

from testenv.__main__ import parse_args
from testenv.core.scope import scope_id
from testenv.services.register.identity import with_control_digits

CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')
CSRF_REFUSAL = "The form had expired or came from another site"
LOOPBACK = "http://127.0.0.1"
# OAuth back-channel endpoints of ID-porten's OpenID Provider: the client authenticates itself (client secret,
# bearer token), no browser posts them and no session is read, so a CSRF token does not apply (RFC 6749 §3.2).
BACK_CHANNEL = ("POST /idporten/token", "POST /idporten/userinfo")


def pid(birth: str = "010190") -> str:
    """The first valid identity number born on `birth` (ddmmyy)."""
    return next(v for i in range(1000) if (v := with_control_digits(f"{birth}{i:03d}")))


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    app, db = make_app(tmp_path_factory.mktemp("security"))
    with TestClient(app, base_url=LOOPBACK, headers={"X-Testenv-Token": TOKEN}) as client:
        yield discover(app, db, client)


def new_client(env: Env, headers: dict[str, str] | None = None, **kwargs) -> TestClient:
    """A browser of its own (own cookies, own session) with the control token unless told otherwise."""
    headers = {"X-Testenv-Token": TOKEN} if headers is None else headers
    return TestClient(env.app, base_url=LOOPBACK, headers=headers, **kwargs)


def benign_form(env: Env, ep: Endpoint, password: str = "Benign2024x") -> dict[str, str]:
    """Plausible values for a form's fields, so that only the point under test decides its answer."""
    values = {}
    for name in sorted(env.form_fields.get(ep, env.all_fields) - {"csrf_token"}):
        if "password" in name:
            values[name] = password
        elif "email" in name:
            values[name] = "benign@example.com"
        elif name in ("code", "pin") or name.endswith("_code"):
            values[name] = "123456"
        elif name in ("pid", "fnr") or "pid" in name:
            values[name] = pid()
        else:
            values[name] = "benign"
    return values


# --- CSRF -------------------------------------------------------------------------------------------

FORM_TYPE = {"Content-Type": "application/x-www-form-urlencoded"}


@pytest.mark.parametrize("name", [p for p in _endpoint_params("forms") if p.values[0] not in BACK_CHANNEL])
def test_every_form_refuses_a_missing_wrong_or_foreign_csrf_token(env: Env, name: str) -> None:
    ep = _find(env, name)
    with new_client(env) as victim, new_client(env) as attacker:
        env.csrf(victim)
        foreign = env.csrf(attacker)
        form = benign_form(env, ep)
        for label, token in (("missing", None), ("wrong", "x" * 43), ("another session's", foreign), ("empty", "")):
            before = record_counts(env.db_path)
            data = form if token is None else {**form, "csrf_token": token}
            # A browser sends a form's content type even when the form has no field but the token.
            answer = victim.post(ep.url(), data=data, headers=FORM_TYPE, follow_redirects=False)
            assert answer.status_code == 403, f"{ep} with a {label} CSRF token answered {answer.status_code}"
            assert CSRF_REFUSAL in answer.text, f"{ep}: the refusal does not say why"
            assert record_counts(env.db_path) == before, f"{ep} with a {label} CSRF token stored something"


# --- cookies and headers ----------------------------------------------------------------------------


def set_cookies(answer) -> list[str]:
    return answer.headers.get_list("set-cookie")


def test_every_cookie_is_httponly_and_samesite(env: Env) -> None:
    seen = 0
    with new_client(env) as client:
        for page in env.pages():
            for cookie in set_cookies(client.get(page.url(), follow_redirects=False)):
                seen += 1
                attributes = {part.strip().split("=")[0].lower(): part.strip() for part in cookie.split(";")[1:]}
                assert "httponly" in attributes, f"{page}: cookie without HttpOnly: {cookie}"
                assert attributes.get("samesite", "").lower() in ("samesite=lax", "samesite=strict"), cookie
    assert seen, "no page set a cookie: the session cookie was not seen"


def test_the_session_cookie_is_replaced_on_log_in(env: Env) -> None:
    """No session fixation: the id a visitor had before logging in is not the one after it."""
    env.client.post(
        f"{CONTROL}/altinn/users", json={"username": "fixate", "email": "f@example.com", "password": "Fix4tion1"}
    )
    with new_client(env) as client:
        before_sunset(client)  # guide 000's log-in exists only before its sunset
        token = CSRF_RE.search(client.get("/ui/Authentication/SelfIdentified?lang=en").text).group(1)
        before = client.cookies.get("testenv_session")
        answer = client.post(
            "/ui/Authentication/SelfIdentified?lang=en",
            data={"csrf_token": token, "username": "fixate", "password": "Fix4tion1"},
            follow_redirects=False,
        )
        assert answer.status_code == 302
        after = client.cookies.get("testenv_session")
    assert before and after and before != after


HEADERS: dict[str, Callable[[str], bool]] = {
    "content-security-policy": lambda v: "default-src 'self'" in v and "frame-ancestors 'none'" in v,
    "x-content-type-options": lambda v: v == "nosniff",
    "x-frame-options": lambda v: v == "DENY",
    "referrer-policy": lambda v: v in ("same-origin", "no-referrer", "strict-origin-when-cross-origin"),
    "cache-control": lambda v: "no-store" in v,
}


def test_security_headers_on_every_page_error_and_api_answer(env: Env) -> None:
    answers = [(str(p), env.client.get(p.url(), follow_redirects=False)) for p in env.pages()]
    answers += [
        ("404", env.client.get("/en/no-such-page")),
        ("405", env.client.delete("/en/login")),
        ("CSRF refusal", env.client.post("/en/login/without-id/create", data={})),
        ("control API", env.client.get(f"{CONTROL}/defects")),
        ("control API refusal", new_client(env, headers={}).get(f"{CONTROL}/defects")),
        ("static file", env.client.get("/static/style.css")),
    ]
    for what, answer in answers:
        for name, ok in HEADERS.items():
            value = answer.headers.get(name)
            assert value is not None and ok(value), f"{what} ({answer.status_code}): header {name} is {value!r}"


# --- passwords at rest ------------------------------------------------------------------------------


def db_bytes(db: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")) if p.exists())


def outbox_codes(client: TestClient, to: str) -> list[str]:
    mails = client.get(f"{CONTROL}/outbox/email", params={"to": to}).json()
    return [m for mail in mails for m in re.findall(r"\b\d{6}\b", mail["body"])]


def test_passwords_are_stored_only_as_argon2_hashes(tmp_path: Path) -> None:
    """Registrations, resets and seeds of every service, then the SQLite files (database, WAL and
    shared memory) are searched for each clear-text password."""
    app, db = make_app(tmp_path)
    secrets_used: list[str] = []

    def secret(tag: str) -> str:
        value = f"Klartekst{tag}{len(secrets_used)}x9"
        secrets_used.append(value)
        return value

    with TestClient(app, base_url=LOOPBACK, headers={"X-Testenv-Token": TOKEN}) as c:
        before_sunset(c)  # guide 000's "create user" exists only before its sunset

        def token(path: str) -> str:
            return CSRF_RE.search(c.get(path).text).group(1)

        # Altinn: create a user, then "forgot password" and a new one through the e-mailed link.
        create = "/en/login/without-id/create"
        altinn_pw = secret("Altinn")
        form = {
            "username": "atrest",
            "email": "atrest@example.com",
            "password": altinn_pw,
            "confirm_password": altinn_pw,
        }
        assert c.post(create, data={**form, "csrf_token": token(create)}, follow_redirects=False).status_code == 303
        forgot = "/en/login/without-id/forgot"
        c.post(forgot, data={"csrf_token": token(forgot), "username": "atrest", "email": "atrest@example.com"})
        mail = c.get(f"{CONTROL}/outbox/email", params={"to": "atrest@example.com"}).json()[-1]["body"]
        reset = urlsplit(re.search(r"https?://\S+", mail).group(0)).path
        new_pw = secret("Reset")
        answer = c.post(reset, data={"csrf_token": token(reset), "password": new_pw, "confirm_password": new_pw})
        assert answer.status_code == 200, answer.text[:300]

        # UDI: register with an e-mailed code, then reset the password the same way.
        udi_email = "atrest.udi@example.com"
        c.post("/udi/en/register", data={"csrf_token": token("/udi/en/register"), "email": udi_email})
        code = outbox_codes(c, udi_email)[-1]
        c.post("/udi/en/register/verify", data={"csrf_token": token("/udi/en/register/verify"), "code": code})
        udi_pw = secret("Udi")
        answer = c.post(
            "/udi/en/register/account",
            data={"csrf_token": token("/udi/en/register/account"), "name": "At Rest", "password": udi_pw},
            follow_redirects=False,
        )
        assert answer.status_code == 303, answer.text[:300]
        c.post("/udi/en/forgot", data={"csrf_token": token("/udi/en/forgot"), "email": udi_email})
        code = outbox_codes(c, udi_email)[-1]
        c.post("/udi/en/forgot/verify", data={"csrf_token": token("/udi/en/forgot/verify"), "code": code})
        udi_new = secret("UdiReset")
        c.post("/udi/en/forgot/password", data={"csrf_token": token("/udi/en/forgot/password"), "password": udi_new})

        # Seeds through the control API of every service that takes a password.
        person = pid()
        seeds = [
            ("/altinn/users", {"username": "seeded", "email": "s@example.com", "password": secret("Seed")}),
            ("/udi/accounts", {"email": "s.udi@example.com", "password": secret("SeedUdi"), "name": "Seeded"}),
            (
                "/register/persons",
                {
                    "pid": person,
                    "name": "Kari Seeded",
                    "residential_address": "Gate 1, 0101 Oslo",
                    "mobile": "41234567",
                    "minid_password": secret("MinID"),
                    "minid_email": "kari.minid@example.com",
                },
            ),
            ("/altinn-system/systems", {"owner_pid": person, "name": "Maestro", "password": secret("System")}),
        ]
        for path, body in seeds:
            answer = c.post(f"{CONTROL}{path}", json=body)
            assert answer.status_code in (200, 201), f"{path}: {answer.status_code} {answer.text[:300]}"
            assert body.get("password", body.get("minid_password")) not in answer.text, f"{path} echoed the password"
        answer = c.put(
            f"{CONTROL}/altinn-system/login-info/{person}",
            json={"pid": person, "username": "kari", "password": secret("Info")},
        )
        assert answer.status_code in (200, 201), answer.text[:300]

    stored = db_bytes(db)
    for value in secrets_used:
        assert value.encode() not in stored, f"the clear-text password {value!r} is in the SQLite files"
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        hashes = 0
        for table in tables:
            for col in [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]:
                if "password" in col.lower():
                    assert col.lower().endswith("_hash"), f"{table}.{col} stores a password-like value unhashed"
                    for (value,) in conn.execute(f'SELECT "{col}" FROM "{table}" WHERE "{col}" IS NOT NULL'):
                        assert str(value).startswith("$argon2id$"), f"{table}.{col} holds a non-argon2 value"
                        hashes += 1
    assert hashes >= 7, f"only {hashes} password hashes stored: a registration above did not go through"


# --- lockout ----------------------------------------------------------------------------------------


def test_altinn_locks_an_account_after_three_wrong_passwords_for_an_hour(env: Env) -> None:
    env.client.post(
        f"{CONTROL}/altinn/users", json={"username": "lockme", "email": "l@example.com", "password": "Right1234"}
    )
    env.client.post(
        f"{CONTROL}/altinn/users", json={"username": "bystander", "email": "b@example.com", "password": "Right1234"}
    )
    login = "/ui/Authentication/SelfIdentified?lang=en"
    scope = "lockout-test"
    env.client.put(f"{CONTROL}/scopes/{scope}", json={"clock_offset_s": offset_s()})  # before the sunset

    def attempt(username: str, password: str) -> int:
        with new_client(env, headers={"X-Testenv-Token": TOKEN, "X-Testenv-Scope": scope}) as c:
            token = CSRF_RE.search(c.get(login).text).group(1)
            data = {"csrf_token": token, "username": username, "password": password}
            return c.post(login, data=data, follow_redirects=False).status_code

    assert [attempt("lockme", "Wrong1234") for _ in range(3)] == [401, 401, 423]
    assert attempt("lockme", "Right1234") == 423, "the right password must not open a locked account"
    assert attempt("bystander", "Right1234") == 302, "a lockout is per account"
    env.client.put(f"{CONTROL}/scopes/{scope}", json={"clock_offset_s": offset_s(61 * 60)})
    assert attempt("lockme", "Right1234") == 302, "the lock lasts an hour, then the right password works"


# --- "forgot password" reveals nothing ---------------------------------------------------------------

# Each first step of a "forgot password" flow: (path, fields for an existing account, for a missing one).
FORGOT = {
    "/{lang}/login/without-id/forgot": (
        {"username": "probe", "email": "probe@example.com"},
        {"username": "nobody-here", "email": "nobody@example.com"},
    ),
    "/udi/{lang}/forgot": ({"email": "probe.udi@example.com"}, {"email": "nobody.udi@example.com"}),
}


def test_every_forgot_password_form_is_checked_for_account_probing(env: Env) -> None:
    found = {e.path for e in env.forms() if e.path.rstrip("/").endswith("forgot")}
    assert found <= set(FORGOT), f"new 'forgot password' forms to add to FORGOT: {sorted(found - set(FORGOT))}"


@pytest.mark.parametrize("path", sorted(FORGOT))
def test_forgot_password_answers_alike_for_existing_and_missing_accounts(tmp_path: Path, path: str) -> None:
    # Production-strength argon2 settings, so a password hash on one path only would show in the timing.
    app, _ = make_app(tmp_path, argon2_time_cost=2, argon2_memory_kib=19456)
    existing, missing = FORGOT[path]
    url = path.replace("{lang}", "en")
    with TestClient(app, base_url=LOOPBACK, headers={"X-Testenv-Token": TOKEN}) as c:
        c.post(
            f"{CONTROL}/altinn/users", json={"username": "probe", "email": "probe@example.com", "password": "Probe1234"}
        )
        c.post(
            f"{CONTROL}/udi/accounts", json={"email": "probe.udi@example.com", "password": "Probe1234Ab", "name": "P"}
        )

        def ask(fields: dict[str, str]) -> tuple[float, int, str, str]:
            with TestClient(app, base_url=LOOPBACK) as visitor:
                token = CSRF_RE.search(visitor.get(url).text).group(1)
                started = time.perf_counter()
                answer = visitor.post(url, data={**fields, "csrf_token": token}, follow_redirects=False)
                elapsed = time.perf_counter() - started
                page = visitor.get(answer.headers["location"]).text if answer.is_redirect else answer.text
            for value in fields.values():
                page = page.replace(value, "<entered>")
            page = CSRF_RE.sub("csrf", page)
            return elapsed, answer.status_code, answer.headers.get("location", ""), page

        timings: dict[str, list[float]] = {"existing": [], "missing": []}
        for _ in range(15):  # interleaved, so load on the machine hits both alike
            for kind, fields in (("existing", existing), ("missing", missing)):
                elapsed, status, location, page = ask(fields)
                timings[kind].append(elapsed)
                if kind == "existing":
                    reference = (status, location, page)
                else:
                    assert (status, location) == reference[:2], "the answer differs for a missing account"
                    assert page == reference[2], "the page differs for a missing account"
    # The fastest of 15 is each path's own cost: load on the machine only ever adds to a sample, so a median
    # moves with whoever else runs (this failed once in a make test at load 10), a minimum hardly does.
    a, b = min(timings["existing"]), min(timings["missing"])
    assert abs(a - b) <= max(0.02, 0.5 * max(a, b)), (
        f"fastest {a * 1000:.0f} ms (existing) vs {b * 1000:.0f} ms (missing)"
    )


# --- the control API ------------------------------------------------------------------------------


def control_endpoints(env: Env) -> list[Endpoint]:
    return [e for e in env.endpoints if e.path.startswith(CONTROL)]


def test_the_control_api_refuses_a_missing_or_wrong_token(env: Env) -> None:
    assert control_endpoints(env)
    for ep in control_endpoints(env):
        for headers in ({}, {"X-Testenv-Token": "wrong"}, {"X-Testenv-Token": ""}, {"X-Testenv-Token": TOKEN + "x"}):
            with TestClient(env.app, base_url=LOOPBACK, headers=headers) as c:
                answer = c.request(ep.method, ep.url(), json={})
            assert answer.status_code == 401, f"{ep} with {headers} answered {answer.status_code}"
            assert "X-Testenv-Token" in answer.json()["error"]


def test_the_control_api_refuses_a_client_that_is_not_on_loopback(env: Env) -> None:
    with TestClient(
        env.app, base_url=LOOPBACK, headers={"X-Testenv-Token": TOKEN}, client=("198.51.100.7", 50000)
    ) as c:
        for ep in control_endpoints(env):
            answer = c.request(ep.method, ep.url(), json={})
            assert answer.status_code == 403, f"{ep} from a remote address answered {answer.status_code}"


def test_the_control_api_is_absent_outside_test_mode(tmp_path: Path) -> None:
    app, _ = make_app(tmp_path, test_mode=False, control_token=None)
    with TestClient(app, base_url=LOOPBACK, headers={"X-Testenv-Token": TOKEN}) as c:
        routed = [str(e) for e in endpoints(app) if e.path.startswith(CONTROL)]
        assert not routed, f"routed outside test mode: {routed}"
        assert c.get(f"{CONTROL}/defects").status_code == 404
        assert c.post(f"{CONTROL}/reset").status_code == 404
        assert c.get("/en/login").status_code == 200


def test_the_scope_header_is_ignored_outside_test_mode(tmp_path: Path) -> None:
    for test_mode in (True, False):
        app, _ = make_app(tmp_path / str(test_mode), test_mode=test_mode)
        scope = {"type": "http", "headers": [(b"x-testenv-scope", b"s1")], "app": app, "path": "/"}
        assert scope_id(Request(scope)) == ("s1" if test_mode else None)


@pytest.mark.parametrize("host", ["0.0.0.0", "192.168.1.10", "::", "example.org"])
def test_test_mode_refuses_a_non_loopback_host(host: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--test-mode", "--host", host])
    assert exit_info.value.code == 2
    assert "loopback" in capsys.readouterr().err


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "localhost"])
def test_test_mode_accepts_a_loopback_host(host: str) -> None:
    assert parse_args(["--test-mode", "--host", host]).test_mode


@pytest.mark.parametrize("option", [["--defect", "altinn.lockout_never"], ["--latency", "10"], ["--error-rate", "0.1"]])
def test_faults_and_defects_need_test_mode(option: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(option)
    assert "need --test-mode" in capsys.readouterr().err


# --- passwords never echoed -----------------------------------------------------------------------

SECRET = "Ekko7Hemmelig"


@pytest.mark.parametrize("name", _endpoint_params("forms"))
def test_no_answer_echoes_a_password(env: Env, name: str) -> None:
    """Every form with a password field, filled plausibly (accepted or refused): the password is in no
    answer, no header and no page a redirect leads to."""
    ep = _find(env, name)
    fields = env.form_fields.get(ep, env.all_fields)
    if not any("password" in f for f in fields):
        pytest.skip(f"{ep} has no password field")
    with new_client(env) as c:
        for variant in ("plausible", "mismatched", "too short"):
            form = benign_form(env, ep, password=SECRET)
            if variant == "mismatched":
                form = {k: (v + "x" if k.startswith("confirm") else v) for k, v in form.items()}
            if variant == "too short":
                form = {k: ("Ek7" + SECRET[:2] if "password" in k else v) for k, v in form.items()}
            sent = {v for k, v in form.items() if "password" in k}
            answer = c.post(ep.url(), data={**form, "csrf_token": env.csrf(c)}, follow_redirects=False)
            pages = [answer]
            while pages[-1].is_redirect and len(pages) < 5:
                pages.append(c.get(pages[-1].headers["location"], follow_redirects=False))
            for page in pages:
                for value in sent:
                    assert value not in page.text, f"{ep} ({variant}) echoed a password in its page"
                    assert value not in str(page.headers), f"{ep} ({variant}) echoed a password in a header"


def _takes_password(ep: Endpoint) -> bool:
    fields = getattr(ep.body_model, "model_fields", {})
    return ep.is_json and ep.method != "GET" and any("password" in k for k in fields)


@pytest.mark.parametrize("name", [str(e) for e in _discovered() if _takes_password(e)])
def test_no_json_answer_echoes_a_password(env: Env, name: str) -> None:
    """Every JSON endpoint whose body takes a password (seeds, the end-user API): not in the answer."""
    ep = _find(env, name)
    keys = set(ep.body_model.model_fields)
    secret_keys = [k for k in keys if "password" in k]
    body = {k: ("benign@example.com" if "email" in k else "benign") for k in keys}
    body.update({k: SECRET for k in secret_keys})
    for variant in (body, {k: SECRET for k in secret_keys}):  # plausible, and missing everything else
        answer = env.client.request(ep.method, ep.url(), json=variant)
        assert answer.status_code < 500, answer.text[:300]
        assert SECRET not in answer.text and SECRET not in str(answer.headers), f"{ep} echoed a password"
