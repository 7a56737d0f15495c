"""`python -m testenv --port 8000`: start the test environment and print every service's URL.

By default (`--per-service-origins`) each service has its own origin, as on the internet: one loopback address each
(SERVICE_ADDRESSES) on the one port, and the control API the listening address (`--host`); `--single-origin` serves
everything on `--host` alone (another address than loopback, one public URL for all)."""

from __future__ import annotations

import argparse
import errno
import ipaddress
import os
import secrets
import socket
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import uvicorn

from testenv.app import create_app
from testenv.config import CAPTCHA_MODES, EVERY_SERVICE, Settings
from testenv.core.clock import OSLO
from testenv.core.origins import ORIGIN_SERVICES, PATH_PREFIXES, public_base_of
from testenv.services import SERVICES

# Each service's own loopback address in the per-service layout (Linux answers on all of 127.0.0.0/8; a browser
# keeps cookies per host, and 127.0.0.x resolve everywhere, unlike *.localhost in Python's and Node's resolvers).
SERVICE_ADDRESSES = {"altinn": "127.0.0.2", "idporten": "127.0.0.3", "minid": "127.0.0.4", "udi": "127.0.0.5"}
PORT_TRIES = 20  # --port 0: a free port on --host that is also free on every service address


def parse_latency(text: str) -> tuple[int, int]:
    low, _, high = text.partition("-")
    try:
        bounds = (int(low), int(high or low))
    except ValueError as exc:
        raise argparse.ArgumentTypeError("latency is MS or MIN-MAX in milliseconds, e.g. 0-1000") from exc
    if bounds[0] < 0 or bounds[1] < bounds[0]:
        raise argparse.ArgumentTypeError("latency needs 0 <= MIN <= MAX")
    return bounds


def parse_clock(text: str) -> datetime:
    """An ISO date or date and time; without a UTC offset it is Norwegian time (2025-10-01 = midnight in Oslo)."""
    try:
        at = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{text!r} is not an ISO date such as 2025-10-01 or 2025-10-01T12:00") from exc
    return at if at.tzinfo else at.replace(tzinfo=OSLO)


def service_names() -> list[str]:
    return [service.__name__.rsplit(".", 1)[-1] for service in SERVICES]


def parse_public_url(text: str) -> tuple[str, str]:
    """'URL' (every service) or 'SERVICE=URL': an http(s) origin, optionally with a path prefix."""
    service, _, url = text.rpartition("=") if "=" in text.split("://")[0] else ("", "", text)
    service = service or EVERY_SERVICE
    if service != EVERY_SERVICE and service not in service_names():
        raise argparse.ArgumentTypeError(f"unknown service {service!r}; one of {service_names()}")
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment or " " in url:
        raise argparse.ArgumentTypeError(f"{url!r} is not an http(s) URL such as https://altinn.test.example")
    return service, url.rstrip("/")


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m testenv", description=__doc__)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port; 0 picks a free one (default 8000)")
    layout = p.add_mutually_exclusive_group()
    layout.add_argument(
        "--single-origin",
        dest="single_origin",
        action="store_true",
        default=False,
        help="serve every service on --host:--port",
    )
    layout.add_argument(
        "--per-service-origins",
        dest="single_origin",
        action="store_false",
        help="each service on its own loopback address, "
        + ", ".join(f"{s} {a}" for s, a in SERVICE_ADDRESSES.items())
        + ", the control API on --host (the default)",
    )
    p.add_argument("--db", type=Path, default=Path("reports/testenv.db"), help="SQLite file")
    p.add_argument(
        "--test-mode",
        action="store_true",
        help="enable the control API (loopback only, token in TESTENV_TOKEN or generated)",
    )
    p.add_argument("--captcha", choices=CAPTCHA_MODES, default="off", help="captcha mode (default off)")
    p.add_argument("--lockout-threshold", type=int, default=3, help="wrong passwords before lockout (3)")
    p.add_argument("--letter-validity-days", type=int, default=60, help="MinID activation letter validity")
    p.add_argument("--no-synthetic", action="store_true", help="refuse synthetic (+80) identity numbers")
    p.add_argument("--defect", action="append", default=[], help="switch on a named defect (repeatable)")
    p.add_argument("--list-defects", action="store_true", help="print the registered defects and exit")
    p.add_argument("--latency", type=parse_latency, default=(0, 0), help="added latency per response, MS or MIN-MAX")
    p.add_argument("--error-rate", type=float, default=0.0, help="share of requests answered with 500 (0..1)")
    p.add_argument("--drop-sms", action="store_true", help="the SMS gateway silently drops every message")
    p.add_argument(
        "--clock",
        type=parse_clock,
        metavar="ISO-DATE",
        help="start the clock at this date (Norwegian time unless an offset is given) and let it run on; "
        "default: the real date. --clock 2025-10-01 shows Altinn as guide 000 describes it",
    )
    p.add_argument(
        "--public-url",
        type=parse_public_url,
        action="append",
        default=[],
        metavar="[SERVICE=]URL",
        help="public base URL of every service, or of one (repeatable); links in e-mails are built from it, "
        "never from the request's Host headers (default: the address it listens on)",
    )
    args = p.parse_args(argv)
    if not 0 <= args.error_rate <= 1:
        p.error("--error-rate must be between 0 and 1")
    faults = args.latency != (0, 0) or args.error_rate or args.drop_sms or args.defect
    if faults and not args.test_mode:
        p.error("--defect, --latency, --error-rate and --drop-sms need --test-mode")
    if args.test_mode and not _is_loopback(args.host):
        p.error("--test-mode exposes the control API: bind it to a loopback address only")
    if not args.single_origin:
        if args.host in SERVICE_ADDRESSES.values() or not _is_loopback(args.host):
            p.error(
                f"each service gets its own loopback address ({', '.join(SERVICE_ADDRESSES.values())}) beside --host, "
                "which must be another loopback address; on another address add --single-origin"
            )
        if any(service == EVERY_SERVICE for service, _ in args.public_url):
            p.error("--public-url URL (without SERVICE=) is one origin for every service: add --single-origin")
    return args


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def listening_socket(family: socket.AddressFamily, host: str, port: int) -> socket.socket:
    """A TCP socket that already listens: connections made as soon as 'listening on' is printed wait in the
    backlog until uvicorn accepts them, instead of being refused while the app still starts (seen under load).

    The protocol is named (IPPROTO_TCP, not 0): asyncio turns Nagle's algorithm off (TCP_NODELAY) only on
    accepted sockets whose protocol says TCP. Without it uvicorn's response, written as headers then body,
    waited for the client's delayed ACK: 40 ms on every request of a kept-alive connection (issue #19's
    `/healthz` under load; page documents and the control API paid it too)."""
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


def bind_all(host: str, port: int, addresses: dict[str, str]) -> list[socket.socket]:
    """The listening socket on `host`, then one per service address on the same port. With port 0 a port is
    picked on `host`, and another one when a service address has it taken (rare: it was free on `host`)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    for _ in range(PORT_TRIES if port == 0 else 1):
        first = listening_socket(family, host, port)
        sockets = [first]
        try:
            for address in addresses.values():
                sockets.append(listening_socket(socket.AF_INET, address, first.getsockname()[1]))
        except OSError as exc:
            for sock in sockets:
                sock.close()
            if port != 0 or exc.errno != errno.EADDRINUSE:
                exc.filename = f"{address}:{first.getsockname()[1]}"
                raise
            continue
        return sockets
    raise OSError(errno.EADDRINUSE, "no port is free on every service address", host)


def _url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    return f"http://{'[' + host + ']' if sock.family == socket.AF_INET6 else host}:{port}"


def layout(url: str, service_urls: dict[str, str], public: dict[str, str]) -> dict:
    """The settings of the origins: one origin (`service_urls` empty) or one per service plus the control API's
    (`url`); --public-url wins for the public address of a service (a proxy in front), the socket still serves it."""
    if not service_urls:
        return {"public_urls": {EVERY_SERVICE: url, **public}}
    served_at = {address.removeprefix("http://"): service for service, address in service_urls.items()}
    served_at[url.removeprefix("http://")] = "control"
    return {
        "public_urls": {**service_urls, **public},
        "own_origins": True,
        "control_url": url,
        "served_at": served_at,
    }


def main(argv: list[str] | None = None) -> None:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.list_defects:
        for service in SERVICES:
            for defect in service.DEFECTS:
                print(f"{defect.name:45} {','.join(defect.rules):40} {defect.description}")
        return
    token = None
    if args.test_mode:
        token = os.environ.get("TESTENV_TOKEN") or secrets.token_urlsafe(24)
    settings = Settings(
        db_path=args.db,
        test_mode=args.test_mode,
        control_token=token,
        captcha_mode=args.captcha,
        lockout_threshold=args.lockout_threshold,
        letter_validity_days=args.letter_validity_days,
        accept_synthetic=not args.no_synthetic,
        defects=frozenset(args.defect),
        latency_ms=args.latency,
        error_rate=args.error_rate,
        drop_sms=args.drop_sms,
        clock_offset_s=0.0 if args.clock is None else (args.clock - datetime.now(UTC)).total_seconds(),
    )
    if secret := os.environ.get("TESTENV_SECRET_KEY"):  # otherwise a key made at start (Settings.secret_key)
        settings = replace(settings, secret_key=secret.encode())
    addresses = {} if args.single_origin else SERVICE_ADDRESSES
    try:
        sockets = bind_all(args.host, args.port, addresses)
    except OSError as exc:
        sys.exit(f"testenv: cannot listen on {exc.filename or f'{args.host}:{args.port}'}: {exc.strerror}")
    url, *service_urls = (_url_of(sock) for sock in sockets)
    settings = replace(settings, **layout(url, dict(zip(addresses, service_urls, strict=True)), dict(args.public_url)))
    try:
        app = create_app(settings)
    except ValueError as exc:
        sys.exit(f"testenv: {exc}")
    for name in ORIGIN_SERVICES:  # every service's address, then the line the suite waits for
        print(f"  {name:9} {public_base_of(settings, name)}{PATH_PREFIXES.get(name, '')}/", flush=True)
    mode = "test mode, control API at /__testenv__" if args.test_mode else "control API off"
    print(f"testenv listening on {url} ({mode})", flush=True)
    if args.test_mode and "TESTENV_TOKEN" not in os.environ:
        print(f"control token: {token}", flush=True)
    # Keep-alive longer than uvicorn's 5 s default: clients (the suite's control client drops idle
    # connections after 1 s) never race a closing connection.
    # proxy_headers off: nothing here may trust X-Forwarded-For/-Proto (the client address decides whether the
    # control API answers; URLs come from --public-url).
    config = uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        timeout_graceful_shutdown=2,
        timeout_keep_alive=30,
        proxy_headers=False,
    )
    uvicorn.Server(config).run(sockets=sockets)


if __name__ == "__main__":
    main()
