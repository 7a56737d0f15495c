"""The logged-in part: the account's applications and registering a new one.

Each account sees only its own applications: a username/password account and an ID-porten account are
separate even for the same person, and nothing moves between them (guide 001).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.forms import field, require_form
from testenv.core.sessions import session_of
from testenv.core.state import env_of
from testenv.services.udi import auth, store
from testenv.services.udi.rules import NAME_MAX
from testenv.services.udi.view import checked_lang, page, redirect, url

router = APIRouter(prefix="/udi")


def _follow_up(request: Request, application: store.Application) -> tuple[str, dict]:
    """Who follows the application up: always the account holder - "it is you who must book an
    appointment with the police/SUA and it is you who will receive an answer" (guide 001)."""
    if application.relation == "self":
        return "udi.apps.follow_up.self", {}
    if defect_on(request, "udi.follow_up_names_applicant"):
        return "udi.apps.follow_up.applicant", {"applicant": application.applicant_name}
    return "udi.apps.follow_up.other", {"applicant": application.applicant_name}


@router.get("/{lang}/applications")
def applications(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    account = auth.current_account(request)
    if account is None:
        return redirect(url(lang, "/login"))
    with env_of(request).db.read() as conn:
        if defect_on(request, "udi.applications_visible_across_accounts"):
            listed = store.applications_of_name(conn, account.name)
        else:
            listed = store.applications_of(conn, account.id)
    if defect_on(request, "udi.applications_not_listed"):
        listed = listed[:-1]
    rows = [(a, *_follow_up(request, a)) for a in listed]
    flash = session_of(request).pop("udi_registered")
    return page(request, "applications.html", lang, account=account, rows=rows, registered=flash)


def _new_page(request: Request, lang: str, account: store.Account, values: dict, errors: dict) -> Response:
    return page(
        request,
        "new_application.html",
        lang,
        status=422 if errors else 200,
        account=account,
        values=values,
        errors=errors,
        relations=store.RELATIONS,
        kinds=store.APPLICATION_KINDS,
        family_note=account.kind == "idporten" and not defect_on(request, "udi.family_note_missing"),
    )


@router.get("/{lang}/applications/new")
def new_application(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    account = auth.current_account(request)
    if account is None:
        return redirect(url(lang, "/login"))
    return _new_page(request, lang, account, {"relation": "", "applicant": "", "kind": ""}, {})


@router.post("/{lang}/applications/new")
async def new_application_submit(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    form = await require_form(request)
    account = auth.current_account(request)
    if account is None:
        return redirect(url(lang, "/login"))
    relation, kind = field(form, "relation"), field(form, "kind")
    applicant = field(form, "applicant").strip()
    values = {"relation": relation, "applicant": applicant, "kind": kind}
    errors: dict[str, list[str]] = {}
    if relation not in store.RELATIONS:
        errors["relation"] = ["udi.err.for.required"]
    elif (
        relation == "employee"
        and account.kind == "idporten"
        and not defect_on(request, "udi.employer_allowed_with_idporten")
    ):
        errors["relation"] = ["udi.err.for.employer_idporten"]
    if relation in ("family", "employee"):
        if not applicant:
            errors["applicant"] = ["udi.err.applicant.required"]
        elif len(applicant) > NAME_MAX:
            errors["applicant"] = ["udi.err.applicant.too_long"]
    if kind not in store.APPLICATION_KINDS:
        errors["kind"] = ["udi.err.kind.required"]
    if errors:
        return _new_page(request, lang, account, values, errors)
    with env_of(request).db.write() as conn:
        reference = store.add_application(
            conn,
            account.id,
            relation,
            applicant if relation != "self" else account.name,
            kind,
            now(request).timestamp(),
        )
    session_of(request)["udi_registered"] = reference
    return redirect(url(lang, "/applications"))
