"""What a relying service does with ID-porten's answer: check the level it got.

"The client MUST validate that the security level (acr) is sufficiently high" (domain-facts §5).
`require_level` is that check for any service of the test environment (UDI, the demo service).
"""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from testenv.core.defects import defect_on
from testenv.core.templating import render
from testenv.services.idporten.levels import ACR_OF_LEVEL, EID_NAMES, current_login, required_level

PAGE_LANGS = ("en", "nb", "nn")


def page_lang(lang: str) -> str:
    """ID-porten's own pages exist in English, Bokmål and Nynorsk; readers of any other language get English."""
    return lang if lang in PAGE_LANGS else "en"


def authorize_url(lang: str, client: str, acr: str | int, return_to: str) -> str:
    short = "high" if required_level(acr) == 4 else "substantial"
    query = urlencode({"client": client, "acr": short, "return_to": return_to})
    return f"/idporten/{page_lang(lang)}/authorize?{query}"


def level_sufficient(request: Request, level: int, acr: str | int) -> bool:
    return level >= required_level(acr) or defect_on(request, "idporten.level_check_skipped")


def require_level(
    request: Request,
    acr: str | int,
    lang: str,
    *,
    client: str,
    return_to: str | None = None,
    template: str = "idporten/refused.html",
    languages: tuple[str, ...] = PAGE_LANGS,
    **context,
) -> Response | None:
    """None when the browser's ID-porten log-in reaches `acr` ('substantial', 'high', 3 or 4).

    Otherwise the response to send: a redirect to ID-porten when nobody is logged in, or a refusal
    page (403) "The service requires a higher security level." with a link to log in again at the
    required level. A service may pass its own `template` (it gets `login`, `required`, `login_again`
    and `context`); `return_to` defaults to the current path and query.
    """
    back = return_to or request.url.path + (f"?{request.url.query}" if request.url.query else "")
    login = current_login(request)
    if login is None:
        return RedirectResponse(authorize_url(lang, client, acr, back), status_code=303)
    if level_sufficient(request, login.level, acr):
        return None
    required = required_level(acr)
    return render(
        request,
        template,
        lang,
        status=403,
        languages=languages,
        login=login,
        eid=EID_NAMES.get(_eid_of(login.amr), login.amr),
        required=required,
        required_acr=ACR_OF_LEVEL[required],
        login_again=authorize_url(lang, client, required, back),
        **context,
    )


def _eid_of(amr: str) -> str:
    return {"Minid-PIN": "minid", "BankID": "bankid", "Buypass": "buypass", "Commfides": "commfides"}.get(amr, amr)
