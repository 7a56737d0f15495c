"""The socket `python -m testenv` serves on (issue #19: `/healthz` p99 under the regression's load).

Each request on a kept-alive connection waited 40 ms: the listening socket was made with protocol 0, so
asyncio left Nagle's algorithm on for every accepted connection, and uvicorn's answer (headers, then body,
two writes) waited for the client's delayed ACK. Checked here on the mechanism itself, not by a timing.
"""

from __future__ import annotations

import asyncio
import socket

import aio

from testenv.__main__ import listening_socket


async def _nodelay_of_an_accepted_connection(sock: socket.socket) -> int:
    accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    class Probe(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            conn = transport.get_extra_info("socket")
            accepted.set_result(conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    server = await asyncio.get_running_loop().create_server(Probe, sock=sock)  # as uvicorn does with sockets=
    async with server:
        host, port = sock.getsockname()[:2]
        _, writer = await asyncio.open_connection(host, port)
        try:
            return await asyncio.wait_for(accepted, 10)
        finally:
            writer.close()


def test_the_listening_socket_already_listens_on_a_free_port() -> None:
    sock = listening_socket(socket.AF_INET, "127.0.0.1", 0)
    try:
        client = socket.create_connection(sock.getsockname()[:2], timeout=5)  # queued in the backlog
        client.close()
    finally:
        sock.close()


def test_accepted_connections_answer_without_waiting_for_the_clients_delayed_ack() -> None:
    sock = listening_socket(socket.AF_INET, "127.0.0.1", 0)
    assert aio.run(_nodelay_of_an_accepted_connection(sock)) != 0, "Nagle's algorithm is on (TCP_NODELAY unset)"
