"""What the test environment promises at its edge, for every request whatever comes after (issue #19):

- absolute URLs it mails come from the configured public base URL of the service, never from the request's
  Host or X-Forwarded-* headers (a reset link to another site is an account takeover);
- the 1 MB body limit holds while the body is read, chunked or not, before any other work; the control
  API's token is checked before its body is read;
- ids and strings are checked before they reach SQLite or a JSON encoder: 422 with a message, never a 500;
- every answer, a 500 included, carries the security headers;
- usernames are compared after NFKC normalisation, and a look-alike of an existing one is refused;
- links on error pages stay on this site, whatever the path of the missing page looks like.

The body tests drive the ASGI app directly: Starlette's TestClient reads a streamed body whole before it
hands it on, so only a hand-made `receive` shows how much of a body the app pulled before it answered.
"""

from __future__ import annotations

import asyncio
import json
import re
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path

import aio
import pytest
from era_support import before_sunset
from fastapi import FastAPI
from fastapi.testclient import TestClient
from test_hostile_input import make_app

from testenv.core.middleware import SECURITY_HEADERS
from testenv.core.sessions import COOKIE
from testenv.services.register.identity import with_control_digits

TOKEN = "hostile-input-token"  # make_app's
CONTROL = "/__testenv__"
CHUNK = 64 * 1024
LIMIT = 1_000_000
CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


def pid(birth: str = "010190") -> str:
    return next(v for i in range(1000) if (v := with_control_digits(f"{birth}{i:03d}")))


@pytest.fixture
def app(tmp_path: Path) -> FastAPI:
    return make_app(tmp_path)[0]


def client_of(app: FastAPI, **kwargs) -> TestClient:
    """A browser that sees a 500 as an answer (TestClient raises the server's exception by default)."""
    return TestClient(
        app, headers={"X-Testenv-Token": TOKEN}, follow_redirects=False, raise_server_exceptions=False, **kwargs
    )


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with client_of(app) as c:
        yield c


def csrf(client: TestClient, path: str) -> str:
    found = CSRF_RE.search(client.get(path).text)
    assert found, f"no CSRF token on {path}"
    return found.group(1)


# --- absolute URLs ------------------------------------------------------------------------------------


def _reset_mail(client: TestClient, headers: dict[str, str]) -> str:
    user = {"username": "kari_reset", "email": "kari.reset@example.com", "password": "Passord123"}
    assert client.post(f"{CONTROL}/altinn/users", json=user).status_code == 201
    token = csrf(client, "/en/login/without-id/forgot")
    answer = client.post(
        "/en/login/without-id/forgot",
        data={"csrf_token": token, "username": user["username"], "email": user["email"]},
        headers=headers,
    )
    assert answer.status_code == 200, answer.text[:300]
    mails = client.get(f"{CONTROL}/outbox/email", params={"to": user["email"]}).json()
    assert len(mails) == 1, mails
    return mails[0]["body"]


HOSTILE_HOSTS = {
    "Host": "evil.example",
    "X-Forwarded-Host": "evil.example",
    "X-Forwarded-Proto": "https",
    "Forwarded": "host=evil.example;proto=https",
}


def _links(text: str) -> list[str]:
    return re.findall(r"\w+://[^\s\"'<>]+", text)


@pytest.mark.req("ALT-FORGOT-LINK")
def test_the_reset_link_ignores_the_host_headers_and_uses_the_default_public_url(client: TestClient) -> None:
    body = _reset_mail(client, HOSTILE_HOSTS)
    links = _links(body)
    assert links, body
    assert all(link.startswith("http://127.0.0.1:8000/en/login/without-id/reset/") for link in links), links
    assert "evil.example" not in body


@pytest.mark.req("ALT-FORGOT-LINK")
def test_the_reset_link_uses_the_configured_public_url_of_the_altinn_service(tmp_path: Path) -> None:
    app, _ = make_app(tmp_path, public_urls={"altinn": "https://altinn.test.example/"})
    with client_of(app) as client:
        links = _links(_reset_mail(client, HOSTILE_HOSTS))
    assert links and all(link.startswith("https://altinn.test.example/en/login/without-id/reset/") for link in links)


def test_the_reset_link_works_where_it_points(client: TestClient) -> None:
    (link,) = _links(_reset_mail(client, {}))
    path = re.sub(r"^\w+://[^/]+", "", link)
    assert client.get(path).status_code == 200


def test_public_urls_are_checked_at_start(tmp_path: Path) -> None:
    from testenv.__main__ import parse_args

    with pytest.raises(SystemExit):
        parse_args(["--public-url", "altinn=not a url"])
    with pytest.raises(SystemExit):
        parse_args(["--public-url", "nosuchservice=https://x.example"])
    args = parse_args(
        ["--single-origin", "--public-url", "https://all.example", "--public-url", "udi=https://udi.example/"]
    )
    assert args.public_url == [("*", "https://all.example"), ("udi", "https://udi.example")]


# --- the body limit -----------------------------------------------------------------------------------


class Upload:
    """A chunked upload of `total` bytes: counts what the app pulled, and what it answered."""

    def __init__(self, total: int) -> None:
        self.left = total
        self.pulled = 0
        self.status: int | None = None
        self.body = b""

    async def receive(self) -> dict:
        if self.left <= 0:
            await asyncio.sleep(3600)  # a client that has sent everything waits for the answer
        size = min(CHUNK, self.left)
        self.left -= size
        self.pulled += size
        return {"type": "http.request", "body": b"a" * size, "more_body": self.left > 0}

    async def send(self, message: dict) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
        elif message["type"] == "http.response.body":
            self.body += message.get("body", b"")


def upload(app: FastAPI, path: str, total: int, headers: dict[str, str]) -> Upload:
    """One chunked POST straight to the ASGI app (no Content-Length: the limit must not need it)."""
    raw = [(b"transfer-encoding", b"chunked"), *((k.lower().encode(), v.encode()) for k, v in headers.items())]
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": raw,
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8000),
    }
    sent = Upload(total)

    async def run() -> None:
        await asyncio.wait_for(app(scope, sent.receive, sent.send), timeout=60)

    aio.run(run())
    return sent


JSON = {"content-type": "application/json"}


def test_a_chunked_40_mb_body_to_the_control_api_without_token_is_refused_unread(app: FastAPI) -> None:
    sent = upload(app, f"{CONTROL}/reset", 40_000_000, JSON)
    assert sent.status == 401, sent.body[:200]
    assert sent.pulled == 0, f"the app read {sent.pulled} bytes of a request it refuses for its headers"


def test_a_chunked_40_mb_body_from_another_address_is_refused_unread(app: FastAPI, tmp_path: Path) -> None:
    sent = Upload(40_000_000)
    scope = {
        "type": "http",
        "method": "POST",
        "path": f"{CONTROL}/reset",
        "query_string": b"",
        "headers": [(b"x-testenv-token", TOKEN.encode()), (b"transfer-encoding", b"chunked")],
        "client": ("10.0.0.7", 50000),
    }
    aio.run(asyncio.wait_for(app(scope, sent.receive, sent.send), timeout=60))
    assert sent.status == 403 and sent.pulled == 0, (sent.status, sent.pulled)


@pytest.mark.parametrize(
    "path, total",
    [(f"{CONTROL}/reset", 40_000_000), ("/api/enduser/sessions/x/submissions", 25_000_000), ("/en/login", 5_000_000)],
)
def test_a_chunked_body_past_the_limit_is_cut_off_as_soon_as_it_passes_it(app: FastAPI, path: str, total: int) -> None:
    tracemalloc.start()
    try:
        sent = upload(app, path, total, {**JSON, "X-Testenv-Token": TOKEN})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sent.status == 413, (sent.status, sent.body[:300])
    assert sent.pulled <= LIMIT + CHUNK, f"the app read {sent.pulled} bytes before it refused the body"
    assert peak < 8 * LIMIT, f"refusing the body took {peak / 1e6:.1f} MB"
    assert b"too large" in sent.body.lower()


def test_a_body_within_the_limit_still_reaches_the_route(client: TestClient) -> None:
    padded = {"username": "kari_big", "email": "k@example.com", "password": "Passord123", "x": "a" * 900_000}
    assert client.post(f"{CONTROL}/altinn/users", json=padded).status_code == 201


def test_a_declared_length_past_the_limit_is_refused_before_reading(app: FastAPI) -> None:
    sent = Upload(2_000_000)
    scope = {
        "type": "http",
        "method": "POST",
        "path": "/api/enduser/sessions",
        "query_string": b"",
        "headers": [(b"content-length", b"2000000"), (b"content-type", b"application/json")],
        "client": ("127.0.0.1", 50000),
    }
    aio.run(asyncio.wait_for(app(scope, sent.receive, sent.send), timeout=60))
    assert sent.status == 413 and sent.pulled == 0, (sent.status, sent.pulled)


# --- ids and strings at the edge ------------------------------------------------------------------------

BIG = 2**63  # one past SQLite's largest integer


def _logged_in_to_altinn(client: TestClient) -> None:
    answer = client.post(f"{CONTROL}/altinn-system/sessions", json={"pid": pid(), "level": 2})
    assert answer.status_code == 201, answer.text
    client.cookies.set(COOKIE, answer.json()["cookie"]["value"])


@pytest.mark.parametrize("system_id", [str(BIG), str(-BIG - 1), "9" * 40])
def test_a_system_id_past_sqlites_range_on_the_settings_page_is_a_clear_refusal(
    client: TestClient, system_id: str
) -> None:
    _logged_in_to_altinn(client)
    answer = client.get(f"/en/profile/advanced-settings/systems/{system_id}/password")
    assert answer.status_code == 422, answer.text[:300]
    assert re.search(r"<h1[^>]*>\s*\S", answer.text) and "system_id" in answer.text


@pytest.mark.parametrize(
    "path, query",
    [
        (f"{CONTROL}/altinn-system/systems/{BIG}", {}),
        (f"{CONTROL}/altinn-system/systems/{-BIG - 1}", {}),
        (f"{CONTROL}/altinn-system/submissions", {"system_id": str(BIG)}),
        (f"{CONTROL}/udi/applications", {"pid": "abc"}),
        (f"{CONTROL}/udi/applications", {"pid": "1" * 12}),
    ],
)
def test_out_of_range_ids_and_malformed_pids_in_the_control_api_are_422(
    client: TestClient, path: str, query: dict
) -> None:
    answer = client.get(path, params=query)
    assert answer.status_code == 422, answer.text[:300]
    assert answer.json()["error"]


SURROGATE = "\\ud800"  # a lone surrogate, as JSON writes it: a string Python holds but no UTF-8 can encode
SEEDS = [
    ("POST", "/altinn/users", {"username": SURROGATE, "email": "a@example.com", "password": "Passord123"}),
    ("POST", "/altinn/users", {"username": "kari_s", "email": f"a{SURROGATE}@example.com", "password": "x1"}),
    ("POST", "/altinn/users", {"username": "kari_p", "email": "p@example.com", "password": f"Pass{SURROGATE}1"}),
    ("POST", "/udi/accounts", {"email": "u@example.com", "password": "Passord123", "name": SURROGATE}),
    ("POST", "/udi/registrations", {"email": f"{SURROGATE}@example.com"}),
    ("POST", "/udi/sessions", {"email": SURROGATE}),
    ("POST", "/udi/applications", {"email": "u@example.com", "applicant_name": SURROGATE, "relation": "family"}),
    ("POST", "/register/persons", {"pid": pid(), "name": SURROGATE, "residential_address": "Gate 1"}),
    ("POST", "/altinn-system/systems", {"owner_pid": pid(), "name": SURROGATE, "password": "Passord123"}),
    ("PUT", f"/altinn-system/login-info/{pid()}", {"pid": pid(), "username": SURROGATE}),
    ("POST", "/altinn/sessions", {"username": SURROGATE}),
    ("POST", "/idporten/sessions", {"pid": SURROGATE, "eid": "bankid"}),
    ("POST", "/minid/letters", {"pid": SURROGATE}),
    ("PUT", "/defects", {"active": [SURROGATE]}),
    ("POST", "/altinn/users", {SURROGATE: "key", "username": "k", "email": "k@example.com", "password": "x"}),
]


@pytest.mark.parametrize("method, path, body", SEEDS, ids=[f"{m} {p} {sorted(b)}" for m, p, b in SEEDS])
def test_a_lone_surrogate_in_a_control_api_string_is_422_naming_the_field(
    client: TestClient, method: str, path: str, body: dict
) -> None:
    raw = json.dumps(body).replace("\\\\ud800", "\\ud800")  # json.dumps escaped our backslash; undo it
    answer = client.request(method, CONTROL + path, content=raw, headers=JSON)
    assert answer.status_code in (404, 422), answer.text[:300]
    assert answer.json()["error"]
    if answer.status_code == 422 and "\\ud800" in raw:
        assert "surrogate" in answer.text.lower() or "not valid" in answer.text.lower(), answer.text


@pytest.mark.parametrize(
    "path, body",
    [
        ("/api/enduser/sessions", {"system_id": SURROGATE, "system_password": "x"}),
        ("/api/enduser/sessions", {"system_id": BIG, "system_password": "x"}),
        ("/api/enduser/sessions/x/submissions", {"form": SURROGATE, "data": {SURROGATE: SURROGATE}}),
    ],
)
def test_the_end_user_api_refuses_surrogates_and_big_ids_clearly(client: TestClient, path: str, body: dict) -> None:
    raw = json.dumps(body).replace("\\\\ud800", "\\ud800")
    answer = client.post(path, content=raw, headers=JSON)
    assert 400 <= answer.status_code < 500, answer.text[:300]
    assert answer.json()["error"]


# --- security headers on every answer --------------------------------------------------------------------


def _assert_security_headers(answer, what: str) -> None:
    missing = sorted(name for name in SECURITY_HEADERS if name.lower() not in answer.headers)
    assert not missing, f"{what} ({answer.status_code}) lacks {missing}"


def test_an_unexpected_error_answers_500_with_the_security_headers(tmp_path: Path) -> None:
    app, _ = make_app(tmp_path, defects=frozenset({"altsys.api_bad_json_500"}))
    with client_of(app) as client:
        answer = client.post("/api/enduser/sessions", content=b"{not json", headers=JSON)
    assert answer.status_code == 500
    _assert_security_headers(answer, "an unexpected error")


def test_an_unexpected_error_on_a_page_answers_500_with_the_security_headers(app: FastAPI) -> None:
    def broken() -> None:
        raise RuntimeError("a bug")

    app.add_api_route("/en/broken", broken)
    with client_of(app) as client:
        answer = client.get("/en/broken")
    assert answer.status_code == 500 and "<h1" in answer.text
    _assert_security_headers(answer, "an unexpected error on a page")


@pytest.mark.parametrize(
    "make",
    [
        lambda c: c.post(f"{CONTROL}/reset", headers={"X-Testenv-Token": "wrong"}),
        lambda c: c.post("/api/enduser/sessions", content=b"a" * (LIMIT + 1), headers=JSON),
        lambda c: c.get("/no/such/page"),
        lambda c: c.get(f"{CONTROL}/altinn-system/systems/{BIG}"),
        lambda c: c.get("/healthz"),
    ],
    ids=["401 of the control API", "413", "404", "422", "200"],
)
def test_every_kind_of_answer_carries_the_security_headers(client: TestClient, make: Callable) -> None:
    _assert_security_headers(make(client), "an answer")


# --- look-alike usernames -----------------------------------------------------------------------------

LOOKALIKES = {
    "Cyrillic а": "k\u0430ri",
    "Cyrillic к and а": "\u043a\u0430ri",
    "Greek ι": "kar\u03b9",
    "fullwidth": "\uff4b\uff41\uff52\uff49",
    "mathematical bold": "\U0001d424\U0001d41a\U0001d42b\U0001d422",
    "upper case": "KARI",
}
USERNAME_ERROR = re.compile(r'<p class="field-error" id="username-error-1">([^<]+)</p>')


def _create(client: TestClient, username: str, email: str) -> tuple[int, str]:
    token = csrf(client, "/en/login/without-id/create")
    form = {
        "csrf_token": token,
        "username": username,
        "email": email,
        "password": "Passord123",
        "confirm_password": "Passord123",
    }
    answer = client.post("/en/login/without-id/create", data=form)
    found = USERNAME_ERROR.search(answer.text)
    return answer.status_code, found.group(1) if found else ""


@pytest.mark.parametrize("kind", LOOKALIKES)
def test_a_look_alike_of_an_existing_altinn_username_is_refused_at_the_username_field(
    client: TestClient, kind: str
) -> None:
    before_sunset(client)  # guide 000's "create user" exists only before its sunset
    status, _ = _create(client, "kari", "kari@example.com")
    assert status == 303
    status, message = _create(client, LOOKALIKES[kind], "other@example.com")
    assert status == 422 and message, f"{kind}: {status}"
    assert client.get(f"{CONTROL}/outbox/email", params={"to": "other@example.com"}).json() == []


def test_the_look_alike_message_says_what_is_wrong(client: TestClient) -> None:
    before_sunset(client)  # guide 000's "create user" exists only before its sunset
    _create(client, "kari", "kari@example.com")
    _, taken = _create(client, "KARI", "k2@example.com")
    _, lookalike = _create(client, "k\u0430ri", "k3@example.com")
    assert "taken" in taken.lower()
    assert "similar" in lookalike.lower() and lookalike != taken


def test_the_control_api_refuses_a_look_alike_seed(client: TestClient) -> None:
    user = {"username": "kari", "email": "kari@example.com", "password": "Passord123"}
    assert client.post(f"{CONTROL}/altinn/users", json=user).status_code == 201
    assert client.post(f"{CONTROL}/altinn/users", json={**user, "username": "k\u0430ri"}).status_code == 409


def test_a_user_logs_in_with_the_nfkc_form_of_the_username_but_not_with_a_look_alike(client: TestClient) -> None:
    before_sunset(client)  # guide 000's "create user" exists only before its sunset
    assert _create(client, "kari", "kari@example.com")[0] == 303

    def log_in(username: str) -> int:
        token = csrf(client, "/ui/Authentication/SelfIdentified?lang=en")
        form = {"csrf_token": token, "username": username, "password": "Passord123"}
        return client.post("/ui/Authentication/SelfIdentified?lang=en", data=form).status_code

    assert log_in("\uff4b\uff41\uff52\uff49") == 302  # fullwidth: the same name after NFKC
    assert log_in("k\u0430ri") == 401  # a different name that only looks the same


def test_a_look_alike_of_an_advanced_settings_username_is_refused(client: TestClient) -> None:
    first = {"pid": pid("010190"), "username": "ola.nordmann", "password": "Passord123"}
    assert client.put(f"{CONTROL}/altinn-system/login-info/{first['pid']}", json=first).status_code == 200
    other = pid("020290")
    session = client.post(f"{CONTROL}/altinn-system/sessions", json={"pid": other, "level": 2}).json()
    client.cookies.set(COOKIE, session["cookie"]["value"])
    token = csrf(client, "/en/profile/advanced-settings")
    form = {"csrf_token": token, "username": "\u043ela.nordmann", "mobile": "", "password": ""}
    answer = client.post("/en/profile/advanced-settings/login-info", data=form)
    assert answer.status_code == 422, answer.text[:300]
    found = USERNAME_ERROR.search(answer.text)
    assert found and "similar" in found.group(1).lower()
    seed = {"pid": other, "username": "\uff4fla.nordmann"}
    assert client.put(f"{CONTROL}/altinn-system/login-info/{other}", json=seed).status_code == 409


# --- error pages --------------------------------------------------------------------------------------

HREF = re.compile(r'href="([^"]*)"')


@pytest.mark.parametrize("path", ["//evil.example/x", "/\\evil.example/x", "///evil.example", "/%2F%2Fevil.example"])
def test_links_on_a_404_page_stay_on_this_site(client: TestClient, path: str) -> None:
    answer = client.get(f"http://testserver{path}")  # a bare //host would make the client leave for that host
    assert answer.status_code == 404
    hrefs = HREF.findall(answer.text)
    assert any("lang=" in h for h in hrefs), hrefs  # the language links are there
    for href in hrefs:
        assert href.startswith("/") and not href.startswith(("//", "/\\")), href
        assert "\\" not in href, href
