"""Each service on its own origin (issue 15; `python -m testenv --per-service-origins`, testenv/core/origins.py):
which origin serves what, the addresses ID-porten names, and the control API's sessions split per origin."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from testenv.__main__ import SERVICE_ADDRESSES, layout

PORT = 8000
CONTROL = f"http://127.0.0.1:{PORT}"
ORIGIN = {service: f"http://{address}:{PORT}" for service, address in SERVICE_ADDRESSES.items()}
PID = "17912099997"  # a synthetic fødselsnummer from Skatteetaten's examples (domain-facts §4)


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> Iterator[TestClient]:
    """An environment laid out as `python -m testenv --per-service-origins` lays it out on PORT; requests go to
    the control API's origin unless they name another."""
    with make_client(**layout(CONTROL, ORIGIN, {})) as c:
        c.base_url = c.base_url.copy_with(host="127.0.0.1", port=PORT)
        yield c


def seed_person(client: TestClient) -> None:
    body = {"pid": PID, "name": "Kari Nordmann", "residential_address": "Gata 1, 0150 Oslo", "eids": ["bankid"]}
    assert client.post("/__testenv__/register/persons", json=body).status_code == 201


def test_each_service_answers_on_its_own_origin_only(client: TestClient) -> None:
    assert client.get(ORIGIN["udi"] + "/udi/en/login").status_code == 200
    assert client.get(ORIGIN["altinn"] + "/udi/en/login").status_code == 404, "UDI's page on Altinn's origin"
    assert client.get(ORIGIN["idporten"] + "/idporten/nb/").status_code == 200
    assert client.get(ORIGIN["udi"] + "/idporten/nb/").status_code == 404
    assert client.get(ORIGIN["idporten"] + "/nb/").status_code == 404, "Altinn's page on ID-porten's origin"
    assert client.get(ORIGIN["altinn"] + "/__testenv__/clock").status_code == 404, "the control API on Altinn's"
    for origin in ORIGIN.values():  # what every origin serves
        assert client.get(origin + "/healthz").status_code == 200


def test_the_root_of_a_service_origin_leads_to_its_front_page(client: TestClient) -> None:
    assert client.get(ORIGIN["udi"] + "/").headers["location"] == "/udi/"
    assert client.get(ORIGIN["idporten"] + "/").headers["location"] == "/idporten/nb/"
    front = client.get(ORIGIN["altinn"] + "/", follow_redirects=True)  # Altinn's root is its own front page
    assert front.status_code == 200 and str(front.url).startswith(ORIGIN["altinn"] + "/")


def test_id_porten_names_its_own_origin_whichever_origin_asks(client: TestClient) -> None:
    meta = client.get(ORIGIN["idporten"] + "/idporten/.well-known/openid-configuration").json()
    assert meta["issuer"] == ORIGIN["idporten"] + "/idporten"
    assert meta["authorization_endpoint"].startswith(ORIGIN["idporten"] + "/")


def test_forms_may_end_on_the_other_services_origins(client: TestClient) -> None:
    csp = client.get(ORIGIN["udi"] + "/udi/en/login").headers["content-security-policy"]
    form_action = next(part for part in csp.split(";") if part.strip().startswith("form-action"))
    assert all(origin in form_action for origin in ORIGIN.values()), form_action


def test_a_control_api_session_through_id_porten_is_a_cookie_per_origin(client: TestClient) -> None:
    seed_person(client)
    answer = client.post("/__testenv__/udi/sessions", json={"pid": PID, "name": "Kari Nordmann"}).json()
    cookies = {cookie["service"]: cookie["value"] for cookie in answer["cookies"]}
    assert set(cookies) == {"udi", "idporten"} and cookies["udi"] != cookies["idporten"]
    assert answer["cookie"]["value"] == cookies["udi"]
    name = answer["cookie"]["name"]

    client.cookies.set(name, cookies["udi"])
    assert client.get(ORIGIN["udi"] + "/udi/en/applications").status_code == 200, "logged in at UDI"
    assert client.get(ORIGIN["idporten"] + "/idporten/nb/demo-service?acr=high").status_code == 303, (
        "UDI's session is no log-in at ID-porten"
    )
    client.cookies.set(name, cookies["idporten"])
    assert client.get(ORIGIN["idporten"] + "/idporten/nb/demo-service?acr=high").status_code == 200
    assert client.get(ORIGIN["udi"] + "/udi/en/applications").status_code == 303, "nor ID-porten's at UDI"


def test_the_same_session_on_one_origin_is_one_cookie(make_client: Callable[..., TestClient]) -> None:
    with make_client() as client:
        seed_person(client)
        answer = client.post("/__testenv__/altinn/idporten-sessions", json={"pid": PID, "eid": "bankid"}).json()
        assert [cookie["service"] for cookie in answer["cookies"]] == ["altinn"]
        client.cookies.set(answer["cookie"]["name"], answer["cookie"]["value"])
        assert client.get("/idporten/nb/demo-service?acr=high").status_code == 200, "ID-porten's log-in is in it"
