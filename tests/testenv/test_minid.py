"""MinID in the test environment: ordering an activation letter and registering in the (simulated) app."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from fastapi.testclient import TestClient

from testenv.services.minid.rules import expected_delivery

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
FNR = "31129956715"  # domain-facts §4 worked example (born 1899)
ADULT = "12829499914"  # synthetic, born 1994 (domain-facts §4 table)
CHILD_2020 = "17912099997"  # synthetic, born 17.11.2020


def seed(client: TestClient, pid: str = ADULT, **fields) -> dict:
    body = {
        "pid": pid,
        "name": "Ola Nordmann",
        "residential_address": "Bostedsveien 2, 0150 Oslo",
        "mobile": "41234567",
    }
    response = client.post("/__testenv__/register/persons", json={**body, **fields})
    assert response.status_code == 201, response.text
    return response.json()


def post(client: TestClient, page: str, action: str, data: dict, headers: dict | None = None):
    token = CSRF.search(client.get(page, headers=headers).text).group(1)
    return client.post(action, data={**data, "csrf_token": token}, headers=headers)


def last_code(client: TestClient, mobile: str) -> str:
    return re.findall(r"\d{6}", client.get("/__testenv__/outbox/sms", params={"to": mobile}).json()[-1]["body"])[-1]


def order(client: TestClient, pid: str, mobile: str = "91111111", headers: dict | None = None):
    first = post(client, "/minid/nb/order", "/minid/nb/order", {"pid": pid}, headers)
    if first.status_code != 303:
        return first
    post(client, "/minid/nb/order/phone", "/minid/nb/order/phone", {"mobile": mobile}, headers)
    code = last_code(client, mobile)
    return post(client, "/minid/nb/order/code", "/minid/nb/order/code", {"code": code}, headers)


def test_an_order_sends_the_letter_to_the_postal_address(client: TestClient) -> None:
    seed(client, postal_address="C/O Firma AS, Postboks 7, 0101 Oslo")
    done = order(client, ADULT)
    assert done.status_code == 303 and done.headers["location"] == "/minid/nb/order/done"
    assert "Et nytt aktiveringsbrev er bestilt" in client.get("/minid/nb/order/done").text
    letter = client.get(f"/__testenv__/minid/letters/{ADULT}").json()
    assert letter["address_kind"] == "postal" and letter["address"].startswith("C/O Firma AS")
    post_box = client.get("/__testenv__/outbox/post", params={"to": letter["address"]}).json()
    assert len(post_box) == 1 and re.search(r"\b[A-Z2-9]{4}-[A-Z2-9]{4}\b", post_box[0]["body"])
    assert "code" not in letter  # only its keyed hash is stored: the letter in the post box is the only copy


def test_an_order_without_postal_address_goes_to_the_residential_address(client: TestClient) -> None:
    seed(client)
    order(client, ADULT)
    assert client.get(f"/__testenv__/minid/letters/{ADULT}").json()["address_kind"] == "residential"


def test_a_second_order_within_the_validity_is_refused_and_nothing_is_stored(client: TestClient) -> None:
    seed(client)
    client.post("/__testenv__/minid/letters", json={"pid": ADULT, "days_ago": 59})
    refused = post(client, "/minid/nb/order", "/minid/nb/order", {"pid": ADULT})
    assert refused.status_code == 422 and "de siste 60 dagene" in refused.text
    assert client.get(f"/__testenv__/minid/letters/{ADULT}").json()["count"] == 1
    client.post("/__testenv__/minid/letters", json={"pid": FNR, "days_ago": 0})  # unknown person: 404
    seed(client, FNR)
    client.post("/__testenv__/minid/letters", json={"pid": FNR, "days_ago": 61})
    assert order(client, FNR).status_code == 303


def test_the_validity_is_configurable(make_client: Callable[..., TestClient]) -> None:
    with make_client(letter_validity_days=30) as client:
        seed(client)
        client.post("/__testenv__/minid/letters", json={"pid": ADULT, "days_ago": 31})
        assert order(client, ADULT).status_code == 303


def test_the_age_rule_uses_the_calendar_year_and_the_test_clock(client: TestClient) -> None:
    seed(client, CHILD_2020)
    headers = {"X-Testenv-Scope": "age"}
    real = datetime.now(UTC)

    def move_to(day: datetime) -> None:
        client.put("/__testenv__/scopes/age", json={"clock_offset_s": (day - real).total_seconds()})

    move_to(datetime(2032, 12, 31, 11, tzinfo=UTC))  # 12 years old, turns 13 next year
    refused = post(client, "/minid/nb/order", "/minid/nb/order", {"pid": CHILD_2020}, headers)
    assert refused.status_code == 422 and "fra det året du fyller 13 år" in refused.text
    move_to(datetime(2033, 1, 1, 11, tzinfo=UTC))  # still 12, but turns 13 this year
    assert post(client, "/minid/nb/order", "/minid/nb/order", {"pid": CHILD_2020}, headers).status_code == 303


def test_a_person_with_minid_cannot_order(client: TestClient) -> None:
    seed(client, minid_password="hemmelig123")
    refused = post(client, "/minid/en/order", "/minid/en/order", {"pid": ADULT})
    assert refused.status_code == 422 and "Only new MinID users" in refused.text


def app_register(client: TestClient, pid: str, code: str, password: str = "passord123") -> list:
    steps = [
        ("/minid/nb/app/pid", {"pid": pid}),
        ("/minid/nb/app/code", {"code": code}),
        ("/minid/nb/app/password", {"password": password}),
        ("/minid/nb/app/mobile", {"mobile": "+47 912 34 567"}),
        ("/minid/nb/app/email", {"email": "ola@example.com"}),
    ]
    client.get("/minid/nb/app/")
    results = []
    for path, data in steps:
        response = post(client, path, path, data)
        results.append(response)
        if response.status_code != 303:
            break
    return results


def test_app_registration_creates_a_minid_that_logs_in_at_level_3(client: TestClient) -> None:
    seed(client)
    code = client.post("/__testenv__/minid/letters", json={"pid": ADULT}).json()["code"]
    results = app_register(client, ADULT, code.lower().replace("-", " "))
    assert [r.status_code for r in results] == [303] * 5
    assert "Du er nå registrert som MinID app bruker" in client.get("/minid/nb/app/done").text
    assert client.get(f"/__testenv__/minid/accounts/{ADULT}").json()["mobile"] == "91234567"
    assert client.get(f"/__testenv__/minid/letters/{ADULT}").json()["used"] is True
    post(client, "/idporten/nb/minid", "/idporten/nb/minid", {"pid": ADULT, "password": "passord123"})
    done = post(client, "/idporten/nb/code", "/idporten/nb/code", {"code": last_code(client, "91234567")})
    assert "Sikkerhetsnivå: 3" in client.get(done.headers["location"]).text


def test_app_refuses_an_expired_letter(client: TestClient) -> None:
    seed(client)
    code = client.post("/__testenv__/minid/letters", json={"pid": ADULT, "days_ago": 61}).json()["code"]
    results = app_register(client, ADULT, code)
    assert results[-1].status_code == 422 and "Aktiveringsbrevet er utløpt" in results[-1].text


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("abc1234", "minimum 8 tegn"),
        ("12345678", "Det mangler bokstaver"),
        ("abcdefgh", "Det mangler tall"),
        ("blåbær123", "kan ikke bestå av ÆØÅ"),
        ("bla\u030aber123", "kan ikke bestå av ÆØÅ"),  # å typed as a + combining ring
    ],
)
def test_each_password_rule_has_its_message(client: TestClient, password: str, message: str) -> None:
    seed(client)
    code = client.post("/__testenv__/minid/letters", json={"pid": ADULT}).json()["code"]
    results = app_register(client, ADULT, code, password)
    assert results[-1].status_code == 422 and message in results[-1].text


def test_special_characters_are_allowed_in_the_password(client: TestClient) -> None:
    seed(client)
    code = client.post("/__testenv__/minid/letters", json={"pid": ADULT}).json()["code"]
    assert [r.status_code for r in app_register(client, ADULT, code, "pass@ord#123!")] == [303] * 5


def test_expected_delivery_counts_ten_working_days() -> None:
    class _Request:  # expected_delivery only asks defect_on, which reads the app state
        class app:
            class state:
                class env:
                    active_defects: frozenset = frozenset()

    friday = datetime(2026, 11, 20).date()
    assert expected_delivery(_Request(), friday) == datetime(2026, 12, 4).date()
    assert expected_delivery(_Request(), friday + timedelta(days=3)) == datetime(2026, 12, 7).date()
