"""Rendering UDI pages: the language guard, the log-in state in the header, and the Russian banner.

The Russian pages show "Не всё содержание этой страницы имеется на русском." (guide 001, line 2) when
any text on the page had to fall back to English. Which texts fall back is known only after rendering,
so such a page is rendered twice: once to find out, once with the banner.
"""

from __future__ import annotations

from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from markupsafe import Markup, escape

from testenv.core.defects import defect_on
from testenv.core.forms import csrf_token
from testenv.core.i18n import translator
from testenv.core.sessions import session_of
from testenv.core.templating import jinja, language_links

LANGS = ("en", "nb", "nn", "ru")
DEFAULT_LANG = "en"
# Languages whose pages may be only partly translated; they carry the banner when they are.
PARTIAL_LANGS = ("ru",)
PREFIX = "/udi"


def checked_lang(lang: str) -> str:
    if lang not in LANGS:
        raise HTTPException(404)
    return lang


def url(lang: str, path: str = "/") -> str:
    return f"{PREFIX}/{lang}{path}"


def redirect(location: str) -> RedirectResponse:
    return RedirectResponse(location, status_code=303)


def page(request: Request, template: str, lang: str, *, status: int = 200, **context: Any) -> HTMLResponse:
    def draw(partial: bool) -> tuple[str, list[str]]:
        t = translator(request, lang)

        def csrf_field() -> Markup:
            return Markup(f'<input type="hidden" name="csrf_token" value="{escape(csrf_token(request))}">')

        html = jinja.get_template(f"udi/{template}").render(
            request=request,
            lang=lang,
            t=t,
            csrf_field=csrf_field,
            languages=language_links(request, lang, LANGS),
            url=lambda path="/": url(lang, path),
            logged_in=session_of(request).get("udi_account") is not None,
            partial_translation=partial,
            **context,
        )
        return html, t.fell_back

    html, fell_back = draw(False)
    if lang in PARTIAL_LANGS and fell_back and not defect_on(request, "udi.ru_banner_missing"):
        html, _ = draw(True)
    return HTMLResponse(html, status_code=status)
