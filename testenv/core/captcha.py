"""An image captcha of random characters; the answer is readable only through the control API."""

from __future__ import annotations

import io
import random
import secrets
import time

from fastapi import Request
from PIL import Image, ImageDraw, ImageFont

from testenv.core.scope import current_scope
from testenv.core.state import env_of

# No look-alike characters (0/O, 1/I/l): a person must be able to read it.
ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def captcha_mode(request: Request) -> str:
    return current_scope(request).captcha_mode or env_of(request).captcha_mode


def new_captcha(request: Request) -> str:
    cid = secrets.token_urlsafe(16)
    answer = "".join(secrets.choice(ALPHABET) for _ in range(6))
    with env_of(request).db.write() as conn:
        conn.execute("INSERT INTO captchas (id, answer, created_at) VALUES (?, ?, ?)", (cid, answer, time.time()))
    return cid


def check_captcha(request: Request, cid: str, answer: str) -> bool:
    """One attempt per captcha: it is consumed whether the answer was right or not."""
    with env_of(request).db.write() as conn:
        row = conn.execute("SELECT answer FROM captchas WHERE id = ?", (cid,)).fetchone()
        conn.execute("DELETE FROM captchas WHERE id = ?", (cid,))
    return bool(row) and row["answer"].upper() == answer.strip().upper()


def captcha_answer(request: Request, cid: str) -> str | None:
    with env_of(request).db.read() as conn:
        row = conn.execute("SELECT answer FROM captchas WHERE id = ?", (cid,)).fetchone()
    return row["answer"] if row else None


def captcha_png(request: Request, cid: str) -> bytes | None:
    answer = captcha_answer(request, cid)
    if answer is None:
        return None
    rng = random.Random(cid)
    image = Image.new("RGB", (180, 56), (245, 245, 240))
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=30)
    for _ in range(6):
        draw.line(
            [(rng.randint(0, 180), rng.randint(0, 56)), (rng.randint(0, 180), rng.randint(0, 56))],
            fill=(rng.randint(120, 200),) * 3,
            width=1,
        )
    for i, char in enumerate(answer):
        draw.text((10 + i * 27, 10 + rng.randint(-4, 4)), char, font=font, fill=(30, 30, 80))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
