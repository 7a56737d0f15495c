"""Hostile input against every page, form and JSON endpoint of the test environment.

The endpoints are discovered from the app's routes, and each form's fields from the pages that show it,
so a new service is covered without touching this file. For every request: never a 5xx, always a clear
message (an error page with a heading, a form with its messages, or JSON with "error"), never an
unescaped injection string echoed back, and never a stored corrupt record: a refused request stores
nothing, and no stored text holds a NUL character. Hypothesis drives the values (HYPOTHESIS_PROFILE=deep
runs ten times more examples); a fixed corpus covers raw bytes, content types and sizes.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
import tempfile
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urlsplit

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, create_model

from testenv.app import create_app
from testenv.config import Settings
from testenv.core.sessions import COOKIE

TOKEN = "hostile-input-token"
CONTROL = "/__testenv__"
JSON_PREFIXES = (CONTROL, "/api/")
# Examples per endpoint: moderate, so `make test` stays quick; HYPOTHESIS_PROFILE=deep multiplies them by ten.
DEPTH = 10 if os.environ.get("HYPOTHESIS_PROFILE") == "deep" else 1
FORM_EXAMPLES, JSON_EXAMPLES, PAGE_EXAMPLES = 50 * DEPTH, 40 * DEPTH, 15 * DEPTH
# Derandomized by default, so `make test` is repeatable (a failure replays); the deep profile explores.
hypothesis_settings = settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None, derandomize=DEPTH == 1
)

# Tables that change on any request (sessions, captchas, scopes, the failed-attempt counters a refused
# log-in adds to) or only by the control API's hands.
BOOKKEEPING_TABLES = {"sessions", "captchas", "scopes", "attempts", "sqlite_sequence"}
NUL = "\x00"

# The corpus: what a careless client, an attacker or a copy-paste from a PDF sends.
CORPUS = [
    "",
    " ",
    "\t\r\n",
    "a" * 10_000,
    "ø" * 5_000,
    NUL,
    f"kari{NUL}nordmann",
    "\x01\x02\x07\x08\x1b[31mred\x1b[0m\x7f",
    "\u202eevil\u202c",  # right-to-left override
    "\u200f\u200e\u200b\ufeff",  # RTL/LTR marks, zero-width space, BOM
    "Кари",  # Cyrillic look-alikes of Latin letters
    "ｋａｒｉ１２３",  # full-width letters and digits
    "Kari\u0301",  # combining accent
    "👩‍👩‍👧‍👦🙂" * 20,
    "ÆØÅæøå",
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' OR '1'='1' --",
    "'; DROP TABLE altinn_users; --",
    "{{7*7}}{% raw %}${7*7}",
    "{0.__class__}{username}%s%n",
    "../../../../etc/passwd",
    "\\\\server\\share",
    "null",
    "-1",
    "1e309",
    "0" * 11,
    "12345678901",
    "kari@example.com\r\nBcc: x@example.com",
]
DESTRUCTIVE = {f"POST {CONTROL}/reset"}
INJECTIONS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")
# Valid values for path parameters, so a request reaches the code behind the route (others get "x").
SAMPLE_PARAMS = {"lang": "en", "eid": "bankid", "system_id": "1"}


# --- discovery --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str  # template, e.g. /udi/{lang}/register
    body_model: type[BaseModel] | None = None

    @property
    def is_json(self) -> bool:
        return self.path.startswith(JSON_PREFIXES)

    @property
    def params(self) -> list[str]:
        return re.findall(r"{(\w+)(?::\w+)?}", self.path)

    def url(self, values: dict[str, str] | None = None) -> str:
        values = values or {}

        def fill(match: re.Match) -> str:
            name = match.group(1)
            return quote(values.get(name, SAMPLE_PARAMS.get(name, "x")), safe="")

        return re.sub(r"{(\w+)(?::\w+)?}", fill, self.path)

    def matches(self, path: str) -> bool:
        pattern = re.sub(r"\\{\w+(?::\w+)?\\}", "[^/]+", re.escape(self.path))
        return re.fullmatch(pattern, path) is not None

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def _walk(routes: list) -> Iterator[tuple[str, typing.Any]]:
    """(path, route) of every route; FastAPI keeps included routers nested, so descend into them."""
    for route in routes:
        if hasattr(route, "effective_candidates"):
            yield from _walk(route.effective_candidates())
        elif hasattr(route, "original_route"):
            yield route.path, route.original_route
        elif hasattr(route, "methods") and hasattr(route, "path"):
            yield route.path, route


def endpoints(app: FastAPI) -> list[Endpoint]:
    found = []
    for path, route in _walk(app.routes):
        body = getattr(getattr(route, "dependant", None), "body_params", []) or []
        model = getattr(body[0], "type_", None) if body else None
        model = model if isinstance(model, type) and issubclass(model, BaseModel) else None
        if model is None and hasattr(route, "endpoint"):
            model = _module_model(route.endpoint)
        for method in sorted(route.methods or ()):
            if method != "HEAD":
                found.append(Endpoint(method, path, model))
    return found


def _module_model(endpoint: typing.Any) -> type[BaseModel] | None:
    """A JSON endpoint that parses its own body: offer the union of its module's models' fields."""
    module = sys.modules.get(getattr(endpoint, "__module__", ""), None)
    models = [
        v for v in vars(module).values() if isinstance(v, type) and issubclass(v, BaseModel) and v is not BaseModel
    ]
    if not models:
        return None
    fields = {name: (f.annotation, None) for m in models for name, f in m.model_fields.items()}
    return create_model("AnyOf_" + module.__name__.replace(".", "_"), **fields)  # type: ignore[call-overload]


class _Forms(HTMLParser):
    """POST forms of a page: action path -> field names."""

    def __init__(self, page_path: str) -> None:
        super().__init__()
        self.page_path = page_path
        self.forms: dict[str, set[str]] = {}
        self._current: set[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "get").lower() == "post":
            action = urlsplit(a.get("action") or self.page_path).path or self.page_path
            self._current = self.forms.setdefault(action, set())
        elif (
            tag in ("input", "select", "textarea")
            and self._current is not None
            and a.get("name")
            and (a.get("type") or "").lower() not in ("submit", "button", "image", "reset")
        ):
            self._current.add(a["name"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._current = None


@dataclass
class Env:
    app: FastAPI
    db_path: Path
    client: TestClient
    endpoints: list[Endpoint]
    form_fields: dict[Endpoint, set[str]] = field(default_factory=dict)
    all_fields: set[str] = field(default_factory=set)
    json_keys: set[str] = field(default_factory=set)
    _csrf: tuple[str | None, str] | None = None
    _csrf_page: Endpoint | None = None

    def csrf(self, client: TestClient | None = None) -> str:
        """The session's CSRF token (it lives as long as the session), from the first page with a form."""
        client = client or self.client
        if client is self.client and self._csrf and self.client.cookies.get(COOKIE) == self._csrf[0]:
            return self._csrf[1]
        pages = self.pages()
        if self._csrf_page is not None:
            pages.insert(0, self._csrf_page)
        for ep in pages:
            html = client.get(ep.url()).text
            found = re.search(r'name="csrf_token" value="([^"]+)"', html)
            if found:
                self._csrf_page = ep
                if client is self.client:
                    self._csrf = (self.client.cookies.get(COOKIE), found.group(1))
                return found.group(1)
        raise AssertionError("no page carries a CSRF token")

    def pages(self) -> list[Endpoint]:
        return [e for e in self.endpoints if e.method == "GET" and not e.is_json and not e.path.startswith("/captcha")]

    def forms(self) -> list[Endpoint]:
        return [e for e in self.endpoints if e.method == "POST" and not e.is_json]

    def json_endpoints(self) -> list[Endpoint]:
        """JSON endpoints that take a body, except the reset: it wipes what the other tests here stand on."""
        return [e for e in self.endpoints if e.is_json and e.method in ("POST", "PUT") and str(e) not in DESTRUCTIVE]


def make_app(tmp: Path, **overrides: typing.Any) -> tuple[FastAPI, Path]:
    db = tmp / "testenv.db"
    options = {"db_path": db, "test_mode": True, "control_token": TOKEN, "argon2_time_cost": 1, **overrides}
    options.setdefault("argon2_memory_kib", 8192)
    app = create_app(Settings(**options))
    app.state.oidc_rp_transport = httpx.ASGITransport(app=app)  # the relying parties' back channel, in process
    return app, db


def discover(app: FastAPI, db: Path, client: TestClient) -> Env:
    """The app's endpoints, each form's fields as the pages that show it name them, and the JSON bodies' keys."""
    e = Env(app, db, client, endpoints(app))
    for page in e.pages():
        parser = _Forms(page.url())
        parser.feed(client.get(page.url(), follow_redirects=True).text)
        for action, names in parser.forms.items():
            for form in e.forms():
                if form.matches(action):
                    e.form_fields.setdefault(form, set()).update(names)
            e.all_fields |= names
    e.all_fields.discard("csrf_token")
    for ep in e.json_endpoints():
        if ep.body_model is not None:
            e.json_keys |= set(ep.body_model.model_fields)
    return e


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Env]:
    app, db = make_app(tmp_path_factory.mktemp("hostile"))
    with TestClient(app, base_url="http://127.0.0.1", headers={"X-Testenv-Token": TOKEN}) as client:
        yield discover(app, db, client)
    assert not broken_database(db), broken_database(db)


# --- checks -----------------------------------------------------------------------------------------


@cache
def _layout(db: Path) -> tuple[str, str]:
    """Two statements over every record table: row counts, and the cells holding a NUL character."""
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        tables = [t for t in tables if t not in BOOKKEEPING_TABLES]
        columns = {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    counts = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM \"{t}\"" for t in tables)
    nul = " UNION ALL ".join(
        f'SELECT \'{t}.{c}\', rowid FROM "{t}" WHERE instr(CAST("{c}" AS TEXT), char(0)) > 0'
        for t in tables
        for c in columns[t]
    )
    return counts, nul


def record_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return dict(conn.execute(_layout(db)[0]).fetchall())


def corrupt_cells(db: Path) -> set[str]:
    """Stored text holding NUL: it truncates in C libraries, logs and e-mail headers."""
    with sqlite3.connect(db) as conn:
        return {f"{cell} of row {rowid} holds a NUL character" for cell, rowid in conn.execute(_layout(db)[1])}


def broken_database(db: Path) -> list[str]:
    """What SQLite itself finds wrong: a damaged file or a broken reference (checked once per module)."""
    with sqlite3.connect(db) as conn:
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check") if r[0] != "ok"]
        return problems + [f"foreign key broken: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check")]


def assert_clear_answer(response, what: str, sent: list[str] = ()) -> None:
    status = response.status_code
    assert status < 500, f"{what} answered {status}: {response.text[:500]}"
    content_type = response.headers.get("content-type", "")
    if status >= 400:
        if "json" in content_type:
            assert response.json().get("error"), f"{what} answered {status} without an error message"
        else:
            assert re.search(r"<h1[^>]*>\s*\S", response.text), f"{what} answered {status} with no heading"
    if "html" in content_type:
        for value in sent:
            for injection in INJECTIONS:
                assert not (injection in value and injection in response.text), f"{what} echoed {injection!r} unescaped"


# --- strategies -------------------------------------------------------------------------------------

text_values = st.one_of(
    st.sampled_from(CORPUS),
    st.text(max_size=40),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=300),
    st.from_regex(r"[A-Za-z0-9]{6,12}", fullmatch=True),
)
# Path and query values: browsers and proxies cap URLs, so a few hundred characters say enough.
url_values = text_values.filter(bool).map(lambda v: v[:300])
json_scalars = st.one_of(
    text_values,
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
)


def _nested(inner: st.SearchStrategy) -> st.SearchStrategy:
    return st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)


json_values = st.recursive(json_scalars, _nested, max_leaves=8)


def form_strategy(names: list[str]) -> st.SearchStrategy[list[tuple[str, str]]]:
    """Each field absent, sent once, or sent twice; the valid CSRF token is added by the test."""

    def one(name: str) -> st.SearchStrategy[list[tuple[str, str]]]:
        return st.one_of(
            st.just([]),
            text_values.map(lambda v: [(name, v)]),
            st.tuples(text_values, text_values).map(lambda vs: [(name, vs[0]), (name, vs[1])]),
        )

    return st.tuples(*(one(n) for n in names)).map(lambda parts: [pair for part in parts for pair in part])


def value_for(annotation: typing.Any) -> st.SearchStrategy:
    origin = typing.get_origin(annotation)
    if annotation is str:
        return text_values
    if annotation is bool:
        return st.one_of(st.booleans(), json_values)
    if annotation in (int, float):
        return st.one_of(st.integers(-(2**40), 2**40), st.floats(allow_nan=True, allow_infinity=True), json_values)
    if origin is list:
        (inner,) = typing.get_args(annotation) or (typing.Any,)
        return st.lists(value_for(inner), max_size=4)
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if args:
        return st.one_of(*(value_for(a) for a in args), st.none())
    return json_values


def json_strategy(model: type[BaseModel] | None, pool: set[str]) -> st.SearchStrategy[dict]:
    keys = sorted(pool)
    loose = st.dictionaries(st.sampled_from(keys) if keys else st.text(max_size=8), json_values, max_size=6)
    if model is None:
        return loose
    shaped = st.fixed_dictionaries({n: value_for(f.annotation) for n, f in model.model_fields.items()})
    return st.one_of(shaped, loose)


# --- tests ------------------------------------------------------------------------------------------


def test_every_endpoint_is_discovered(env: Env) -> None:
    """The discovery itself: pages, forms with their fields, JSON endpoints of every service."""
    assert len(env.pages()) >= 10 and env.forms() and env.json_endpoints()
    undiscovered = [str(f) for f in env.forms() if f not in env.form_fields]
    # Forms shown only in a state (logged in, mid-flow) get every field name seen anywhere instead.
    assert len(undiscovered) < len(env.forms()), undiscovered


def _ids(endpoints_: list[Endpoint]) -> list[str]:
    return [str(e) for e in endpoints_]


@cache
def _discovered() -> list[Endpoint]:
    """The routes, known at collection time so that every endpoint is its own test case."""
    app, _ = make_app(Path(tempfile.mkdtemp(prefix="testenv-routes-")))
    return endpoints(app)


def _endpoint_params(kind: str) -> list:
    e = Env(FastAPI(), Path(), None, _discovered())  # type: ignore[arg-type]
    chosen = {"pages": e.pages, "forms": e.forms, "json": e.json_endpoints}[kind]()
    return [pytest.param(str(ep), id=str(ep)) for ep in chosen]


def _find(env: Env, name: str) -> Endpoint:
    return next(e for e in env.endpoints if str(e) == name)


@pytest.mark.parametrize("name", _endpoint_params("pages"))
@settings(hypothesis_settings, max_examples=PAGE_EXAMPLES)
@given(data=st.data())
def test_pages_answer_hostile_path_and_query_values_clearly(env: Env, name: str, data: st.DataObject) -> None:
    ep = _find(env, name)
    values = {p: data.draw(url_values, label=p) for p in ep.params if data.draw(st.booleans())}
    query = data.draw(st.dictionaries(st.sampled_from(["lang", "tab", "next", "return_to", "q", "code"]), url_values))
    counts = record_counts(env.db_path)
    response = env.client.get(ep.url(values), params=query, follow_redirects=False)
    assert_clear_answer(response, f"GET {ep.url(values)}", [*values.values(), *query.values()])
    assert record_counts(env.db_path) == counts, "a GET stored a record"


@pytest.mark.parametrize("name", _endpoint_params("forms"))
@settings(hypothesis_settings, max_examples=FORM_EXAMPLES)
@given(data=st.data())
def test_forms_refuse_hostile_values_clearly_and_store_nothing_corrupt(
    env: Env, name: str, data: st.DataObject
) -> None:
    ep = _find(env, name)
    names = sorted(env.form_fields.get(ep, env.all_fields) - {"csrf_token"})
    pairs = data.draw(form_strategy(names), label="form")
    url = ep.url()
    before, corrupt_before = record_counts(env.db_path), corrupt_cells(env.db_path)
    response = env.client.post(
        url, content=_urlencode([("csrf_token", env.csrf()), *pairs]), headers=FORM, follow_redirects=False
    )
    assert_clear_answer(response, f"POST {url}", [v for _, v in pairs])
    if response.status_code >= 400:
        assert record_counts(env.db_path) == before, (
            f"POST {url} was refused ({response.status_code}) yet stored a record"
        )
    assert not corrupt_cells(env.db_path) - corrupt_before


@pytest.mark.parametrize("name", _endpoint_params("json"))
@settings(hypothesis_settings, max_examples=JSON_EXAMPLES)
@given(data=st.data())
def test_json_endpoints_refuse_hostile_bodies_clearly(env: Env, name: str, data: st.DataObject) -> None:
    ep = _find(env, name)
    body = data.draw(json_strategy(ep.body_model, env.json_keys), label="body")
    values = {p: data.draw(url_values, label=p) for p in ep.params if data.draw(st.booleans())}
    url = ep.url(values)
    before, corrupt_before = record_counts(env.db_path), corrupt_cells(env.db_path)
    response = env.client.request(
        ep.method, url, content=json.dumps(body), headers={"content-type": "application/json"}
    )
    assert_clear_answer(response, f"{ep.method} {url}")
    if response.status_code >= 400:
        assert record_counts(env.db_path) == before, f"{ep.method} {url} was refused yet stored a record"
    assert not corrupt_cells(env.db_path) - corrupt_before


FORM = {"content-type": "application/x-www-form-urlencoded"}


def _urlencode(pairs: list[tuple[str, str]]) -> bytes:
    return "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs).encode()


def _raw_cases(token: str, names: list[str]) -> list[tuple[str, bytes, dict[str, str]]]:
    first = names[0] if names else "username"
    ok = f"csrf_token={token}".encode()
    many = "&".join(f"f{i}=x" for i in range(60))
    return [
        ("invalid UTF-8 bytes", ok + f"&{first}=".encode() + b"\xff\xfe\xc3\x28\xed\xa0\x80", FORM),
        ("percent-encoded invalid UTF-8", ok + f"&{first}=%ff%fe%c3%28%ed%a0%80".encode(), FORM),
        ("lone surrogate, percent-encoded", ok + f"&{first}=%ED%A0%80".encode(), FORM),
        ("NUL byte", ok + f"&{first}=a%00b".encode(), FORM),
        ("duplicated field", ok + f"&{first}=a&{first}=b".encode(), FORM),
        ("duplicated csrf_token", ok + b"&" + ok, FORM),
        ("field over 10 000 characters", ok + f"&{first}=".encode() + b"a" * 10_001, FORM),
        ("more than 50 fields", ok + b"&" + many.encode(), FORM),
        ("no body", b"", FORM),
        ("JSON body", json.dumps({"csrf_token": token, first: "x"}).encode(), {"content-type": "application/json"}),
        ("text/plain", ok, {"content-type": "text/plain"}),
        ("no content type", ok, {}),
        (
            "broken multipart",
            b"--x\r\nContent-Disposition: form-data\r\n\r\n",
            {"content-type": "multipart/form-data; boundary=x"},
        ),
        (
            "a file upload",
            b'--b\r\nContent-Disposition: form-data; name="csrf_token"\r\n\r\n'
            + token.encode()
            + f'\r\n--b\r\nContent-Disposition: form-data; name="{first}"; filename="x.txt"\r\n\r\n'.encode()
            + b"hello\r\n--b--\r\n",
            {"content-type": "multipart/form-data; boundary=b"},
        ),
        ("oversized body", ok + b"&pad=" + b"a" * 1_100_000, FORM),
        ("lying content-length", ok, {**FORM, "content-length": "-5"}),
    ]


@pytest.mark.parametrize("name", _endpoint_params("forms"))
def test_forms_answer_broken_raw_requests_clearly(env: Env, name: str) -> None:
    ep = _find(env, name)
    names = sorted(env.form_fields.get(ep, env.all_fields) - {"csrf_token"})
    for label, body, headers in _raw_cases(env.csrf(), names):
        before, corrupt_before = record_counts(env.db_path), corrupt_cells(env.db_path)
        response = env.client.post(ep.url(), content=body, headers=headers, follow_redirects=False)
        assert_clear_answer(response, f"POST {ep.url()} with {label}")
        if response.status_code >= 400:
            assert record_counts(env.db_path) == before, f"{label}: refused yet stored a record"
        assert not corrupt_cells(env.db_path) - corrupt_before, label


def test_a_chunked_body_without_length_is_limited_too(env: Env) -> None:
    """The size limit must not rely on Content-Length alone: a chunked 5 MB body is refused, not parsed."""
    form = env.forms()[0]

    def chunks() -> Iterator[bytes]:
        yield f"csrf_token={env.csrf()}&pad=".encode()
        for _ in range(80):
            yield b"a" * 65_536

    response = env.client.post(form.url(), content=chunks(), headers=FORM)
    assert_clear_answer(response, f"chunked POST {form.url()}")
    assert response.status_code in (400, 413), response.status_code


@pytest.mark.parametrize("name", _endpoint_params("json"))
def test_json_endpoints_answer_broken_raw_requests_clearly(env: Env, name: str) -> None:
    ep = _find(env, name)
    cases = [
        ("invalid JSON", b"{not json", {"content-type": "application/json"}),
        ("invalid UTF-8", b'{"a": "\xff\xfe"}', {"content-type": "application/json"}),
        ("a JSON array", b"[1, 2, 3]", {"content-type": "application/json"}),
        ("a JSON string", b'"x"', {"content-type": "application/json"}),
        ("deep nesting", b"[" * 5_000 + b"]" * 5_000, {"content-type": "application/json"}),
        ("NaN and Infinity", b'{"a": NaN, "b": Infinity}', {"content-type": "application/json"}),
        ("form content type", b"a=b", FORM),
        ("no body", b"", {"content-type": "application/json"}),
        ("oversized body", b'{"a": "' + b"a" * 1_100_000 + b'"}', {"content-type": "application/json"}),
    ]
    for label, body, headers in cases:
        corrupt_before = corrupt_cells(env.db_path)
        response = env.client.request(ep.method, ep.url(), content=body, headers=headers)
        assert_clear_answer(response, f"{ep} with {label}")
        assert not corrupt_cells(env.db_path) - corrupt_before, label
