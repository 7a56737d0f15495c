"""Password hashing: argon2id only; the clear text is never stored or logged."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from starlette.concurrency import run_in_threadpool

from testenv.config import Settings


class Passwords:
    def __init__(self, settings: Settings) -> None:
        self._hasher = PasswordHasher(
            time_cost=settings.argon2_time_cost, memory_cost=settings.argon2_memory_kib, parallelism=1
        )
        # Verifying against a dummy hash for unknown users keeps response times alike (no user probing).
        self._dummy = self._hasher.hash("dummy-password-for-timing")

    def hash(self, password: str) -> str:
        return self._hasher.hash(password)

    def verify(self, stored_hash: str | None, password: str) -> bool:
        try:
            return self._hasher.verify(stored_hash or self._dummy, password) and stored_hash is not None
        except (VerificationError, InvalidHashError):
            return False

    # argon2 takes tens of milliseconds of CPU on purpose: inside an async handler it would stop the whole
    # server (every other request, /healthz too) for that long. The async handlers use these.
    async def hash_async(self, password: str) -> str:
        return await run_in_threadpool(self.hash, password)

    async def verify_async(self, stored_hash: str | None, password: str) -> bool:
        return await run_in_threadpool(self.verify, stored_hash, password)
