"""Property-based fuzz of every JSON endpoint (the control API and the end-user-system API): whatever the
body, path and query, the answer is never a 5xx and always JSON.

Unlike test_hostile_input.py's fuzz, values here include what reaches the deepest layers: lone surrogates
("\\ud800" in JSON, which Python holds but UTF-8 cannot encode), integers past SQLite's 64-bit range (and
Python's unbounded ones, `st.from_type(int)`), NaN and infinities, and arbitrary JSON trees
(`st.recursive`). Path values are drawn partly from records that exist (a seeded system, person, API
session), so requests get past "no such record" into the code behind it.

Bounded in time: the whole module has TOTAL_BUDGET_S, shared evenly by the endpoints (at most
MAX_PER_ENDPOINT_S each); an endpoint's test stops sending once its share is spent (after MIN_EXAMPLES).
Derandomized, so a failure replays; HYPOTHESIS_PROFILE=deep gives every endpoint ten times the examples
and time.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import time
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from test_hostile_input import TOKEN, _walk, make_app

from testenv.services.register.identity import with_control_digits

DEEP = os.environ.get("HYPOTHESIS_PROFILE") == "deep"
TOTAL_BUDGET_S = 450.0 if DEEP else 45.0
MAX_PER_ENDPOINT_S = 30.0 if DEEP else 3.0
MAX_EXAMPLES = 1000 if DEEP else 100  # past its time an example is only drawn, not sent: cheap, not free
MIN_EXAMPLES = 5  # even on a machine so loaded that the share of time is spent before the first answer
JSON_PREFIXES = ("/__testenv__", "/api/")
JSON_HEADERS = {"content-type": "application/json"}
SQLITE_EDGES = [2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64, 10**40, 0, -1, 1]


@dataclass(frozen=True)
class JsonEndpoint:
    method: str
    path: str
    model: type[BaseModel] | None
    query: tuple[tuple[str, typing.Any], ...]  # (name, annotation)

    @property
    def params(self) -> list[str]:
        return re.findall(r"{(\w+)(?::\w+)?}", self.path)

    def __str__(self) -> str:
        return f"{self.method} {self.path}"


def json_endpoints(app: FastAPI) -> list[JsonEndpoint]:
    found = []
    for path, route in _walk(app.routes):
        if not path.startswith(JSON_PREFIXES) or not hasattr(route, "dependant"):
            continue
        body = route.dependant.body_params
        model = body[0].field_info.annotation if body else None
        model = model if isinstance(model, type) and issubclass(model, BaseModel) else None
        if model is None and path.startswith("/api/"):
            model = _api_model(route.endpoint)
        query = tuple((q.name, q.field_info.annotation) for q in route.dependant.query_params)
        for method in sorted(route.methods or ()):
            if method != "HEAD":
                found.append(JsonEndpoint(method, path, model, query))
    return found


def _api_model(endpoint: typing.Any) -> type[BaseModel] | None:
    """The end-user API parses its own body: find the model by the step's name."""
    from testenv.services.altinn_system import api

    by_endpoint = {
        "start_session": api.SystemIn,
        "user_step": api.UserIn,
        "pin_step": api.PinIn,
        "submit": api.SubmissionIn,
    }
    return by_endpoint.get(endpoint.__name__)


# --- strategies -----------------------------------------------------------------------------------------

# Every code point, surrogates included (Hypothesis leaves out category Cs unless told).
any_text = st.text(st.characters(exclude_categories=()), max_size=30)
# What breaks encoders and SQLite: drawn often, so that even the few examples of a loaded machine meet them.
surrogate_texts = st.sampled_from(["\ud800", "a\udfffb", "kari\udbff", "\udc00@example.com"])
big_ints = st.one_of(st.sampled_from(SQLITE_EDGES), st.from_type(int), st.integers(-(2**70), 2**70))
scalars = st.one_of(
    any_text,
    st.sampled_from(["", "\ud800", "a\udfffb", "\ud83d\ude00", "0" * 11, "12345678901", "null", "1e999"]),
    big_ints,
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
)
json_values = st.recursive(
    scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(any_text, inner, max_size=4), max_leaves=12
)


def value_for(annotation: typing.Any) -> st.SearchStrategy:
    """Mostly the field's own type (so validation passes and the handler runs), sometimes anything."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    if annotation is str:
        own: st.SearchStrategy = st.one_of(surrogate_texts, any_text)
    elif annotation is bool:
        own = st.booleans()
    elif annotation is int:
        own = big_ints
    elif annotation is float:
        own = st.one_of(st.floats(allow_nan=True, allow_infinity=True), big_ints)
    elif typing.get_origin(annotation) is list:
        own = st.lists(value_for(args[0] if args else typing.Any), max_size=4)
    elif typing.get_origin(annotation) is dict:
        own = st.dictionaries(any_text, json_values, max_size=4)
    elif args:
        own = st.one_of(*(value_for(a) for a in args), st.none())
    else:
        own = json_values
    return st.one_of(own, own, json_values)


def body_strategy(model: type[BaseModel] | None) -> st.SearchStrategy:
    loose = st.one_of(json_values, st.dictionaries(any_text, json_values, max_size=6))
    if model is None:
        return loose
    fields = {name: value_for(f.annotation) for name, f in model.model_fields.items()}
    every_field = st.fixed_dictionaries(fields)  # all present, so validation lets most through to the handler
    some_fields = st.fixed_dictionaries({}, optional=fields)
    return st.one_of(every_field, every_field, some_fields, loose)


def encode(body: typing.Any) -> bytes:
    """JSON as a client would send it; lone surrogates become \\udXXX escapes (ensure_ascii), NaN stays NaN."""
    return json.dumps(body, ensure_ascii=True, allow_nan=True).encode()


# --- the environment --------------------------------------------------------------------------------------


def pid(birth: str) -> str:
    return next(v for i in range(1000) if (v := with_control_digits(f"{birth}{i:03d}")))


@dataclass
class Fuzzed:
    app: FastAPI
    client: TestClient
    known: dict[str, list[str]]  # path parameter -> values that name existing records


def seed(client: TestClient) -> dict[str, list[str]]:
    """Records to aim at (idempotent: a second call meets 409s and reuses what is there)."""
    person = pid("150385")
    client.post(
        "/__testenv__/register/persons",
        json={"pid": person, "name": "Fuzz Person", "residential_address": "Gate 1, 0150 Oslo", "mobile": "41234567"},
    )
    client.put(
        f"/__testenv__/altinn-system/login-info/{person}",
        json={
            "pid": person,
            "username": "fuzz.user",
            "password": "Passord123",
            "mobile": "41234567",
            "allow_system": True,
        },
    )
    system = client.post(
        "/__testenv__/altinn-system/systems", json={"owner_pid": person, "name": "Fuzz", "password": "Passord123"}
    ).json()
    client.post("/__testenv__/altinn/users", json={"username": "fuzz", "email": "f@example.com", "password": "x"})
    session = client.post(
        "/api/enduser/sessions", json={"system_id": system["system_id"], "system_password": "Passord123"}
    ).json()
    sid = session.get("session_id", "x")
    return {
        "pid": [person],
        "system_id": [str(system["system_id"])],
        "sid": [sid, "fuzz-scope"],
        "username": ["fuzz"],
        "channel": ["email", "sms", "post"],
        "cid": ["x"],
    }


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzzed]:
    app, _ = make_app(tmp_path_factory.mktemp("json-fuzz"))
    with TestClient(app, headers={"X-Testenv-Token": TOKEN}, raise_server_exceptions=False) as client:
        yield Fuzzed(app, client, seed(client))


ENDPOINTS = json_endpoints(make_app(Path(tempfile.mkdtemp(prefix="testenv-fuzz-routes-")))[0])
PER_ENDPOINT_S = min(MAX_PER_ENDPOINT_S, TOTAL_BUDGET_S / max(1, len(ENDPOINTS)))


def test_every_json_endpoint_is_fuzzed() -> None:
    paths = {e.path for e in ENDPOINTS}
    with_body = [e for e in ENDPOINTS if e.method in ("POST", "PUT") and not e.path.endswith("/reset")]
    assert all(e.model is not None for e in with_body), [str(e) for e in with_body if e.model is None]
    assert any(p.startswith("/api/enduser") for p in paths) and any(p.startswith("/__testenv__/udi") for p in paths)
    assert len(ENDPOINTS) >= 30, sorted(map(str, ENDPOINTS))


def path_value(name: str, known: dict[str, list[str]]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(known.get(name, ["x"])),
        big_ints.map(str),
        st.text(st.characters(codec="utf-8"), min_size=1, max_size=40),
    )


def query_value(annotation: typing.Any, name: str, known: dict[str, list[str]]) -> st.SearchStrategy[str]:
    return st.one_of(path_value(name, known), scalars.map(lambda v: v if isinstance(v, str) else json.dumps(v)))


@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=str)
def test_json_endpoint_never_answers_5xx(fuzzed: Fuzzed, endpoint: JsonEndpoint) -> None:
    if endpoint.path.endswith("/reset"):
        pytest.skip("wipes the records the other endpoints aim at: fuzzed on its own below")
    fuzz(fuzzed, endpoint)


def test_the_reset_endpoint_never_answers_5xx(tmp_path: Path) -> None:
    (endpoint,) = [e for e in ENDPOINTS if e.path.endswith("/reset")]
    app, _ = make_app(tmp_path)
    with TestClient(app, headers={"X-Testenv-Token": TOKEN}, raise_server_exceptions=False) as client:
        fuzz(Fuzzed(app, client, {}), endpoint)


def fuzz(fuzzed: Fuzzed, endpoint: JsonEndpoint) -> None:
    deadline = time.monotonic() + PER_ENDPOINT_S
    sent = 0
    failed = False  # once an example fails, every later one runs: Hypothesis shrinks and replays it

    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        derandomize=not DEEP,
        suppress_health_check=list(HealthCheck),
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        nonlocal sent, failed
        path = endpoint.path
        for name in endpoint.params:
            value = data.draw(path_value(name, fuzzed.known), label=name)
            path = path.replace(f"{{{name}}}", _quote(value))
        query = {
            name: data.draw(query_value(annotation, name, fuzzed.known), label=name)
            for name, annotation in endpoint.query
            if data.draw(st.booleans())
        }
        content = None
        if endpoint.method in ("POST", "PUT", "PATCH"):
            content = encode(data.draw(body_strategy(endpoint.model), label="body"))
        if time.monotonic() > deadline and sent >= MIN_EXAMPLES and not failed:
            return  # this endpoint's share of the time is spent (drawn all the same: replays must draw alike)
        if query:
            path += "?" + "&".join(f"{_quote(k)}={_quote(v)}" for k, v in query.items())
        response = fuzzed.client.request(endpoint.method, path, content=content, headers=JSON_HEADERS)
        sent += 1
        failed = failed or response.status_code >= 500
        assert response.status_code < 500, f"{endpoint.method} {path} {query} {content!r:.300} -> {response.text[:300]}"
        assert "json" in response.headers.get("content-type", ""), f"{endpoint} answered {response.headers}"
        if response.status_code >= 400:
            assert response.json().get("error"), f"{endpoint} answered {response.status_code} without a message"

    run()
    assert sent > 0


def _quote(value: str) -> str:
    """Percent-encoded UTF-8; a lone surrogate goes out as the bytes a careless client sends (%ED%A0%80)."""
    return quote(value.encode("utf-8", "surrogatepass"), safe="") or "x"
