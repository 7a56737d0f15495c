"""The suite's test client at ID-porten is a target setting (targets.toml `oidc_client`, fixtures/oidc_client.py):
resolved against the target's URLs, its secret from the environment, and a clear reason to skip without one."""

from __future__ import annotations

import pytest

from fixtures.oidc_client import RegisteredClient, registered_client
from fixtures.targets import EMBEDDED_TEST_CLIENT, Target, load_named


def test_the_embedded_default_is_the_documented_demo_client() -> None:
    client = registered_client(Target("embedded", "http://127.0.0.1:8123", oidc_client=dict(EMBEDDED_TEST_CLIENT)))
    assert client == RegisteredClient(
        issuer="http://127.0.0.1:8123/idporten",
        client_id="demo",
        client_secret="demo-test-secret",
        redirect_uri="http://127.0.0.1:8123/idporten/demo-client/callback",
    )


def test_a_target_on_its_own_origins_takes_idportens_url() -> None:
    target = Target(
        "x",
        "https://a.example",
        services={"idporten": "https://login.example"},
        oidc_client={
            "client_id": "c",
            "client_secret": "s",
            "redirect_uri": "https://rp.example/cb",
            "issuer": "https://login.example/",
        },
    )
    client = registered_client(target)
    assert isinstance(client, RegisteredClient)
    assert (client.issuer, client.redirect_uri) == ("https://login.example", "https://rp.example/cb")


def test_the_secret_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = {"client_id": "c", "client_secret_env": "E2E_TEST_CLIENT_SECRET_X", "redirect_uri": "/cb"}
    target = Target("x", "https://a.example", oidc_client=spec)
    monkeypatch.delenv("E2E_TEST_CLIENT_SECRET_X", raising=False)
    assert "E2E_TEST_CLIENT_SECRET_X" in str(registered_client(target))
    monkeypatch.setenv("E2E_TEST_CLIENT_SECRET_X", "from-env")
    client = registered_client(target)
    assert isinstance(client, RegisteredClient) and client.client_secret == "from-env"


def test_without_a_client_the_reason_names_the_setting() -> None:
    reason = registered_client(Target("staging", "https://a.example"))
    assert isinstance(reason, str) and "oidc_client" in reason


def test_the_local_targets_name_the_demo_client() -> None:
    for name in ("local", "local-readonly", "local-single"):
        assert load_named(name).oidc_client == EMBEDDED_TEST_CLIENT


def test_the_local_target_has_each_service_on_its_own_origin_and_local_single_one_for_all() -> None:
    assert load_named("local").per_service_origins and load_named("local-readonly").per_service_origins
    assert len(set(load_named("local-single").origins.values())) == 1
