"""Rendering pages: Jinja2 with autoescape, the language selector, and the CSRF token in every form."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from testenv.core.forms import csrf_token
from testenv.core.i18n import LANGUAGE_NAMES, translator
from testenv.core.urls import absolute_url

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

jinja = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(default=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def site_path(path: str) -> str:
    """`path` as a link that cannot leave this site: one leading slash (a browser reads '//host/x', and '/\\host'
    too, as another host), backslashes and empty segments dropped, the rest percent-encoded."""
    segments = [part for part in path.replace("\\", "/").split("/") if part]
    return "/" + quote("/".join(segments), safe="/:@!$&'()*+,;=~-._") + ("/" if path.endswith("/") and segments else "")


def language_links(request: Request, lang: str, languages: tuple[str, ...]) -> list[dict[str, Any]]:
    """Links to the same screen in each language: swap the language segment of the path. Built from the
    path of this request, which on an error page is whatever the client asked for: kept on this site."""
    parts = site_path(request.url.path).split("/")
    links = []
    for code in languages:
        if lang in parts:
            i = parts.index(lang)
            href = "/".join([*parts[:i], code, *parts[i + 1 :]])
        else:
            href = f"{'/'.join(parts)}?lang={code}"
        links.append({"code": code, "name": LANGUAGE_NAMES[code], "href": href, "current": code == lang})
    return links


def render(
    request: Request,
    template: str,
    lang: str,
    *,
    status: int = 200,
    languages: tuple[str, ...] = ("en", "nb", "nn"),
    **context: Any,
) -> HTMLResponse:
    t = translator(request, lang)

    def csrf_field() -> Markup:
        return Markup(f'<input type="hidden" name="csrf_token" value="{escape(csrf_token(request))}">')

    html = jinja.get_template(template).render(
        request=request,
        lang=lang,
        t=t,
        csrf_field=csrf_field,
        languages=language_links(request, lang, languages),
        # A link to another service: its absolute URL, on that service's own origin (testenv/core/origins.py).
        service_url=lambda service, path: absolute_url(request, service, path),
        **context,
    )
    return HTMLResponse(html, status_code=status)
