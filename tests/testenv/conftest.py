"""Shared by the test environment's own tests: an in-process client on a fresh environment in test mode."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from testenv.app import create_app
from testenv.config import DEFAULT_PUBLIC_URL, Settings

TOKEN = "test-token"


@pytest.fixture
def make_client(tmp_path: Path) -> Callable[..., TestClient]:
    """Makes a client (use it in `with`) on an app with its database in the test's tmp_path, the given
    defects switched on and any other Settings field overridden: `make_client("a.defect", latency_ms=...)`.
    It sends the control token and does not follow redirects. Its requests go to the environment's default
    public URL, and the relying parties reach ID-porten's back channel in the same process (no socket)."""

    def make(*defects: str, **settings) -> TestClient:
        options = Settings(
            db_path=tmp_path / "t.db", test_mode=True, control_token=TOKEN, defects=frozenset(defects), **settings
        )
        app = create_app(options)
        app.state.oidc_rp_transport = httpx.ASGITransport(app=app)
        return TestClient(app, base_url=DEFAULT_PUBLIC_URL, headers={"X-Testenv-Token": TOKEN}, follow_redirects=False)

    return make


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> Iterator[TestClient]:
    with make_client() as c:
        yield c
