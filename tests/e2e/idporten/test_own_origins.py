"""Each service on its own origin, as on the internet (issue 15; domain-facts §10.1: a service sends the browser
to ID-porten by a redirect, and ID-porten sends it back): a log-in at UDI through ID-porten and the log-out leave
a cookie jar per origin, and the browser never sends one service's cookie to the other. What the browser holds
is read from the context per origin; what it sent, from the Cookie header of every request the page made."""

from __future__ import annotations

import re
from http.cookies import SimpleCookie
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page, Request, Response, expect

from fixtures.targets import Target
from pages.idporten import EidChooser
from pages.udi import Login, MyApplications

SINGLE_ORIGIN = (
    "target {name!r} serves UDI and ID-porten on one origin ({origin}): one cookie jar, nothing to keep apart. "
    "Run it against a target with each service on its own origin (the embedded test environment by default, "
    "--target local)"
)


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def cookies_sent(request: Request) -> set[tuple[str, str]]:
    """The (name, value) pairs in the Cookie header the browser sent with `request`."""
    header = request.all_headers().get("cookie", "")
    pairs = (part.strip().partition("=") for part in header.split(";") if part.strip())
    return {(name, value) for name, _, value in pairs}


def cookies_set(response: Response) -> set[tuple[str, str]]:
    """The (name, value) pairs of the Set-Cookie headers of `response` (an empty value ends a cookie)."""
    jar: SimpleCookie = SimpleCookie()
    for header in response.headers_array():
        if header["name"].lower() == "set-cookie":
            jar.load(header["value"])
    return {(name, morsel.value) for name, morsel in jar.items() if morsel.value}


def held(page: Page, url: str) -> set[tuple[str, str]]:
    """The (name, value) pairs the browser context would send to `url`."""
    return {(cookie["name"], cookie["value"]) for cookie in page.context.cookies(url)}


@pytest.mark.req("IDP-ORIGIN-COOKIES")
def test_a_udi_session_cookie_is_not_sent_to_id_porten_and_an_id_porten_cookie_not_to_udi(
    page: Page, lang: str, urls, target: Target, fake
) -> None:
    udi, idporten = target.origins["udi"], target.origins["idporten"]
    if udi == idporten:
        pytest.skip(SINGLE_ORIGIN.format(name=target.name, origin=udi))
    requests: list[Request] = []
    responses: list[Response] = []
    page.on("request", lambda request: requests.append(request))  # Playwright takes no built-in method here
    page.on("response", lambda response: responses.append(response))

    chooser = Login.open(page, lang, urls).log_in_with_idporten(then=EidChooser)
    expect(page).to_have_url(re.compile("^" + re.escape(idporten) + "/"))  # ID-porten's screens, on its origin
    applications = chooser.choose("TestID").log_in(fake.synthetic_fnr(), 4, then=MyApplications)
    expect(page).to_have_url(re.compile("^" + re.escape(udi) + "/"))
    udi_jar, idporten_jar = held(page, urls("udi", "/")), held(page, urls("idporten", "/"))
    assert udi_jar and idporten_jar, "the log-in left a session cookie on each origin"
    assert not udi_jar & idporten_jar, "the browser holds no cookie for both origins"
    applications.log_out()  # to ID-porten's log-out and back: both origins once more, with both sessions

    set_by = {origin: set() for origin in (udi, idporten)}  # what each origin's answers set
    for response in responses:
        if origin_of(response.url) in set_by:
            set_by[origin_of(response.url)] |= cookies_set(response)
    sent_to = {origin: set() for origin in (udi, idporten)}  # what the browser sent to each origin
    for request in requests:
        if origin_of(request.url) in sent_to:
            sent_to[origin_of(request.url)] |= cookies_sent(request)
    assert sent_to[udi] & set_by[udi], "UDI got its own session cookie back (the headers are read)"
    assert sent_to[idporten] & set_by[idporten], "ID-porten got its own session cookie back"
    assert not sent_to[idporten] & (set_by[udi] | udi_jar), "no UDI cookie was sent to ID-porten"
    assert not sent_to[udi] & (set_by[idporten] | idporten_jar), "no ID-porten cookie was sent to UDI"
