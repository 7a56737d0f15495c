"""Profile → Advanced settings (domain-facts §2.1, guide 003): login information and computer systems."""

from __future__ import annotations

from typing import TypedDict
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from testenv.core.clock import now
from testenv.core.defects import defect_on
from testenv.core.forms import checkbox, field, require_form
from testenv.core.sessions import session_of
from testenv.core.state import env_of
from testenv.core.validation import RowId
from testenv.services.altinn_system import rules, store
from testenv.services.altinn_system.login_routes import checked_lang, page
from testenv.services.altinn_system.people import Viewer, current_viewer

FLASH = "altsys_flash"

router = APIRouter()


class LoginForm(TypedDict):
    """The log-in information form's values, as stored or as typed."""

    username: str
    mobile: str
    allow_level3: bool
    allow_system: bool


def _settings_url(lang: str) -> str:
    return f"/{lang}/profile/advanced-settings"


def _to_login(lang: str, return_to: str) -> RedirectResponse:
    """Nobody logged in: the profile is reached through ID-porten (docs/idporten-contract.md)."""
    return RedirectResponse(f"/{lang}/login/idporten?{urlencode({'then': return_to})}", status_code=303)


def _stored_values(info: store.LoginInfo | None) -> LoginForm:
    if info is None:
        return {"username": "", "mobile": "", "allow_level3": False, "allow_system": False}
    return {
        "username": info.username or "",
        "mobile": info.mobile,
        "allow_level3": info.allow_level3,
        "allow_system": info.allow_system,
    }


def _settings_page(
    request: Request,
    lang: str,
    viewer: Viewer,
    status: int = 200,
    login_values: LoginForm | None = None,
    login_errors: dict | None = None,
    system_values: dict | None = None,
    system_errors: dict | None = None,
) -> Response:
    with env_of(request).db.read() as conn:
        info = store.login_info(conn, viewer.pid)
        systems = store.systems_of(conn, viewer.pid)
    if defect_on(request, "altsys.system_not_listed"):
        systems = systems[:-1]
    flash = session_of(request).pop(FLASH) if status == 200 else None
    return page(
        request,
        "settings.html",
        lang,
        status,
        viewer=viewer,
        has_password=bool(info and info.has_password),
        login_values=login_values or _stored_values(info),
        login_errors=login_errors or {},
        systems=systems,
        system_values=system_values or {"system_name": ""},
        system_errors=system_errors or {},
        flash=flash,
    )


@router.get("/{lang}/profile/advanced-settings")
def settings(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    viewer = current_viewer(request)
    if viewer is None:
        return _to_login(lang, _settings_url(lang))
    return _settings_page(request, lang, viewer)


def _login_info_errors(
    request: Request, viewer: Viewer, stored: store.LoginInfo | None, values: LoginForm, password: str
) -> dict[str, list[str]]:
    errors = {
        "username": rules.username_errors(request, values["username"]),
        "password": rules.password_errors(request, password, "settings") if password else [],
        "mobile": rules.mobile_errors(request, values["mobile"]),
        "allow_level3": [],
    }
    case_sensitive = defect_on(request, "altsys.username_case_sensitive")
    if values["username"] and not errors["username"]:
        with env_of(request).db.read() as conn:
            conflict = store.username_taken(conn, values["username"], viewer.pid, case_sensitive)
            if conflict:
                errors["username"] = [f"altsys.err.username.{conflict}"]
    old_mobile = stored.mobile if stored else ""
    # domain-facts §2: at level 1 (password only) the mobile number cannot be changed.
    if values["mobile"] != old_mobile and viewer.level < 2 and not defect_on(request, "altsys.mobile_change_at_level1"):
        errors["mobile"] = ["altsys.err.mobile.level1"]
    # domain-facts §2.1: the person must be logged in at level 3 to allow level-3 submission.
    newly_level3 = values["allow_level3"] and not (stored and stored.allow_level3)
    if newly_level3 and viewer.level < 3 and not defect_on(request, "altsys.level3_box_at_lower_level"):
        errors["allow_level3"] = ["altsys.err.allow_level3"]
    return {name: keys for name, keys in errors.items() if keys}


@router.post("/{lang}/profile/advanced-settings/login-info")
async def save_login_info(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    form = await require_form(request)
    viewer = current_viewer(request)
    if viewer is None:
        return _to_login(lang, _settings_url(lang))
    values: LoginForm = {
        "username": field(form, "username").strip(),
        "mobile": rules.normalise_mobile(field(form, "mobile")),
        "allow_level3": checkbox(form, "allow_level3"),
        "allow_system": checkbox(form, "allow_system"),
    }
    password = field(form, "password")
    with env_of(request).db.read() as conn:
        stored = store.login_info(conn, viewer.pid)
    errors = _login_info_errors(request, viewer, stored, values, password)
    env = env_of(request)
    if errors:
        if defect_on(request, "altsys.refused_settings_stored") and "mobile" not in errors:
            with env.db.write() as conn:  # the regression: the mobile number is saved before the checks count
                conn.execute("INSERT OR IGNORE INTO altsys_login_info (pid) VALUES (?)", (viewer.pid,))
                conn.execute("UPDATE altsys_login_info SET mobile = ? WHERE pid = ?", (values["mobile"], viewer.pid))
        return _settings_page(request, lang, viewer, 422, login_values=values, login_errors=errors)
    password_hash = await request.app.state.passwords.hash_async(password) if password else None
    allow_system = values["allow_system"] and not defect_on(request, "altsys.allow_system_not_saved")
    with env.db.write() as conn:
        saved = store.save_login_info(
            conn,
            viewer.pid,
            values["username"] or None,
            password_hash,
            values["mobile"],
            values["allow_level3"],
            allow_system,
            keep_password=not password,
            case_sensitive=defect_on(request, "altsys.username_case_sensitive"),
        )
    if not saved:  # another person took the username between the check and the save
        errors = {"username": ["altsys.err.username.taken"]}
        return _settings_page(request, lang, viewer, 422, login_values=values, login_errors=errors)
    session_of(request)[FLASH] = {"kind": "saved"}
    return RedirectResponse(_settings_url(lang), status_code=303)


@router.post("/{lang}/profile/advanced-settings/systems")
async def register_system(lang: str, request: Request) -> Response:
    lang = checked_lang(lang)
    form = await require_form(request)
    viewer = current_viewer(request)
    if viewer is None:
        return _to_login(lang, _settings_url(lang))
    name, password = field(form, "system_name").strip(), field(form, "system_password")
    errors = {
        "system_name": rules.system_name_errors(name),
        "system_password": rules.password_errors(request, password, "system"),
    }
    errors = {k: v for k, v in errors.items() if v}
    if errors:
        return _settings_page(request, lang, viewer, 422, system_values={"system_name": name}, system_errors=errors)
    password_hash = await request.app.state.passwords.hash_async(password)
    with env_of(request).db.write() as conn:
        system_id = store.add_system(conn, viewer.pid, name, password_hash, now(request).timestamp())
    session_of(request)[FLASH] = {"kind": "registered", "id": system_id, "name": name}
    return RedirectResponse(_settings_url(lang), status_code=303)


def _own_system(request: Request, viewer: Viewer, system_id: int) -> store.System:
    with env_of(request).db.read() as conn:
        found = store.system(conn, system_id)
    if found is None or found.owner_pid != viewer.pid:
        raise HTTPException(404)
    return found


def _system_password_page(
    request: Request, lang: str, found: store.System, status: int = 200, errors: dict | None = None, done: bool = False
) -> Response:
    return page(request, "system_password.html", lang, status, system=found, errors=errors or {}, done=done)


@router.get("/{lang}/profile/advanced-settings/systems/{system_id}/password")
def system_password_form(lang: str, system_id: RowId, request: Request) -> Response:
    lang = checked_lang(lang)
    viewer = current_viewer(request)
    if viewer is None:
        return _to_login(lang, request.url.path)
    return _system_password_page(request, lang, _own_system(request, viewer, system_id))


@router.post("/{lang}/profile/advanced-settings/systems/{system_id}/password")
async def system_password_submit(lang: str, system_id: RowId, request: Request) -> Response:
    lang = checked_lang(lang)
    form = await require_form(request)
    viewer = current_viewer(request)
    if viewer is None:
        return _to_login(lang, request.url.path)
    found = _own_system(request, viewer, system_id)
    password = field(form, "password")
    errors = rules.password_errors(request, password, "system")
    if errors:
        return _system_password_page(request, lang, found, 422, errors={"password": errors})
    if not defect_on(request, "altsys.system_new_password_ignored"):
        password_hash = await request.app.state.passwords.hash_async(password)
        with env_of(request).db.write() as conn:
            store.set_system_password(conn, found.id, password_hash)
    return _system_password_page(request, lang, found, done=True)
