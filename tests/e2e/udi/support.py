"""Plain helpers of the UDI scenarios."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from playwright.sync_api import Frame, Page


@contextmanager
def watching_navigations(page: Page) -> Iterator[list[str]]:
    """The URLs the main frame navigates to while the block runs (a new document is a navigation)."""
    seen: list[str] = []

    def on_navigated(frame: Frame) -> None:
        if frame == page.main_frame:
            seen.append(frame.url)

    page.on("framenavigated", on_navigated)
    try:
        yield seen
    finally:
        page.remove_listener("framenavigated", on_navigated)
