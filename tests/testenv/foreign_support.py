"""The npm `oidc-provider` as a foreign ID-porten on loopback (tests/testenv/interop/foreign_idporten.mjs):
starting it with its clients, and the person's part there (its TestID form) over HTTP."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
from node_support import NodeProgram


@dataclass
class ForeignProvider:
    issuer: str

    def metadata(self) -> dict:
        return httpx.get(self.issuer + "/.well-known/openid-configuration").json()


def start_foreign(clients: list[dict]) -> Iterator[ForeignProvider]:
    """The foreign provider with these clients registered; stopped when the generator is closed."""
    with NodeProgram("foreign_idporten.mjs", json.dumps({"clients": clients}), packages=("oidc-provider",)) as op:
        yield ForeignProvider(op.read()["issuer"])


def walk(http: httpx.Client, url: str, stop_at: str) -> httpx.Response:
    """Follow redirects until one leaves for `stop_at` (the client's redirect_uri) or a page is shown."""
    response = http.get(url)
    while response.status_code in (302, 303) and not response.headers["location"].startswith(stop_at):
        response = http.get(httpx.URL(str(response.url)).join(response.headers["location"]))
    return response


def log_in_foreign(http: httpx.Client, url: str, stop_at: str, pid: str, level: str) -> str:
    """The person's part at the foreign provider: its TestID form, then back: the callback URL."""
    form = walk(http, url, stop_at)
    assert form.status_code == 200 and "TestID" in form.text, form.text
    done = http.post(form.url, data={"pid": pid, "level": level})
    back = walk(http, str(done.url.join(done.headers["location"])), stop_at) if done.is_redirect else done
    assert back.status_code in (302, 303), back.text
    return back.headers["location"]
