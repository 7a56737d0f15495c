"""The end-user-system API as an accounting system (Maestro, guide 003) calls it: the system's ID and
password, then the user's identity number or username and password (an SMS pin is sent), the pin,
and the submission. Driven through Playwright's APIRequestContext; every call is an Allure step whose
title never holds a password."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import allure
from playwright.sync_api import APIRequestContext, APIResponse

PREFIX = "/api/enduser"


@dataclass(frozen=True)
class ApiAnswer:
    status: int
    content_type: str
    body: Any  # the parsed JSON, or None when the answer was not JSON

    @property
    def error(self) -> str | None:
        return self.body.get("error") if isinstance(self.body, dict) else None

    # Which status a refusal gets is the deployment's choice (no source gives the API's codes): the suite
    # checks only the class, and the error text where domain-facts §2.1 gives it.
    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def refused(self) -> bool:
        """Refused as the caller's mistake (4xx): not accepted, and not a server error."""
        return 400 <= self.status < 500


def _answer(response: APIResponse) -> ApiAnswer:
    content_type = response.headers.get("content-type", "").split(";")[0].strip()
    try:
        body = response.json()
    except Exception:  # not JSON at all: the test says so with the status and content type
        body = None
    allure.attach(
        json.dumps({"status": response.status, "body": body}, ensure_ascii=False, indent=2),
        name=f"response {response.status}",
        attachment_type=allure.attachment_type.JSON,
    )
    return ApiAnswer(response.status, content_type, body)


class EndUserApi:
    def __init__(self, request: APIRequestContext) -> None:
        self.request = request

    def _post(self, path: str, body: dict) -> ApiAnswer:
        return _answer(self.request.post(PREFIX + path, data=body))

    def start(self, system_id: int | str, system_password: str) -> ApiAnswer:
        with allure.step(f"API step 1: the computer system's ID {system_id} and its password"):
            return self._post("/sessions", {"system_id": system_id, "system_password": system_password})

    def user(self, session_id: str, user: str, password: str) -> ApiAnswer:
        with allure.step(f"API step 2: the user '{user}' and the user's password (an SMS pin is sent)"):
            return self._post(f"/sessions/{session_id}/user", {"user": user, "password": password})

    def pin(self, session_id: str, pin: str) -> ApiAnswer:
        with allure.step(f"API step 3: the SMS pin '{pin}'"):
            return self._post(f"/sessions/{session_id}/pin", {"pin": pin})

    def submit(self, session_id: str, form: str, data: dict, reportee: str | None = None) -> ApiAnswer:
        body: dict[str, Any] = {"form": form, "data": data}
        if reportee is not None:
            body["reportee"] = reportee
        with allure.step(f"API step 4: submit the form '{form}'" + (f" for {reportee}" if reportee else "")):
            return self._post(f"/sessions/{session_id}/submissions", body)

    def post_raw(self, path: str, content: str | bytes, content_type: str) -> ApiAnswer:
        """A request exactly as given (for malformed bodies and wrong content types). Bytes, because
        Playwright re-encodes a string that is not valid JSON when the content type says JSON."""
        raw = content.encode() if isinstance(content, str) else content
        with allure.step(f"API: POST {PREFIX}{path} with Content-Type {content_type!r} and a raw body"):
            response = self.request.post(PREFIX + path, data=raw, headers={"Content-Type": content_type})
            return _answer(response)
