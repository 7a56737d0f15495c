"""Browser scenarios for tests/unit/test_browser_artifacts.py only: not collected by default (the name does not
match test_*.py), run by path in a pytest subprocess. One reports the page's emulation, one fails on purpose."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser

EMULATION_JS = """() => ({
  viewport: {width: window.innerWidth, height: window.innerHeight},
  device_scale_factor: window.devicePixelRatio,
  has_touch: navigator.maxTouchPoints > 0,
  user_agent: navigator.userAgent,
})"""


def test_reports_its_emulation(page: Page, urls) -> None:
    page.goto(urls("altinn", "/en/"))
    Path(os.environ["E2E_PROBE_OUT"]).write_text(json.dumps(page.evaluate(EMULATION_JS)))


def test_fails_on_purpose(page: Page, urls) -> None:
    page.goto(urls("altinn", "/en/"))
    expect(page.get_by_role("heading", name="a heading no screen has")).to_be_visible(timeout=500)
