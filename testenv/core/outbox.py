"""Fake e-mail, SMS and post: messages land in a table the control API reads."""

from __future__ import annotations

import sqlite3
from datetime import datetime

from fastapi import Request

from testenv.core.state import env_of


def send(
    request: Request, conn: sqlite3.Connection, channel: str, recipient: str, subject: str, body: str, at: datetime
) -> None:
    if channel == "sms" and env_of(request).settings.drop_sms:
        return  # fault injection: the SMS gateway swallows the message, as a real outage would
    conn.execute(
        "INSERT INTO outbox (channel, recipient, subject, body, sent_at) VALUES (?, ?, ?, ?, ?)",
        (channel, recipient, subject, body, at.timestamp()),
    )


def messages(conn: sqlite3.Connection, channel: str, recipient: str | None) -> list[dict]:
    if recipient is None:
        rows = conn.execute("SELECT * FROM outbox WHERE channel = ? ORDER BY id", (channel,))
    else:
        rows = conn.execute(
            "SELECT * FROM outbox WHERE channel = ? AND lower(recipient) = lower(?) ORDER BY id",
            (channel, recipient),
        )
    return [dict(r) for r in rows]
