"""Which service answers on which origin (issue 15: each service on its own origin, as on the internet).

In the per-service layout (`python -m testenv`, the default) Altinn, ID-porten, MinID and UDI each have an
origin of their own and the control API one more; a browser then keeps one cookie jar per service and every
hand-over between them (an OpenID Connect redirect, a link) is cross-origin. A request for one service's path
on another service's origin is answered 404: a relative link that should have been another service's absolute
URL fails where it is, instead of silently working with the wrong cookie jar. `--single-origin` serves
everything on one origin (Settings.own_origins False: no gate).

A request's origin is found from its Host header (matched against the public URLs), else from the address of
the socket it came in on (a proxy that rewrites Host); an origin that is neither is served in full.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from testenv.config import DEFAULT_PUBLIC_URL, EVERY_SERVICE, Settings

# The services with an origin of their own, in the order their loopback addresses are given out.
ORIGIN_SERVICES = ("altinn", "idporten", "minid", "udi")
CONTROL = "control"
# Where a service lives on its origin (the paths are those of the shared layout, so nothing moves between modes).
PATH_PREFIXES = {"idporten": "/idporten", "minid": "/minid", "udi": "/udi", CONTROL: "/__testenv__"}
# Served on every origin: the health check, style sheets and images, captcha images.
SHARED_PREFIXES = ("/healthz", "/static", "/captcha", "/favicon.ico")
# Services of the environment that are part of another's site (Altinn's advanced settings and end-user-system
# API, the population register behind the others).
PART_OF = {"altinn_system": "altinn", "register": "altinn"}
# Where "/" of a service's origin leads (Altinn's own "/" is its front page).
HOMES = {"idporten": "/idporten/nb/", "minid": "/minid/nb/", "udi": "/udi/"}


def _starts(path: str, prefix: str) -> bool:
    return path == prefix or path.startswith(prefix + "/")


def owner_of_path(path: str) -> str | None:
    """The service `path` belongs to (Altinn at the root), or None for what every origin serves."""
    if any(_starts(path, prefix) for prefix in SHARED_PREFIXES):
        return None
    for service, prefix in PATH_PREFIXES.items():
        if _starts(path, prefix):
            return service
    return "altinn"


def public_base_of(settings: Settings, service: str) -> str:
    """The service's public base URL from the settings, without a trailing slash."""
    urls = settings.public_urls
    site = PART_OF.get(service, service)
    return (urls.get(service) or urls.get(site) or urls.get(EVERY_SERVICE) or DEFAULT_PUBLIC_URL).rstrip("/")


def netloc(url: str) -> str:
    """'host:port' as a browser sends it in Host (the default port left out), lower case."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    host = f"[{host}]" if ":" in host else host
    default = {"http": 80, "https": 443}.get(parts.scheme)
    return host if parts.port in (None, default) else f"{host}:{parts.port}"


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def served_on(settings: Settings) -> dict[str, set[str]]:
    """netloc -> the services it serves: every public URL's and listening socket's origin."""
    table: dict[str, set[str]] = {}
    for service in ORIGIN_SERVICES:
        table.setdefault(netloc(public_base_of(settings, service)), set()).add(service)
    if settings.control_url:
        table.setdefault(netloc(settings.control_url), set()).add(CONTROL)
    for address, service in settings.served_at.items():
        table.setdefault(address.lower(), set()).add(service)
    return table


def misdirected(settings: Settings, host: str, server: tuple[str, int] | None, path: str) -> bool:
    """Whether `path` belongs to a service that the origin this request came to does not serve."""
    if not settings.own_origins:
        return False
    owner = owner_of_path(path)
    if owner is None:
        return False
    table = served_on(settings)
    services = table.get(host.lower())
    if services is None and server is not None:
        services = table.get(netloc(f"http://{server[0]}:{server[1]}"))
    return services is not None and owner not in services


def home_of(settings: Settings, host: str) -> str | None:
    """Where "/" leads on an origin that serves one service other than Altinn (None: no redirect)."""
    services = served_on(settings).get(host.lower(), set())
    if not settings.own_origins or len(services) != 1:
        return None
    return HOMES.get(next(iter(services)))


def form_targets(settings: Settings) -> list[str]:
    """Every origin a form of the environment may end up on after its redirects (CSP form-action): the
    services' own, and the relying parties' provider when it is another one. None beyond 'self' on one origin."""
    if not settings.own_origins and not settings.idporten_issuer:
        return []
    origins = {origin_of(public_base_of(settings, service)) for service in ORIGIN_SERVICES}
    if settings.idporten_issuer:
        origins.add(origin_of(settings.idporten_issuer))
    return sorted(origins)


def share_origin(settings: Settings, service: str, other: str) -> bool:
    """Whether the browser keeps one cookie jar for both services (their public URLs are on one origin)."""
    return origin_of(public_base_of(settings, service)) == origin_of(public_base_of(settings, other))
